"""Running a fault case's child process (tests/faults/child.py) and reading what it
saved; Linux namespaces to give it a read-only folder or a small disk, even as root."""

from __future__ import annotations

import functools
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.faults.child import decode
from tests.faults.nothing_lost import Saved
from tests.helpers import ROOT, app_env

Command = list[str]


def child(mode: str, *paths: Path) -> Command:
    """The command that runs one mode of tests/faults/child.py."""
    return [sys.executable, "-m", "tests.faults.child", mode, *map(str, paths)]


@contextmanager
def started(command: Command) -> Iterator[subprocess.Popen[str]]:
    """A child with the tests' environment, its output piped as text; killed on the
    way out if it still runs (a failed test leaves no process behind)."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=app_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=8)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


def run(command: Command, timeout: float = 8) -> subprocess.CompletedProcess[str]:
    """Run a child to its end."""
    return subprocess.run(
        command,
        cwd=ROOT,
        env=app_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def records(lines: Iterable[str]) -> tuple[Saved, Saved]:
    """(asked for, saved): the records of a child's WANT and SAVED lines."""
    wanted, saved = Saved(), Saved()
    for line in lines:
        word, _, text = line.strip().partition(" ")
        if word not in ("WANT", "SAVED"):
            continue
        target = wanted if word == "WANT" else saved
        record = decode(text)
        if isinstance(record, tuple):
            _, table, row = record
            target.add_row(table, row)
        else:
            target.add(record)
    return wanted, saved


# ----------------------------------------------------------------------------- namespaces


@functools.cache
def can_mount() -> bool:
    """True when `unshare -rm` may mount here: a user and mount namespace of our own,
    where mounts are private to the child and gone when it ends."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    with tempfile.TemporaryDirectory(prefix="unknot-ns-") as folder:
        script = (
            'mount -t tmpfs none "$0" && mount --bind "$0" "$0" && mount -o remount,bind,ro "$0"'
        )
        probe = ["unshare", "-rm", "sh", "-c", script, folder]
        try:
            done = subprocess.run(probe, capture_output=True, timeout=10, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return False
    return done.returncode == 0


def need_mounts() -> None:
    if not can_mount():
        pytest.skip("needs user and mount namespaces (unshare -rm) for a real mount")


def read_only(folders: Iterable[Path], command: Command) -> Command:
    """`command` with each of `folders` bind-mounted read-only over itself: every write
    there fails with EROFS, for root too (root ignores file permissions, not this)."""
    need_mounts()
    binds = [
        f"mount --bind {f} {f} && mount -o remount,bind,ro {f}"
        for f in (shlex.quote(str(folder)) for folder in folders)
    ]
    return ["unshare", "-rm", "sh", "-c", " && ".join([*binds, 'exec "$@"']), "sh", *command]


def small_disk(folder: Path, size: str, command: Command) -> Command:
    """`command` with a tmpfs of `size` mounted on `folder`: a disk that really fills."""
    need_mounts()
    script = f'mount -t tmpfs -o size={size} none {shlex.quote(str(folder))} && exec "$@"'
    return ["unshare", "-rm", "sh", "-c", script, "sh", *command]
