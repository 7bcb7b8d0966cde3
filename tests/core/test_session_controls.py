"""A guided session's controls, ratings, odd clocks and failed writes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from core.clock import FakeClock
from core.cues import CueKind
from core.journal import Journal, JournalWriteError
from core.records import RatingContext, SessionState, Side, StepKind
from core.routines import Sides
from core.session import GuidedSession
from core.session_plan import Phase
from tests.core.session_helpers import (
    T0,
    add_knot,
    at,
    finished,
    hold,
    in_phase,
    links,
    rest,
    routine_of,
    run_until,
    stretch,
    transition,
)


def simple_hold(journal: Journal, clock: FakeClock, *more: Any) -> GuidedSession:
    """A session that starts straight into a 60 s hold (30–90 s) on the right side."""
    session = GuidedSession(routine_of(hold(prepare_seconds=0), *more), journal, clock)
    session.start()
    return session


def knot_hold(journal: Journal, clock: FakeClock, *more: Any) -> GuidedSession:
    knot = add_knot(journal, clock)
    session = GuidedSession(routine_of(hold(), *more), journal, clock, links(knot))
    session.start()
    return session


def test_pause_freezes_the_remaining_time_and_resume_goes_on(
    journal: Journal, clock: FakeClock
) -> None:
    session = simple_hold(journal, clock)
    run_until(session, clock, 10.0)
    assert [(c.kind, c.due) for c in session.pause()] == [(CueKind.PAUSED, T0 + 10)]
    clock.advance(300)
    assert session.paused and session.remaining() == 50 and session.next_due() is None
    assert session.screen().seconds_left == 50 and session.screen().paused
    assert session.pause() == []  # pausing twice changes nothing
    assert [(c.kind, c.due) for c in session.resume()] == [(CueKind.RESUMED, T0 + 310)]
    assert session.next_due() == T0 + 311
    run = run_until(session, clock, in_phase(Phase.RELEASE))
    assert run.dues(CueKind.HALFWAY) == [T0 + 330]
    assert run.of(CueKind.RELEASE)[0].due == T0 + 360
    (done,) = journal.steps_of(at(session, 0))
    assert done.actual_s == 60


def test_space_goes_on_from_prepare_but_pauses_and_resumes_a_hold(
    journal: Journal, clock: FakeClock
) -> None:
    session = knot_hold(journal, clock)
    run_until(session, clock, 2.0)
    assert [(c.kind, c.due) for c in session.continue_or_pause()] == [(CueKind.RATE_NOW, T0 + 2)]
    assert session.phase is Phase.RATE_BEFORE
    assert session.continue_or_pause() == [] and session.phase is Phase.RATE_BEFORE
    session.rate(5)
    run_until(session, clock, 20.0)
    assert [c.kind for c in session.continue_or_pause()] == [CueKind.PAUSED]
    assert session.phase is Phase.HOLD and session.paused
    clock.advance(30)
    assert [c.kind for c in session.continue_or_pause()] == [CueKind.RESUMED]
    assert session.remaining() == 40 and not session.paused


def test_space_ends_a_rest_and_a_transition_early_and_records_what_was_done(
    journal: Journal, clock: FakeClock
) -> None:
    session = GuidedSession(routine_of(rest(15), transition(8)), journal, clock)
    session.start()
    run_until(session, clock, 4.0)
    assert [(c.kind, c.due) for c in session.continue_or_pause()] == [(CueKind.START, T0 + 4)]
    assert session.phase is Phase.TRANSITION and session.remaining() == 8
    run_until(session, clock, 2.0)
    assert [c.kind for c in session.continue_or_pause()] == [CueKind.FINISHED]
    steps = journal.steps_of(at(session, 0))
    assert [(s.kind, s.planned_s, s.actual_s) for s in steps] == [
        (StepKind.REST, 15, 4),
        (StepKind.TRANSITION, 8, 2),
    ]


def test_skip_in_a_hold_records_the_seconds_done_and_skips_both_sides(
    journal: Journal, clock: FakeClock
) -> None:
    session = GuidedSession(routine_of(hold(sides=Sides.BOTH), rest(10)), journal, clock)
    session.start()
    run_until(session, clock, in_phase(Phase.HOLD))
    run_until(session, clock, 20.0)
    cues = session.skip()
    assert [(c.kind, c.words, c.due) for c in cues] == [(CueKind.START, "Rest. Breathe.", T0 + 28)]
    assert session.phase is Phase.REST and session.segment.step_index == 1
    run_until(session, clock, finished)
    steps = journal.steps_of(at(session, 0))
    assert [(s.kind, s.side, s.actual_s, s.planned_s) for s in steps] == [
        (StepKind.HOLD, Side.LEFT, 20, 60),
        (StepKind.REST, Side.CENTRE, 10, 10),
    ]


def test_skip_in_a_rating_skips_only_the_rating(journal: Journal, clock: FakeClock) -> None:
    session = knot_hold(journal, clock, rest(10))
    run_until(session, clock, in_phase(Phase.RATE_BEFORE))
    assert [(c.kind, c.words) for c in session.skip()] == [(CueKind.START, "Hold.")]
    assert session.phase is Phase.HOLD and session.remaining() == 60
    run_until(session, clock, in_phase(Phase.RATE_AFTER))
    assert [c.kind for c in session.skip()] == [CueKind.START]
    assert session.phase is Phase.REST
    assert journal.session_ratings(at(session, 0)) == []
    assert [s.actual_s for s in journal.steps_of(at(session, 0))] == [60]


def test_add_time_adds_fifteen_seconds_and_replans_the_countdown(
    journal: Journal, clock: FakeClock
) -> None:
    session = simple_hold(journal, clock)
    run_until(session, clock, 40.0)
    assert session.add_time() == []
    assert session.remaining() == 35 and session.screen().seconds_total == 75
    run = run_until(session, clock, in_phase(Phase.RELEASE))
    assert [(c.kind, c.due) for c in run.cues] == [  # the new halfway (37.5 s) has passed
        (CueKind.TEN_LEFT, T0 + 65),
        (CueKind.COUNT, T0 + 72),
        (CueKind.COUNT, T0 + 73),
        (CueKind.COUNT, T0 + 74),
        (CueKind.RELEASE, T0 + 75),
    ]
    (done,) = journal.steps_of(at(session, 0))
    assert (done.planned_s, done.actual_s) == (60, 75)


def test_add_time_never_goes_past_the_steps_maximum(journal: Journal, clock: FakeClock) -> None:
    session = GuidedSession(routine_of(hold(prepare_seconds=0, seconds=80)), journal, clock)
    session.start()
    run_until(session, clock, 50.0)
    session.add_time()  # 80 + 15 would pass the maximum of 90
    assert session.remaining() == 40 and not session.can_add()
    assert session.add_time() == [] and session.remaining() == 40
    run = run_until(session, clock, in_phase(Phase.RELEASE))
    assert run.dues(CueKind.TEN_LEFT) == [T0 + 80]
    assert run.dues(CueKind.COUNT) == [T0 + 87, T0 + 88, T0 + 89]
    assert run.dues(CueKind.RELEASE) == [T0 + 90]
    (done,) = journal.steps_of(at(session, 0))
    assert (done.planned_s, done.actual_s) == (80, 90)


def test_released_does_nothing_before_the_minimum_and_ends_the_hold_after(
    journal: Journal, clock: FakeClock
) -> None:
    session = simple_hold(journal, clock)
    run_until(session, clock, 29.0)
    assert not session.can_release() and session.released() == []
    assert session.phase is Phase.HOLD and session.remaining() == 31
    run_until(session, clock, 6.0)
    assert session.can_release()
    assert [(c.kind, c.due) for c in session.released()] == [(CueKind.RELEASE, T0 + 35)]
    assert session.phase is Phase.RELEASE
    (done,) = journal.steps_of(at(session, 0))
    assert (done.kind, done.actual_s) == (StepKind.HOLD, 35)


def test_released_never_ends_a_stretch(journal: Journal, clock: FakeClock) -> None:
    session = GuidedSession(routine_of(stretch(prepare_seconds=0)), journal, clock)
    session.start()
    run_until(session, clock, 25.0)
    assert session.released() == [] and session.remaining() == 5


@pytest.mark.parametrize(
    ("stop", "state"),
    [("abort", SessionState.ABORTED), ("interrupt", SessionState.INTERRUPTED)],
)
def test_stopping_keeps_the_finished_steps(
    journal: Journal, clock: FakeClock, stop: str, state: SessionState
) -> None:
    session = GuidedSession(routine_of(rest(10), hold(prepare_seconds=0)), journal, clock)
    session.start()
    run_until(session, clock, 30.0)
    assert getattr(session, stop)() == []
    assert session.state is state and not session.is_open() and session.next_due() is None
    stored = journal.session(at(session, 0))
    assert stored is not None and (stored.state, stored.ended) == (state, at(session, 30))
    steps = journal.steps_of(at(session, 0))
    assert [(s.kind, s.actual_s) for s in steps] == [(StepKind.REST, 10), (StepKind.HOLD, 20)]
    assert session.abort() == [] and session.interrupt() == []


def test_ratings_are_written_with_the_session_they_belong_to(
    journal: Journal, clock: FakeClock
) -> None:
    session = knot_hold(journal, clock)
    knot_id = session.segment.knot_id
    assert knot_id is not None
    run_until(session, clock, in_phase(Phase.RATE_BEFORE))
    with pytest.raises(ValueError, match="0–10"):
        session.rate(11)
    session.rate(8)
    assert session.rate(2) == []  # no rating is asked for during the hold
    run_until(session, clock, in_phase(Phase.RATE_AFTER))
    session.rate(5)
    history = journal.ratings_for(knot_id)
    assert [(history.rating(i).context, history.rating(i).tenderness) for i in range(2)] == [
        (RatingContext.BEFORE_HOLD, 8),
        (RatingContext.AFTER_HOLD, 5),
    ]
    assert {history.rating(i).session for i in range(2)} == {session.started}
    assert session.state is SessionState.COMPLETED


def test_typing_a_digit_rates_at_once_and_one_then_zero_is_ten(
    journal: Journal, clock: FakeClock
) -> None:
    session = knot_hold(journal, clock)
    run_until(session, clock, in_phase(Phase.RATE_BEFORE))
    assert [c.kind for c in session.type_digit(7)] == [CueKind.START]
    assert session.phase is Phase.HOLD
    run_until(session, clock, in_phase(Phase.RATE_AFTER))
    assert session.type_digit(1) == [] and session.screen().pending_digit == 1
    clock.advance(0.5)
    session.type_digit(0)
    assert session.state is SessionState.COMPLETED
    ratings = journal.session_ratings(at(session, 0))
    assert [r.tenderness for r in ratings] == [7, 10]


def test_a_lone_one_becomes_one_when_its_second_has_passed(
    journal: Journal, clock: FakeClock
) -> None:
    session = knot_hold(journal, clock)
    run_until(session, clock, in_phase(Phase.RATE_BEFORE))
    clock.advance(2)
    assert session.type_digit(1) == [] and session.phase is Phase.RATE_BEFORE
    assert session.next_due() == T0 + 10 + 1  # the moment the window for a "0" closes
    clock.advance(0.75)
    assert session.tick() == [] and session.phase is Phase.RATE_BEFORE
    clock.advance(0.25)
    assert [(c.kind, c.due) for c in session.tick()] == [(CueKind.START, T0 + 11)]
    assert [r.tenderness for r in journal.session_ratings(at(session, 0))] == [1]


def test_a_tick_long_after_it_was_due_credits_only_up_to_then_and_pauses(
    journal: Journal, clock: FakeClock
) -> None:
    session = simple_hold(journal, clock)
    run_until(session, clock, 10.0)
    assert session.next_due() == T0 + 11
    clock.advance(40)  # the machine stalled: the tick comes 39 s late
    assert [(c.kind, c.due) for c in session.tick()] == [(CueKind.PAUSED, T0 + 11)]
    assert session.paused and "asleep" in session.pause_reason
    assert session.remaining() == 49 and session.screen().pause_reason == session.pause_reason
    session.resume()
    run_until(session, clock, finished)
    assert journal.steps_of(at(session, 0))[0].actual_s == 60


def test_a_suspend_during_a_hold_pauses_it_on_the_next_tick(
    journal: Journal, clock: FakeClock
) -> None:
    session = simple_hold(journal, clock)
    run_until(session, clock, 10.0)
    clock.suspend(600)  # the wall clock runs on, the monotonic clock stands still
    assert session.next_due() == T0 + 11
    run = run_until(session, clock, 1.0)
    assert [(c.kind, c.due) for c in run.cues] == [(CueKind.PAUSED, T0 + 11)]
    assert session.paused and "asleep" in session.pause_reason and session.remaining() == 49


def test_the_wall_clock_going_back_disturbs_neither_order_nor_countdown(
    journal: Journal, clock: FakeClock
) -> None:
    session = simple_hold(journal, clock, rest(10))
    started = at(session, 0)
    run_until(session, clock, 20.0)
    clock.jump_wall(timedelta(hours=-1))
    run = run_until(session, clock, finished)
    assert CueKind.PAUSED not in run.kinds()
    assert run.dues(CueKind.RELEASE) == [T0 + 60] and run.dues(CueKind.FINISHED) == [T0 + 75]
    steps = journal.steps_of(started)
    assert [(s.kind, s.started) for s in steps] == [
        (StepKind.HOLD, at(session, 0)),
        (StepKind.REST, at(session, 65)),
    ]
    stored = journal.session(started)
    assert stored is not None and stored.ended == at(session, 75)


def fail_once(monkeypatch: pytest.MonkeyPatch, journal: Journal) -> list[int]:
    """Make the journal's next add_step fail as a full disk would; count the calls."""
    real = journal.add_step
    calls: list[int] = []

    def add_step(step: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise JournalWriteError("journal.sqlite3: cannot save to the journal (disk full)")
        real(step)

    monkeypatch.setattr(journal, "add_step", add_step)
    return calls


def test_a_failed_write_is_kept_and_saved_by_retry_saving(
    journal: Journal, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_once(monkeypatch, journal)
    session = GuidedSession(routine_of(rest(10), transition(8)), journal, clock)
    session.start()
    run_until(session, clock, in_phase(Phase.TRANSITION))
    assert session.is_open() and session.remaining() == 8
    assert session.save_error.startswith("Not saved yet:") and "disk full" in session.save_error
    assert journal.steps_of(at(session, 0)) == []
    assert session.retry_saving() is True and session.save_error == ""
    (saved,) = journal.steps_of(at(session, 0))
    assert (saved.kind, saved.actual_s, saved.started) == (StepKind.REST, 10, at(session, 0))


def test_a_failed_write_is_saved_with_the_next_step(
    journal: Journal, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = fail_once(monkeypatch, journal)
    session = GuidedSession(routine_of(rest(10), transition(8)), journal, clock)
    session.start()
    run_until(session, clock, finished)
    assert len(calls) == 3 and session.save_error == ""
    steps = journal.steps_of(at(session, 0))
    assert [(s.kind, s.started) for s in steps] == [
        (StepKind.REST, at(session, 0)),
        (StepKind.TRANSITION, at(session, 10)),
    ]
    stored = journal.session(at(session, 0))
    assert stored is not None and stored.state is SessionState.COMPLETED
