"""Hostile import files: huge numbers, deep nesting, very long strings, a 100 MB file.
Each is refused with one clear line (CLI: stderr, exit 1, no traceback) and the journal
is left exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core import commands
from core.clock import FakeClock
from core.exchange import MAX_IMPORT_BYTES, ImportRefused, import_file
from core.journal import Journal
from core.paths import Paths
from core.session import GuidedSession
from tests.core.session_helpers import add_knot, links
from tests.faults.child import drive, two_holds
from tests.faults.nothing_lost import Saved, assert_nothing_lost
from tests.helpers import run_cli

KNOT_ID = "0b6f1b8e-3c0a-4f4e-9a59-2d7c1e0f9d11"
AT = "2026-03-02T09:00:00.000Z"


def export(tables: str) -> bytes:
    return b'{"format": "unknot-journal", "version": 1, "tables": {' + tables.encode() + b"}}"


def knot_with_x(x: str) -> bytes:
    row = (
        f'{{"id": "{KNOT_ID}", "created_utc": "{AT}", "view": "back", "x": {x}, "y": 0.5,'
        ' "muscle": "upper_trapezius", "side": "right", "label": "R", "activity": "active",'
        ' "depth": "deep", "onset": null, "status": "active", "notes": "", "sample": 0}'
    )
    return export(f'"knots": [{row}]')


HOSTILE: dict[str, tuple[bytes, str]] = {
    "huge-whole-number": (
        export(f'"water": [{{"at_utc": "{AT}", "ml": {"9" * 5000}, "sample": 0}}]'),
        "not valid JSON (Exceeds the limit",
    ),
    "huge-number-for-a-real": (knot_with_x("9" * 4000), "tables.knots[0].x: 9999"),
    "huge-exponent": (
        export(f'"water": [{{"at_utc": "{AT}", "ml": 1e999999, "sample": 0}}]'),
        "tables.water[0].ml: Infinity is not a whole number",
    ),
    "deep-arrays": (b"[" * 100_000 + b"]" * 100_000, "not an Unknot export (nested too deeply)"),
    "deep-objects": (b'{"a": ' * 100_000 + b"1" + b"}" * 100_000, "nested too deeply"),
    "deep-in-a-row": (
        export('"water": [' + "[" * 50_000 + "]" * 50_000 + "]"),
        "nested too deeply",
    ),
    "long-string": (
        export(f'"notes": [{{"at_utc": "{AT}", "text": "{"x" * 20_000_000}", "sample": 0}}]'),
        "tables.notes[0].text: text longer than",
    ),
    "long-key": (export(f'"{"k" * 1_000_000}": []'), "tables.kkkk"),
}


def filled(paths: Paths, clock: FakeClock) -> Saved:
    """A journal with a knot, ratings and a whole session, closed; what it holds."""
    journal = Journal.open(paths.data, clock)
    knot = add_knot(journal, clock, tenderness=5)
    session = GuidedSession(two_holds(), journal, clock, links(knot))
    session.start()
    drive(session, clock, lambda s: False)
    saved = Saved.of(journal)
    journal.close()
    return saved


def one_clear_line(stderr: str, path: Path) -> str:
    assert stderr.count("\n") == 1 and stderr.startswith(f"unknot: {path}: "), stderr[:300]
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert len(stderr) < 300  # the long strings are not echoed
    return stderr


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_import_is_refused_in_one_line_and_changes_nothing(
    paths: Paths, clock: FakeClock, tmp_path: Path, name: str
) -> None:
    content, said = HOSTILE[name]
    saved = filled(paths, clock)
    path = tmp_path / f"{name}.json"
    path.write_bytes(content)
    journal = Journal.open(paths.data, clock)
    with pytest.raises(ImportRefused) as refused:
        import_file(journal, path)
    journal.close()
    assert said in str(refused.value) and "\n" not in str(refused.value)
    cli = run_cli("--data-dir", str(paths.data), "import", str(path), timeout=8)
    assert cli.returncode == 1 and cli.stdout == ""
    assert said in one_clear_line(cli.stderr, path)
    assert_nothing_lost(paths.data, saved, exactly=True)


def test_a_100_mb_file_is_refused_by_its_size_before_it_is_read(
    paths: Paths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = filled(paths, clock)
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    assert big.stat().st_size > MAX_IMPORT_BYTES and big.stat().st_blocks < 64

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the big file was parsed")

    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == big:
            raise AssertionError("the big file was opened")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(json, "loads", never)
    monkeypatch.setattr(json, "load", never)
    monkeypatch.setattr(Path, "open", guarded_open)
    with pytest.raises(ImportRefused) as refused:
        commands.import_(paths, str(big), clock)
    monkeypatch.undo()
    message = f"{big}: 100 MB is larger than the 64 MB an Unknot export can be"
    assert str(refused.value) == message
    cli = run_cli("--data-dir", str(paths.data), "import", str(big), timeout=8)
    assert cli.returncode == 1 and one_clear_line(cli.stderr, big) == f"unknot: {message}\n"
    assert_nothing_lost(paths.data, saved, exactly=True)
