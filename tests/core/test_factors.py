"""The self-care factors per Monday-week, the weekly tenderness beside them, and the
sentences on them: local days across a change to summer time, what counts, what is left
out, and no comparison without enough weeks on each side."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.clock import FakeClock
from core.demo import fill_demo
from core.factors import WeekFactors, factors, observations, week_starts, weekly_tenderness
from core.journal import Journal
from core.records import (
    CheckIn,
    KnotStatus,
    Rating,
    RatingContext,
    Session,
    SessionState,
    StepDone,
    StepKind,
    Treatment,
    TreatmentKind,
    to_utc_text,
)
from tests.core.journal_helpers import make_knot

BERLIN = ZoneInfo("Europe/Berlin")
# Summer time starts on Sunday 29 March 2026; today is the Wednesday after.
NOW = datetime(2026, 4, 1, 20, 0, tzinfo=BERLIN)
TODAY = NOW.date()
WEEK_1, WEEK_2, WEEK_3 = date(2026, 3, 16), date(2026, 3, 23), date(2026, 3, 30)
CAVEAT = "This shows they went together, not that one caused the other."


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def plus(day: date, days: int) -> date:
    return day + timedelta(days=days)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal.open(tmp_path, FakeClock(NOW, tz=BERLIN))


def water(journal: Journal, moment: datetime, ml: int) -> None:
    journal.add_row("water", {"at_utc": to_utc_text(moment), "ml": ml, "sample": 0})


def posture(journal: Journal, moment: datetime) -> None:
    journal.add_row(
        "posture_checks", {"at_utc": to_utc_text(moment), "answer": "good", "sample": 0}
    )


def reminder(journal: Journal, kind: str, due: datetime, outcome: str) -> None:
    row = {"kind": kind, "due_utc": to_utc_text(due), "fired_utc": None, "outcome": outcome}
    journal.add_row("reminder_events", {**row, "sample": 0})


def session(journal: Journal, started: datetime, *steps: tuple[StepKind, str | None]) -> None:
    journal.start_session(Session("Today's knots", started))
    at = started
    for kind, knot_id in steps:
        at += timedelta(minutes=10)
        journal.add_step(StepDone(started, kind, at, 60, 60, knot_id=knot_id))
    journal.end_session(started, SessionState.COMPLETED, at + timedelta(minutes=1))


def fill(journal: Journal) -> str:
    """Three weeks around the change to summer time; returns the knot's id."""
    clock = FakeClock(local(plus(WEEK_1, -30), 9), tz=BERLIN)
    knot = make_knot(clock)
    journal.add_knot(knot)
    water(journal, local(plus(WEEK_1, -1), 23, 59), 3000)  # the Sunday before: left out
    water(journal, local(WEEK_1, 10), 1000)
    water(journal, local(WEEK_1, 15), 1000)  # Monday 16: 2000, the goal
    water(journal, local(plus(WEEK_1, 1), 11), 1500)  # Tuesday 17: under it
    water(journal, local(plus(WEEK_2, 6), 23, 30), 2000)  # Sunday 29, 21:30 UTC: week 2
    water(journal, local(WEEK_3, 0, 30), 500)  # Monday 30, still 29 March in UTC: week 3
    posture(journal, local(WEEK_1, 10))
    posture(journal, local(plus(WEEK_1, 4), 10))
    posture(journal, local(WEEK_3, 0, 10))
    for minute, outcome in enumerate(("done", "done", "missed", "skipped", "snoozed")):
        reminder(journal, "posture", local(plus(WEEK_2, 1), 10, minute), outcome)
    reminder(journal, "water", local(plus(WEEK_2, 1), 11), "missed")
    # Tue 17: holds on the knot and a stretch; Wed 18: a stretch only; Thu 19: a hold
    # on no knot (a routine's), then a session from 23:50 whose stretch is after midnight.
    session(journal, local(plus(WEEK_1, 1), 19), (StepKind.HOLD, knot.id), (StepKind.STRETCH, None))
    session(journal, local(plus(WEEK_1, 2), 19), (StepKind.STRETCH, None))
    session(journal, local(plus(WEEK_1, 3), 12), (StepKind.HOLD, None))
    session(
        journal, local(plus(WEEK_1, 3), 23, 50), (StepKind.REST, None), (StepKind.STRETCH, None)
    )
    journal.add_treatment(Treatment(plus(WEEK_2, 1), TreatmentKind.DEEP_TISSUE, (knot.id,)))
    journal.add_treatment(Treatment(plus(WEEK_1, -6), TreatmentKind.OTHER))  # before: left out
    journal.set_check_in(CheckIn(WEEK_1, 4, 8.0, local(WEEK_1, 18)))
    journal.set_check_in(CheckIn(plus(WEEK_1, 1), 6, None, local(plus(WEEK_1, 1), 18)))
    journal.set_check_in(CheckIn(plus(WEEK_2, 2), None, 9.5, local(plus(WEEK_2, 2), 18)))
    journal.set_check_in(CheckIn(TODAY, 2, 7.0, local(TODAY, 18)))
    return knot.id


def week(start: date, **changes: object) -> WeekFactors:
    blank = WeekFactors(start, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, None, 0, None)
    return replace(blank, **changes)


def weeks_from(start: date, count: int, **changes: object) -> list[WeekFactors]:
    return [week(start + timedelta(weeks=n), **changes) for n in range(count)]


# ----------------------------------------------------------------------------- factors


def test_week_starts_are_the_mondays_up_to_today() -> None:
    assert week_starts(TODAY, 3) == [WEEK_1, WEEK_2, WEEK_3]
    assert week_starts(WEEK_3, 1) == [WEEK_3]
    with pytest.raises(ValueError, match="weeks must be 1 or more"):
        week_starts(TODAY, 0)


def test_each_factor_is_counted_per_local_week(journal: Journal) -> None:
    fill(journal)
    found = factors(journal, TODAY, BERLIN, 3, water_goal_ml=2000)
    assert found == [
        WeekFactors(
            week_start=WEEK_1,
            days=7,
            water_ml=3500,
            water_goal_days=1,
            posture_checks=2,
            posture_answered=0,
            posture_missed=0,
            stretching_days=3,  # Tue, Wed, and Thu (the session that began before midnight)
            focused_days=1,  # Tue: the hold on Thu was on no knot
            check_ins=2,
            stress_answers=2,
            mean_stress=5.0,
            desk_answers=1,
            mean_desk_hours=8.0,
        ),
        WeekFactors(
            week_start=WEEK_2,
            days=7,
            water_ml=2000,
            water_goal_days=1,
            posture_checks=0,
            posture_answered=2,
            posture_missed=2,  # the snoozed one came back; the water reminder is not posture
            stretching_days=0,
            focused_days=1,  # the treatment
            check_ins=1,
            stress_answers=0,
            mean_stress=None,
            desk_answers=1,
            mean_desk_hours=9.5,
        ),
        WeekFactors(
            week_start=WEEK_3,
            days=3,
            water_ml=500,
            water_goal_days=0,
            posture_checks=1,
            posture_answered=0,
            posture_missed=0,
            stretching_days=0,
            focused_days=0,
            check_ins=1,
            stress_answers=1,
            mean_stress=2.0,
            desk_answers=1,
            mean_desk_hours=7.0,
        ),
    ]
    assert [w.has_records for w in found] == [True, True, True]
    lower_goal = factors(journal, TODAY, BERLIN, 3, water_goal_ml=500)
    assert [w.water_goal_days for w in lower_goal] == [2, 1, 1]
    with pytest.raises(ValueError, match="the water goal must be 1 ml or more"):
        factors(journal, TODAY, BERLIN, 3, water_goal_ml=0)


def test_an_empty_journal_has_weeks_without_records(journal: Journal) -> None:
    found = factors(journal, TODAY, BERLIN, 2, water_goal_ml=2000)
    assert [w.week_start for w in found] == [WEEK_2, WEEK_3]
    assert not any(w.has_records for w in found)
    assert weekly_tenderness(journal, TODAY, BERLIN, 2) == {}
    assert observations(found, {}) == []


def test_weekly_tenderness_is_the_mean_of_each_knots_resting_mean(journal: Journal) -> None:
    clock = FakeClock(local(plus(WEEK_1, -30), 9), tz=BERLIN)
    active, resolved = make_knot(clock), make_knot(clock, status=KnotStatus.RESOLVED)
    archived = make_knot(clock, status=KnotStatus.ARCHIVED)
    for knot in (active, resolved, archived):
        journal.add_knot(knot)
    for knot, moment, value, context in (
        (active, local(WEEK_1, 9), 4, RatingContext.CHECK_IN),
        (active, local(plus(WEEK_1, 1), 19), 6, RatingContext.BEFORE_HOLD),
        (active, local(plus(WEEK_1, 1), 20), 1, RatingContext.AFTER_HOLD),  # the hold's
        (resolved, local(plus(WEEK_1, 2), 9), 2, RatingContext.CHECK_IN),
        (archived, local(plus(WEEK_1, 2), 9), 9, RatingContext.CHECK_IN),  # not followed
        (resolved, local(plus(WEEK_2, 6), 23, 30), 8, RatingContext.CHECK_IN),  # Sunday night
        (active, local(WEEK_3, 9), 3, RatingContext.CHECK_IN),
        (active, local(plus(WEEK_1, -1), 9), 10, RatingContext.CHECK_IN),  # before the weeks
    ):
        journal.add_rating(Rating(knot.id, moment, value, context))
    assert weekly_tenderness(journal, TODAY, BERLIN, 3) == {WEEK_1: 3.5, WEEK_2: 8.0, WEEK_3: 3.0}


def test_twelve_weeks_read_only_their_own_rows(journal: Journal) -> None:
    """Every read is a range of keys: years of older rows add no work (counted in
    SQLite's own steps, so the test does not depend on the machine's speed)."""
    knot_id = fill(journal)

    def steps() -> int:
        count = [0]

        def tick() -> int:
            count[0] += 1
            return 0

        connection: sqlite3.Connection = journal._db
        connection.set_progress_handler(tick, 10)
        try:
            factors(journal, TODAY, BERLIN, 12, water_goal_ml=2000)
            weekly_tenderness(journal, TODAY, BERLIN, 12)
        finally:
            connection.set_progress_handler(None, 0)
        return count[0]

    before = steps()
    old = datetime(2024, 1, 1, 8, tzinfo=UTC)
    moments = [to_utc_text(old + timedelta(minutes=37 * n)) for n in range(6000)]
    sessions = moments[::3]
    journal.insert_rows(
        {
            "water": [{"at_utc": m, "ml": 250, "sample": 0} for m in moments],
            "posture_checks": [{"at_utc": m, "answer": "good", "sample": 0} for m in moments],
            "reminder_events": [
                {"kind": "posture", "due_utc": m, "fired_utc": None, "outcome": "done", "sample": 0}
                for m in moments
            ],
            "ratings": [
                {
                    "knot_id": knot_id,
                    "at_utc": m,
                    "context": "check_in",
                    "tenderness": 5,
                    "session_utc": None,
                    "sample": 0,
                }
                for m in moments
            ],
            "sessions": [
                {
                    "started_utc": m,
                    "ended_utc": None,
                    "routine": "r",
                    "state": "completed",
                    "sample": 0,
                }
                for m in sessions
            ],
            "steps": [
                {
                    "started_utc": to_utc_text(old + timedelta(minutes=37 * n + 1)),
                    "session_utc": moments[n - n % 3],
                    "kind": "stretch",
                    "knot_id": None,
                    "muscle": "",
                    "side": "both",
                    "planned_s": 30,
                    "actual_s": 30,
                    "sample": 0,
                }
                for n in range(6000)
            ],
            "daily_check_ins": [
                {
                    "day": (date(2024, 1, 1) + timedelta(days=n)).isoformat(),
                    "stress": 5,
                    "desk_hours": 8.0,
                    "at_utc": moments[0],
                    "sample": 0,
                }
                for n in range(400)
            ],
        }
    )
    assert journal.count("ratings") == journal.count("steps") - 6 == 6000
    after = steps()
    # A scan of any one of the older tables alone would add several thousand steps.
    assert after <= before + 200, (before, after)


def test_the_demo_shows_check_ins_on_most_working_days(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path, FakeClock(NOW, tz=BERLIN))
    fill_demo(journal, weeks=8)
    found = factors(journal, TODAY, BERLIN, 8, water_goal_ml=2000)
    working_days = sum(1 for n in range(56) if plus(TODAY, -n).weekday() < 5)
    answered = sum(w.check_ins for w in found)
    assert 0.6 * working_days <= answered <= working_days
    for w in found:
        assert w.mean_stress is None or 0 <= w.mean_stress <= 10
        assert w.mean_desk_hours is None or 6 <= w.mean_desk_hours <= 10
    assert sum(w.stretching_days for w in found) > 8
    assert sum(w.focused_days for w in found) > 8
    lines = observations(found, weekly_tenderness(journal, TODAY, BERLIN, 8))
    assert any(line.startswith("On the ") and "stress averaged" in line for line in lines)


# ----------------------------------------------------------------------------- sentences


def test_averages_over_the_weeks_since_the_first_record() -> None:
    weeks = [
        *weeks_from(WEEK_1, 2),
        week(plus(WEEK_1, 14), water_ml=9000, water_goal_days=3, stretching_days=2),
        week(plus(WEEK_1, 21), water_ml=9000, water_goal_days=4, focused_days=1),
        week(plus(WEEK_1, 28), water_ml=9000, water_goal_days=5, stretching_days=1),
    ]
    assert observations(weeks, {}) == [
        "You met the water goal on 4 of 7 days a week on average over the last 3 weeks.",
        "You stretched on 1 of 7 days a week on average over the last 3 weeks.",
        "You gave a knot focused care (ball holds, or a treatment) on 0.3 of 7 days a week"
        " on average over the last 3 weeks.",
    ]


def test_one_week_so_far_counts_days_not_averages() -> None:
    this_week = week(WEEK_3, days=3, water_ml=4000, water_goal_days=2, posture_checks=1)
    assert observations([week(WEEK_2), this_week], {}) == [
        "You met the water goal on 2 of the 3 days this week.",
        "No stretching was logged this week.",
        "No ball holds on a knot and no treatments were logged this week.",
        "You logged 1 posture check-in this week.",
    ]


def test_posture_and_check_ins_are_summed_over_the_weeks() -> None:
    weeks = [
        week(WEEK_1, posture_checks=10, posture_answered=8, posture_missed=2, check_ins=2),
        week(WEEK_2, posture_checks=4, posture_answered=3, posture_missed=1, check_ins=3),
    ]
    weeks[0] = replace(
        weeks[0], stress_answers=2, mean_stress=6.0, desk_answers=1, mean_desk_hours=9
    )
    weeks[1] = replace(weeks[1], stress_answers=2, mean_stress=3.0)
    lines = observations(weeks, {})
    assert lines[0] == "No water was logged over the last 2 weeks."
    assert lines[3:] == [
        "You logged 7 posture check-ins a week on average over the last 2 weeks.",
        "You answered 11 of 14 posture reminders; 3 were missed or skipped.",
        "On the 5 days you checked in, stress averaged 4.5 out of 10 and hours at the desk"
        " 9.0 a day.",
    ]


def test_a_comparison_says_the_numbers_went_together_and_no_more() -> None:
    stretching = [4, 3, 1, 0, 5, 2]
    tenderness = [3.0, 3.4, 5.0, 4.6, 2.8, 5.2]
    weeks = [week(plus(WEEK_1, 7 * n), stretching_days=d) for n, d in enumerate(stretching)]
    by_week = {w.week_start: t for w, t in zip(weeks, tenderness, strict=True)}
    lines = observations(weeks, by_week)
    assert lines[-1] == (
        "In the 3 weeks with 3 or more stretching days, average tenderness was 3.1;"
        f" in the other 3 weeks, 4.9. {CAVEAT}"
    )
    comparisons = [line for line in lines if line.startswith("In the ")]
    assert len(comparisons) == 1  # water, stress and desk hours split no weeks in two
    for line in lines:
        assert not re.search(r"\b(because|so that|helps?|cures?|caused by|leads? to)\b", line)


def test_about_the_same_is_said_plainly() -> None:
    weeks = weeks_from(WEEK_1, 4)
    weeks = [
        replace(w, check_ins=3, mean_stress=s, stress_answers=3)
        for w, s in zip(weeks, (6, 2, 7, 1), strict=True)
    ]
    by_week = dict(zip([w.week_start for w in weeks], (4.0, 3.8, 4.2, 4.2), strict=True))
    assert observations(weeks, by_week)[-1] == (
        "In the 2 weeks when stress averaged 5 or more, average tenderness was 4.1,"
        " about the same as in the other 2 weeks (4.0)."
    )


@pytest.mark.parametrize(
    ("stretching", "days"),
    [
        ([4, 1, 1, 1], [7, 7, 7, 7]),  # one week on one side
        ([4, 4, 1], [7, 7, 7]),  # three weeks in all
        ([4, 4, 1, 1], [7, 7, 7, 3]),  # the week so far does not count: 2 against 1
    ],
)
def test_no_comparison_without_enough_whole_weeks_on_each_side(
    stretching: list[int], days: list[int]
) -> None:
    weeks = [
        week(plus(WEEK_1, 7 * n), stretching_days=s, days=d)
        for n, (s, d) in enumerate(zip(stretching, days, strict=True))
    ]
    by_week = {w.week_start: 2.0 + n for n, w in enumerate(weeks)}
    assert not [line for line in observations(weeks, by_week) if line.startswith("In the ")]
