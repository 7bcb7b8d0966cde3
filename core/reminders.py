"""The reminder scheduler: when is the next reminder due, and what is due now?

Plain Python on the injected clock; the UI arms one single-shot timer for `next_due()`
and calls `take_due()` when it fires. The rules (issue 6, ../shared/EVIDENCE.md):

- Interval reminders (water, posture, micro-break, movement break) are anchored: a
  series starts at the working day's start (or where it was restarted) and is due at
  anchor + n × interval, never drifting. They run only in working hours on working days.
- The daily self-care session is due at its time on working days that want it (a knot
  is due, no session done that day yet: `wants_session(day)`).
- Nothing is due in the quiet hours or while reminders are paused.
- Reminders missed while the machine slept, or skipped over by a wall-clock jump, fold
  into at most one of each kind. A gap at least as long as a break counts as that break
  taken: its series restarts after the gap instead of firing.
- While the user is away (locked, idle), posture and break series stand still and
  restart on return; water keeps wall-clock time.

All moments are kept in UTC; the working day is built in the clock's local zone, so a
DST change moves with the wall clock.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from core.clock import Clock
from core.records import ReminderKind
from core.working_day import WorkingDay, local

INTERVAL_KINDS = (
    ReminderKind.WATER,
    ReminderKind.POSTURE,
    ReminderKind.MICRO_BREAK,
    ReminderKind.MOVEMENT_BREAK,
)
# Kinds that stand still while the user is away and that a long enough gap counts as.
BREAK_LIKE = (ReminderKind.POSTURE, ReminderKind.MICRO_BREAK, ReminderKind.MOVEMENT_BREAK)
# How long a break lasts: a gap (sleep, lock) at least this long counts as one taken.
BREAK_LENGTH = {
    ReminderKind.POSTURE: timedelta(seconds=30),
    ReminderKind.MICRO_BREAK: timedelta(seconds=30),
    ReminderKind.MOVEMENT_BREAK: timedelta(minutes=2),
}
LATE = timedelta(seconds=60)  # a check this much after its due moment follows a gap
LOOK_AHEAD_DAYS = 8


@dataclass(frozen=True)
class ReminderRule:
    """One kind: on or off, and its interval (or, for the daily session, its time)."""

    kind: ReminderKind
    enabled: bool = True
    every: timedelta = timedelta(minutes=60)
    at: time = time(17, 0)  # the daily session only
    hours: tuple[time, time] | None = None  # its own active hours; None: the working hours


DEFAULT_RULES: dict[ReminderKind, ReminderRule] = {
    ReminderKind.WATER: ReminderRule(ReminderKind.WATER, every=timedelta(minutes=60)),
    ReminderKind.POSTURE: ReminderRule(ReminderKind.POSTURE, every=timedelta(minutes=30)),
    ReminderKind.MICRO_BREAK: ReminderRule(ReminderKind.MICRO_BREAK, every=timedelta(minutes=20)),
    ReminderKind.MOVEMENT_BREAK: ReminderRule(
        ReminderKind.MOVEMENT_BREAK, every=timedelta(minutes=60)
    ),
    ReminderKind.DAILY_SESSION: ReminderRule(ReminderKind.DAILY_SESSION, at=time(17, 0)),
}


@dataclass(frozen=True)
class Due:
    """A reminder to show: its kind and the moment it was due (UTC)."""

    kind: ReminderKind
    due: datetime
    folded: int = 1  # how many due moments it stands for (more than one after a gap)
    escalate: bool = False  # ignored too often: show it as a window in front
    fired: datetime | None = None  # when it was shown (UTC)


@dataclass
class _Series:
    """Where one kind stands: the series anchor, what has been handled, a snooze."""

    anchor: datetime | None = None  # restart point today (None: the day's start)
    handled: datetime = field(default_factory=lambda: datetime.min.replace(tzinfo=UTC))
    snoozed_until: datetime | None = None


class ReminderScheduler:
    """Answers "when next?" and "what now?" for every reminder kind."""

    def __init__(
        self,
        clock: Clock,
        day: WorkingDay | None = None,
        rules: dict[ReminderKind, ReminderRule] | None = None,
        wants_session: Callable[[date], bool] = lambda day: True,
        escalate_after: int | None = None,
    ) -> None:
        self.clock = clock
        self.day = day or WorkingDay()
        self.rules = {**DEFAULT_RULES, **(rules or {})}
        self.wants_session = wants_session
        now = self._now()
        self._series = {kind: _Series(handled=now) for kind in ReminderKind}
        self.paused_until: datetime | None = None
        self.away_since: datetime | None = None
        self._last_check = now
        self._last_mono = clock.monotonic()
        self.escalate_after = escalate_after
        self.unanswered: dict[ReminderKind, Due] = {}
        self.ignored = dict.fromkeys(ReminderKind, 0)
        self.missed: list[Due] = []  # shown, never answered, replaced by a newer one

    def _now(self) -> datetime:
        return self.clock.now().astimezone(UTC)

    # ------------------------------------------------------------------ planning

    def next_due(self) -> datetime | None:
        """The next moment (UTC) a reminder is due, or None when none ever is."""
        dues = [d for kind in ReminderKind if (d := self._next_of(kind)) is not None]
        return min(dues) if dues else None

    def next_of_each(self) -> dict[ReminderKind, datetime]:
        """Each enabled kind's next due moment (for the tray menu and the Today view)."""
        return {kind: d for kind in ReminderKind if (d := self._next_of(kind)) is not None}

    def _next_of(self, kind: ReminderKind) -> datetime | None:
        rule = self.rules[kind]
        if not rule.enabled:
            return None
        if kind in BREAK_LIKE and self.away_since is not None:
            return None
        series = self._series[kind]
        after = series.handled
        if self.paused_until is not None and self.paused_until > after:
            after = self.paused_until
        if series.snoozed_until is not None:
            snoozed = max(series.snoozed_until, after)
            if not self.day.is_quiet(snoozed.astimezone(self.clock.zone())):
                return snoozed  # a snooze into the quiet hours gives way to the series
        if kind is ReminderKind.DAILY_SESSION:
            return self._next_session(after, rule)
        return self._next_interval(kind, after, rule)

    def _next_interval(
        self, kind: ReminderKind, after: datetime, rule: ReminderRule
    ) -> datetime | None:
        zone = self.clock.zone()
        first_day = after.astimezone(zone).date()
        for offset in range(LOOK_AHEAD_DAYS):
            window = self.day.window(first_day + timedelta(days=offset), zone, rule.hours)
            if window is None:
                continue
            start, end = (moment.astimezone(UTC) for moment in window)
            anchor = self._series[kind].anchor
            if anchor is None or not start <= anchor < end:
                anchor = start
            steps = max(1, math.floor((after - anchor) / rule.every) + 1)
            due = anchor + steps * rule.every
            while due < end:
                if not self.day.is_quiet(due.astimezone(zone)):
                    return due
                due += rule.every
        return None

    def _next_session(self, after: datetime, rule: ReminderRule) -> datetime | None:
        zone = self.clock.zone()
        first_day = after.astimezone(zone).date()
        for offset in range(LOOK_AHEAD_DAYS):
            day = first_day + timedelta(days=offset)
            if not self.day.is_working_day(day) or not self.wants_session(day):
                continue
            due = local(day, rule.at, zone).astimezone(UTC)
            if due > after and not self.day.is_quiet(due.astimezone(zone)):
                return due
        return None

    # ------------------------------------------------------------------ what is due

    def take_due(self) -> list[Due]:
        """The reminders due now, at most one of each kind, marked as handled.

        A check long after its due moment follows a gap (a suspend, a frozen process,
        a wall-clock jump); a wall clock that went back re-plans from the new time."""
        now = self._now()
        mono = self.clock.monotonic()
        gap = self._gap(now, mono)
        due: list[Due] = []
        for kind in ReminderKind:
            first = self._next_of(kind)
            series = self._series[kind]
            if first is None:  # off (or not wanted) now: nothing of it is pending later
                series.handled = now
                continue
            if first > now:
                continue
            folded, latest = self._fold(kind, first, now)
            series.snoozed_until = None
            series.handled = now
            if gap is not None and kind in BREAK_LENGTH and gap >= BREAK_LENGTH[kind]:
                series.anchor = now  # the gap was a break: restart instead of nagging
                continue
            if kind in self.unanswered:  # its last one was never answered
                self.missed.append(self.unanswered.pop(kind))
                self.ignored[kind] += 1
            limit = self.escalate_after
            shown = Due(
                kind,
                latest,
                folded,
                escalate=limit is not None and self.ignored[kind] >= limit,
                fired=now,
            )
            self.unanswered[kind] = shown
            due.append(shown)
        self._last_check, self._last_mono = now, mono
        return due

    def answered(self, kind: ReminderKind) -> Due | None:
        """The user answered `kind` (done, snoozed or skipped): it is no longer ignored.
        Returns the reminder answered, for the journal."""
        self.ignored[kind] = 0
        return self.unanswered.pop(kind, None)

    def _gap(self, now: datetime, mono: float) -> timedelta | None:
        """How long the machine was away since the last check, if it was."""
        if now < self._last_check:  # the wall clock went back: re-plan from now
            for series in self._series.values():
                series.handled = now
            return None
        expected = self.next_due()  # nothing was handled since: what the timer was armed for
        if expected is not None and now - expected > LATE:
            return now - max(expected, self._last_check)
        asleep = (now - self._last_check).total_seconds() - (mono - self._last_mono)
        return timedelta(seconds=asleep) if asleep > LATE.total_seconds() else None

    def _fold(self, kind: ReminderKind, first: datetime, now: datetime) -> tuple[int, datetime]:
        """How many due moments from `first` to `now` one reminder stands for, and the
        last of them (the one shown). Only real due moments count: none outside the
        working hours or in the quiet hours."""
        if kind is ReminderKind.DAILY_SESSION:
            return 1, first
        count, moment = 1, first
        while (following := self._next_interval(kind, moment, self.rules[kind])) is not None:
            if following > now:
                break
            count, moment = count + 1, following
        return count, moment

    # ------------------------------------------------------------------ the user

    def snooze(self, kind: ReminderKind, minutes: int) -> datetime:
        """Bring `kind` back in `minutes` (5, 10 or 15); returns when."""
        if minutes not in (5, 10, 15):
            raise ValueError("a snooze is 5, 10 or 15 minutes")
        until = self._now() + timedelta(minutes=minutes)
        self._series[kind].snoozed_until = until
        return until

    def pause_for(self, duration: timedelta) -> datetime:
        """No reminders for `duration` ("pause for 1 hour")."""
        self.paused_until = self._now() + duration
        return self.paused_until

    def pause_until_tomorrow(self) -> datetime:
        """No reminders until midnight; tomorrow's series start as usual."""
        zone = self.clock.zone()
        tomorrow = self.clock.now().date() + timedelta(days=1)
        self.paused_until = local(tomorrow, time(0), zone).astimezone(UTC)
        return self.paused_until

    def resume(self) -> None:
        """Reminders again, from now (nothing missed during the pause fires)."""
        now = self._now()
        if self.paused_until is not None and self.paused_until > now:
            for series in self._series.values():
                series.handled = max(series.handled, now)
        self.paused_until = None

    def away(self, since: datetime | None = None) -> None:
        """The screen locked or the user went idle (`since` then, default now):
        posture and breaks stand still."""
        if self.away_since is None:
            self.away_since = (since or self.clock.now()).astimezone(UTC)

    def back(self) -> None:
        """The user is back: posture and break series restart from now."""
        if self.away_since is None:
            return
        now = self._now()
        for kind in BREAK_LIKE:
            self._series[kind].anchor = now
            self._series[kind].handled = now
        self.away_since = None
