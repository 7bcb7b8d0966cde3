"""A read-only data folder: one clear message, no crash, and the journal as it was.

The folder is bind-mounted read-only over itself in a mount namespace of the child's
own (`unshare -rm`), so every write fails with EROFS as on a read-only disk, even when
the tests run as root (whom file permissions do not stop).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import main
from core.clock import FakeClock
from core.exchange import export_json
from core.journal import Journal, JournalWriteError
from core.paths import Paths
from core.records import Session, SessionState, StepDone, StepKind
from tests.core.session_helpers import add_knot
from tests.faults.child import START
from tests.faults.nothing_lost import Saved, assert_nothing_lost
from tests.faults.processes import child, read_only, run, small_disk
from tests.helpers import MAIN


def filled(root: Path) -> tuple[Paths, Saved]:
    """A data folder with a knot, ratings and a finished session, closed."""
    paths = Paths.under(root)
    paths.create()
    clock = FakeClock(START)
    journal = Journal.open(paths.data, clock)
    knot = add_knot(journal, clock, tenderness=6)
    session = Session("Shoulders", clock.now())
    journal.start_session(session)
    journal.add_step(StepDone(session.started, StepKind.HOLD, clock.now(), 60, 60, knot_id=knot.id))
    clock.advance(60)
    journal.end_session(session.started, SessionState.COMPLETED, clock.now())
    export_json(journal, root.parent / "export.json", clock.now())
    saved = Saved.of(journal)
    journal.close()
    return paths, saved


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` and a digest of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_cli_on_a_read_only_data_folder_says_so_in_one_line(tmp_path: Path) -> None:
    paths, saved = filled(tmp_path / "data")
    before = fingerprint(paths.data)
    for command in (["demo"], ["import", str(tmp_path / "export.json")]):  # they write
        cli = [sys.executable, str(MAIN), "--data-dir", str(paths.data), *command]
        done = run(read_only([paths.data], cli))
        assert done.returncode == 1, (command, done.stderr)
        assert done.stderr.count("\n") == 1, done.stderr
        assert done.stderr.startswith("unknot: ") and "Read-only file system" in done.stderr
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr
        assert done.stdout == ""
    assert fingerprint(paths.data) == before
    assert_nothing_lost(paths.data, saved, exactly=True)


READERS = (
    ["export", "--format", "json", "--out", "{out}/journal.json"],
    ["export", "--format", "csv", "--out", "{out}/tables"],
    ["report", "--out", "{out}/report.pdf"],
)


def check_read(out: Path, done: subprocess.CompletedProcess[str], command: list[str]) -> None:
    """The reader did its work, and what it wrote is whole."""
    assert done.returncode == 0, (command, done.stderr)
    assert done.stderr == "", done.stderr
    if command[0] == "report":
        assert done.stdout.startswith("wrote a 1-page report")
        assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")
    elif "json" in command:
        assert done.stdout.startswith("exported 4 rows")
        tables = json.loads((out / "journal.json").read_text())["tables"]
        assert len(tables["knots"]) == 1 and len(tables["sessions"]) == 1
    else:
        assert (out / "tables" / "knots.csv").read_text().count("\n") == 2


@pytest.mark.parametrize("command", READERS, ids=["json", "csv", "report"])
def test_export_and_report_read_a_journal_on_a_read_only_disk(
    tmp_path: Path, command: list[str]
) -> None:
    paths, saved = filled(tmp_path / "data")
    before = fingerprint(paths.data)
    out = tmp_path / "out"
    out.mkdir()
    cli = [sys.executable, str(MAIN), "--data-dir", str(paths.data)]
    done = run(read_only([paths.data], [*cli, *(a.format(out=out) for a in command)]), 30)
    check_read(out, done, command)
    assert fingerprint(paths.data) == before
    assert_nothing_lost(paths.data, saved, exactly=True)


@pytest.mark.parametrize("command", READERS, ids=["json", "csv", "report"])
def test_export_and_report_read_a_journal_on_a_full_disk(
    tmp_path: Path, command: list[str]
) -> None:
    paths, _ = filled(tmp_path / "source")
    data, out = tmp_path / "data", tmp_path / "out"
    data.mkdir()
    out.mkdir()
    cli = [sys.executable, str(MAIN), "--data-dir", str(data)]
    script = (
        'cp -a "$0/." "$1/" && dd if=/dev/zero of="$1/fill" bs=1k count=4096 2>/dev/null;'
        ' shift; exec "$@"'
    )
    args = [a.format(out=out) for a in command]
    full = small_disk(data, "1m", ["sh", "-c", script, str(paths.data), str(data), *cli, *args])
    check_read(out, run(full, 30), command)


def test_the_core_refuses_clearly_and_never_moves_a_sound_journal_aside(tmp_path: Path) -> None:
    paths, saved = filled(tmp_path / "data")
    empty = tmp_path / "empty"
    empty.mkdir()
    before = fingerprint(paths.data)
    done = run(read_only([paths.data, empty], child("read-only", paths.data, empty)))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    said = {name: (kind, text) for name, kind, text in map(json.loads, done.stdout.splitlines())}
    journal = paths.data / "journal.sqlite3"
    assert said == {
        "journal": (
            "JournalWriteError",
            f"{journal}: cannot open the journal: its folder is read-only"
            " (unable to open database file)",
        ),
        "new journal": (
            "JournalWriteError",
            f"{empty / 'journal.sqlite3'}: cannot create the journal (Read-only file system)",
        ),
        "settings": (
            "SettingsError",
            f"{paths.config / 'settings.json'}: cannot save settings (Read-only file system)",
        ),
    }
    assert fingerprint(paths.data) == before  # no journal.corrupt-… copy: it is sound
    assert list(empty.iterdir()) == []
    assert_nothing_lost(paths.data, saved, exactly=True)


# Without namespaces (some CI machines), the same refusals at the OS and SQLite boundary.


def test_a_journal_sqlite_cannot_open_is_refused_and_never_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, saved = filled(tmp_path / "data")
    before = fingerprint(paths.data)

    def cannot_open(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN  # as on a read-only folder
        raise error

    monkeypatch.setattr(sqlite3, "connect", cannot_open)
    with pytest.raises(JournalWriteError) as refused:
        Journal.open(paths.data, FakeClock(START))
    monkeypatch.undo()
    path = paths.data / "journal.sqlite3"
    assert str(refused.value) == f"{path}: cannot open the journal (unable to open database file)"
    assert fingerprint(paths.data) == before
    assert_nothing_lost(paths.data, saved, exactly=True)


def test_a_log_that_cannot_be_written_is_one_line_from_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths, saved = filled(tmp_path / "data")

    real_open = os.open

    def read_only_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("unknot.log"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_open)
    assert main.main(["--data-dir", str(paths.data), "demo"]) == 1
    monkeypatch.undo()
    log = paths.logs / "unknot.log"
    assert (
        capsys.readouterr().err == f"unknot: {log}: cannot write the log (Read-only file system)\n"
    )
    assert_nothing_lost(paths.data, saved, exactly=True)
