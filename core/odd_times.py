"""Stored times no journal should hold (before 1970, or more than a century ahead).

An import refuses them, but a journal may already hold one (an older import, a file
edited by hand). Readers clamp such a value instead of failing on it
(core.records.readable_ms); this module finds the rows, says in plain words what is odd,
and settles each one through the journal when the user asks: a row known by its odd time
is removed, a row whose other time is odd gets a sane time instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.records import exact_ms, sane_ms_range

if TYPE_CHECKING:
    from core.journal import Journal

# What the user reads for a row of each table.
_ROW_WORDS = {
    "knots": QT_TRANSLATE_NOOP("odd_times", "knot"),
    "sessions": QT_TRANSLATE_NOOP("odd_times", "session"),
    "ratings": QT_TRANSLATE_NOOP("odd_times", "rating"),
    "steps": QT_TRANSLATE_NOOP("odd_times", "session step"),
    "water": QT_TRANSLATE_NOOP("odd_times", "glass of water"),
    "posture_checks": QT_TRANSLATE_NOOP("odd_times", "posture check"),
    "reminder_events": QT_TRANSLATE_NOOP("odd_times", "reminder answer"),
    "notes": QT_TRANSLATE_NOOP("odd_times", "note"),
    "daily_check_ins": QT_TRANSLATE_NOOP("odd_times", "daily check-in"),
}
_STEP_WORDS = {
    "hold": QT_TRANSLATE_NOOP("odd_times", "hold step"),
    "stretch": QT_TRANSLATE_NOOP("odd_times", "stretch step"),
    "roll": QT_TRANSLATE_NOOP("odd_times", "foam-roll step"),
    "rest": QT_TRANSLATE_NOOP("odd_times", "rest step"),
}


@dataclass(frozen=True)
class OddTime:
    """One stored time outside the sane range: where it is and what it holds.

    `key` holds the row's stored key values (the table's primary key, in column
    order); `removes` says whether settling it removes the row (its key is the odd
    time) or gives the odd time a sane value.
    """

    table: str
    column: str
    key: tuple[Any, ...]
    ms: int | None  # None: the stored value is not a whole number at all
    removes: bool
    kind: str | None = None

    def what(self) -> str:
        """'hold step', 'rating', …: the row in plain words."""
        words = _STEP_WORDS.get(self.kind or "") if self.table == "steps" else None
        words = words or _ROW_WORDS.get(self.table)
        return translate("odd_times", words) if words else self.table.replace("_", " ")

    def describe(self) -> str:
        """One line for the user: 'a hold step dated 9999-12-31'."""
        moment = None if self.ms is None else exact_ms(self.ms)
        if self.ms is None:
            text = translate("odd_times", "a {what} whose time is not a number")
        elif moment is None and self.ms > 0:
            text = translate("odd_times", "a {what} dated after the year 9999")
        elif moment is None:
            text = translate("odd_times", "a {what} dated before the year 1")
        else:
            text = translate("odd_times", "a {what} dated {when}")
        when = "" if moment is None else f"{moment.year:04d}" + moment.strftime("-%m-%d")
        return text.format(what=self.what(), when=when)


def find_odd_times(journal: Journal, now: datetime) -> list[OddTime]:
    """Every row holding a time outside the sane range for `now`, oldest table first."""
    low, high = sane_ms_range(now)
    return journal.odd_times(low, high)


def settle_odd_time(journal: Journal, odd: OddTime, now: datetime) -> None:
    """Remove the row, or give its odd time a sane value (see OddTime)."""
    low, high = sane_ms_range(now)
    journal.settle_odd_time(odd, low, high, now.astimezone(UTC))


class OddTimesWatch:
    """The odd times of one journal, looked for once per opening or restore of it (a
    new Journal.generation) and again after one is settled, not on every redraw: Unknot
    writes only times from its clock and an import refuses odd ones, so nothing else
    adds one. A look reads every time column of every table (about 30 ms on ten years)."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._generation: int | None = None
        self._found: list[OddTime] = []

    def current(self, now: datetime) -> list[OddTime]:
        """The odd times, from the last look unless the journal was opened anew since."""
        if self._generation != self._journal.generation:
            self._found = find_odd_times(self._journal, now)
            self._generation = self._journal.generation
        return self._found

    def settle(self, odd: OddTime, now: datetime) -> None:
        """Remove or fix `odd` (settle_odd_time); the next `current` looks again."""
        settle_odd_time(self._journal, odd, now)
        self._generation = None
