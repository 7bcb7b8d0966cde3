"""One truth for "tenderness now" (issue 17): after a hold rated 7 before and 4 after,
the body map, Today, today's session order, Progress, the CSV table and the report all
say 7, and keep the 4 as "after the last hold"."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from core.body import catalogue
from core.clock import FakeClock
from core.journal import Journal
from core.knot_map import KnotMap
from core.progress import all_knots
from core.progress_csv import KNOT_COLUMNS, knots_table
from core.records import Rating, RatingContext, Side
from core.report_data import report_data
from core.tenderness import after_hold_text, tenderness_of
from core.today import summarise_today
from core.todays_knots import knots_by_priority
from tests.core.journal_helpers import make_knot

BERLIN = ZoneInfo("Europe/Berlin")
BEFORE, AFTER = RatingContext.BEFORE_HOLD, RatingContext.AFTER_HOLD


def _held(journal: Journal, clock: FakeClock) -> tuple[str, str]:
    """A knot held today (7 before, 4 after) and one checked in at 5."""
    held = make_knot(clock, "Left levator scapulae", muscle="levator_scapulae", side=Side.LEFT)
    other = make_knot(clock, "Right upper trapezius")
    journal.add_knot(held)
    journal.add_knot(other)
    session = clock.now()
    journal.add_rating(Rating(other.id, session - timedelta(hours=1), 5))
    journal.add_rating(Rating(held.id, session, 7, BEFORE))
    journal.add_rating(Rating(held.id, session + timedelta(minutes=2), 4, AFTER))
    clock.advance(600)
    return held.id, other.id


def test_every_view_says_the_newest_resting_rating(journal: Journal, clock: FakeClock) -> None:
    held, other = _held(journal, clock)
    now = clock.now().astimezone(BERLIN)
    tenderness = tenderness_of(journal, held)
    assert (tenderness.value, tenderness.after_hold_value) == (7, 4)
    assert after_hold_text(4) == "after the last hold: 4"
    marks = {m.knot.id: m.tenderness for m in KnotMap(journal, clock, catalogue()).marks()}
    assert marks == {held: 7, other: 5}
    assert summarise_today(journal, now).most_tender == ("Left levator scapulae", 7)
    assert [k.id for k in knots_by_priority(journal)] == [held, other]
    rows = {row.knot.id: row for row in all_knots(journal, now)}
    assert (rows[held].now, rows[held].after_hold) == (7, 4)
    (csv_row, _) = knots_table(all_knots(journal, now))
    assert csv_row[KNOT_COLUMNS.index("tenderness_now")] == 7
    report = report_data(journal, now, BERLIN, 2, 1500)
    (first, _) = report.knots
    assert (first.progress.now, first.last) == (7, 7)


def test_a_rating_after_a_hold_is_never_the_tenderness_now(
    journal: Journal, clock: FakeClock
) -> None:
    knot = make_knot(clock)
    journal.add_knot(knot)
    session = clock.now()
    journal.add_rating(Rating(knot.id, session, 2, AFTER))
    clock.advance(60)
    now = clock.now().astimezone(BERLIN)
    assert tenderness_of(journal, knot.id).value is None
    (row,) = all_knots(journal, now)
    assert (row.now, row.after_hold) == (None, 2)
    assert KnotMap(journal, clock, catalogue()).marks()[0].tenderness is None
    assert summarise_today(journal, now).most_tender is None
    clock.advance(60)
    journal.add_rating(Rating(knot.id, clock.now(), 5))  # a check-in after it
    assert (tenderness_of(journal, knot.id).value, tenderness_of(journal, knot.id).after_hold) == (
        5,
        None,
    )


def test_a_rating_whose_time_is_no_number_is_not_the_tenderness_now_anywhere(
    journal: Journal, clock: FakeClock
) -> None:
    # A hand-edited row with text for its time sorts after every number in SQLite: no
    # reader may take it for the newest rating (the body map once said 9, Today 5).
    held, other = _held(journal, clock)
    journal._db.execute(
        "INSERT INTO ratings (knot, at_ms, tenderness, context) VALUES"
        " ((SELECT id FROM knots WHERE uid = ?), 'noon', 9, 'check_in')",
        (other,),
    )
    now = clock.now().astimezone(BERLIN)
    assert tenderness_of(journal, other).value == 5
    marks = {m.knot.id: m.tenderness for m in KnotMap(journal, clock, catalogue()).marks()}
    assert marks == {held: 7, other: 5}
    rows = {row.knot.id: row for row in all_knots(journal, now)}
    assert rows[other].now == 5
