"""A guided session's phases, cues and journal writes, driven tick by tick as the UI does."""

from __future__ import annotations

from datetime import timedelta

from core.clock import FakeClock
from core.cues import CueKind
from core.journal import Journal
from core.paths import Paths
from core.records import RatingContext, SessionState, Side, StepKind
from core.routines import Sides
from core.session import GuidedSession
from core.session_plan import Phase
from core.session_summary import summarise
from tests.core.session_helpers import (
    T0,
    add_knot,
    at,
    finished,
    foam_roll,
    hold,
    in_phase,
    links,
    rest,
    routine_of,
    run_until,
    stretch,
    tick_once,
    transition,
)


def test_a_hold_on_a_knot_runs_prepare_rate_hold_release_rate_then_the_next_step(
    journal: Journal, clock: FakeClock
) -> None:
    knot = add_knot(journal, clock)
    session = GuidedSession(routine_of(hold(), rest(10)), journal, clock, links(knot))
    opening = session.start()
    assert session.phase is Phase.PREPARE and session.segment.knot_id == knot.id
    assert [(c.kind, c.due) for c in opening] == [(CueKind.START, T0)]
    assert opening[0].words.startswith("Right side. Ball hold: upper trapezius.")

    prepared = run_until(session, clock, in_phase(Phase.RATE_BEFORE))
    assert clock.monotonic() == T0 + 8
    assert [(c.kind, c.due) for c in prepared.cues] == [(CueKind.RATE_NOW, T0 + 8)]
    assert session.next_due() is None  # only the user moves a rating on

    clock.advance(3)
    assert [(c.kind, c.due) for c in session.rate(6)] == [(CueKind.START, T0 + 11)]
    assert session.phase is Phase.HOLD and session.remaining() == 60

    held = run_until(session, clock, in_phase(Phase.RELEASE))
    assert [(c.kind, c.due) for c in held.cues] == [  # no END: a compression hold releases
        (CueKind.HALFWAY, T0 + 41),
        (CueKind.TEN_LEFT, T0 + 61),
        (CueKind.COUNT, T0 + 68),
        (CueKind.COUNT, T0 + 69),
        (CueKind.COUNT, T0 + 70),
        (CueKind.RELEASE, T0 + 71),
    ]
    eased = run_until(session, clock, in_phase(Phase.RATE_AFTER))
    assert [(c.kind, c.due) for c in eased.cues] == [(CueKind.RATE_NOW, T0 + 76)]

    clock.advance(4)
    assert [c.kind for c in session.rate(3)] == [CueKind.START]
    assert session.phase is Phase.REST and session.segment.step_index == 1
    ratings = journal.session_ratings(at(session, 0))
    assert [(r.context, r.tenderness, r.at) for r in ratings] == [
        (RatingContext.BEFORE_HOLD, 6, at(session, 11)),
        (RatingContext.AFTER_HOLD, 3, at(session, 80)),
    ]


def test_the_cues_of_a_hold_fall_on_their_exact_moments(journal: Journal, clock: FakeClock) -> None:
    session = GuidedSession(routine_of(hold(prepare_seconds=0)), journal, clock)
    first = session.start()
    assert [(c.kind, c.due) for c in first] == [(CueKind.START, T0)]
    run = run_until(session, clock, finished)
    assert [(c.kind, c.words, c.due) for c in run.cues] == [
        (CueKind.HALFWAY, "", T0 + 30),
        (CueKind.TEN_LEFT, "Ten seconds.", T0 + 50),
        (CueKind.COUNT, "3", T0 + 57),
        (CueKind.COUNT, "2", T0 + 58),
        (CueKind.COUNT, "1", T0 + 59),
        (CueKind.RELEASE, "Release.", T0 + 60),
        (CueKind.FINISHED, "The session is done.", T0 + 65),
    ]


def test_an_odd_hold_has_its_halfway_on_the_half_second(journal: Journal, clock: FakeClock) -> None:
    session = GuidedSession(routine_of(hold(prepare_seconds=0, seconds=45)), journal, clock)
    session.start()
    run = run_until(session, clock, in_phase(Phase.RELEASE))
    assert run.dues(CueKind.HALFWAY) == [T0 + 22.5]
    assert run.dues(CueKind.TEN_LEFT) == [T0 + 35]
    assert run.dues(CueKind.COUNT) == [T0 + 42, T0 + 43, T0 + 44]


def test_next_due_hits_every_displayed_second_of_a_hold(journal: Journal, clock: FakeClock) -> None:
    session = GuidedSession(routine_of(hold(prepare_seconds=0)), journal, clock)
    session.start()
    shown = [session.screen().seconds_left]
    ticks = []
    while session.phase is Phase.HOLD:
        ticks.append(tick_once(session, clock)[0])
        shown.append(session.screen().seconds_left)
    assert ticks == [T0 + s for s in range(1, 61)]
    assert shown == [*range(60, 0, -1), 5]  # then the 5 s release counts down


def test_a_stretch_does_both_reps_on_the_left_then_switches_sides(
    journal: Journal, clock: FakeClock
) -> None:
    session = GuidedSession(routine_of(stretch()), journal, clock)
    opening = session.start()
    assert opening[0].kind is CueKind.START and opening[0].words.startswith("Left side.")
    assert session.segment.side is Side.LEFT
    run = run_until(session, clock, finished)
    timed = (CueKind.COUNT, CueKind.HALFWAY, CueKind.TEN_LEFT)
    switch = "Switch sides. Right side. Stretch: upper trapezius. Tilt your head away."
    assert [(c.kind, c.words, c.due) for c in run.cues if c.kind not in timed] == [
        (CueKind.START, "Stretch.", T0 + 5),
        (CueKind.RELEASE, "Ease off.", T0 + 35),
        (CueKind.START, "Stretch.", T0 + 40),
        (CueKind.END, "", T0 + 70),
        (CueKind.SWITCH_SIDES, switch, T0 + 70),
        (CueKind.START, "Stretch.", T0 + 75),
        (CueKind.RELEASE, "Ease off.", T0 + 105),
        (CueKind.START, "Stretch.", T0 + 110),
        (CueKind.END, "", T0 + 140),
        (CueKind.FINISHED, "The session is done.", T0 + 140),
    ]
    assert run.dues(CueKind.HALFWAY) == [T0 + 20, T0 + 55, T0 + 90, T0 + 125]
    steps = journal.steps_of(at(session, 0))
    assert [(s.kind, s.side, s.started, s.actual_s) for s in steps] == [
        (StepKind.STRETCH, Side.LEFT, at(session, 5), 30),
        (StepKind.STRETCH, Side.LEFT, at(session, 40), 30),
        (StepKind.STRETCH, Side.RIGHT, at(session, 75), 30),
        (StepKind.STRETCH, Side.RIGHT, at(session, 110), 30),
    ]


def test_a_foam_roll_gives_a_pace_cue_every_pace_seconds(
    journal: Journal, clock: FakeClock
) -> None:
    roll = foam_roll(seconds=60, pace_seconds=4, prepare_seconds=0, sides=Sides.RIGHT)
    session = GuidedSession(routine_of(roll), journal, clock)
    assert session.start()[0].words.startswith("Right side. Foam roll: quadriceps.")
    run = run_until(session, clock, finished)
    assert run.dues(CueKind.PACE) == [T0 + s for s in range(4, 53, 4)]
    assert run.dues(CueKind.HALFWAY) == [T0 + 30]
    assert run.dues(CueKind.COUNT) == [T0 + 57, T0 + 58, T0 + 59]
    assert [(c.kind, c.due) for c in run.cues[-2:]] == [
        (CueKind.END, T0 + 60),
        (CueKind.FINISHED, T0 + 60),
    ]
    (done,) = journal.steps_of(at(session, 0))
    assert (done.kind, done.muscle, done.side, done.actual_s) == (
        StepKind.FOAM_ROLL,
        "quadriceps",
        Side.RIGHT,
        60,
    )


def test_rest_and_transition_are_timed_pauses_written_as_steps(
    journal: Journal, clock: FakeClock
) -> None:
    session = GuidedSession(routine_of(rest(12), transition(6)), journal, clock)
    opening = session.start()
    assert [(c.kind, c.words, c.due) for c in opening] == [(CueKind.START, "Rest. Breathe.", T0)]
    assert session.phase is Phase.REST and session.remaining() == 12
    run = run_until(session, clock, in_phase(Phase.TRANSITION))
    assert run.kinds() == [CueKind.START] and run.cues[0].due == T0 + 12
    assert run.cues[0].words == "Move on. Move the ball."
    run = run_until(session, clock, finished)
    assert [(c.kind, c.due) for c in run.cues] == [(CueKind.FINISHED, T0 + 18)]
    steps = journal.steps_of(at(session, 0))
    assert [(s.kind, s.side, s.planned_s, s.actual_s, s.started) for s in steps] == [
        (StepKind.REST, Side.CENTRE, 12, 12, at(session, 0)),
        (StepKind.TRANSITION, Side.CENTRE, 6, 6, at(session, 12)),
    ]


def test_finishing_completes_the_session_in_the_journal(journal: Journal, clock: FakeClock) -> None:
    session = GuidedSession(routine_of(rest(10), hold(prepare_seconds=0)), journal, clock)
    session.start()
    started = at(session, 0)
    stored = journal.session(started)
    assert stored is not None and stored.state is SessionState.OPEN
    assert stored.routine == "Test routine"
    run = run_until(session, clock, finished)
    assert run.cues[-1].kind is CueKind.FINISHED and run.cues[-1].due == T0 + 75
    assert session.state is SessionState.COMPLETED and session.phase is Phase.FINISHED
    assert session.next_due() is None and session.ended == at(session, 75)
    stored = journal.session(started)
    assert stored is not None
    assert (stored.state, stored.ended) == (SessionState.COMPLETED, at(session, 75))
    assert session.screen().heading == "Session done"
    assert session.pause() == [] and session.skip() == [] and session.tick() == []


def test_each_step_is_in_the_journal_the_moment_it_ends(journal: Journal, clock: FakeClock) -> None:
    knot = add_knot(journal, clock, side=Side.LEFT)
    routine = routine_of(transition(5), hold(sides=Sides.BOTH, prepare_seconds=0), rest(5))
    session = GuidedSession(routine, journal, clock, links(knot))
    session.start()
    started = at(session, 0)
    run_until(session, clock, 4.0)
    assert journal.steps_of(started) == []
    run_until(session, clock, in_phase(Phase.RATE_BEFORE))  # the transition just ended
    assert [s.kind for s in journal.steps_of(started)] == [StepKind.TRANSITION]
    session.rate(5)
    run_until(session, clock, in_phase(Phase.RELEASE))
    (_, left) = journal.steps_of(started)
    assert (left.kind, left.side, left.knot_id, left.muscle) == (
        StepKind.HOLD,
        Side.LEFT,
        knot.id,
        "upper_trapezius",
    )
    assert (left.planned_s, left.actual_s, left.started) == (60, 60, at(session, 5))
    run_until(session, clock, in_phase(Phase.RATE_AFTER))
    session.rate(2)
    run_until(session, clock, in_phase(Phase.RELEASE))  # the right side has no knot
    right = journal.steps_of(started)[-1]
    assert (right.side, right.knot_id, right.started) == (Side.RIGHT, None, at(session, 70))
    assert {s.knot_id for s in session.segments} == {knot.id, None}  # linked on the left only


def test_a_session_left_open_by_a_crash_reads_back_as_interrupted(
    paths: Paths, journal: Journal, clock: FakeClock
) -> None:
    knot = add_knot(journal, clock)
    session = GuidedSession(routine_of(hold(), rest(20)), journal, clock, links(knot))
    session.start()
    started = at(session, 0)
    run_until(session, clock, in_phase(Phase.RATE_BEFORE))
    session.rate(7)
    run_until(session, clock, in_phase(Phase.RATE_AFTER))
    session.rate(4)
    run_until(session, clock, 6.0)  # part way into the rest: the app dies here
    journal.close()

    reopened = Journal.open(paths.data, clock)
    try:
        assert reopened.report.interrupted_sessions == 1
        stored = reopened.session(started)
        assert stored is not None and stored.state is SessionState.INTERRUPTED
        assert stored.ended == at(session, 8 + 60)  # the end of the last finished step
        (held,) = reopened.steps_of(started)
        assert (held.kind, held.knot_id, held.actual_s) == (StepKind.HOLD, knot.id, 60)
        summary = summarise(reopened, started, clock.now().date())
        assert summary is not None
        assert (summary.state, summary.steps, summary.holds) == (SessionState.INTERRUPTED, 1, 1)
        assert summary.active_seconds == 60 and summary.describe_time() == "1 min 00 s"
        assert [(k.knot_id, k.change()) for k in summary.knots] == [(knot.id, "7 → 4")]
    finally:
        reopened.close()


def test_journal_times_are_the_start_plus_monotonic_time(
    journal: Journal, clock: FakeClock
) -> None:
    clock.advance(0.25)  # a start between whole seconds
    session = GuidedSession(routine_of(rest(5), transition(5)), journal, clock)
    session.start()
    assert session.started == clock.now()
    run_until(session, clock, finished)
    steps = journal.steps_of(at(session, 0))
    assert [s.started - at(session, 0) for s in steps] == [timedelta(0), timedelta(seconds=5)]
    assert session.ended == at(session, 10)
