"""Knot notes typed a moment before quitting, closing the window or changing page are
saved: the editors save what waits for their pause timer then, not only after it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.settings import SettingsStore
from tests.core.journal_helpers import make_knot
from tests.faults.nothing_lost import Saved, assert_nothing_lost
from ui.app import AppShell
from ui.body_map_page import BodyMapPage
from ui.startup import icon_path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # as in tests/ui: nothing pops up

TYPED = "worse after the long call"


def quit_app(shell: AppShell) -> None:
    shell.quit()


def close_window(shell: AppShell) -> None:
    shell.window.close()  # to the tray: the app runs on


def change_page(shell: AppShell) -> None:
    shell.window.show_page("Progress")


@pytest.fixture
def restore_quit_on_last_window(qapp: QApplication) -> Iterator[None]:
    """AppShell changes this app-wide flag; put it back for the next test."""
    before = qapp.quitOnLastWindowClosed()
    yield
    qapp.setQuitOnLastWindowClosed(before)


@pytest.mark.parametrize("leave", [quit_app, close_window, change_page])
def test_notes_typed_just_before_leaving_are_saved(
    qapp: QApplication,
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    restore_quit_on_last_window: None,
    leave: Callable[[AppShell], None],
) -> None:
    monkeypatch.setattr(qapp, "quit", lambda: None)
    qapp.setWindowIcon(QIcon(str(icon_path())))
    SettingsStore(paths.config, clock).change(safety_accepted=True)
    knot = make_knot(clock)
    journal.add_knot(knot)
    shell = AppShell(qapp, paths, clock, journal, True)
    qtbot.addWidget(shell.window)
    with qtbot.waitExposed(shell.window):
        shell.start(minimized=False)
    shell.window.show_page("Body map")
    page = shell.window.pages["Body map"]
    assert isinstance(page, BodyMapPage)
    page.canvas.select(knot.id)
    page.panel.show_knot()
    qtbot.keyClicks(page.panel.notes, TYPED)  # and at once, well within the pause
    leave(shell)
    saved = Saved().add(replace(knot, notes=TYPED))
    assert_nothing_lost(paths.data, saved)  # read by a second connection, as at a restart
