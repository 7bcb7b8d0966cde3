"""The command line as a user types it: one clear line on error, no traceback."""

from __future__ import annotations

from pathlib import Path

from core import __version__
from tests.helpers import app_env, run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Unknot {__version__}"


def test_usage_error_is_one_line() -> None:
    result = run_cli("--no-such-flag")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "unrecognized arguments: --no-such-flag" in result.stderr


def test_no_display_is_one_clear_line_and_non_zero(tmp_path: Path) -> None:
    env = app_env(QT_QPA_PLATFORM=None, DISPLAY=None, WAYLAND_DISPLAY=None)
    result = run_cli("--data-dir", str(tmp_path), env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no display found" in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_display_is_one_clear_line_without_a_qt_abort(tmp_path: Path) -> None:
    env = app_env(QT_QPA_PLATFORM="xcb", DISPLAY=":97531", WAYLAND_DISPLAY=None)
    result = run_cli("--data-dir", str(tmp_path), env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("unknot: cannot open a window")
    assert result.stderr.count("\n") == 1
    assert "Aborted" not in result.stderr and "core dumped" not in result.stderr


def test_data_dir_that_is_a_file_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker), "demo")
    assert result.returncode == 1
    assert result.stderr == f"unknot: {blocker}: exists but is not a folder\n"
