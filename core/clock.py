"""The one source of time for the whole core.

`monotonic()` measures durations (holds, snoozes); `now()` is an aware datetime for the
calendar (working hours, days, journal timestamps). Production code gets SystemClock;
tests get FakeClock and move it by hand, so no core test ever sleeps.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """What the core asks of a clock."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back; only differences mean anything."""
        ...

    def now(self) -> datetime:
        """The current wall time, timezone-aware, in the user's local zone."""
        ...

    def zone(self) -> tzinfo:
        """The user's local zone with its DST rules, for building local times of other
        days (now().tzinfo may be only today's fixed offset)."""
        ...


class _SystemZone(tzinfo):
    """The operating system's local time as a tzinfo, DST rules included (after the
    LocalTimezone example in Python's datetime documentation)."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(seconds=self._local(dt).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1) if self._local(dt).tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return self._local(dt).tm_zone

    @staticmethod
    def _local(dt: datetime | None) -> time.struct_time:
        if dt is None:
            return time.localtime()
        fields = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.weekday(), 0, -1)
        return time.localtime(time.mktime(fields))

    def fromutc(self, dt: datetime) -> datetime:
        seconds = (dt.replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds()
        local = time.localtime(seconds)
        return datetime(*local[:6], microsecond=dt.microsecond, tzinfo=self)


SYSTEM_ZONE = _SystemZone()


class SystemClock:
    """The real clock of the machine."""

    def monotonic(self) -> float:
        """time.monotonic()."""
        return time.monotonic()

    def now(self) -> datetime:
        """Local wall time with its UTC offset."""
        return datetime.now().astimezone()

    def zone(self) -> tzinfo:
        """The operating system's local zone, DST rules included."""
        return SYSTEM_ZONE


class FakeClock:
    """A clock that moves only when a test says so.

    `advance()` moves both clocks together, as time does. `jump_wall()` moves only the
    wall clock, as a DST change or a manual change of the system time does.
    `suspend()` moves only the wall clock too, as Linux's monotonic clock stops while
    the machine sleeps.
    """

    def __init__(
        self,
        start: datetime | None = None,
        tz: tzinfo = UTC,
        monotonic_start: float = 1000.0,
    ) -> None:
        if start is None:
            start = datetime(2026, 3, 2, 9, 0, tzinfo=tz)
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._utc = start.astimezone(UTC)
        self._tz = tz
        self._monotonic = monotonic_start

    def monotonic(self) -> float:
        """The fake monotonic reading."""
        return self._monotonic

    def now(self) -> datetime:
        """The fake wall time in the clock's zone (DST applied by the zone)."""
        return self._utc.astimezone(self._tz)

    def zone(self) -> tzinfo:
        """The clock's zone."""
        return self._tz

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass on both clocks."""
        if seconds < 0:
            raise ValueError("time does not run backwards; use jump_wall()")
        self._monotonic += seconds
        self._utc += timedelta(seconds=seconds)

    def jump_wall(self, delta: timedelta) -> None:
        """Change the wall clock only (forwards or backwards)."""
        self._utc += delta

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: wall time passes, the monotonic clock stands still."""
        if seconds < 0:
            raise ValueError("a suspend cannot be negative")
        self._utc += timedelta(seconds=seconds)
