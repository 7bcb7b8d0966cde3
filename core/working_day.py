"""The user's working day: which days, which hours, and the quiet hours.

Reminders that come at intervals (water, posture, breaks) run only inside the working
hours of a working day; nothing at all comes in the quiet hours. Times are local wall
times; a day's window is built in the clock's own zone, so a DST change moves with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

MONDAY_TO_FRIDAY = frozenset(range(5))  # date.weekday(): Monday is 0


@dataclass(frozen=True)
class WorkingDay:
    """Working days and hours (default Monday–Friday 09:00–17:30) and quiet hours
    (default 22:00–07:00, which may wrap past midnight)."""

    days: frozenset[int] = MONDAY_TO_FRIDAY
    start: time = time(9, 0)
    end: time = time(17, 30)
    quiet_start: time = time(22, 0)
    quiet_end: time = time(7, 0)

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError("the working day must end after it starts")
        if not self.days <= frozenset(range(7)):
            raise ValueError("working days are 0 (Monday) to 6 (Sunday)")

    def is_working_day(self, day: date) -> bool:
        """True on a working day."""
        return day.weekday() in self.days

    def window(
        self, day: date, zone: tzinfo, hours: tuple[time, time] | None = None
    ) -> tuple[datetime, datetime] | None:
        """The working hours of `day` (or the given `hours` on it) as aware datetimes,
        or None on a day off."""
        if not self.is_working_day(day):
            return None
        start, end = hours or (self.start, self.end)
        return local(day, start, zone), local(day, end, zone)

    def is_quiet(self, moment: datetime) -> bool:
        """True in the quiet hours (local wall time)."""
        now = moment.timetz().replace(tzinfo=None)
        if self.quiet_start == self.quiet_end:
            return False
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= now < self.quiet_end
        return now >= self.quiet_start or now < self.quiet_end


def local(day: date, at: time, zone: tzinfo) -> datetime:
    """`day` at wall time `at` in `zone`. A time the spring-forward gap skips comes out
    as the first real moment after it; an hour that falls back twice gives the first."""
    naive = datetime.combine(day, at)
    moment = naive.replace(tzinfo=zone)
    round_trip = moment.astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:  # inside a spring-forward gap
        moment = (naive + timedelta(hours=1)).replace(tzinfo=zone)
    return moment
