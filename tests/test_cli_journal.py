"""export, import and demo as a user types them: real subprocesses, temp data folders."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

from core.journal import FILE_NAME, SCHEMA_VERSION
from tests.helpers import run_cli


def tables(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))["tables"]  # type: ignore[no-any-return]


def test_demo_export_import_export_round_trip(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    demo = run_cli("--data-dir", str(first), "demo", "--weeks", "6")
    assert demo.returncode == 0, demo.stderr
    assert demo.stdout.startswith("sample history added: 7 knots,")
    out1 = tmp_path / "one.json"
    exported = run_cli("--data-dir", str(first), "export", "--format", "json", "--out", str(out1))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("exported ") and str(out1) in exported.stdout
    assert stat.S_IMODE(out1.stat().st_mode) == 0o600
    imported = run_cli("--data-dir", str(second), "import", str(out1))
    assert imported.returncode == 0, imported.stderr
    assert "added " in imported.stdout and "0 rows were already" in imported.stdout
    out2 = tmp_path / "two.json"
    assert (
        run_cli(
            "--data-dir", str(second), "export", "--format", "json", "--out", str(out2)
        ).returncode
        == 0
    )
    assert tables(out1) == tables(out2)
    again = run_cli("--data-dir", str(second), "import", str(out1))
    assert "added nothing new" in again.stdout


def test_csv_export(tmp_path: Path) -> None:
    run_cli("--data-dir", str(tmp_path / "d"), "demo")
    result = run_cli(
        "--data-dir",
        str(tmp_path / "d"),
        "export",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "csv"),
    )
    assert result.returncode == 0, result.stderr
    header = (tmp_path / "csv" / "ratings.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "knot_id,at_utc,context,tenderness,session_utc,sample"


def test_bad_import_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "unknot-journal", "version": 1, "tables": {"water": [{"id": 1}]}}')
    result = run_cli("--data-dir", str(tmp_path / "d"), "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"unknot: {bad}: tables.water[0].")
    connection = sqlite3.connect(tmp_path / "d" / FILE_NAME)
    assert connection.execute("SELECT count(*) FROM water").fetchone() == (0,)
    connection.close()


def test_missing_import_file_and_existing_export_file(tmp_path: Path) -> None:
    missing = run_cli("--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "nope.json"))
    assert missing.returncode == 1
    assert (
        missing.stderr
        == f"unknot: {tmp_path / 'nope.json'}: cannot read (No such file or directory)\n"
    )
    taken = tmp_path / "taken.json"
    taken.write_text("keep")
    refused = run_cli(
        "--data-dir", str(tmp_path / "d"), "export", "--format", "json", "--out", str(taken)
    )
    assert refused.returncode == 1 and "already exists" in refused.stderr
    assert taken.read_text() == "keep"


def test_demo_weeks_out_of_range_and_twice(tmp_path: Path) -> None:
    zero = run_cli("--data-dir", str(tmp_path / "d"), "demo", "--weeks", "0")
    assert zero.returncode == 1 and zero.stderr.count("\n") == 1 and "--weeks" in zero.stderr
    assert run_cli("--data-dir", str(tmp_path / "d"), "demo").returncode == 0
    twice = run_cli("--data-dir", str(tmp_path / "d"), "demo")
    assert twice.returncode == 1 and "already holds sample data" in twice.stderr


def test_newer_journal_is_refused_in_one_line(tmp_path: Path) -> None:
    run_cli("--data-dir", str(tmp_path), "demo", "--weeks", "1")
    connection = sqlite3.connect(tmp_path / FILE_NAME)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    result = run_cli(
        "--data-dir", str(tmp_path), "export", "--format", "json", "--out", str(tmp_path / "x.json")
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "newer Unknot" in result.stderr
    assert "Traceback" not in result.stderr


def test_damaged_journal_is_reported_and_kept(tmp_path: Path) -> None:
    tmp_path.joinpath(FILE_NAME).write_bytes(b"not sqlite" * 100)
    result = run_cli(
        "--data-dir", str(tmp_path), "export", "--format", "json", "--out", str(tmp_path / "x.json")
    )
    assert result.returncode == 0
    assert "could not be read" in result.stderr and "journal.corrupt-" in result.stderr
    kept = next(tmp_path.glob("journal.corrupt-*.sqlite3"))
    assert kept.read_bytes() == b"not sqlite" * 100
