"""The wall clock jumps forwards and back (a manual change, a bad NTP step) and the
machine sleeps, during a hold and between reminders: holds keep true time, reminders
come at most one of a kind at a time, and every answer and step is saved."""

from __future__ import annotations

from datetime import UTC, timedelta
from itertools import pairwise

import pytest

from core.clock import FakeClock
from core.cues import CueKind
from core.journal import Journal
from core.paths import Paths
from core.records import PostureAnswer, ReminderKind, SessionState, Side, StepKind
from core.reminder_desk import ReminderDesk
from core.reminders import Due
from core.session import GuidedSession
from core.session_plan import Phase
from core.settings import Settings
from tests.core.reminder_helpers import MONDAY, at, clock_at
from tests.core.session_helpers import add_knot, links
from tests.core.session_helpers import run_until as run_session
from tests.faults.child import drive, report_writes, two_holds
from tests.faults.nothing_lost import assert_nothing_lost
from tests.faults.processes import records


def test_wall_clock_jumps_and_a_sleep_in_a_hold_keep_its_true_length(
    paths: Paths, journal: Journal, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    report_writes(journal)
    left = add_knot(journal, clock, side=Side.LEFT, tenderness=6)
    right = add_knot(journal, clock, side=Side.RIGHT, tenderness=7)
    session = GuidedSession(two_holds(), journal, clock, links(left, right))
    session.start()
    drive(session, clock, lambda s: s.phase is Phase.HOLD and s.elapsed() >= 10)

    clock.jump_wall(timedelta(hours=3))  # forwards: taken as a sleep, so the hold waits
    run = run_session(session, clock, 1.0)
    assert run.kinds() == [CueKind.PAUSED] and session.paused
    assert session.remaining() == pytest.approx(29)  # the true second, not the 3 hours
    session.resume()
    run_session(session, clock, 10.0)
    clock.jump_wall(timedelta(hours=-5))  # back, past the start: the hold runs on
    run = run_session(session, clock, lambda s: s.phase is not Phase.HOLD)
    assert CueKind.PAUSED not in run.kinds()
    assert run.dues(CueKind.RELEASE) == [run.ticks[-1]]  # one end, on time, no burst
    drive(session, clock, lambda s: s.segment.step_index == 2 and s.phase is Phase.HOLD)
    run_session(session, clock, 5.0)
    clock.suspend(900)  # the lid closes in the second hold
    assert run_session(session, clock, 1.0).kinds() == [CueKind.PAUSED]
    assert session.remaining() == pytest.approx(34)
    session.resume()
    drive(session, clock, lambda s: False)

    assert session.started is not None and session.state is SessionState.COMPLETED
    steps = journal.steps_of(session.started)
    holds = [s.actual_s for s in steps if s.kind is StepKind.HOLD]
    assert holds == [40, 40, 40, 40]  # each as long as it was held, jumps or not
    starts = [s.started for s in steps]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    for step, following in pairwise(steps):  # journal times: the start + true time
        assert following.started - step.started >= timedelta(seconds=step.actual_s)
    journal.close()
    wanted, _ = records(capsys.readouterr().out.splitlines())
    assert len(wanted.ratings) == 2 + 8 and len(wanted.steps) == 5
    assert_nothing_lost(paths.data, wanted)


def answer(desk: ReminderDesk, shown: list[Due]) -> None:
    """Answer every reminder as the user would: drink, sit up, take the break."""
    for due in shown:
        if due.kind is ReminderKind.WATER:
            desk.drink()
        elif due.kind is ReminderKind.POSTURE:
            desk.posture(PostureAnswer.ADJUSTED)
        else:
            desk.done(due.kind)


def test_wall_clock_jumps_between_reminders_give_no_burst_and_lose_no_answer(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = clock_at(MONDAY, 8)
    journal = Journal.open(paths.data, clock)
    report_writes(journal)
    desk = ReminderDesk(journal, clock, Settings(daily_session_on=False))
    checks: list[list[Due]] = []

    def until(hour: int, minute: int = 0) -> None:
        """Check when due, as the tray's timer does, and answer at once; stop at then."""
        end = at(MONDAY, hour, minute).astimezone(UTC)
        for _ in range(1000):
            due, now = desk.next_due(), clock.now().astimezone(UTC)
            if due is None or due > end:
                clock.advance(max(0.0, (end - now).total_seconds()))
                return
            clock.advance(max(0.0, (due - now).total_seconds()))
            shown = desk.take_due()
            checks.append(shown)
            answer(desk, shown)
        raise AssertionError("the reminders never got there")

    until(11, 5)
    clock.jump_wall(timedelta(hours=3))  # 14:05: three hours skipped in one step
    after_jump = desk.take_due()
    checks.append(after_jump)
    kinds = [d.kind for d in after_jump]
    assert kinds == [ReminderKind.WATER]  # the breaks count the gap as a break taken
    assert after_jump[0].folded == 3 and after_jump[0].due == at(MONDAY, 14).astimezone(UTC)
    answer(desk, after_jump)
    until(15, 5)
    clock.jump_wall(timedelta(hours=-2))  # 13:05: the same due moments come again
    assert desk.take_due() == []
    until(16, 5)
    desk.close()

    for shown in checks:  # never two of a kind at once
        assert len({d.kind for d in shown}) == len(shown)
    assert desk.writes.error == "" and len(desk.writes) == 0  # every answer is saved
    waters = [d.due for shown in checks for d in shown if d.kind is ReminderKind.WATER]
    assert [d.astimezone(at(MONDAY, 0).tzinfo).hour for d in waters] == [10, 11, 14, 15, 14, 15, 16]
    assert desk.water_today() == 250 * len(waters)
    journal.close()
    wanted, _ = records(capsys.readouterr().out.splitlines())
    # A reminder that came again after the jump back keeps its first answer.
    first: dict[tuple[str, str], dict[str, object]] = {}
    for event in wanted.rows["reminder_events"]:
        first.setdefault((event["kind"], event["due_utc"]), event)
    wanted.rows["reminder_events"] = list(first.values())
    assert_nothing_lost(paths.data, wanted)
