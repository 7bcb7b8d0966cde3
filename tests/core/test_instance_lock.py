"""The instance lock: one holder per data folder, freed on release and when the holder dies."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from core.instance_lock import (
    APP,
    LOCK_FILE,
    Holder,
    InstanceLock,
    InstanceLocked,
    command_lock,
    read_holder,
)
from tests.helpers import ROOT, run_cli

HOLDER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from core.errors import UnknotError
from core.instance_lock import InstanceLock
try:
    lock = InstanceLock.acquire(Path(sys.argv[1]), sys.argv[2])
except UnknotError as error:
    print("refused", error, flush=True)
    sys.exit(3)
print("held", flush=True)
sys.stdin.read()  # hold until the test closes stdin, or kills this process
lock.release()
"""


@contextmanager
def lock_held_elsewhere(data: Path, role: str = "import") -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock of `data` while the block runs; killed after."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data), role, str(ROOT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "held\n"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def try_elsewhere(data: Path) -> subprocess.CompletedProcess[str]:
    """Another process trying to take the lock (and letting it go at once)."""
    return subprocess.run(
        [sys.executable, "-c", HOLDER, str(data), "demo", str(ROOT)],
        input="",
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_a_held_lock_is_refused_to_another_process_until_released(tmp_path: Path) -> None:
    lock = InstanceLock.acquire(tmp_path, APP)
    held = [lock.held]
    assert read_holder(tmp_path / LOCK_FILE) == Holder(os.getpid(), APP)
    refused = try_elsewhere(tmp_path)
    assert refused.returncode == 3
    assert refused.stdout == (
        f"refused {tmp_path}: Unknot is already running with this journal"
        f" (process {os.getpid()}); quit it first\n"
    )
    lock.release()
    held.append(lock.held)
    lock.release()  # twice is harmless
    assert held == [True, False]
    assert try_elsewhere(tmp_path).returncode == 0
    assert (tmp_path / LOCK_FILE).exists()  # never deleted: that would let two holders in


def test_the_same_process_cannot_take_it_twice(tmp_path: Path) -> None:
    with InstanceLock.acquire(tmp_path, APP), pytest.raises(InstanceLocked):
        InstanceLock.acquire(tmp_path, "import")
    with InstanceLock.acquire(tmp_path, "import") as again:
        assert again.held


def test_the_message_names_what_holds_the_journal(tmp_path: Path) -> None:
    with lock_held_elsewhere(tmp_path, "import") as holder:
        with pytest.raises(InstanceLocked) as refused:
            InstanceLock.acquire(tmp_path, APP)
        assert refused.value.holder == Holder(holder.pid, "import")
        assert str(refused.value) == (
            f"{tmp_path}: Unknot is busy with this journal (import, process {holder.pid});"
            " try again later"
        )


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_holder_leaves_no_stuck_lock(tmp_path: Path) -> None:
    with lock_held_elsewhere(tmp_path, APP) as holder:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    assert read_holder(tmp_path / LOCK_FILE) == Holder(holder.pid, APP)  # a stale note...
    with InstanceLock.acquire(tmp_path, "demo") as lock:  # ...that decides nothing
        assert lock.held
        assert read_holder(tmp_path / LOCK_FILE) == Holder(os.getpid(), "demo")


@pytest.mark.parametrize(
    ("note", "holder"),
    [
        (b"", Holder()),
        (b"garbage", Holder()),
        (b"x app\n", Holder()),
        (b"\xff\xfe app\n", Holder()),
        (b"12 import\nport\n", Holder(12, "import")),  # a longer old note, half overwritten
    ],
)
def test_the_note_is_read_for_the_message_only(tmp_path: Path, note: bytes, holder: Holder) -> None:
    (tmp_path / LOCK_FILE).write_bytes(note)
    assert read_holder(tmp_path / LOCK_FILE) == holder
    with InstanceLock.acquire(tmp_path, APP) as lock:  # whatever the note says
        assert lock.held
    assert str(InstanceLocked(tmp_path, Holder())) == (
        f"{tmp_path}: Unknot is already using this journal; quit it first"
    )


def test_a_longer_old_note_is_overwritten_cleanly(tmp_path: Path) -> None:
    (tmp_path / LOCK_FILE).write_text("123456789 a-very-long-role-from-before\n")
    with InstanceLock.acquire(tmp_path, APP):
        assert (tmp_path / LOCK_FILE).read_text() == f"{os.getpid()} app\n"
    assert (tmp_path / LOCK_FILE).read_text() == ""


def test_a_folder_without_room_for_the_lock_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="cannot open the lock file") as refused:
        InstanceLock.acquire(tmp_path / "missing", APP)
    assert "\n" not in str(refused.value)


def test_writers_need_the_lock_and_readers_go_ahead_beside_it(tmp_path: Path) -> None:
    held = []
    with command_lock(tmp_path, "export", writes=False) as reader:
        assert reader is not None
        held.append(reader.held)  # free: taken for the command
    held.append(reader.held)
    assert held == [True, False]
    with InstanceLock.acquire(tmp_path, APP):
        with command_lock(tmp_path, "export", writes=False) as beside:
            assert beside is None
        with pytest.raises(InstanceLocked), command_lock(tmp_path, "import", writes=True):
            pytest.fail("a writer ran beside the app")


def digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` except the log and the lock note, by content."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != LOCK_FILE and "logs" not in path.parts
    }


def test_cli_import_is_refused_while_the_app_holds_the_journal(tmp_path: Path) -> None:
    data, source = tmp_path / "data", tmp_path / "other"
    assert run_cli("--data-dir", str(source), "demo", "--weeks", "1").returncode == 0
    export = tmp_path / "export.json"
    exported = run_cli(
        "--data-dir", str(source), "export", "--format", "json", "--out", str(export)
    )
    assert exported.returncode == 0, exported.stderr
    empty = run_cli(
        "--data-dir", str(data), "export", "--format", "json", "--out", str(tmp_path / "0.json")
    )
    assert empty.returncode == 0, empty.stderr  # the journal now exists, empty
    before = digest(data)
    with lock_held_elsewhere(data, APP) as app:
        refused = run_cli("--data-dir", str(data), "import", str(export))
        assert refused.returncode == 1
        assert refused.stdout == ""
        assert refused.stderr == (
            f"unknot: {data}: Unknot is already running with this journal"
            f" (process {app.pid}); quit it first\n"
        )
        assert digest(data) == before
        beside = run_cli(
            "--data-dir", str(data), "export", "--format", "csv", "--out", str(tmp_path / "csv")
        )
        assert beside.returncode == 0, beside.stderr  # readers go ahead beside the app
    imported = run_cli("--data-dir", str(data), "import", str(export))
    assert imported.returncode == 0, imported.stderr
    assert digest(data) != before
