"""An error raised in a slot: logged with its traceback, one sentence for the user, and
the app keeps running (before, it went to stderr only, where no desktop user looks)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core.logs import LOG_NAME
from core.paths import Paths
from tests.helpers import ROOT, app_env
from ui.error_hook import ErrorHook

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _boom() -> None:
    raise RuntimeError("a slot failed on purpose")


def _notices() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "error-notice" and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_is_logged_told_in_one_sentence_and_the_app_runs_on(
    qtbot: QtBot, paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    hook = ErrorHook(paths.logs / LOG_NAME)
    hook.install()
    try:
        assert sys.excepthook == hook.handle
        failing = QPushButton("fails")
        working = QPushButton("works")
        clicks: list[str] = []
        failing.clicked.connect(_boom)
        working.clicked.connect(lambda: clicks.append("worked"))
        for button in (failing, working):
            qtbot.addWidget(button)
            button.show()
        with caplog.at_level(logging.ERROR, logger="unknot.error"):
            qtbot.mouseClick(failing, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(failing, Qt.MouseButton.LeftButton)  # a second: no second box
        records = [r for r in caplog.records if r.name == "unknot.error"]
        assert len(records) == 2 and all(r.exc_info for r in records)
        assert "a slot failed on purpose" in caplog.text and "Traceback" in caplog.text
        assert "_boom" in caplog.text  # the traceback names the function
        notices = _notices()
        assert len(notices) == 1
        assert notices[0].text() == (
            "Something went wrong; your data is safe; details are in the log at "
            f"{paths.logs / LOG_NAME}."
        )
        qtbot.mouseClick(working, Qt.MouseButton.LeftButton)  # still running
        assert clicks == ["worked"] and failing.isVisible()
        notices[0].accept()
    finally:
        hook.uninstall()
    assert sys.excepthook != hook.handle


# The real app, with one slot that fails soon after start and a quit a moment later.
_FAILING_APP = """
import sys
from PySide6.QtCore import QTimer
import main
import ui.app

started = ui.app.AppShell.start

def start(self, minimized):
    started(self, minimized)
    def boom():
        raise RuntimeError("a slot failed on purpose")
    QTimer.singleShot(0, boom)
    QTimer.singleShot(400, lambda: print("running", flush=True))
    QTimer.singleShot(500, self.quit)

ui.app.AppShell.start = start
sys.exit(main.main(["--data-dir", sys.argv[1]]))
"""


def test_the_app_logs_a_failing_slot_and_runs_on(paths: Paths) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _FAILING_APP, str(paths.data)],
        cwd=ROOT,
        env=app_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "running\n"
    assert "Traceback" not in done.stderr and "failed on purpose" not in done.stderr
    log = (paths.logs / LOG_NAME).read_text(encoding="utf-8")
    assert "ERROR unknot.error: error in the window: a slot failed on purpose" in log
    assert "Traceback (most recent call last)" in log and "in boom" in log
