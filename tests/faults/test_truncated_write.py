"""The truncated write on a nearly full disk: a report, an export or a backup that does
not fit leaves no file (or the old one intact), says why in one line, and exits non-zero.

The disk is a real small tmpfs in a mount namespace of the child's own (`unshare -rm`),
filled up to a few kilobytes before the command runs; what is on it afterwards is
listed by the child, as the disk is gone once the child ends. The journal itself is on
an ordinary folder: only the place written to is full.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from core.backups import backup_if_due
from core.clock import FakeClock
from core.errors import UnknotError
from core.files import IncompleteWrite, atomic_write
from core.progress_csv import write_csv
from tests.core.journal_helpers import open_journal
from tests.faults.child import START
from tests.faults.processes import run, small_disk
from tests.helpers import MAIN, run_cli

FREE_KB = 40
NO_SPACE = os.strerror(errno.ENOSPC)


def on_nearly_full_disk(disk: Path, command: list[str]) -> tuple[int, str, list[str]]:
    """Run `command` with a 1 MB disk on `disk` that has FREE_KB left; return its exit
    status, its stderr and the names on the disk afterwards."""
    script = (
        f'dd if=/dev/zero of="$0/fill" bs=1k count={1024 - FREE_KB} 2>/dev/null;'
        ' "$@"; echo "EXIT $?"; ls -A "$0"'
    )
    done = run(small_disk(disk, "1m", ["sh", "-c", script, str(disk), *command]), timeout=60)
    lines = done.stdout.splitlines()
    exits = [n for n, line in enumerate(lines) if line.startswith("EXIT ")]
    assert exits, (done.stdout, done.stderr)
    status = int(lines[exits[0]].split()[1])
    return status, done.stderr, sorted(lines[exits[0] + 1 :])


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with eight weeks of sample history (a two-page report)."""
    data = tmp_path_factory.mktemp("demo") / "data"
    done = run_cli("--data-dir", str(data), "demo", "--weeks", "8")
    assert done.returncode == 0, done.stderr
    return data


def one_line_saying_no_space(stderr: str) -> None:
    assert stderr.count("\n") == 1 and stderr.startswith("unknot: "), stderr
    assert NO_SPACE in stderr, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["report", "--out", "{disk}/report.pdf"], "report.pdf"),
        (["export", "--format", "json", "--out", "{disk}/journal.json"], "journal.json"),
        (["export", "--format", "csv", "--out", "{disk}/tables"], "tables"),
    ],
)
def test_a_report_or_export_that_does_not_fit_leaves_nothing_and_says_why(
    demo_data: Path, tmp_path: Path, command: list[str], name: str
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    args = [arg.format(disk=disk) for arg in command]
    status, stderr, left = on_nearly_full_disk(
        disk, [sys.executable, str(MAIN), "--data-dir", str(demo_data), *args]
    )
    assert status == 1, stderr
    one_line_saying_no_space(stderr)
    assert left == ["fill"]  # no target, no temp file, no .partial


BACKUP = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    from core.backups import backup_if_due
    from core.clock import FakeClock
    from core.errors import UnknotError
    from core.journal import Journal
    from tests.faults.child import START

    data, backups = Path(sys.argv[1]), Path(sys.argv[2])
    journal = Journal.open(data, FakeClock(START))
    try:
        backup_if_due(journal, backups, date(2026, 3, 3))
    except UnknotError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
    """
)


def test_a_backup_that_does_not_fit_leaves_the_old_ones_and_says_why(
    demo_data: Path, tmp_path: Path
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.sqlite3").write_bytes((demo_data / "journal.sqlite3").read_bytes())
    # The old backup is made on the small disk first, then the disk is filled.
    older = (
        "import sys; from pathlib import Path; from datetime import date;"
        " from core.backups import backup_if_due; from core.clock import FakeClock;"
        " from core.journal import Journal; from tests.faults.child import START;"
        " j = Journal.open(Path(sys.argv[1]), FakeClock(START));"
        " backup_if_due(j, Path(sys.argv[2]), date(2026, 3, 2)); j.close()"
    )
    script = (
        '"$@" -c "$1" "$3" "$0/backups" && dd if=/dev/zero of="$0/fill" bs=1k'
        f" count={1024 - FREE_KB - 200} 2>/dev/null;"
        ' "$@" -c "$2" "$3" "$0/backups"; echo "EXIT $?"; ls -A "$0" "$0/backups";'
        ' "$@" -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);'
        " print(c.execute('PRAGMA quick_check').fetchone()[0])\""
        ' "$0/backups/journal-2026-03-02.sqlite3"'
    )
    command = [
        "sh",
        "-c",
        script.replace('"$@"', '"$4"'),
        str(disk),
        older,
        BACKUP,
        str(data),
        sys.executable,
    ]
    done = run(small_disk(disk, "1m", command), timeout=60)
    lines = done.stdout.splitlines()
    assert "EXIT 1" in lines, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1 and "backup failed" in done.stderr, done.stderr
    assert "database or disk is full" in done.stderr or NO_SPACE in done.stderr
    after = lines[lines.index("EXIT 1") + 1 :]
    assert "journal-2026-03-03.sqlite3" not in " ".join(after)
    assert not [line for line in after if line.endswith((".partial", ".tmp"))]
    assert "journal-2026-03-02.sqlite3" in after
    assert after[-1] == "ok"  # the old backup is whole


def test_a_progress_csv_that_cannot_be_synced_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "progress.csv"
    target.write_bytes(b"the old file\n")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, NO_SPACE)

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(UnknotError) as refused:
        write_csv(target, ("a",), [["=1+2"]])
    assert str(refused.value) == f"{target}: cannot write the CSV file ({NO_SPACE})"
    assert target.read_bytes() == b"the old file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["progress.csv"]


def test_a_file_that_is_shorter_than_written_is_never_renamed_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system that accepts bytes and then keeps fewer (a full network or FUSE
    disk) is caught by the size check before the rename."""
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    real_fsync = os.fsync

    def losing_fsync(fd: int) -> None:
        real_fsync(fd)
        os.ftruncate(fd, 3)

    monkeypatch.setattr(os, "fsync", losing_fsync)
    with (
        pytest.raises(IncompleteWrite, match="the file written has 3 of 11 bytes"),
        atomic_write(target) as handle,
    ):
        handle.write(b"new content")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_backup_that_fails_its_check_is_removed_and_the_others_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = open_journal(tmp_path / "d", FakeClock(START))
    folder = tmp_path / "backups"
    first = backup_if_due(journal, folder, date(2026, 3, 2))
    assert first is not None
    partial = folder / "journal-2026-03-03.sqlite3.partial"

    class Damaging:
        """The journal's connection, whose backups come out damaged (bad sectors)."""

        def __init__(self, connection: sqlite3.Connection) -> None:
            self._connection = connection

        def backup(self, target: sqlite3.Connection) -> None:
            self._connection.backup(target)
            with partial.open("r+b") as handle:
                handle.seek(8192)
                handle.write(b"\xff" * 8192)

        def __getattr__(self, name: str) -> object:
            return getattr(self._connection, name)

    monkeypatch.setattr(journal, "_db", Damaging(journal._db))
    with pytest.raises(UnknotError, match="backup failed"):
        backup_if_due(journal, folder, date(2026, 3, 3))
    monkeypatch.undo()
    journal.close()
    assert sorted(p.name for p in folder.iterdir() if p.suffix != ".txt") == [first.name]
