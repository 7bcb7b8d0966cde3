"""Damaged, foreign, newer and unwritable journal files: moved aside or refused, never lost."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

import core.journal
from core.clock import FakeClock
from core.journal import FILE_NAME, SCHEMA_VERSION, Journal, JournalTooNew, JournalWriteError
from tests.core.journal_helpers import START, make_knot, open_journal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def place(folder: Path, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (os.urandom(8192), "not an SQLite database"),
        (b"", "the file is empty"),
        ((FIXTURES / "journal-v1.sqlite3").read_bytes()[:20000], "malformed"),
    ],
    ids=["random-bytes", "empty", "truncated"],
)
def test_a_damaged_file_is_moved_aside_with_its_bytes(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    place(tmp_path, content)
    journal = Journal.open(tmp_path, FakeClock(datetime(2026, 4, 5, 6, 7, 8, tzinfo=UTC)))
    moved = tmp_path / "journal.corrupt-20260405-060708.sqlite3"
    assert journal.report.moved_aside == moved
    assert moved.read_bytes() == content
    assert reason in journal.report.damage
    assert journal.knots() == []  # a new, working journal
    assert stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode) == 0o600  # private like any
    journal.add_knot(make_knot(FakeClock(START)))


def test_a_failing_quick_check_is_moved_aside(tmp_path: Path) -> None:
    path = place(tmp_path, (FIXTURES / "journal-v1.sqlite3").read_bytes())
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")  # from the SQLite file header
    page_4 = 3 * page_size
    data[page_4 + 1 : page_4 + 3] = b"\x1f\xff"  # a first free block far past the page's end
    path.write_bytes(bytes(data))
    journal = Journal.open(tmp_path, FakeClock(START))
    assert journal.report.damage == "PRAGMA quick_check found damage: Page 4: free space corruption"
    assert journal.report.moved_aside is not None
    assert journal.report.moved_aside.read_bytes() == bytes(data)


def test_moving_aside_never_overwrites_an_earlier_damaged_file(tmp_path: Path) -> None:
    clock = FakeClock(START)
    place(tmp_path, b"first damaged file" * 10)
    Journal.open(tmp_path, clock).close()
    place(tmp_path, b"second damaged file" * 10)
    second = Journal.open(tmp_path, clock)
    first_copy = tmp_path / "journal.corrupt-20260302-090000.sqlite3"
    assert first_copy.read_bytes() == b"first damaged file" * 10
    assert second.report.moved_aside == tmp_path / "journal.corrupt-20260302-090000-2.sqlite3"
    assert second.report.moved_aside.read_bytes() == b"second damaged file" * 10


def test_a_newer_version_is_refused_and_left_exactly_as_it_was(tmp_path: Path) -> None:
    journal = open_journal(tmp_path)
    journal.add_knot(make_knot(FakeClock(START)))
    journal.close()
    path = tmp_path / FILE_NAME
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    before = digest(path)
    names_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(JournalTooNew, match="newer Unknot") as refused:
        Journal.open(tmp_path, FakeClock(START))
    assert str(refused.value).count("\n") == 0
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names_before


def test_every_schema_version_has_a_fixture() -> None:
    for version in range(SCHEMA_VERSION + 1):
        assert (FIXTURES / f"journal-v{version}.sqlite3").exists(), version


@pytest.mark.parametrize("version", range(SCHEMA_VERSION + 1))
def test_each_earlier_version_migrates_to_the_current_one(tmp_path: Path, version: int) -> None:
    shutil.copy(FIXTURES / f"journal-v{version}.sqlite3", tmp_path / FILE_NAME)
    journal = Journal.open(tmp_path, FakeClock(START))
    assert journal.report.moved_aside is None
    assert journal.schema_version() == SCHEMA_VERSION
    if version >= 1:
        knots = journal.knots()
        assert [k.label for k in knots] == ["Right upper trapezius"]
        assert [r.tenderness for r in journal.ratings_for(knots[0].id)] == [7]
        assert journal.count("treatment_knots") == 1 and journal.count("water") == 1


def test_a_later_migration_runs_in_order_inside_a_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(FIXTURES / "journal-v1.sqlite3", tmp_path / FILE_NAME)
    broken = "ALTER TABLE knots ADD COLUMN colour TEXT; INSERT INTO no_such_table VALUES (1)"
    monkeypatch.setattr(core.journal, "MIGRATIONS", (*core.journal.MIGRATIONS, broken))
    monkeypatch.setattr(core.journal, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(JournalWriteError):
        Journal.open(tmp_path, FakeClock(START))
    connection = sqlite3.connect(tmp_path / FILE_NAME)
    columns = [r[1] for r in connection.execute("PRAGMA table_info(knots)")]
    assert "colour" not in columns  # rolled back whole
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()
    good = "ALTER TABLE knots ADD COLUMN colour TEXT"
    monkeypatch.setattr(core.journal, "MIGRATIONS", (*core.journal.MIGRATIONS[:-1], good))
    journal = Journal.open(tmp_path, FakeClock(START))
    assert journal.schema_version() == SCHEMA_VERSION + 1
    assert len(journal.knots()) == 1


READ_ONLY_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from core.clock import FakeClock
from core.errors import UnknotError
from core.journal import Journal
try:
    Journal.open(Path(sys.argv[1]), FakeClock())
except UnknotError as error:
    print(error)
    sys.exit(3)
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_folder_gives_one_clear_message() -> None:
    # Not tmp_path: its parents are private to root, and the check may run as nobody.
    with tempfile.TemporaryDirectory(prefix="unknot-ro-") as name:
        outer = Path(name)
        outer.chmod(0o755)
        folder = outer / "readonly"
        folder.mkdir(mode=0o555)
        folder.chmod(0o555)
        command = [sys.executable, "-c", READ_ONLY_SCRIPT, str(folder), str(ROOT)]
        if os.geteuid() == 0:  # root ignores permissions: run the check as nobody
            command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
        assert result.returncode == 3, result.stderr
        assert "cannot create the journal (Permission denied)" in result.stdout
        assert result.stdout.count("\n") == 1
        assert list(folder.iterdir()) == []
