"""The "Today's knots" session, the summary a session leaves, and the course of a knot."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from core import todays_knots
from core.clock import FakeClock
from core.journal import Journal
from core.plan import Course, course_of, next_advice
from core.records import Depth, KnotStatus, Rating, Session, SessionState, Side, StepDone, StepKind
from core.routine_files import load_routines, step_library
from core.routines import Sides
from core.session import GuidedSession
from core.session_summary import summarise
from core.todays_knots import build, knot_finder, knots_by_priority
from tests.core.session_helpers import (
    add_knot,
    at,
    finished,
    hold,
    links,
    routine_of,
    run_until,
    write_toml,
)

HOLDS = """name = "Holds"
summary = "Test library."
{steps}"""
STEP = """
[[steps]]
kind = "{kind}"
muscle = "{muscle}"
seconds = {seconds}
prepare_seconds = 0
text = "Work on the {muscle}."
"""


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small hold and stretch library instead of the shipped one (no ball on the SCM)."""
    folder = tmp_path / "steps"
    holds = "".join(
        STEP.format(kind="hold", muscle=m, seconds=30) for m in ("upper_trapezius", "rhomboids")
    )
    stretches = "".join(
        STEP.format(kind="stretch", muscle=m, seconds=10)
        for m in ("upper_trapezius", "rhomboids", "sternocleidomastoid")
    )
    write_toml(folder, "holds.toml", HOLDS.format(steps=holds))
    write_toml(folder, "stretches.toml", HOLDS.format(steps=stretches))
    monkeypatch.setattr(todays_knots, "step_library", lambda name: step_library(name, folder))
    return folder


def held_on(journal: Journal, knot_id: str, muscle: str, when: datetime) -> None:
    """A past session with one ball hold on the knot."""
    journal.start_session(Session("Earlier", when))
    step = StepDone(when, StepKind.HOLD, when, 60, 60, muscle, Side.RIGHT, knot_id)
    journal.add_step(step)
    journal.end_session(when, SessionState.COMPLETED, when + timedelta(minutes=1))


def test_knots_come_most_tender_first_then_longest_since_their_last_hold(
    journal: Journal, clock: FakeClock
) -> None:
    unrated = add_knot(journal, clock, "deltoid", label="Right deltoid")
    held_yesterday = add_knot(journal, clock, "rhomboids", tenderness=5)
    never_held = add_knot(journal, clock, "calves", tenderness=5)
    held_last_week = add_knot(journal, clock, "triceps", tenderness=5)
    most_tender = add_knot(journal, clock, "biceps", tenderness=9)
    add_knot(journal, clock, "masseter", tenderness=10, status=KnotStatus.RESOLVED)
    calmed = add_knot(journal, clock, "temporalis", tenderness=9)
    clock.advance(60)
    journal.add_rating(Rating(calmed.id, clock.now(), 1))
    held_on(journal, held_yesterday.id, "rhomboids", clock.now() - timedelta(days=1))
    held_on(journal, held_last_week.id, "triceps", clock.now() - timedelta(days=7))
    order = [k.id for k in knots_by_priority(journal)]
    assert order == [
        most_tender.id,
        never_held.id,
        held_last_week.id,
        held_yesterday.id,
        calmed.id,  # its newest rating counts, not its old 9
        unrated.id,
    ]


def test_build_links_a_hold_to_each_knot_with_moves_between_then_one_stretch_per_muscle(
    journal: Journal, clock: FakeClock, library: Path
) -> None:
    scm = add_knot(journal, clock, "sternocleidomastoid", Side.LEFT, "Left SCM", tenderness=9)
    trap_r = add_knot(journal, clock, "upper_trapezius", Side.RIGHT, tenderness=8)
    rhomb = add_knot(journal, clock, "rhomboids", Side.RIGHT, "Right rhomboids", tenderness=7)
    trap_l = add_knot(journal, clock, "upper_trapezius", Side.LEFT, tenderness=6)
    add_knot(journal, clock, "rhomboids", Side.LEFT, "Left rhomboids", tenderness=1)  # 5th
    routine = build(journal)
    assert routine is not None
    assert (routine.key, routine.name) == ("todays-knots", "Today's knots")
    assert routine.summary == (
        "Ball holds and stretches for your left SCM, right upper trapezius,"
        " right rhomboids, left upper trapezius."
    )
    shape = [(s.kind, s.muscle, s.sides, s.knot_id) for s in routine.steps]
    assert shape == [
        (StepKind.HOLD, "upper_trapezius", Sides.RIGHT, trap_r.id),
        (StepKind.TRANSITION, "rhomboids", Sides.CENTRE, None),
        (StepKind.HOLD, "rhomboids", Sides.RIGHT, rhomb.id),
        (StepKind.TRANSITION, "upper_trapezius", Sides.CENTRE, None),
        (StepKind.HOLD, "upper_trapezius", Sides.LEFT, trap_l.id),
        (StepKind.STRETCH, "sternocleidomastoid", Sides.LEFT, None),
        (StepKind.STRETCH, "upper_trapezius", Sides.BOTH, None),
        (StepKind.STRETCH, "rhomboids", Sides.RIGHT, None),
    ]
    assert routine.steps[0].title == "Ball on your right upper trapezius"
    assert routine.steps[1].text.startswith("Move the ball to your right rhomboids.")
    assert scm.id not in {s.knot_id for s in routine.steps}  # no ball on the front of the neck
    assert [s.kind for s in build(journal, count=1).steps] == [StepKind.STRETCH]  # type: ignore[union-attr]
    assert len(build(journal, count=2).steps) == 3  # type: ignore[union-attr]


def test_build_gives_nothing_without_an_active_knot(journal: Journal, clock: FakeClock) -> None:
    assert build(journal) is None
    add_knot(journal, clock, status=KnotStatus.RESOLVED, tenderness=8)
    assert build(journal) is None


def test_the_front_of_the_neck_gets_its_shipped_stretch_only(
    journal: Journal, clock: FakeClock
) -> None:
    add_knot(journal, clock, "sternocleidomastoid", Side.RIGHT, "Right SCM", tenderness=6)
    routine = build(journal)
    assert routine is not None
    assert [(s.kind, s.muscle, s.sides) for s in routine.steps] == [
        (StepKind.STRETCH, "sternocleidomastoid", Sides.RIGHT)
    ]


def test_a_routines_hold_is_linked_to_the_most_tender_knot_on_that_muscle_and_side(
    journal: Journal, clock: FakeClock
) -> None:
    add_knot(journal, clock, "upper_trapezius", Side.RIGHT, "Right trap 1", tenderness=4)
    worst = add_knot(journal, clock, "upper_trapezius", Side.RIGHT, "Right trap 2", tenderness=7)
    add_knot(journal, clock, "upper_trapezius", Side.LEFT, status=KnotStatus.RESOLVED)
    find = knot_finder(journal)
    assert find("upper_trapezius", Side.RIGHT) == worst.id
    assert find("upper_trapezius", Side.LEFT) is None
    routine = load_routines(None).get("neck-and-shoulders")
    assert routine is not None and routine.steps[0].muscle == "upper_trapezius"
    session = GuidedSession(routine, journal, clock, find)
    first = [(s.side, s.phase.value, s.knot_id) for s in session.segments if s.step_index == 0]
    assert [p for side, p, _ in first if side is Side.LEFT] == ["prepare", "hold", "release"]
    assert [p for side, p, _ in first if side is Side.RIGHT] == [
        "prepare",
        "rate_before",
        "hold",
        "release",
        "rate_after",
    ]
    assert {k for side, _, k in first if side is Side.RIGHT} == {worst.id}


def test_a_todays_knots_session_sums_up_with_before_after_and_advice(
    journal: Journal, clock: FakeClock, library: Path
) -> None:
    deep = add_knot(journal, clock, "rhomboids", label="Right rhomboids", depth=Depth.DEEP)
    fresh = add_knot(journal, clock, tenderness=3, onset=date(2026, 2, 20))
    clock.advance(3600)
    routine = build(journal)
    assert routine is not None
    session = GuidedSession(routine, journal, clock)
    session.start()
    scores = iter([5, 2, 8, 6])
    while session.is_open():
        run_until(session, clock, lambda s: s.phase.rating or finished(s))
        if session.phase.rating:
            session.rate(next(scores))
    summary = summarise(journal, at(session, 0), clock.now().date())
    assert summary is not None
    assert (summary.routine, summary.state) == ("Today's knots", SessionState.COMPLETED)
    assert (summary.started, summary.ended) == (session.started, session.ended)
    assert (summary.holds, summary.steps) == (2, 2 + 1 + 2 * 2)  # right-side stretches only
    assert summary.active_seconds == 2 * 30 + 8 + 4 * 10
    assert summary.describe_time() == "1 min 48 s"
    results = {k.knot_id: k for k in summary.knots}
    assert [k.knot_id for k in summary.knots] == [fresh.id, deep.id]
    assert (results[fresh.id].change(), results[deep.id].change()) == ("5 → 2", "8 → 6")
    assert results[deep.id].label == "Right rhomboids"
    assert "Deep knots usually take longer." in results[deep.id].advice
    assert results[fresh.id].advice.startswith("A recent knot")
    assert summarise(journal, at(session, -1), clock.now().date()) is None


def test_a_summary_counts_seconds_and_shows_unknown_ratings(
    journal: Journal, clock: FakeClock, library: Path
) -> None:
    knot = add_knot(journal, clock, tenderness=4)
    routine = build(journal)
    assert routine is not None
    session = GuidedSession(routine, journal, clock)
    session.start()
    session.skip()  # no rating before
    run_until(session, clock, 40.0)
    session.abort()
    summary = summarise(journal, at(session, 0), clock.now().date())
    assert summary is not None and summary.state is SessionState.ABORTED
    assert summary.describe_time() == "30 s" and summary.holds == 1
    assert [(k.knot_id, k.change()) for k in summary.knots] == [(knot.id, "– → –")]


@pytest.mark.parametrize(
    ("onset", "course"),
    [
        (date(2026, 3, 2) - timedelta(weeks=6) + timedelta(days=1), Course.ACUTE),
        (date(2026, 3, 2) - timedelta(weeks=6), Course.CHRONIC),
        (date(2025, 6, 1), Course.CHRONIC),
    ],
)
def test_a_knot_is_acute_under_six_weeks_and_chronic_after(
    journal: Journal, clock: FakeClock, onset: date, course: Course
) -> None:
    knot = add_knot(journal, clock, onset=onset)
    assert course_of(knot, date(2026, 3, 2)) is course


def test_without_an_onset_the_day_it_was_marked_counts(journal: Journal, clock: FakeClock) -> None:
    knot = add_knot(journal, clock)
    assert course_of(knot, date(2026, 4, 12)) is Course.ACUTE  # 5 weeks 6 days
    assert course_of(knot, date(2026, 4, 13)) is Course.CHRONIC


def test_next_advice_follows_the_course_and_says_deep_knots_take_longer(
    journal: Journal, clock: FakeClock
) -> None:
    today = date(2026, 3, 2)
    acute = add_knot(journal, clock)
    chronic_deep = add_knot(journal, clock, onset=date(2025, 1, 1), depth=Depth.DEEP)
    assert "one to three focused sessions" in next_advice(acute, today)
    assert "longer" not in next_advice(acute, today)
    advice = next_advice(chronic_deep, today)
    assert "one focused session a week for four to eight weeks" in advice
    assert advice.endswith("Deep knots usually take longer.")


def test_a_knot_held_twice_sums_up_from_its_first_before_to_its_last_after(
    journal: Journal, clock: FakeClock
) -> None:
    knot = add_knot(journal, clock)
    routine = routine_of(hold(prepare_seconds=0), hold(prepare_seconds=0))
    session = GuidedSession(routine, journal, clock, links(knot))
    session.start()
    for score in (7, 5, 5, 3):
        run_until(session, clock, lambda s: s.phase.rating)
        session.rate(score)
    assert session.state is SessionState.COMPLETED
    summary = summarise(journal, at(session, 0), clock.now().date())
    assert summary is not None and summary.holds == 2
    assert [k.change() for k in summary.knots] == ["7 → 3"]


def test_the_chosen_durations_time_holds_and_stretches_within_each_steps_limits(
    journal: Journal, clock: FakeClock
) -> None:
    add_knot(journal, clock, "upper_trapezius", Side.RIGHT, tenderness=6)
    routine = build(journal, 1, hold_seconds=45, stretch_seconds=20)
    assert routine is not None
    assert [s.seconds for s in routine.steps if s.kind is StepKind.HOLD] == [45]
    assert [s.seconds for s in routine.steps if s.kind is StepKind.STRETCH] == [20]
    longest = build(journal, 1, hold_seconds=500, stretch_seconds=1)
    assert longest is not None
    hold = next(s for s in longest.steps if s.kind is StepKind.HOLD)
    stretch = next(s for s in longest.steps if s.kind is StepKind.STRETCH)
    assert hold.seconds == hold.max_seconds and stretch.seconds == stretch.min_seconds
