"""The plan rules against hand-worked cases: an acute knot resolving in two sessions, a
chronic knot improving over six weeks, a stalled one, a rising one, a deep chronic one;
and the journal's record of focused care (ball holds and treatments)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.clock import FakeClock
from core.journal import Journal
from core.plan import Course, Suggestion, plan_for
from core.records import (
    Depth,
    Knot,
    KnotStatus,
    RatingContext,
    RatingHistory,
    Session,
    StepDone,
    StepKind,
    Treatment,
    TreatmentKind,
    to_ms,
)
from tests.core.journal_helpers import make_knot

BERLIN = ZoneInfo("Europe/Berlin")
DAY0 = date(2026, 3, 2)  # a Monday; the plans below start here
BEFORE, AFTER, CHECK = RatingContext.BEFORE_HOLD, RatingContext.AFTER_HOLD, RatingContext.CHECK_IN


def knot(onset_weeks_ago: int, depth: Depth = Depth.SUPERFICIAL) -> Knot:
    clock = FakeClock(datetime.combine(DAY0, time(9), tzinfo=BERLIN), tz=BERLIN)
    return replace(make_knot(clock), onset=DAY0 - timedelta(weeks=onset_weeks_ago), depth=depth)


def ratings(*points: tuple[int, int, RatingContext]) -> RatingHistory:
    """(day after DAY0, tenderness, context), each at 10:00 Berlin time."""
    moments = [
        datetime.combine(DAY0 + timedelta(days=d), time(10), tzinfo=BERLIN) for d, *_ in points
    ]
    return RatingHistory(
        "k",
        tuple(to_ms(m) for m in moments),
        tuple(t for _, t, _ in points),
        tuple(c.value for *_, c in points),
        tuple(None for _ in points),
    )


def days(*offsets: int) -> list[date]:
    return [DAY0 + timedelta(days=d) for d in offsets]


def on(day: int) -> date:
    return DAY0 + timedelta(days=day)


def test_an_acute_knot_resolving_in_two_sessions() -> None:
    acute = knot(onset_weeks_ago=1)
    before = plan_for(acute, ratings((0, 6, CHECK)), [], on(0), BERLIN)
    assert (before.course, before.due_today, before.sessions) == (Course.ACUTE, True, 0)
    assert before.standing == "not started: 1–3 focused sessions may bring relief"
    history = ratings((0, 6, BEFORE), (0, 3, AFTER), (2, 4, BEFORE), (2, 2, AFTER))
    after_one = plan_for(acute, history, days(0), on(1), BERLIN)
    assert after_one.standing == "session 1 of 1–3"
    assert not after_one.due_today  # again in a day or two
    assert plan_for(acute, history, days(0), on(2), BERLIN).due_today
    history = ratings(
        (0, 6, BEFORE), (0, 3, AFTER), (2, 4, BEFORE), (2, 2, AFTER), (5, 2, CHECK), (9, 1, CHECK)
    )
    # Only resting ratings count (issue 17): 4, 2, 1 is not yet resolved …
    assert plan_for(acute, history, days(0, 2), on(9), BERLIN).suggestion is Suggestion.NONE
    history = ratings(
        (0, 6, BEFORE),
        (0, 3, AFTER),
        (2, 4, BEFORE),
        (2, 2, AFTER),
        (5, 2, CHECK),
        (9, 1, CHECK),
        (12, 1, CHECK),
    )
    # … and three resting ratings of 2 or less over a week are.
    resolved = plan_for(acute, history, days(0, 2), on(12), BERLIN)
    assert resolved.standing == "session 2 of 1–3"
    assert resolved.suggestion is Suggestion.RESOLVED
    assert resolved.reason == "the last 3 ratings were 2, 1, 1 over 7 days"
    assert not resolved.due_today


def test_three_low_ratings_within_a_week_are_not_yet_resolved() -> None:
    history = ratings((0, 2, CHECK), (3, 1, CHECK), (6, 2, CHECK))
    plan = plan_for(knot(1), history, days(0, 3), on(6), BERLIN)
    assert plan.suggestion is Suggestion.NONE  # six days: not yet a week


def test_a_chronic_knot_improving_over_six_weeks() -> None:
    chronic = knot(onset_weeks_ago=30)
    weekly = [(7 * w, 7 - w, BEFORE) for w in range(6)] + [(7 * w, 5 - w, AFTER) for w in range(6)]
    history = ratings(*sorted(weekly))
    plan = plan_for(chronic, history, days(*range(0, 42, 7)), on(37), BERLIN)
    assert plan.course is Course.CHRONIC
    assert plan.standing == "week 6 of 4–8"
    assert plan.sessions == 6 and not plan.due_today  # the week's session was on day 35
    assert plan.suggestion is Suggestion.NONE  # 7 → 2: improving
    assert plan_for(chronic, history, days(*range(0, 42, 7)), on(42), BERLIN).due_today


def test_a_stalled_chronic_knot_suggests_a_professional_after_four_weeks() -> None:
    chronic = knot(onset_weeks_ago=20)
    history = ratings(*[(7 * w, 6 if w % 2 else 5, BEFORE) for w in range(5)])
    sessions = days(0, 7, 14, 21, 28)
    three_weeks = plan_for(chronic, history, sessions[:4], on(27), BERLIN)
    assert three_weeks.suggestion is Suggestion.NONE  # too early to say
    stalled = plan_for(chronic, history, sessions, on(28), BERLIN)
    assert stalled.suggestion is Suggestion.NOT_IMPROVING
    assert stalled.reason == (
        "4 weeks on the plan and tenderness went from 5 to 5 (its mean over the last 7 days),"
        " a drop of 0 (less than 2)"
    )
    assert stalled.due_today is False  # done today


def test_a_rising_knot_suggests_a_professional_with_the_numbers() -> None:
    history = ratings((0, 3, CHECK), (4, 4, CHECK), (8, 5, AFTER), (9, 6, CHECK), (12, 7, CHECK))
    plan = plan_for(knot(20), history, days(0, 8), on(12), BERLIN)
    assert plan.suggestion is Suggestion.RISING
    assert plan.reason == "tenderness rose from 3 to 7 over the last 14 days"


def test_a_deep_chronic_knot_expects_the_longer_end() -> None:
    deep = knot(onset_weeks_ago=52, depth=Depth.DEEP)
    fresh = plan_for(deep, ratings(), [], on(0), BERLIN)
    assert fresh.standing == "not started: a session a week for 4–8 weeks, deep knots nearer 8"
    assert fresh.due_today
    plan = plan_for(deep, ratings((0, 8, BEFORE)), days(0, 7, 14), on(15), BERLIN)
    assert plan.standing == "week 3 of 4–8, deep knots nearer 8"
    later = plan_for(deep, ratings((0, 8, BEFORE)), days(*range(0, 70, 7)), on(63), BERLIN)
    assert later.standing == "week 10 (the first phase is usually 4–8 weeks)"


def test_a_resolved_or_archived_knot_is_never_due() -> None:
    archived = replace(knot(20), status=KnotStatus.ARCHIVED)
    assert not plan_for(archived, ratings(), [], on(0), BERLIN).due_today


def test_holds_and_treatments_are_the_days_of_focused_care(
    journal: Journal, clock: FakeClock
) -> None:
    treated = make_knot(clock)
    journal.add_knot(treated)
    journal.add_treatment(
        Treatment(on=date(2026, 2, 20), kind=TreatmentKind.TRIGGER_POINT, knot_ids=(treated.id,))
    )
    assert journal.care_days(treated.id, BERLIN) == [date(2026, 2, 20)]
    started = datetime(2026, 3, 1, 23, 20, tzinfo=BERLIN)
    journal.start_session(Session("today", started))
    for minute in (10, 12, 50):  # two holds before midnight, one after
        at = started + timedelta(minutes=minute)
        journal.add_step(StepDone(started, StepKind.HOLD, at, 60, 60, knot_id=treated.id))
    assert journal.care_days(treated.id, BERLIN) == [
        date(2026, 2, 20),
        date(2026, 3, 1),
        date(2026, 3, 2),
    ]
    since_march = datetime(2026, 3, 1, 23, 40, tzinfo=BERLIN)  # after the first hold
    assert journal.care_days(treated.id, BERLIN, since_march) == [date(2026, 3, 2)]
    kathmandu = ZoneInfo("Asia/Kathmandu")  # UTC+5:45: its midnight is 18:15 UTC
    assert journal.care_days(treated.id, kathmandu) == [date(2026, 2, 20), date(2026, 3, 2)]
