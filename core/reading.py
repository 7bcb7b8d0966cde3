"""Reading a file the user may have pointed anywhere: only a regular file, never more
than a bound.

A FIFO blocks a plain open() until a writer comes; a device such as /dev/zero never
ends. So every file Unknot reads because a path said so (an import, settings.json, a
routine, the lock note) goes through `read_regular_file`: it opens without blocking,
looks at what it opened (fstat on the descriptor, so a swapped file cannot slip in
between), refuses anything but a regular file in one clear line naming the path, and
reads at most `limit` bytes. The journal and the log are opened by SQLite and logging;
`check_regular_or_absent` runs before them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from core.errors import UnknotError
from core.i18n import translate

_CHUNK = 1024 * 1024


class NotRegularFile(UnknotError):
    """The path names a FIFO, a device, a folder or a socket, not a file."""


class FileTooLarge(UnknotError):
    """The file holds more than the reader allows; `size` says how much it claims."""

    def __init__(self, message: str, size: int) -> None:
        super().__init__(message)
        self.size = size


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("reading", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("reading", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("reading", "a device")
    if stat.S_ISSOCK(mode):
        return translate("reading", "a socket")
    return translate("reading", "not a regular file")


def _refuse(path: Path, mode: int) -> NotRegularFile:
    text = translate("reading", "{path}: is {kind}, not a regular file")
    return NotRegularFile(text.format(path=path, kind=_kind(mode)))


def check_regular_or_absent(path: Path) -> None:
    """NotRegularFile unless `path` is a regular file (followed through a link) or
    absent: run before a library opens the path itself and might block on it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # the library's own open will say what is wrong
    if not stat.S_ISREG(mode):
        raise _refuse(path, mode)


def read_regular_file(path: Path, limit: int) -> bytearray:
    """The bytes of the regular file `path`, at most `limit` of them.

    Raises NotRegularFile for anything else, FileTooLarge when the file is (or grows)
    larger than `limit`, and OSError when the system refuses to open or read it. The
    bytes are read into one buffer of the file's size: no second copy.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(path, info.st_mode)
        if info.st_size > limit:
            raise FileTooLarge(_too_large(path, info.st_size, limit), info.st_size)
        buffer = bytearray(info.st_size + 1)  # one byte more: to see a file that grew
        total = 0
        while True:
            with memoryview(buffer) as view:
                count = os.readv(fd, [view[total:]])
            total += count
            if count == 0 or total > limit:
                break
            if total == len(buffer):
                buffer.extend(bytes(min(_CHUNK, limit + 1 - total)))
        if total > limit:
            raise FileTooLarge(_too_large(path, total, limit), total)
        del buffer[total:]
        return buffer
    finally:
        os.close(fd)


def _too_large(path: Path, size: int, limit: int) -> str:
    text = translate("reading", "{path}: {size} bytes is more than the {limit} this file may hold")
    return text.format(path=path, size=size, limit=limit)
