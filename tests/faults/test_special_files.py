"""A FIFO or a device where Unknot expects a file: as the import file, the journal, the
log, the lock, settings.json or a routine. Each is refused in one clear line at once;
nothing blocks (every run has a timeout, so a regression fails instead of hanging) and
nothing reads on without end. A huge file of `{}` is refused with the memory near its
size."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from core import recovery_file
from core.clock import FakeClock
from core.exchange import ImportRefused, import_file
from core.journal import Journal
from core.paths import Paths
from core.recovery_file import recovery_path
from tests.faults.test_hostile_import import filled
from tests.faults.test_odd_input import one_line
from tests.helpers import ROOT, app_env, run_cli

TIMEOUT = 20


def cli(paths: Paths, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--data-dir", str(paths.data), *args, timeout=TIMEOUT)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", ["fifo", "device", "link-to-device"])
def test_import_of_a_fifo_or_a_device_is_refused_at_once(
    paths: Paths, clock: FakeClock, tmp_path: Path, fifo: Path, kind: str
) -> None:
    filled(paths, clock)
    source = {"fifo": fifo, "device": Path("/dev/zero"), "link-to-device": tmp_path / "z.json"}
    if kind == "link-to-device":
        source[kind].symlink_to("/dev/zero")
    what = "a named pipe" if kind == "fifo" else "a device"
    line = one_line(cli(paths, "import", str(source[kind])))
    assert line == f"unknot: {source[kind]}: is {what}, not a regular file\n"
    # The lock was let go: the next command runs.
    assert (
        cli(paths, "export", "--format", "json", "--out", str(tmp_path / "o.json")).returncode == 0
    )


@pytest.mark.parametrize("name", ["journal.sqlite3", "logs/unknot.log", "unknot.lock"])
@pytest.mark.parametrize("make", ["fifo", "device"])
def test_a_fifo_or_device_as_journal_log_or_lock_is_refused(
    paths: Paths, tmp_path: Path, name: str, make: str
) -> None:
    target = paths.data / name
    if make == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    what = "a named pipe" if make == "fifo" else "a device"
    for args in (["export", "--format", "json", "--out", str(tmp_path / "o.json")], ["demo"]):
        line = one_line(cli(paths, *args))
        assert line == f"unknot: {target}: is {what}, not a regular file\n"
    assert not (tmp_path / "o.json").exists()


def test_routines_that_are_a_fifo_or_a_device_are_listed_as_problems(paths: Paths) -> None:
    folder = paths.config / "routines"
    folder.mkdir()
    os.mkfifo(folder / "pipe.toml")
    (folder / "zero.toml").symlink_to("/dev/zero")
    done = cli(paths, "routines")
    assert done.returncode == 1 and "neck" in done.stdout.lower()
    assert done.stderr.splitlines() == [
        f"{folder / 'pipe.toml'}:1: is a named pipe, not a regular file",
        f"{folder / 'zero.toml'}:1: is a device, not a regular file",
    ]
    checked = cli(paths, "routines", "--check", "/dev/zero")
    assert checked.returncode == 1
    assert checked.stderr == "/dev/zero:1: is a device, not a regular file\n"


def test_settings_json_that_is_a_fifo_gives_defaults_and_a_problem(paths: Paths) -> None:
    os.mkfifo(paths.config / "settings.json")
    code = (
        "from pathlib import Path; from core.settings import SettingsStore;"
        "from core.clock import FakeClock;"
        f"store = SettingsStore(Path({str(paths.config)!r}), FakeClock()); print(store.problem)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=app_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "settings.json: could not be read (is a named pipe, not a regular file)" in done.stdout


def test_a_large_file_of_empty_objects_is_refused_with_memory_near_its_size(
    paths: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    """A 63 MB file of `{}` took 1.7 GB before it was refused; an 8 MB one, in-process,
    must now stay within a small multiple of its size."""
    source = tmp_path / "empty-objects.json"
    count = 8 * 1024 * 1024 // 3
    source.write_bytes(
        b'{"format": "unknot-journal", "version": 1, "tables": {"water": ['
        + b"{}," * (count - 1)
        + b"{}]}}"
    )
    size = source.stat().st_size
    journal = Journal.open(paths.data, clock)
    tracemalloc.start()
    try:
        with pytest.raises(ImportRefused) as refused:
            import_file(journal, source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        journal.close()
    assert "not an Unknot export" in str(refused.value)
    assert peak <= 3 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"


def a_fifo_or_a_huge_file(target: Path, make: str) -> None:
    if make == "fifo":
        os.mkfifo(target)
    else:  # sparse: claims far more than any recovery file may hold, costs no disk
        with target.open("wb") as handle:
            handle.truncate(recovery_file.READ_LIMIT + 1)


@pytest.mark.parametrize("make", ["fifo", "huge"])
def test_a_recovery_file_that_is_a_fifo_or_huge_is_refused_kept_and_reported(
    paths: Paths, clock: FakeClock, tmp_path: Path, make: str
) -> None:
    Journal.open(paths.data, clock).close()
    target = recovery_path(paths.data)
    a_fifo_or_a_huge_file(target, make)
    what = "is a named pipe, not a regular file" if make == "fifo" else "bytes is more than"
    done = cli(paths, "demo", "--weeks", "1")
    assert done.returncode == 0, done.stderr
    assert what in done.stderr and "Unsaved changes from the last time" in done.stderr
    (kept,) = paths.data.glob("unsaved-writes.damaged-*.json")  # never deleted
    if make == "fifo":
        assert stat.S_ISFIFO(kept.stat().st_mode)
    else:
        assert kept.stat().st_size == recovery_file.READ_LIMIT + 1
    # Reported once: the next command is quiet about it, and the lock was let go.
    again = cli(paths, "export", "--format", "json", "--out", str(tmp_path / "o.json"))
    assert again.returncode == 0 and "Unsaved" not in again.stderr


@pytest.mark.parametrize("journal_there", [False, True])
def test_a_wal_that_is_a_fifo_is_refused_at_once(
    paths: Paths, clock: FakeClock, tmp_path: Path, journal_there: bool
) -> None:
    if journal_there:
        Journal.open(paths.data, clock).close()
    wal = paths.data / "journal.sqlite3-wal"
    os.mkfifo(wal)
    for args in (["export", "--format", "json", "--out", str(tmp_path / "o.json")], ["demo"]):
        line = one_line(cli(paths, *args))
        assert line == f"unknot: {wal}: is a named pipe, not a regular file\n"
    assert stat.S_ISFIFO(wal.stat().st_mode)  # left as it is
