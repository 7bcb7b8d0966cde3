"""Drives a GuidedSession with one single-shot timer, and turns its cues into sound.

The timer is armed for exactly the moment the session names (`next_due()`): the next
displayed second, cue or end. It is a precise timer, so a hold ends within a few
milliseconds of its planned length (bench/timer_accuracy.py measures it). Between
sessions nothing is armed.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from core.clock import Clock
from core.cues import Cue
from core.session import GuidedSession
from ui.cues import CuePlayer


def merge(cues: list[Cue]) -> Cue | None:
    """Cues due together become one: the last one's sound, every word in order."""
    if not cues:
        return None
    words = " ".join(cue.words for cue in cues if cue.words)
    last = cues[-1]
    return Cue(last.kind, words, last.due)


class SessionDriver(QObject):
    """Owns the running session's timer; `changed` fires after every step of it."""

    changed = Signal()
    finished = Signal()

    def __init__(self, clock: Clock, player: CuePlayer, parent: QObject) -> None:
        super().__init__(parent)
        self.clock = clock
        self.player = player
        self.session: GuidedSession | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timeout)
        self.cue_log: list[Cue] = []  # every cue played, for tests and the benchmark
        self.on_cue: Callable[[Cue], None] | None = None

    def start(self, session: GuidedSession) -> None:
        """Run `session` from its first step."""
        self.session = session
        self._after(session.start())

    def running(self) -> bool:
        """True while a session is open."""
        return self.session is not None and self.session.is_open()

    def act(self, control: Callable[[], list[Cue]]) -> None:
        """Run one of the session's controls (pause, skip, rate…) and play its cues."""
        if self.session is None:
            return
        self._after(control())

    def _on_timeout(self) -> None:
        if self.session is not None:
            self._after(self.session.tick())

    def _after(self, cues: list[Cue]) -> None:
        cue = merge(cues)
        if cue is not None:
            self.cue_log.append(cue)
            self.player.play(cue)
            if self.on_cue is not None:
                self.on_cue(cue)
        self._arm()
        self.changed.emit()
        if self.session is not None and not self.session.is_open():
            self.finished.emit()

    def _arm(self) -> None:
        """One single-shot timer for the next due moment, or none."""
        self.timer.stop()
        if self.session is None:
            return
        due = self.session.next_due()
        if due is None:
            return
        wait_ms = max(0, math.ceil((due - self.clock.monotonic()) * 1000))
        self.timer.start(wait_ms)

    def stop(self) -> None:
        """Leave the session be (it has ended); disarm and silence."""
        self.timer.stop()
        self.player.stop()
