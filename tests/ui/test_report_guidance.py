"""The therapist report shows each knot's plan standing and suggestion with its numbers,
the same as Progress and `progress` (issue 17), and counts in the singular for one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from core.clock import FakeClock
from core.journal import Journal
from core.progress import all_knots
from core.progress_text import knot_json
from core.records import Rating, RatingContext
from core.report_data import plan_guidance, report_data
from tests.core.journal_helpers import make_knot
from tests.ui.test_report_pdf import read_pdf
from ui.report_pdf import write_report


def test_each_knot_has_its_plan_and_suggestion_in_the_report(
    qapp: object, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    knot = make_knot(clock, "Right upper trapezius")
    journal.add_knot(knot)
    at = clock.now() - timedelta(hours=2)
    journal.add_rating(Rating(knot.id, at, 7, RatingContext.BEFORE_HOLD))
    journal.add_rating(Rating(knot.id, at + timedelta(minutes=2), 4, RatingContext.AFTER_HOLD))
    data = report_data(journal, clock.now(), clock.zone(), 1, 2000)
    (only,) = data.knots
    assert only.guidance == (
        "Tenderness now: 7. After the last hold: 4."
        " Plan: not started: 1–3 focused sessions may bring relief; a session is due today."
        " Carry on with the plan."
    )
    (row,) = all_knots(journal, clock.now().astimezone(clock.zone()))
    entry = knot_json(row)
    assert entry["plan"]["standing"] in only.guidance  # the same words as `progress`
    assert entry["suggestion"]["headline"] in only.guidance
    out = tmp_path / "report.pdf"
    write_report(data, out)
    text = " ".join(" ".join(read_pdf(out)).split())
    assert "Plan and suggestion, knot by knot" in text
    assert "1. Right upper trapezius: Tenderness now: 7." in text
    assert "1 knot followed, 1 active." in text and "1 knots" not in text
    assert "0 focused sessions on them" in text


def test_a_suggestion_carries_its_numbers(journal: Journal, clock: FakeClock) -> None:
    knot = make_knot(clock)
    journal.add_knot(knot)
    journal.add_rating(
        Rating(knot.id, clock.now() - timedelta(days=1), 2, RatingContext.AFTER_HOLD)
    )
    (row,) = all_knots(journal, clock.now().astimezone(clock.zone()))
    assert plan_guidance(row) == (
        "Tenderness now: not rated at rest yet. After the last hold: 2."
        " Plan: not started: 1–3 focused sessions may bring relief; a session is due today."
        " No resting rating yet: rate it before a hold or in a check-in"
        " (only ratings after a hold so far: 2)."
    )
