"""Driving a ReminderScheduler as the UI does, and small builders for reminder tests.

The UI arms one single-shot timer for `next_due()` and calls `take_due()` when it fires;
`run_until` does exactly that on the fake clock (optionally arriving a little late), so
every test sees the checks the tray's timer would make, and nothing in between.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise
from typing import Protocol
from zoneinfo import ZoneInfo

from core.clock import FakeClock
from core.records import ReminderKind
from core.reminders import DEFAULT_RULES, Due, ReminderRule, ReminderScheduler
from core.working_day import WorkingDay

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
MONDAY = date(2026, 3, 2)  # Monday 2 March 2026
EVERY_DAY = frozenset(range(7))
MAX_CHECKS = 20_000

WATER = ReminderKind.WATER
POSTURE = ReminderKind.POSTURE
MICRO = ReminderKind.MICRO_BREAK
MOVEMENT = ReminderKind.MOVEMENT_BREAK
SESSION = ReminderKind.DAILY_SESSION


@dataclass(frozen=True)
class Fired:
    """One reminder as the UI got it: the Due, and the local time it was taken."""

    shown: Due
    at: datetime  # local wall time of the take_due() that returned it

    @property
    def kind(self) -> ReminderKind:
        return self.shown.kind

    @property
    def due(self) -> datetime:
        return self.shown.due


@dataclass
class Run:
    """Everything a stretch of running fired, in order."""

    fired: list[Fired] = field(default_factory=list)

    def of(self, kind: ReminderKind) -> list[Fired]:
        return [f for f in self.fired if f.kind is kind]

    def kinds(self) -> set[ReminderKind]:
        return {f.kind for f in self.fired}

    def times(self, kind: ReminderKind) -> list[str]:
        """The local wall times (HH:MM) `kind` was due at."""
        return [hhmm(f.due.astimezone(f.at.tzinfo)) for f in self.of(kind)]

    def count(self, kind: ReminderKind) -> int:
        return len(self.of(kind))


def at(day: date, hour: int, minute: int = 0, zone: tzinfo = BERLIN) -> datetime:
    """A local wall time (the first one, if the hour falls back). Aware datetimes in the
    hour a clock falls back never equal one in another zone: compare those in UTC."""
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def clock_at(
    day: date = MONDAY, hour: int = 8, minute: int = 0, zone: tzinfo = BERLIN
) -> FakeClock:
    return FakeClock(at(day, hour, minute, zone), tz=zone)


def scheduler(
    clock: FakeClock,
    day: WorkingDay | None = None,
    *,
    rules: Iterable[ReminderRule] = (),
    wants_session: Callable[[date], bool] = lambda day: True,
    escalate_after: int | None = None,
) -> ReminderScheduler:
    """A scheduler with the default rules, some of them replaced by `rules`."""
    merged = dict(DEFAULT_RULES)
    merged.update({rule.kind: rule for rule in rules})
    return ReminderScheduler(clock, day, merged, wants_session, escalate_after)


class Checks(Protocol):
    """What the UI's timer drives: a scheduler, or the desk around one."""

    def next_due(self) -> datetime | None: ...
    def take_due(self) -> list[Due]: ...


def run_until(
    reminders: Checks,
    clock: FakeClock,
    until: datetime,
    *,
    late: timedelta = timedelta(0),
    answer: bool = False,
) -> Run:
    """Arm for next_due(), advance to it (plus `late`), take_due(); stop at `until`.

    The clock ends exactly at `until` (a check due then is made). A due moment already
    past (after a suspend or a jump) is taken at once, as the UI's overdue timer would.
    With `answer`, every reminder shown is answered at once."""
    run = Run()
    for _ in range(MAX_CHECKS):
        now = clock.now().astimezone(UTC)
        due = reminders.next_due()
        fire_at = None if due is None else max(due + late, now)
        if fire_at is None or fire_at > until:
            if until > now:
                clock.advance((until - now).total_seconds())
            return run
        if fire_at > now:
            clock.advance((fire_at - now).total_seconds())
        assert clock.now().astimezone(UTC) == fire_at
        taken = reminders.take_due()
        following = reminders.next_due()
        if following is not None and following <= fire_at:
            raise AssertionError(f"after a check at {fire_at} the next is {following}")
        for shown in taken:
            fired = Fired(shown, clock.now())
            run.fired.append(fired)
            if answer:
                assert isinstance(reminders, ReminderScheduler)
                reminders.answered(shown.kind)
    raise AssertionError("the scheduler never got there")


def hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def slots(first: str, last: str, every_min: int) -> list[str]:
    """Local wall times from `first` to `last` (inclusive), `every_min` apart."""
    start = datetime.strptime(first, "%H:%M")
    end = datetime.strptime(last, "%H:%M")
    out = []
    while start <= end:
        out.append(start.strftime("%H:%M"))
        start += timedelta(minutes=every_min)
    return out


def gaps_minutes(fired: list[Fired]) -> set[float]:
    """The distinct true (absolute) gaps between consecutive due moments, in minutes."""
    dues = [f.due.astimezone(UTC) for f in fired]
    return {(b - a).total_seconds() / 60 for a, b in pairwise(dues)}


DEFAULT_DAY = {
    WATER: slots("10:00", "17:00", 60),
    POSTURE: slots("09:30", "17:00", 30),
    MICRO: slots("09:20", "17:20", 20),
    MOVEMENT: slots("10:00", "17:00", 60),
    SESSION: ["17:00"],
}
