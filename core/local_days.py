"""The local day of a stored moment, fast enough for years of them.

The journal keeps moments as UTC milliseconds; a plan needs the user's local days. Asking
the zone for every moment costs microseconds each, which over ten years of ball holds is
a quarter of a second. A zone's offset changes only a few times a year, so `day_of`
asks it once per UTC day (at the day's two ends) and reuses the answer for every moment
that day; on the rare day the offset changes, it asks about the moment itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Final

from core.records import readable_ms

DAY_MS: Final = 86_400_000
HOUR_MS: Final = 3_600_000
_EPOCH_ORDINAL: Final = date(1970, 1, 1).toordinal()
_MS: Final = timedelta(milliseconds=1)


class LocalDays:
    """Local dates of UTC milliseconds in one zone, with the zone's offsets cached."""

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self._offset_by_day: dict[int, int | None] = {}  # None: it changes that day

    def _offset_at(self, ms: int) -> int:
        moment = datetime.fromtimestamp(ms / 1000, UTC).astimezone(self.zone)
        offset = moment.utcoffset()
        assert offset is not None
        return offset // _MS

    def _offset(self, ms: int) -> int:
        """The zone's offset at `ms`, from the cache on days it does not change."""
        utc_day = ms // DAY_MS
        if utc_day in self._offset_by_day:
            offset = self._offset_by_day[utc_day]
        else:
            start, end = self._offset_at(utc_day * DAY_MS), self._offset_at((utc_day + 1) * DAY_MS)
            offset = start if start == end else None
            self._offset_by_day[utc_day] = offset
        return self._offset_at(ms) if offset is None else offset

    def day_of(self, ms: int) -> date:
        """The local date of the moment `ms` milliseconds after 1970 (UTC); a value no
        date can hold is clamped (core.records.readable_ms)."""
        ms = readable_ms(ms)
        return date.fromordinal(_EPOCH_ORDINAL + (ms + self._offset(ms)) // DAY_MS)

    def days_of(self, moments: Iterable[int]) -> list[date]:
        """The local days of `moments` (given oldest first), each once, in order.

        After a moment's day is found, the moments up to an hour before that day's
        end are known to share it and are skipped; the last hour is looked at moment
        by moment, so a change of clocks near midnight cannot misplace one."""
        days: list[date] = []
        sure_until = -1
        for ms in moments:
            if ms < sure_until:
                continue
            day = self.day_of(ms)
            if not days or days[-1] != day:
                days.append(day)
            midnight = (day.toordinal() + 1 - _EPOCH_ORDINAL) * DAY_MS  # as if in UTC
            sure_until = midnight - self._offset(midnight - self._offset(midnight)) - HOUR_MS
        return days


_FINDERS: dict[tzinfo, LocalDays] = {}


def local_days(zone: tzinfo) -> LocalDays:
    """The shared finder for `zone` (its cache lives as long as the process)."""
    finder = _FINDERS.get(zone)
    if finder is None:
        finder = _FINDERS[zone] = LocalDays(zone)
    return finder
