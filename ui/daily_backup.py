"""Keeps the daily backup going while the app runs for days: one single-shot timer,
first a few seconds after start (so start-up does not wait for a copy of the journal;
not at all when today's backup exists), then for the moment core says the next backup
is due, re-armed after each backup."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from core.backups import backup_if_due, daily_backups, next_backup_due
from core.clock import Clock
from core.errors import UnknotError
from core.journal import Journal
from core.paths import Paths

log = logging.getLogger("unknot.ui.backup")


AFTER_START_MS = 3_000  # after the window is up; sooner means fewer wake-ups at idle


class DailyBackup(QObject):
    """Backs the journal up once a day; no wake-ups in between."""

    def __init__(self, journal: Journal, paths: Paths, clock: Clock, parent: QObject) -> None:
        super().__init__(parent)
        self._journal = journal
        self._paths = paths
        self._clock = clock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)

    def start_soon(self) -> None:
        """The first run, shortly after the app has started; when today's backup is
        already there, straight to tomorrow's moment."""
        if self._clock.now().date() in daily_backups(self._paths.backups):
            self.arm()
        else:
            self.timer.start(AFTER_START_MS)

    def arm(self) -> None:
        """Arm the timer for the next due moment."""
        now = self._clock.now()
        wait_ms = int((next_backup_due(now) - now).total_seconds() * 1000)
        self.timer.start(max(wait_ms, 1000))

    def run(self) -> None:
        """Back up if today has no backup yet, then arm for tomorrow."""
        self.back_up_if_due()
        self.arm()

    def back_up_if_due(self) -> None:
        """Today's backup, unless there is one (also on quit, for short runs)."""
        try:
            backup_if_due(self._journal, self._paths.backups, self._clock.now().date())
        except UnknotError as error:
            log.warning("daily backup failed: %s", error)
