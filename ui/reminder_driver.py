"""Drives the reminder desk with one single-shot timer, armed for the next due moment.

Nothing wakes in between: the timer is armed for `desk.next_due()` (or the next local
midnight, when the day's figures start again) and re-armed after each check and each
answer. Two things shorten the wait:
- where the platform does not announce sleep, a wait is capped at `UNANNOUNCED_CAP`, so
  a suspend (which stops Qt's monotonic timers) delays a reminder by at most that;
- while the user is away because idle, the return is looked for every `AWAY_CHECK`.
Presence comes from outside (ui/presence.py): `locked()` and `sleeping()` are slots for
its signals, and `idle_seconds` / `fullscreen` are asked at each due moment.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from core.clock import Clock
from core.reminder_desk import IDLE_AWAY, ReminderDesk
from core.settings import SettingsStore
from core.working_day import local

log = logging.getLogger("unknot.ui.reminders")

UNANNOUNCED_CAP = timedelta(minutes=10)
AWAY_CHECK = timedelta(seconds=20)
MAX_TIMER_MS = 2**31 - 1


class ReminderDriver(QObject):
    """Owns the reminders' timer. `due` carries what just fell due and whether it must
    be quiet (a full-screen window in front); `changed` asks views to redraw."""

    due = Signal(list, bool)
    changed = Signal()

    def __init__(
        self, desk: ReminderDesk, store: SettingsStore, clock: Clock, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.store = store
        self.clock = clock
        self.idle_seconds: Callable[[], float | None] = lambda: None
        self.fullscreen: Callable[[], bool | None] = lambda: None
        self.in_session: Callable[[], bool] = lambda: False  # a guided session is running
        self.sleep_announced = False  # set when the platform tells us about suspend
        self.idle_away = False  # away because idle (not locked): look for the return
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.armed_for: datetime | None = None  # what the timer waits for (UTC)
        self._last_state: tuple[object, ...] = ()  # what the views last drew

    def start(self) -> None:
        """Check once (anything due since the app last ran is folded), then arm."""
        self.check()

    def stop(self) -> None:
        """No more checks (the app quits)."""
        self.timer.stop()
        self.armed_for = None

    # ------------------------------------------------------------------ the timer

    def arm(self) -> None:
        """Arm the timer for the next due moment (or the next look for the return)."""
        now = self.clock.now().astimezone(UTC)
        target = min(d for d in (self.desk.next_due(), self._next_midnight()) if d is not None)
        if self.idle_away:
            target = min(t for t in (target, now + AWAY_CHECK) if t is not None)
        elif target is not None and not self.sleep_announced:
            target = min(target, now + UNANNOUNCED_CAP)
        self.armed_for = target
        wait_ms = max(0, int((target - now).total_seconds() * 1000))
        self.timer.start(min(wait_ms, MAX_TIMER_MS))

    def _next_midnight(self) -> datetime:
        """The next local midnight: the day's figures start again then."""
        zone = self.clock.zone()
        tomorrow = self.clock.now().astimezone(zone).date() + timedelta(days=1)
        return local(tomorrow, time(0), zone).astimezone(UTC)

    def check(self) -> None:
        """The timer fired (or the machine woke): presence first, then what is due,
        quietly while a guided session runs or a full-screen window is in front."""
        self._look_at_idle()
        shown = self.desk.take_due()
        if shown:
            quiet = self.in_session() or bool(
                self.desk.settings.quiet_in_fullscreen and self.fullscreen()
            )
            log.info("due: %s%s", ", ".join(d.kind.value for d in shown), " (quiet)" * quiet)
            self.due.emit(shown, quiet)
        state = self._state()
        if shown or state != self._last_state:  # a look for the return changes nothing
            self._last_state = state
            self.changed.emit()
        self.arm()

    def _state(self) -> tuple[object, ...]:
        """What views show besides the reminders just due: the day, presence, the plan."""
        return (
            self.clock.now().date(),
            self.idle_away,
            self.desk.scheduler.away_since,
            tuple(self.desk.scheduler.next_of_each().items()),
        )

    def _look_at_idle(self) -> None:
        idle = self.idle_seconds()
        if idle is None:
            return
        now = self.clock.now()
        if idle >= IDLE_AWAY.total_seconds() and self.desk.scheduler.away_since is None:
            self.desk.away(since=now - timedelta(seconds=idle))
            self.idle_away = True
            log.info("away: idle for %d s", idle)
        elif idle < IDLE_AWAY.total_seconds() and self.idle_away:
            self.idle_away = False
            self.desk.back()
            log.info("back after being idle")

    # ------------------------------------------------------------------ presence

    def locked(self, is_locked: bool) -> None:
        """The screen locked (away) or unlocked (back)."""
        if is_locked:
            self.desk.away()
        else:
            self.idle_away = False
            self.desk.back()
        self._after_change()

    def sleeping(self, is_sleeping: bool) -> None:
        """The machine is about to sleep, or has just woken: check at once on waking
        (the timer stood still while it slept; it stays armed in case no wake signal
        comes)."""
        if not is_sleeping:
            log.info("woke from sleep")
            self.check()

    # ------------------------------------------------------------------ answers

    def answer(self, action: Callable[[], object]) -> None:
        """Run one of the desk's answers (drink, snooze, pause…), then redraw and re-arm."""
        action()
        self._after_change()

    def settings_changed(self) -> None:
        """The reminder settings changed: plan with them from now."""
        self.desk.apply(self.store.settings)
        self._last_state = ()  # goal and glass size are drawn too
        self.check()

    def _after_change(self) -> None:
        self.changed.emit()
        self.arm()
