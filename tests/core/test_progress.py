"""The all-knots view's numbers: newest tenderness, change over two and four weeks,
most tender first, each with its plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.clock import FakeClock
from core.journal import Journal
from core.plan import Course, Suggestion
from core.progress import all_knots, plan_history, progress_of
from core.records import KnotStatus, Rating, RatingContext
from tests.core.journal_helpers import make_knot

BERLIN = ZoneInfo("Europe/Berlin")


def test_rows_are_most_tender_first_with_their_changes_and_plans(
    journal: Journal, clock: FakeClock
) -> None:
    now = clock.now().astimezone(BERLIN)
    easing = replace(
        make_knot(clock, "Right upper trapezius"), onset=now.date() - timedelta(weeks=20)
    )
    sore = make_knot(clock, "Left rhomboids")
    unrated = make_knot(clock, "Right wrist extensors")
    archived = replace(make_knot(clock, "Left levator scapulae"), status=KnotStatus.ARCHIVED)
    for knot in (easing, sore, unrated, archived):
        journal.add_knot(knot)
    for days_ago, tenderness in ((35, 8), (20, 6), (10, 5), (1, 4)):
        journal.add_rating(Rating(easing.id, now - timedelta(days=days_ago), tenderness))
    journal.add_rating(Rating(sore.id, now - timedelta(days=3), 7))
    after_a_hold = Rating(sore.id, now - timedelta(days=2), 3, RatingContext.AFTER_HOLD)
    journal.add_rating(after_a_hold)  # the hold's effect, not where the knot stands
    rows = all_knots(journal, now)
    assert [row.knot.label for row in rows] == [
        "Left rhomboids",
        "Right upper trapezius",
        "Right wrist extensors",
    ]
    sore_row, easing_row, unrated_row = rows
    assert (easing_row.now, easing_row.change_2w, easing_row.change_4w) == (4, -2, -4)
    assert (sore_row.now, sore_row.change_2w, sore_row.change_4w) == (7, None, None)
    assert (unrated_row.now, unrated_row.change_2w) == (None, None)
    assert easing_row.plan.course is Course.CHRONIC
    assert easing_row.plan.standing.startswith("not started: a session a week")
    assert sore_row.plan.course is Course.ACUTE and sore_row.plan.due_today
    assert all(row.plan.suggestion is Suggestion.NONE for row in rows)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.integers(-2000, 60), st.integers(-60, 8)),  # most in the last weeks
            st.integers(0, 10),
            st.sampled_from(list(RatingContext)),
        ),
        max_size=40,
    ),
    st.lists(st.integers(-400, 0), max_size=6),
)
def test_the_part_of_a_history_a_row_reads_gives_the_same_row(
    tmp_path_factory: pytest.TempPathFactory,
    ratings: list[tuple[int, int, RatingContext]],
    care: list[int],
) -> None:
    """Ratings from years back to a few days ahead (hours apart), days of care: the row
    from plan_history is the row from the whole history."""
    clock = FakeClock()
    journal = Journal.open(tmp_path_factory.mktemp("j"), clock)
    try:
        now = clock.now().astimezone(BERLIN)
        knot = replace(make_knot(clock), onset=now.date() - timedelta(weeks=30))
        journal.add_knot(knot)
        for (hours, context), tenderness in {(h * 7, c): t for h, t, c in ratings}.items():
            moment = now + timedelta(hours=hours)
            journal.add_rating(Rating(knot.id, moment, tenderness, context))
        days = sorted({now.date() + timedelta(days=d) for d in care})
        whole = progress_of(knot, journal.ratings_for(knot.id), days, now)
        part = progress_of(knot, plan_history(journal, knot, days, now), days, now)
        assert part == whole
    finally:
        journal.close()
