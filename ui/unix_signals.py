"""Let SIGTERM and SIGINT end the Qt event loop cleanly, without a polling timer.

Python runs signal handlers only between bytecodes, and Qt's event loop runs none
while it waits. signal.set_wakeup_fd() writes the signal number to a socket; a
QSocketNotifier wakes the loop on it, and we quit.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger("unknot.signals")


class QuitOnSignals(QObject):
    """Call `on_signal` when SIGTERM or SIGINT arrives (POSIX only; a no-op elsewhere)."""

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._notifier: QSocketNotifier | None = None
        if os.name != "posix":
            return
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, lambda *_: None)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        if data:
            log.info("signal %s received, quitting", ",".join(str(b) for b in data))
            self._on_signal()

    def close(self) -> None:
        """Give the signals back to Python's defaults."""
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(-1)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(
                number, signal.SIG_DFL if number == signal.SIGTERM else signal.default_int_handler
            )
        self._reader.close()
        self._writer.close()
        self._notifier = None
