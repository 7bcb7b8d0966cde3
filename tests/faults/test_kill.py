"""SIGKILL: a process killed with no chance to clean up loses nothing it had saved.

Both children write through the real journal (tests/faults/child.py) and say each
record it has committed; after the kill the journal is opened as the app's next start
opens it.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.journal import FILE_NAME, Journal
from core.records import RatingContext, SessionState, StepKind, to_ms
from tests.faults.child import HOLDING, START
from tests.faults.nothing_lost import assert_nothing_lost
from tests.faults.processes import child, records, started

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=8)
    assert process.returncode == -signal.SIGKILL
    assert process.stderr is not None and process.stderr.read() == ""


def lines_until(process: subprocess.Popen[str], done: str, most: int = 100_000) -> list[str]:
    """The child's stdout lines up to the first that starts with `done` (included)."""
    assert process.stdout is not None
    seen: list[str] = []
    for line in process.stdout:
        seen.append(line)
        if line.startswith(done) or len(seen) >= most:
            return seen
    raise AssertionError(f"the child ended first: {seen[-3:]}")


def test_sigkill_in_the_middle_of_writing_loses_no_committed_row(tmp_path: Path) -> None:
    with started(child("writes", tmp_path)) as process:
        seen: list[str] = []
        while sum(line.startswith("SAVED") for line in seen) < 300:
            seen += lines_until(process, "SAVED")
        kill(process)  # most likely inside a transaction: the child writes all the time
    _, saved = records(seen)
    journal = Journal.open(tmp_path, FakeClock(START))
    try:
        assert journal.report.moved_aside is None
        assert journal.report.interrupted_sessions == 1
        (session,) = saved.sessions
        stored = journal.session(session.started)
        assert stored is not None and stored.state is SessionState.INTERRUPTED
        connection = sqlite3.connect(tmp_path / FILE_NAME)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        connection.close()
        assert_nothing_lost(journal, saved)
    finally:
        journal.close()


def test_sigkill_half_way_into_a_hold_keeps_every_finished_step_and_rating(
    tmp_path: Path,
) -> None:
    with started(child("session", tmp_path)) as process:
        seen = lines_until(process, HOLDING)
        assert json.loads(seen[-1].split()[1]) == 20  # seconds into the hold it is killed in
        kill(process)
    wanted, saved = records(seen)
    assert wanted.count() == saved.count()  # nothing was being written at the kill

    journal = Journal.open(tmp_path, FakeClock(START + timedelta(days=1)))
    try:
        assert journal.report.moved_aside is None
        assert journal.report.interrupted_sessions == 1
        first, second = sorted({s.started for s in saved.sessions})
        done = journal.session(first)
        assert done is not None and done.state is SessionState.COMPLETED
        killed = journal.session(second)
        assert killed is not None and killed.state is SessionState.INTERRUPTED
        steps = journal.steps_of(second)
        # Both sides of the first hold and the rest; the hold it died in is not a step.
        assert [(s.kind, s.side.value, s.actual_s) for s in steps] == [
            (StepKind.HOLD, "left", 40),
            (StepKind.HOLD, "right", 40),
            (StepKind.REST, "centre", 10),
        ]
        assert killed.ended is not None
        assert to_ms(killed.ended) == to_ms(steps[-1].started) + 10_000  # its last step's end
        ratings = journal.session_ratings(second)
        contexts = [r.context for r in ratings]
        # Before and after each side's first hold, and before the one it died in.
        assert contexts == [
            RatingContext.BEFORE_HOLD,
            RatingContext.AFTER_HOLD,
            RatingContext.BEFORE_HOLD,
            RatingContext.AFTER_HOLD,
            RatingContext.BEFORE_HOLD,
        ]
        assert_nothing_lost(journal, saved)
    finally:
        journal.close()
