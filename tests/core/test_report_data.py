"""What the report says, before it is drawn: the period, the knots numbered most tender
first with their first and last tenderness and sessions, and the notes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.clock import FakeClock
from core.errors import UnknotError
from core.journal import Journal
from core.records import Rating, to_utc_text
from core.report_data import check_weeks, report_data
from tests.core.journal_helpers import make_knot


def test_knots_are_numbered_most_tender_first_with_their_span(
    journal: Journal, clock: FakeClock
) -> None:
    now = clock.now()
    calm = make_knot(clock, "Right upper trapezius", notes="Better after the weekend.")
    sore = make_knot(clock, "Left rhomboids", muscle="rhomboids")
    for knot in (calm, sore):
        journal.add_knot(knot)
    for days_ago, tenderness in ((20, 6), (3, 2)):
        journal.add_rating(Rating(calm.id, now - timedelta(days=days_ago), tenderness))
    journal.add_rating(Rating(sore.id, now - timedelta(days=40), 9))  # before the period
    journal.add_rating(Rating(sore.id, now - timedelta(days=1), 7))
    journal.add_row(
        "notes",
        {"at_utc": to_utc_text(now - timedelta(days=2)), "text": "Long drive.", "sample": False},
    )
    journal.add_row(
        "notes", {"at_utc": to_utc_text(now - timedelta(days=60)), "text": "Old.", "sample": False}
    )
    data = report_data(journal, now, clock.zone(), 4, 2000)
    assert data.first_day == date(2026, 2, 9) and data.last_day == date(2026, 3, 2)
    assert data.period == "4 weeks: 9 Feb 2026 – 2 Mar 2026"
    rows = [(k.number, k.progress.knot.label, k.first, k.last, k.muscle) for k in data.knots]
    assert rows == [
        (1, "Left rhomboids", 7.0, 7.0, "Rhomboids"),
        (2, "Right upper trapezius", 6.0, 2.0, "Upper trapezius"),
    ]
    assert [(n.about, n.text) for n in data.notes] == [
        ("2. Right upper trapezius", "Better after the weekend."),
        ("Journal", "Long drive."),
    ]
    assert len(data.self_care) == 4


@pytest.mark.parametrize("weeks", [0, -3, 521])
def test_a_period_out_of_range_is_refused(weeks: int) -> None:
    with pytest.raises(UnknotError, match=f"--weeks {weeks}: the report covers 1 to 520"):
        check_weeks(weeks)
