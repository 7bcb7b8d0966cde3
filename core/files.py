"""Careful file operations: private new files, atomic writes, moving damaged files aside."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from core.i18n import translate
from core.paths import FILE_MODE


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only; an existing file is an error."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


class IncompleteWrite(OSError):
    """A file just written is not whole (short, or its own check failed); it was removed.
    `strerror` says what was wrong, like any OSError's."""

    def __init__(self, what: str) -> None:
        super().__init__(errno.EIO, what)


def _check_size(handle: BinaryIO) -> None:
    written, stored = handle.tell(), os.fstat(handle.fileno()).st_size
    if stored != written:
        text = translate("files", "the file written has {stored} of {written} bytes")
        raise IncompleteWrite(text.format(stored=stored, written=written))


@contextmanager
def atomic_write(path: Path, check: Callable[[Path], None] | None = None) -> Iterator[BinaryIO]:
    """A file to write `path` through: a private temp file in the same folder, renamed
    over `path` only when the block ends without error, so the file is either the old
    one or the whole new one, never half of each.

    Before the rename the temp file is checked whole: synced to disk, as long as what
    was written, and passed to `check` (which raises, IncompleteWrite say, when the
    file is not what it should be). A file that fails is removed; the error goes on."""
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            _check_size(handle)
        if check is not None:
            check(temp)
        temp.chmod(FILE_MODE)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """`<stem><suffix>` in `folder`, or `<stem>-2<suffix>`, `-3`… : the first not there."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def move_aside(path: Path, now: datetime, word: str) -> Path:
    """Rename a damaged file to `<stem>.<word>-YYYYmmdd-HHMMSS<suffix>` beside it, with
    its SQLite -wal and -shm companions. Never deletes, never overwrites; returns the
    new path of the main file."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = free_name(path.parent, f"{path.stem}.{word}-{stamp}", path.suffix)
    _rename_no_overwrite(path, target)
    for companion in ("-wal", "-shm"):
        extra = path.with_name(path.name + companion)
        if extra.exists():
            _rename_no_overwrite(extra, target.with_name(target.name + companion))
    return target


def _rename_no_overwrite(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # fails if target exists: nothing is overwritten
    except OSError:
        if target.exists():
            raise
        source.rename(target)
        return
    with contextlib.suppress(FileNotFoundError):
        source.unlink()
