"""Odd input on the command line: a time out of range, a lone surrogate, a name too long
for the file system, a data folder the user may not read. Each gets one clear line on
stderr and exit 1: no traceback, no "internal error", nothing written."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.paths import Paths
from tests.faults.nothing_lost import assert_nothing_lost
from tests.faults.test_hostile_import import AT, KNOT_ID, export, filled
from tests.helpers import run_cli


def knot_file(tmp_path: Path, created: str = AT, label: str = "R") -> Path:
    row = (
        f'{{"id": "{KNOT_ID}", "created_utc": "{created}", "view": "back", "x": 0.5,'
        ' "y": 0.5, "muscle": "upper_trapezius", "side": "right", "label": "' + label + '",'
        ' "activity": "active", "depth": "deep", "onset": null, "status": "active",'
        ' "notes": "", "sample": 0}'
    )
    path = tmp_path / "knot.json"
    path.write_bytes(export(f'"knots": [{row}]'))
    return path


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The one line a refused command printed, checked for the things never shown."""
    assert done.returncode == 1, (done.returncode, done.stderr[-600:])
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("unknot: "), done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    return done.stderr


def cli(paths: Paths, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--data-dir", str(paths.data), *args, timeout=30)


@pytest.mark.parametrize(
    ("created", "said"),
    [
        ("9999-12-31T00:00:00.000Z", '"9999-12-31T00:00:00.000Z" is not between 1970-01-01'),
        ("0999-01-01T00:00:00.000Z", '"0999-01-01T00:00:00.000Z" is not between 1970-01-01'),
        ("1969-12-31T23:59:59.999Z", "is not between 1970-01-01 and 21"),
    ],
)
def test_a_time_outside_1970_to_a_century_ahead_is_refused_naming_the_row(
    paths: Paths, clock: FakeClock, tmp_path: Path, created: str, said: str
) -> None:
    saved = filled(paths, clock)
    source = knot_file(tmp_path, created=created)
    line = one_line(cli(paths, "import", str(source)))
    assert f"{source}: tables.knots[0].created_utc: " in line and said in line
    assert_nothing_lost(paths.data, saved, exactly=True)


def test_a_lone_surrogate_in_a_label_is_refused_and_export_and_report_still_work(
    paths: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    saved = filled(paths, clock)
    source = knot_file(tmp_path, label="\\ud800")
    line = one_line(cli(paths, "import", str(source)))
    assert line == f"unknot: {source}: tables.knots[0].label: character 1 is not valid text\n"
    assert_nothing_lost(paths.data, saved, exactly=True)
    assert (
        cli(paths, "export", "--format", "json", "--out", str(tmp_path / "o.json")).returncode == 0
    )
    assert cli(paths, "report", "--out", str(tmp_path / "o.pdf")).returncode == 0


@pytest.mark.parametrize(
    "command",
    [("export", "--format", "json"), ("export", "--format", "csv"), ("report",)],
)
def test_an_out_name_of_300_bytes_gets_one_line(
    paths: Paths, clock: FakeClock, tmp_path: Path, command: tuple[str, ...]
) -> None:
    filled(paths, clock)
    out = tmp_path / ("é" * 148 + ".pdf")  # 300 bytes in UTF-8: more than a name may have
    line = one_line(cli(paths, *command, "--out", str(out)))
    assert line == f"unknot: {out}: File name too long\n"
    assert not any(tmp_path.glob("é*")) and not any(tmp_path.glob(".é*"))


def _without_root_powers() -> list[str]:
    """A prefix that runs a command with the powers that let root read any folder
    dropped, or [] when this machine has no way to drop them."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return []
    probe = subprocess.run(
        [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all", "true"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        return []
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]


@pytest.mark.parametrize("command", [("export", "--format", "json"), ("report",), ("import",)])
def test_an_unreadable_data_folder_gets_one_line(
    paths: Paths, clock: FakeClock, tmp_path: Path, command: tuple[str, ...]
) -> None:
    import os
    import sys

    from tests.helpers import MAIN, ROOT, app_env

    filled(paths, clock)
    prefix = [] if os.geteuid() != 0 else _without_root_powers()
    if os.geteuid() == 0 and not prefix:
        pytest.skip("running as root with no setpriv to drop the power to read any folder")
    out = tmp_path / ("out.pdf" if command == ("report",) else "out.json")
    args = [*command, str(tmp_path / "in.json")] if command == ("import",) else [*command]
    if command != ("import",):
        args += ["--out", str(out)]
    paths.data.chmod(0)
    try:
        done = subprocess.run(
            [*prefix, sys.executable, str(MAIN), "--data-dir", str(paths.data), *args],
            cwd=ROOT,
            env=app_env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    finally:
        paths.data.chmod(0o700)
    line = one_line(done)
    assert line.startswith(f"unknot: {paths.data}") and "Permission denied" in line
    assert not out.exists()


def test_an_unreadable_config_folder_costs_only_the_settings(
    paths: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    """The report reads the water goal from settings.json; a config folder it may not
    read means the defaults, not a stop ("settings.json: Permission denied" before)."""
    import os
    import sys

    from tests.helpers import MAIN, ROOT, app_env

    filled(paths, clock)
    (paths.config / "settings.json").write_text("{}", encoding="utf-8")
    prefix = [] if os.geteuid() != 0 else _without_root_powers()
    if os.geteuid() == 0 and not prefix:
        pytest.skip("running as root with no setpriv to drop the power to read any folder")
    out = tmp_path / "r.pdf"
    command = [sys.executable, str(MAIN), "--data-dir", str(paths.data), "report"]
    paths.config.chmod(0)
    try:
        done = subprocess.run(
            [*prefix, *command, "--out", str(out)],
            cwd=ROOT,
            env=app_env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        paths.config.chmod(0o700)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000
