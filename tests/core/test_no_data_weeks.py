"""Weeks before the journal's first entry have no data; they are not weeks of nothing
done (issue 17: not "0 of 7 days" of water or stretching)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from core.clock import FakeClock
from core.factors import factors
from core.journal import Journal
from core.records import Rating, to_utc_text
from tests.core.journal_helpers import make_knot
from tests.core.test_factors import BERLIN, NOW, TODAY, WEEK_1, WEEK_2, WEEK_3, local


def test_weeks_before_the_first_entry_have_no_data(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path, FakeClock(NOW, tz=BERLIN))
    try:
        assert journal.first_day(BERLIN) is None
        assert all(w.no_data for w in factors(journal, TODAY, BERLIN, 3, 2000))
        first = local(date(2026, 3, 25), 23, 30)  # Wednesday of WEEK_2, late evening
        journal.add_row("water", {"at_utc": to_utc_text(first), "ml": 250, "sample": 0})
        assert journal.first_day(BERLIN) == date(2026, 3, 25)
        weeks = factors(journal, TODAY, BERLIN, 3, 2000)
        assert [(w.week_start, w.no_data) for w in weeks] == [
            (WEEK_1, True),
            (WEEK_2, False),  # the journal began in it: its days count
            (WEEK_3, False),
        ]
    finally:
        journal.close()


def test_any_kind_of_entry_starts_the_journal(tmp_path: Path) -> None:
    clock = FakeClock(NOW, tz=BERLIN)
    journal = Journal.open(tmp_path, clock)
    try:
        knot = make_knot(clock)
        journal.add_knot(knot)
        old = datetime(2026, 3, 1, 12, tzinfo=UTC)
        journal.add_rating(Rating(knot.id, old, 5))  # imported: older than the knot's row
        assert journal.first_day(BERLIN) == date(2026, 3, 1)
        assert not any(w.no_data for w in factors(journal, TODAY, BERLIN, 3, 2000))
    finally:
        journal.close()
