"""One knot's history for the per-knot charts: daily points, the weekly trend line,
focused care per week or month, and the before → after drop of each session."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from core.clock import FakeClock
from core.journal import Journal
from core.knot_history import Period, knot_history, periods
from core.records import (
    Rating,
    RatingContext,
    Session,
    SessionState,
    StepDone,
    StepKind,
    Treatment,
    TreatmentKind,
)
from tests.core.journal_helpers import make_knot

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 3, 2)  # a Monday (the fake clock's day)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def hold_session(journal: Journal, knot_id: str, day: date, before: int, after: int) -> None:
    """A session on `day` at 18:00 with two 60 s holds on the knot, rated around them."""
    started = at(day, 18)
    journal.start_session(Session("today", started))
    journal.add_rating(Rating(knot_id, started, before, RatingContext.BEFORE_HOLD, started))
    for minute in (1, 3):
        hold = StepDone(started, StepKind.HOLD, at(day, 18, minute), 60, 60, knot_id=knot_id)
        journal.add_step(hold)
    journal.add_rating(Rating(knot_id, at(day, 18, 5), after, RatingContext.AFTER_HOLD, started))
    journal.end_session(started, SessionState.COMPLETED, at(day, 18, 6))


def test_daily_points_weekly_means_care_and_drops(journal: Journal, clock: FakeClock) -> None:
    knot = make_knot(clock)
    journal.add_knot(knot)
    monday_before = TODAY - timedelta(weeks=1)
    # Two check-ins on one day make one point, their mean.
    journal.add_rating(Rating(knot.id, at(monday_before, 9), 7))
    journal.add_rating(Rating(knot.id, at(monday_before, 20), 6))
    hold_session(journal, knot.id, monday_before + timedelta(days=2), 6, 3)
    hold_session(journal, knot.id, TODAY, 5, 3)
    journal.add_treatment(
        Treatment(on=monday_before + timedelta(days=4), kind=TreatmentKind.DEEP_TISSUE,
                  knot_ids=(knot.id,))
    )  # fmt: skip
    history = knot_history(journal, knot, TODAY, BERLIN, weeks=2)
    assert history.first_day == monday_before and history.last_day == TODAY
    assert [(p.day, p.tenderness) for p in history.days] == [
        (monday_before, 6.5),
        (monday_before + timedelta(days=2), 6.0),  # the before-hold rating; after is left out
        (TODAY, 5.0),
    ]
    assert [(w.week_start, w.tenderness) for w in history.weeks] == [
        (monday_before, 6.25),
        (TODAY, 5.0),
    ]
    assert history.period is Period.WEEK
    assert [(c.start, c.sessions, c.hold_minutes) for c in history.care] == [
        (monday_before, 2, 2.0),  # the hold day and the treatment day
        (TODAY, 1, 2.0),
    ]
    assert [(d.before, d.after, d.drop) for d in history.drops] == [(6, 3, 3), (5, 3, 2)]
    assert history.mean_drop == 2.5


def test_a_span_leaves_out_what_came_before_it(journal: Journal, clock: FakeClock) -> None:
    knot = make_knot(clock)
    journal.add_knot(knot)
    hold_session(journal, knot.id, TODAY - timedelta(weeks=6), 8, 5)
    hold_session(journal, knot.id, TODAY - timedelta(days=1), 4, 2)
    recent = knot_history(journal, knot, TODAY, BERLIN, weeks=4)
    assert [d.before for d in recent.drops] == [4]
    assert len(recent.care) == 4 and sum(c.sessions for c in recent.care) == 1
    whole = knot_history(journal, knot, TODAY, BERLIN, weeks=None)
    assert [d.before for d in whole.drops] == [8, 4]
    assert whole.first_day == TODAY - timedelta(weeks=6)  # first rated before it was marked
    assert sum(c.sessions for c in whole.care) == 2


def test_long_spans_count_care_per_month() -> None:
    assert periods(date(2026, 1, 28), date(2026, 3, 2), Period.MONTH) == [
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
    ]
    assert periods(date(2026, 2, 18), date(2026, 3, 2), Period.WEEK) == [
        date(2026, 2, 16),
        date(2026, 2, 23),
        date(2026, 3, 2),
    ]


def test_an_unrated_knot_has_an_empty_history(journal: Journal, clock: FakeClock) -> None:
    knot = make_knot(clock)
    journal.add_knot(knot)
    history = knot_history(journal, knot, TODAY, BERLIN, weeks=None)
    assert history.days == [] and history.drops == [] and history.mean_drop is None
    assert history.first_day == TODAY
    assert [c.sessions for c in history.care] == [0]
