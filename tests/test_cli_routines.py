"""`routines` and `routines --check FILE` as a user types them."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import main
from core.routine_files import BUILTIN_DIR
from tests.helpers import run_cli

HEAD = 'name = "Mine"\nsummary = "Mine."\n'
GOOD = HEAD + '\n[[steps]]\nkind = "rest"\nseconds = 20\ntext = "Breathe out slowly."\n'
BAD = HEAD + '\n[[steps]]\nkind = "hold"\nmuscle = "neck"\nseconds = 200\n'


@pytest.fixture(autouse=True)
def _no_leftover_log_handler() -> Iterator[None]:
    """main.main() sends the root logger to the data folder's log; undo that after."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_unknot", False)]:
        root.removeHandler(handler)
        handler.close()


def builtin_keys() -> list[str]:
    return sorted(path.stem for path in BUILTIN_DIR.glob("*.toml"))


def test_routines_lists_every_built_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["--data-dir", str(tmp_path), "routines"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == builtin_keys()
    assert len(builtin_keys()) >= 5
    assert all("(built-in; needs " in line for line in lines[:-1])
    assert any(" 5 min  Neck and shoulders" in line for line in lines)
    assert lines[-1] == f"your own routines go in {tmp_path / 'config' / 'routines'}"


def test_routines_lists_the_users_own_and_their_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "config" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(GOOD, encoding="utf-8")
    (folder / "broken.toml").write_text(BAD, encoding="utf-8")
    assert main.main(["--data-dir", str(tmp_path), "routines"]) == 1
    out, err = capsys.readouterr()
    mine = [line for line in out.splitlines() if line.startswith("mine ")]
    assert len(mine) == 1 and mine[0].endswith("Mine (yours; needs nothing)")
    assert "broken" not in out
    assert err.splitlines() == [
        f"{folder / 'broken.toml'}:4: text is missing",
        f"{folder / 'broken.toml'}:6: unknown muscle 'neck' (see docs/routines.md)",
        f"{folder / 'broken.toml'}:7: hold seconds is 200; it must be from 30 to 90",
    ]


def test_check_a_bad_file_prints_file_line_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bad.toml").write_text(BAD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main.main(["--data-dir", str(tmp_path / "d"), "routines", "--check", "bad.toml"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "bad.toml:4: text is missing",
        "bad.toml:6: unknown muscle 'neck' (see docs/routines.md)",
        "bad.toml:7: hold seconds is 200; it must be from 30 to 90",
    ]


def test_check_a_good_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD, encoding="utf-8")
    assert main.main(["--data-dir", str(tmp_path / "d"), "routines", "--check", str(good)]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == (f"{good}: OK: Mine, 1 steps, about 1 min\n", "")


def test_check_a_missing_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = tmp_path / "gone.toml"
    assert main.main(["--data-dir", str(tmp_path / "d"), "routines", "--check", str(gone)]) == 1
    _, err = capsys.readouterr()
    assert err.startswith(f"{gone}:1: cannot read (") and err.count("\n") == 1


def test_check_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(HEAD + "\n[[steps]]\nkind = hold\n", encoding="utf-8")
    result = run_cli("--data-dir", str(tmp_path / "d"), "routines", "--check", str(bad))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"{bad}:5: TOML syntax error: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
