"""Journal.open_read_only: what export and report read through, beside a running app
and on disks that cannot be written (those cases are in tests/faults/test_read_only.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.journal import FILE_NAME, Journal, JournalWriteError
from core.pending_writes import PendingWrite
from core.records import Rating
from core.recovery_file import write_recovery
from tests.core.journal_helpers import START, make_knot, open_journal


def test_a_reader_sees_what_a_running_writer_committed_and_cannot_write(tmp_path: Path) -> None:
    clock = FakeClock(START)
    writer = open_journal(tmp_path, clock)
    knot = make_knot(clock)
    writer.add_knot(knot)
    writer.add_rating(Rating(knot.id, clock.now(), 6))
    assert (tmp_path / f"{FILE_NAME}-wal").stat().st_size > 0  # not yet in the main file
    reader = Journal.open_read_only(tmp_path, clock)
    assert reader is not None
    assert [k.label for k in reader.knots()] == [knot.label]
    assert reader.count("ratings") == 1
    with pytest.raises(JournalWriteError, match="readonly"):
        reader.add_knot(make_knot(clock, "Left rhomboids"))
    reader.close()
    clock.advance(60)
    writer.add_rating(Rating(knot.id, clock.now(), 5))  # the writer goes on
    writer.close()


def test_a_journal_that_needs_opening_is_left_to_open(tmp_path: Path) -> None:
    clock = FakeClock(START)
    assert Journal.open_read_only(tmp_path, clock) is None  # none yet: open creates it
    assert not (tmp_path / FILE_NAME).exists()
    (tmp_path / FILE_NAME).write_bytes(b"not a journal" * 100)
    assert Journal.open_read_only(tmp_path, clock) is None  # open moves it aside
    (tmp_path / FILE_NAME).unlink()
    old = sqlite3.connect(tmp_path / FILE_NAME)
    old.execute("CREATE TABLE knots (id TEXT)")
    old.execute("PRAGMA user_version = 1")
    old.close()
    assert Journal.open_read_only(tmp_path, clock) is None  # open migrates it


def test_kept_writes_are_left_to_open_unless_the_app_makes_them(tmp_path: Path) -> None:
    clock = FakeClock(START)
    open_journal(tmp_path, clock).close()
    glass = {"at_utc": "2026-03-02T09:00:00.000Z", "ml": 250, "sample": 0}
    kept = tmp_path / "unsaved-writes-2.json"
    write_recovery(kept, [PendingWrite("add_row", ("water", glass))])
    assert Journal.open_read_only(tmp_path, clock) is None  # open makes them first
    beside = Journal.open_read_only(tmp_path, clock, beside_writer=True)
    assert beside is not None and beside.count("water") == 0
    assert str(kept) in beside.report.unsaved.notice() and kept.exists()
    beside.close()
    assert kept.exists()  # a reader never touches them
