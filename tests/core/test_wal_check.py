"""The -wal check: SQLite's own -wal files pass, damaged or foreign ones do not."""

from __future__ import annotations

import shutil
import sqlite3
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from core import wal_check
from core.wal_check import WAL_HEADER, database_page_size, keep_mismatched_wal, wal_problem


def live_wal(tmp_path: Path, page_size: int = 8192, rows: int = 20) -> tuple[bytes, int]:
    """The -wal of a database with `rows` committed inserts, as a crash leaves it."""
    path = tmp_path / f"db-{page_size}.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA page_size = {page_size}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE t (x TEXT)")
    for n in range(rows):
        connection.execute("INSERT INTO t VALUES (?)", (f"row {n}" * 50,))
    crashed = tmp_path / "crashed.sqlite3"
    shutil.copyfile(path, crashed)
    data = path.with_name(path.name + "-wal").read_bytes()
    connection.close()
    size = database_page_size(crashed)
    assert size == page_size
    return data, size


def test_sqlite_own_wal_matches(tmp_path: Path) -> None:
    data, size = live_wal(tmp_path)
    assert wal_problem(data, size) == ""
    assert wal_problem(b"", size) == "" and wal_problem(data[:10], size) == ""


def test_an_uncommitted_torn_tail_is_not_damage(tmp_path: Path) -> None:
    data, size = live_wal(tmp_path)
    frame = 24 + size
    tail = bytearray(data[WAL_HEADER : WAL_HEADER + frame])
    tail[4:8] = b"\0\0\0\0"  # not a commit frame
    tail[100] ^= 1
    assert wal_problem(data + bytes(tail), size) == ""
    assert wal_problem(data + bytes(tail[: frame // 2]), size) == ""  # half a frame


@pytest.mark.parametrize(
    ("where", "said"),
    [
        (0, "not an SQLite -wal file"),
        (26, "header checksum is wrong"),
        (WAL_HEADER + 24 + 500, "frame 1 is damaged and frames after it would be dropped"),
        (WAL_HEADER + 9, "frame 1 is damaged and frames after it would be dropped"),  # a salt
    ],
)
def test_a_flipped_byte_is_found(tmp_path: Path, where: int, said: str) -> None:
    data, size = live_wal(tmp_path)
    damaged = bytearray(data)
    damaged[where] ^= 0x40
    assert said in wal_problem(bytes(damaged), size)


def test_the_last_commit_frame_damaged_is_found(tmp_path: Path) -> None:
    data, size = live_wal(tmp_path)
    damaged = bytearray(data)
    damaged[-10] ^= 0x40
    assert wal_problem(bytes(damaged), size).startswith("frame ")


def test_a_wal_of_another_page_size_or_without_a_journal(tmp_path: Path) -> None:
    data, _ = live_wal(tmp_path, page_size=4096)
    assert wal_problem(data, 8192) == "its page size (4096) is not the journal's (8192)"
    assert wal_problem(data, None) == "there is no journal beside it"


def foreign_wal(tmp_path: Path, size: int) -> Path:
    """A journal with a -wal of `size` bytes that is no -wal at all."""
    database = tmp_path / "journal.sqlite3"
    sqlite3.connect(database).close()
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(bytes(range(256)) * (size // 256))
    return database


def test_a_big_wal_is_read_once_and_held_once(tmp_path: Path) -> None:
    """It was read whole twice (a second read to see whether it changed) and read back
    whole once more after the copy: three times its size in memory."""
    database = foreign_wal(tmp_path, 8 * 1024 * 1024)
    size = database.with_name(database.name + "-wal").stat().st_size
    tracemalloc.start()
    try:
        copy, problem = keep_mismatched_wal(database, datetime(2026, 3, 2, 9, 0))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert copy is not None and "not an SQLite -wal file" in problem
    assert copy.stat().st_size == size
    assert peak < 1.5 * size, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB -wal"


def test_a_wal_that_changes_while_it_is_checked_is_live_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = foreign_wal(tmp_path, 4096)
    wal = database.with_name(database.name + "-wal")
    real = wal_check.wal_problem

    def another_unknot_writes(data: bytes | bytearray, page_size: int | None) -> str:
        with wal.open("ab") as handle:  # same size would do too: the time changes
            handle.write(b"x" * 8)
        return real(data, page_size)

    monkeypatch.setattr(wal_check, "wal_problem", another_unknot_writes)
    assert keep_mismatched_wal(database, datetime(2026, 3, 2, 9, 0)) == (None, "")
    assert list(tmp_path.glob("*.kept-*")) == []
