"""The window's last line of defence: an error raised in a slot is logged with its
traceback, the user reads one calm sentence, and the app keeps running.

PySide6 hands an exception that escapes a slot to `sys.excepthook` and carries on with
the event loop; Python's default hook prints it on stderr, where a desktop user never
looks. `ErrorHook` replaces it while the window runs.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from core.i18n import translate

log = logging.getLogger("unknot.error")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorHook:
    """sys.excepthook for the window: log, tell the user once, keep running."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self._previous: Hook | None = None

    def install(self) -> None:
        """Become sys.excepthook (until `uninstall`)."""
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give sys.excepthook back to what it was."""
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def message(self) -> str:
        """The one sentence the user reads."""
        text = translate(
            "error_hook",
            "Something went wrong; your data is safe; details are in the log at {path}.",
        )
        return text.format(path=self.log_file)

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log the error with its traceback; show the sentence (once while it is open)."""
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous(kind, error, trace)
            return
        log.error("error in the window: %s", error, exc_info=(kind, error, trace))
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return  # only the GUI thread may show a window; the log has it
        if self.box is not None and self.box.isVisible():
            return  # one notice at a time, however many errors follow
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("error_hook", "Unknot"),
            self.message(),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        self.box.setObjectName("error-notice")
        self.box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path
        self.box.open()  # not exec(): no nested event loop inside a failing slot
