"""One Unknot at a time per journal: an exclusive OS lock on `unknot.lock` in the data folder.

The operating system keeps the lock for the process that took it (`fcntl.flock` on
POSIX, `msvcrt.locking` on Windows) and drops it when that process ends, however it
ends: a crashed or killed Unknot never leaves it stuck, so there is nothing to clean up
and no "stale lock" to guess about.

The holder writes its process id and what it is ("app", "import", ...) into the file.
That text only makes the message clearer; it never decides anything. The file itself
is never deleted: a process that unlinked and re-created it could let two holders in.

The window takes the lock for as long as it runs (ui/app.py). CLI commands that write
the journal (import, demo) need it; commands that only read (export, report) take it
when it is free and otherwise read beside the running app, which SQLite's WAL mode
allows (`command_lock`).
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from core.errors import UnknotError
from core.i18n import translate
from core.paths import FILE_MODE
from core.reading import NotRegularFile, check_regular_or_absent, read_regular_file

log = logging.getLogger("unknot.lock")

LOCK_FILE = "unknot.lock"
APP = "app"
"""The role of the window; CLI commands use their own name ("import", "demo", ...)."""

# Windows locks a byte range, and a locked range cannot be read by anyone else; lock a
# byte far past the holder's note so that a refused process can still read the note.
_WINDOWS_LOCK_OFFSET = 1 << 30
_CONTENDED = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK}
_NOTE_MAX = 200
_BINARY = getattr(os, "O_BINARY", 0)  # Windows opens in text mode otherwise


@dataclass(frozen=True)
class Holder:
    """What the lock file says about the process holding it (for messages only)."""

    pid: int | None = None
    role: str = ""


class InstanceLocked(UnknotError):
    """Another process holds the instance lock of this data folder."""

    def __init__(self, data: Path, holder: Holder) -> None:
        self.data = data
        self.holder = holder
        super().__init__(busy_message(data, holder))


def busy_message(data: Path, holder: Holder) -> str:
    """One line saying who uses the journal in `data` and what to do about it."""
    if holder.pid is None:
        text = translate(
            "instance_lock", "{folder}: Unknot is already using this journal; quit it first"
        )
    elif holder.role == APP:
        text = translate(
            "instance_lock",
            "{folder}: Unknot is already running with this journal (process {pid}); quit it first",
        )
    else:
        text = translate(
            "instance_lock",
            "{folder}: Unknot is busy with this journal ({role}, process {pid}); try again later",
        )
    return text.format(folder=data, pid=holder.pid, role=holder.role)


def read_holder(path: Path) -> Holder:
    """The note the holder left in the lock file; an empty Holder when there is none."""
    try:
        first = bytes(read_regular_file(path, _NOTE_MAX)).split(b"\n", 1)[0]
        pid, role = first.decode("ascii").split(" ", 1)
        return Holder(int(pid), role.strip())
    except (OSError, ValueError, UnknotError):  # UnknotError: a pipe, or a file too big
        return Holder()


class InstanceLock:
    """The held instance lock of one data folder. `release()` (or the end of the
    process, however it ends) frees it. Use `acquire` to take one."""

    def __init__(self, path: Path, fd: int | None, role: str) -> None:
        self.path = path
        self.role = role
        self._fd = fd

    @classmethod
    def acquire(cls, data: Path, role: str) -> InstanceLock:
        """Take the lock of the data folder `data` at once, or raise InstanceLocked."""
        path = data / LOCK_FILE
        check_regular_or_absent(path)  # a FIFO or a device would take the note, or block
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _BINARY, FILE_MODE)
        except OSError as error:
            raise UnknotError(
                translate("instance_lock", "{path}: cannot open the lock file ({reason})").format(
                    path=path, reason=error.strerror
                )
            ) from error
        try:
            if not _try_lock(fd):
                raise InstanceLocked(data, read_holder(path))
        except OSError as error:
            # A file system without locks must not keep the user from their journal.
            log.warning("%s: cannot lock (%s); going on without the lock", path, error)
            os.close(fd)
            return cls(path, None, role)
        except BaseException:
            os.close(fd)
            raise
        _write_note(fd, role)
        log.info("%s: instance lock taken by %s (process %d)", path, role, os.getpid())
        return cls(path, fd, role)

    @property
    def held(self) -> bool:
        """True until released (False too when the file system offered no lock)."""
        return self._fd is not None

    def release(self) -> None:
        """Clear the note and free the lock; a second call does nothing."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        except OSError as error:
            log.warning("%s: releasing the lock: %s", self.path, error)
        finally:
            os.close(fd)  # closing frees the lock in any case

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


@contextmanager
def command_lock(data: Path, role: str, *, writes: bool) -> Iterator[InstanceLock | None]:
    """The lock for one CLI command, for as long as the block runs.

    A command that writes the journal needs it: InstanceLocked when it is held. A
    command that only reads takes it when it is free (so that a window started
    meanwhile waits for it) and otherwise goes ahead without it (None), reading beside
    the running app as SQLite's WAL mode allows, or on a disk where the lock file
    cannot be opened (read-only, or full), where nobody writes.
    """
    lock: InstanceLock | None
    try:
        lock = InstanceLock.acquire(data, role)
    except InstanceLocked as error:
        if writes:
            raise
        log.info("%s; reading beside it", error)
        lock = None
    except UnknotError as error:  # no lock file can be opened: a read-only or full disk
        if writes or isinstance(error, NotRegularFile):  # a FIFO or device is refused
            raise
        log.info("%s; reading without the lock", error)
        lock = None
    try:
        yield lock
    finally:
        if lock is not None:
            lock.release()


def _write_note(fd: int, role: str) -> None:
    """Write "PID ROLE" over the old note (a reader sees an old or a new first line)."""
    note = f"{os.getpid()} {role}\n".encode("ascii", "replace")
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, note)
        os.ftruncate(fd, len(note))
    except OSError as error:  # the note is a courtesy; the lock is what counts
        log.warning("cannot write the lock note: %s", error)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in _CONTENDED:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in _CONTENDED:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
