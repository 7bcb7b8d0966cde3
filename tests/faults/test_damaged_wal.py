"""A damaged -wal: SQLite's recovery silently drops the committed rows after a bad
frame, and deletes the file. Unknot keeps a private copy of a -wal that does not match
its database before SQLite opens it, and says where it is."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

from core.clock import FakeClock
from core.journal import FILE_NAME, Journal
from core.paths import Paths
from tests.faults.nothing_lost import Saved, assert_nothing_lost
from tests.faults.test_nothing_typed_is_lost import full_session
from tests.helpers import run_cli


def wal_of(folder: Path) -> Path:
    return folder / (FILE_NAME + "-wal")


def crashed_copy(journal: Journal, folder: Path) -> None:
    """The journal's files as a crash leaves them: the newest rows only in the -wal."""
    folder.mkdir()
    shutil.copyfile(journal.path, folder / FILE_NAME)
    shutil.copyfile(wal_of(journal.path.parent), wal_of(folder))


def test_a_damaged_wal_is_copied_aside_before_sqlite_drops_its_rows(
    paths: Paths, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    journal._db.execute("PRAGMA wal_autocheckpoint = 0")  # rows stay in the -wal
    full_session(journal, clock)
    everything = Saved.of(journal)
    crashed = tmp_path / "crashed"
    crashed_copy(journal, crashed)
    wal = wal_of(crashed)
    good = wal.read_bytes()
    assert len(good) > 32 + 24 + 8192 * 3
    damaged = bytearray(good)
    damaged[32 + 24 + 100] ^= 0xFF  # one bit flip in the first frame's page
    wal.write_bytes(bytes(damaged))

    opened = Journal.open(crashed, clock)  # what the app and `export` do
    copy = opened.report.wal_copy
    assert copy is not None and copy.parent == crashed
    assert copy.name.startswith(FILE_NAME + "-wal.kept-")
    assert copy.read_bytes() == bytes(damaged)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert str(copy) in opened.report.wal_notice()
    assert Saved.of(opened).count() < everything.count()  # what SQLite's recovery dropped
    opened.close()
    assert not wal.exists()  # and SQLite deleted the -wal: the copy is all that holds them

    # The copy holds every row: with the bit put back, beside the journal as it is now.
    repaired = tmp_path / "repaired"
    repaired.mkdir()
    shutil.copyfile(crashed / FILE_NAME, repaired / FILE_NAME)
    fixed = bytearray(copy.read_bytes())
    fixed[32 + 24 + 100] ^= 0xFF
    wal_of(repaired).write_bytes(bytes(fixed))
    assert_nothing_lost(repaired, everything, exactly=True)


def test_a_wal_of_another_database_is_copied_aside(
    paths: Paths, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    journal._db.execute("PRAGMA wal_autocheckpoint = 0")
    full_session(journal, clock)
    everything = Saved.of(journal)
    crashed = tmp_path / "crashed"
    crashed_copy(journal, crashed)
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    connection.commit()
    ours = wal_of(crashed).read_bytes()
    shutil.copyfile(other.with_name(other.name + "-wal"), wal_of(crashed))
    connection.close()

    opened = Journal.open(crashed, clock)
    copy = opened.report.wal_copy
    assert copy is not None and copy.read_bytes() != ours
    opened.close()
    # The journal's own -wal was not damaged by the stranger's: put back, all is there.
    back = tmp_path / "back"
    back.mkdir()
    shutil.copyfile(journal.path, back / FILE_NAME)
    wal_of(back).write_bytes(ours)
    assert_nothing_lost(back, everything, exactly=True)


def test_a_sound_wal_is_left_alone(
    paths: Paths, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    journal._db.execute("PRAGMA wal_autocheckpoint = 0")
    full_session(journal, clock)
    everything = Saved.of(journal)
    crashed = tmp_path / "crashed"
    crashed_copy(journal, crashed)
    opened = Journal.open(crashed, clock)
    assert opened.report.wal_copy is None and opened.report.wal_notice() == ""
    opened.close()
    assert sorted(p.name for p in crashed.iterdir()) == [FILE_NAME]
    assert_nothing_lost(crashed, everything, exactly=True)


def test_a_read_only_export_keeps_the_damaged_wal_and_says_so_in_one_line(
    paths: Paths, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    journal._db.execute("PRAGMA wal_autocheckpoint = 0")
    full_session(journal, clock)
    crashed = tmp_path / "crashed"
    crashed_copy(journal, crashed)
    damaged = bytearray(wal_of(crashed).read_bytes())
    damaged[32 + 24 + 100] ^= 0xFF
    wal_of(crashed).write_bytes(bytes(damaged))
    out = tmp_path / "out.json"
    result = run_cli("--data-dir", str(crashed), "export", "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    (copy,) = crashed.glob(FILE_NAME + "-wal.kept-*")
    assert copy.read_bytes() == bytes(damaged)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("unknot: Part of your journal was damaged (")
    assert f"a copy was kept as {copy}." in result.stderr


def test_a_read_only_opening_keeps_the_damaged_wal_too(
    journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    # Export and report open the journal read-only when they can: a -wal damaged in its
    # last frame (the older frames still give a whole journal) is kept the same way.
    journal._db.execute("PRAGMA wal_autocheckpoint = 0")
    full_session(journal, clock)
    crashed = tmp_path / "crashed"
    crashed_copy(journal, crashed)
    damaged = bytearray(wal_of(crashed).read_bytes())
    page_size = int.from_bytes(damaged[8:12], "big")
    damaged[len(damaged) - page_size // 2] ^= 0xFF  # inside the last frame's page
    wal_of(crashed).write_bytes(bytes(damaged))
    opened = Journal.open_read_only(crashed, clock)
    assert opened is not None
    try:
        (copy,) = crashed.glob(FILE_NAME + "-wal.kept-*")
        assert copy.read_bytes() == bytes(damaged)
        assert opened.report.wal_copy == copy
        assert str(copy) in opened.report.wal_notice()
    finally:
        opened.close()
    assert wal_of(crashed).read_bytes() == bytes(damaged)  # a reader deletes nothing
