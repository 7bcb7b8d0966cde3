"""A full disk: one clear message, the session goes on in memory, and what waited is
saved once writing works again. Nothing from before is lost, nothing is half-written.

The first case fails the journal's SQLite commits the way a full disk does (a stand-in
for its connection) and the settings file's fsync with ENOSPC; the second fills a real
(small tmpfs) disk under a child process.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.records import SessionState, Side
from core.reminder_desk import ReminderDesk
from core.session import GuidedSession
from core.settings import SettingsError, SettingsStore
from tests.core.session_helpers import add_knot, links
from tests.faults.child import drive, report_writes, two_holds
from tests.faults.nothing_lost import Saved, assert_nothing_lost
from tests.faults.processes import child, records, run, small_disk

DISK_FULL = "database or disk is full"  # what SQLite says


class FullDisk:
    """The journal's SQLite connection as on a full disk: while `full`, each COMMIT
    fails as SQLite's own does, and the transaction is rolled back."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.full = False
        self.refused = 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if self.full and sql.lstrip().upper().startswith("COMMIT"):
            self.refused += 1
            raise sqlite3.OperationalError(DISK_FULL)
        return self._connection.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


def no_space(fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_keeps_the_session_in_memory_and_saves_it_when_there_is_room(
    paths: Paths,
    journal: Journal,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    disk = FullDisk(journal._db)
    monkeypatch.setattr(journal, "_db", disk)
    report_writes(journal)
    store = SettingsStore(paths.config, clock)
    store.change(volume=60)
    settings_before = store.path.read_bytes()
    left = add_knot(journal, clock, side=Side.LEFT, tenderness=6)
    right = add_knot(journal, clock, tenderness=7)
    desk = ReminderDesk(journal, clock, store.settings)
    desk.drink()
    session = GuidedSession(two_holds(), journal, clock, links(left, right))
    session.start()
    drive(session, clock, lambda s: s.segment.step_index == 1)  # both sides held, rated
    before = Saved.of(journal)

    disk.full = True
    drive(session, clock, lambda s: False)  # the rest: ratings, steps, the end
    waiting = len(session.writes)
    clock.advance(30)
    desk.drink()
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(SettingsError) as refused:
        store.change(volume=20)

    # One clear message each, however many writes wait behind it.
    assert disk.refused > 5 and len(session.writes) > 5
    message = session.save_error
    assert message.startswith("Not saved yet: ") and message.endswith(f"({DISK_FULL})")
    assert str(journal.path) in message and "\n" not in message
    assert session.screen().save_error == message
    # One journal-wide queue: the glass of water waits behind the session's writes.
    assert desk.writes is session.writes is journal.pending
    assert desk.writes.error.endswith(f"({DISK_FULL})") and len(desk.writes) == waiting + 1
    assert str(refused.value) == f"{store.path}: cannot save settings (No space left on device)"
    # The session went on in memory; the journal and settings are as they were.
    assert session.state is SessionState.COMPLETED
    assert desk.water_today() == 250
    assert store.path.read_bytes() == settings_before
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["settings.json"]
    assert_nothing_lost(journal, before, exactly=True)

    disk.full = False
    monkeypatch.undo()
    assert session.retry_saving() is True and session.save_error == ""
    assert desk.writes.flush() is True and desk.writes.error == ""
    assert store.change(volume=20).volume == 20
    assert session.started is not None
    stored = journal.session(session.started)
    assert stored is not None and stored.state is SessionState.COMPLETED
    journal.close()
    wanted, _ = records(capsys.readouterr().out.splitlines())
    assert wanted.count() > before.count()
    assert_nothing_lost(paths.data, before.merge(wanted))


def test_a_real_full_disk_gives_one_message_no_traceback_and_loses_nothing(
    tmp_path: Path,
) -> None:
    disk, out = tmp_path / "disk", tmp_path / "out"
    disk.mkdir()
    out.mkdir()
    done = run(small_disk(disk, "4m", child("full-disk", disk, out)))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stderr == ""  # not even the log, which could not be written either
    said = {
        line.split(" ", 1)[0]: line.split(" ", 1)[1] if " " in line else ""
        for line in done.stdout.splitlines()
        if not line.startswith(("WANT", "SAVED"))
    }
    assert "FULL" in said
    waiting, message = json.loads(said["UNSAVED"])
    assert waiting > 3
    assert (
        message
        == f"Not saved yet: {disk}/journal.sqlite3: cannot save to the journal ({DISK_FULL})"
    )
    assert json.loads(said["SETTINGS"]).endswith("cannot save settings (No space left on device)")
    assert json.loads(said["RETRY"]) is True
    assert json.loads((out / "settings.json").read_text())["volume"] == 20
    wanted, _ = records(done.stdout.splitlines())
    assert_nothing_lost(out / "journal.sqlite3", wanted)
