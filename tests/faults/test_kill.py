"""A writer killed with SIGKILL in the middle of a write loop loses nothing it committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.journal import FILE_NAME, Journal
from core.records import SessionState
from tests.core.journal_helpers import START

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from datetime import timedelta
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from core.clock import SystemClock
from core.journal import Journal
from core.records import Knot, Rating, Session, Side, StepDone, StepKind, View, to_ms
clock = SystemClock()
journal = Journal.open(Path(sys.argv[1]), clock)
knot = Knot(View.BACK, 0.4, 0.2, "upper_trapezius", Side.RIGHT, "Right trapezius", clock.now())
journal.add_knot(knot)
session = Session("Today's knots", clock.now())
journal.start_session(session)
print("session", session.started.timestamp(), flush=True)
start = clock.now()
n = 0
while True:
    moment = start + timedelta(seconds=n)  # one rating and one step a (made-up) second
    rating = Rating(knot.id, moment, n % 11)
    journal.add_rating(rating)
    step = StepDone(session.started, StepKind.HOLD, moment, 60, n % 90, knot_id=knot.id)
    journal.add_step(step)
    print("committed", to_ms(rating.at), to_ms(step.started), flush=True)
    n += 1
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_mid_write_loses_no_committed_row(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path), str(ROOT)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    session_started = datetime.fromtimestamp(float(process.stdout.readline().split()[1]), UTC)
    committed: list[tuple[str, str]] = []
    for line in process.stdout:
        _, rating_id, step_id = line.split()
        committed.append((rating_id, step_id))
        if len(committed) >= 150:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    journal = Journal.open(tmp_path, FakeClock(START))
    assert journal.report.moved_aside is None
    assert journal.report.interrupted_sessions == 1
    session = journal.session(session_started)
    assert session is not None and session.state is SessionState.INTERRUPTED
    connection = sqlite3.connect(tmp_path / FILE_NAME)
    ratings = {str(r) for (r,) in connection.execute("SELECT at_ms FROM ratings")}
    steps = {str(s) for (s,) in connection.execute("SELECT started_ms FROM steps")}
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert {r for r, _ in committed} <= ratings
    assert {s for _, s in committed} <= steps
