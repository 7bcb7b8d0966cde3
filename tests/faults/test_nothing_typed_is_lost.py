"""Nothing typed is lost: writes that failed in one session are made by the next one,
and what still fails at quit is kept in the recovery file and made at the next start."""

from __future__ import annotations

import json
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.instance_lock import InstanceLock
from core.journal import Journal
from core.paths import Paths
from core.pending_writes import PendingWrite
from core.records import SessionState, Side
from core.recovery_file import recovery_files, recovery_path, write_recovery
from core.reminder_desk import ReminderDesk
from core.session import GuidedSession
from core.settings import Settings
from tests.core.session_helpers import add_knot, links
from tests.faults.child import drive, two_holds
from tests.faults.nothing_lost import Saved, assert_nothing_lost
from tests.faults.test_disk_full import FullDisk
from tests.helpers import run_cli


def full_session(journal: Journal, clock: FakeClock, disk: FullDisk | None = None) -> GuidedSession:
    """A whole session of two holds on both sides of two new knots, driven to its end
    (on a full disk from its start, with `disk`)."""
    left = add_knot(journal, clock, side=Side.LEFT, tenderness=6)
    right = add_knot(journal, clock, tenderness=7)
    if disk is not None:
        disk.full = True
    session = GuidedSession(two_holds(), journal, clock, links(left, right))
    session.start()
    drive(session, clock, lambda s: False)
    return session


def test_writes_that_failed_in_one_session_are_made_by_the_next_one(
    paths: Paths, journal: Journal, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FullDisk(journal._db)
    monkeypatch.setattr(journal, "_db", disk)
    first = full_session(journal, clock, disk)
    assert first.state is SessionState.COMPLETED and len(first.writes) > 5

    disk.full = False  # room again; the first session is over and nobody retries it
    clock.advance(600)
    second = GuidedSession(two_holds(), journal, clock)
    second.start()
    drive(second, clock, lambda s: False)
    assert second.save_error == "" and len(second.writes) == 0
    assert first.started is not None and second.started is not None
    stored = journal.session(first.started)
    assert stored is not None and stored.state is SessionState.COMPLETED
    assert len(journal.steps_of(first.started)) == 5  # four holds and a rest
    everything = Saved.of(journal)
    journal.close()
    assert_nothing_lost(paths.data, everything, exactly=True)


def test_writes_still_failing_at_quit_are_kept_and_made_at_the_next_start(
    paths: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(paths.data, clock)
    before = Saved.of(journal)
    disk = FullDisk(journal._db)
    monkeypatch.setattr(journal, "_db", disk)
    left = add_knot(journal, clock, side=Side.LEFT, tenderness=6)
    right = add_knot(journal, clock, tenderness=7)
    known = before.merge(Saved.of(journal))
    desk = ReminderDesk(journal, clock, Settings())
    disk.full = True
    session = GuidedSession(two_holds(), journal, clock, links(left, right))
    session.start()
    drive(session, clock, lambda s: False)
    desk.drink()
    waiting = list(journal.pending.waiting())
    assert len(waiting) > 10
    journal.close()  # the app quits with the disk still full

    kept = recovery_path(paths.data)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    again = Journal.open(paths.data, clock)
    assert again.report.unsaved.found == len(waiting) and again.report.unsaved.saved
    assert "are in the journal now (" in again.report.unsaved.notice()
    assert not kept.exists()  # removed once its rows were committed
    assert session.started is not None
    stored = again.session(session.started)
    assert stored is not None and stored.state is SessionState.COMPLETED
    assert again.water_on(session.started, clock.now() + timedelta(seconds=1)) == 250
    assert len(again.steps_of(session.started)) == 5
    again.close()
    third = Journal.open(paths.data, clock)  # said once: nothing to say the next time
    assert third.report.unsaved.found == 0 and third.report.unsaved.notice() == ""
    third.close()
    assert_nothing_lost(paths.data, known)


def test_the_cli_makes_the_kept_writes_and_says_so_in_one_line(
    paths: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    glass = {"at_utc": "2026-03-02T09:00:00.000Z", "ml": 250, "sample": 0}
    write_recovery(recovery_path(paths.data), [PendingWrite("add_row", ("water", glass))])
    out = tmp_path / "out.json"
    result = run_cli("--data-dir", str(paths.data), "export", "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "unknot: Changes that could not be saved last time are in the journal now (1).\n"
    )
    assert not recovery_path(paths.data).exists()
    assert_nothing_lost(paths.data, Saved().add_row("water", glass), exactly=True)


def test_an_export_of_a_journal_there_makes_the_kept_writes_first(
    paths: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    """It was: export and report read the journal read-only and left the kept writes out."""
    Journal.open(paths.data, clock).close()
    glass = {"at_utc": "2026-03-02T09:00:00.000Z", "ml": 250, "sample": 0}
    write_recovery(
        paths.data / "unsaved-writes-2.json", [PendingWrite("add_row", ("water", glass))]
    )
    out = tmp_path / "out.json"
    result = run_cli("--data-dir", str(paths.data), "export", "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "unknot: Changes that could not be saved last time are in the journal now (1).\n"
    )
    assert [row["ml"] for row in json.loads(out.read_text())["tables"]["water"]] == [250]
    assert recovery_files(paths.data) == []


def test_an_export_beside_the_running_app_leaves_the_kept_writes_to_it_and_says_so(
    paths: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    Journal.open(paths.data, clock).close()
    glass = {"at_utc": "2026-03-02T09:00:00.000Z", "ml": 250, "sample": 0}
    kept = recovery_path(paths.data)
    write_recovery(kept, [PendingWrite("add_row", ("water", glass))])
    out = tmp_path / "out.json"
    with InstanceLock.acquire(paths.data, "app"):  # the app runs, and keeps trying
        result = run_cli(
            "--data-dir", str(paths.data), "export", "--format", "json", "--out", str(out)
        )
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"unknot: Changes that could not be saved yet are not in this (kept in {kept});"
        " Unknot saves them as soon as it can write the journal.\n"
    )
    assert json.loads(out.read_text())["tables"]["water"] == [] and kept.exists()
