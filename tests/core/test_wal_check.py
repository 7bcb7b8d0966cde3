"""The -wal check: SQLite's own -wal files pass, damaged or foreign ones do not."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.wal_check import WAL_HEADER, database_page_size, wal_problem


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
