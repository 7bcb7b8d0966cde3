"""The journal's -wal checked before SQLite opens it.

SQLite replays a -wal frame by frame and stops quietly at the first frame that does not
check out: committed rows after it are dropped, and the next close deletes the file.
So before the journal is opened, a -wal that does not match its database (not a -wal,
a page size other than the database's, a bad header or frame checksum, or committed
frames after a bad one) is copied privately beside it under a dated name, and the
copy's path is reported. The -wal itself is left for SQLite; nothing is deleted here.

Only a regular file is read (a FIFO there would block the start, a device never end:
core/reading.py), once, and at most WAL_READ_LIMIT bytes; a larger -wal is left to
SQLite unchecked. A -wal whose size, change time or inode differ after the check is
live (another Unknot writing it), not damaged.

File format: https://www.sqlite.org/fileformat2.html#walformat
"""

from __future__ import annotations

import logging
import os
import struct
from datetime import datetime
from pathlib import Path

from core.i18n import translate
from core.paths import FILE_MODE
from core.reading import FileTooLarge, check_regular_or_absent, read_regular_file

log = logging.getLogger("unknot.journal")

MAGIC_LITTLE, MAGIC_BIG = 0x377F0682, 0x377F0683  # the low bit: checksum byte order
WAL_VERSION = 3007000
WAL_HEADER = 32
FRAME_HEADER = 24
WAL_READ_LIMIT = 1024 * 1024 * 1024  # SQLite checkpoints at about 8 MB; 1 GB is not usual


def _u32(data: bytes | bytearray, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "big")


def _checksum(data: bytes | bytearray, big_endian: bool, start: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum of `data` (a multiple of 8 bytes), continued from `start`."""
    s0, s1 = start
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for at in range(0, len(words), 2):
        s0 = (s0 + words[at] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[at + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def database_page_size(database: Path) -> int | None:
    """The page size in the database file's header, or None without a whole header."""
    try:
        with database.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    if len(header) < 100:
        return None
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def wal_problem(wal: bytes | bytearray, page_size: int | None) -> str:
    """What is wrong with a -wal's bytes for a database of `page_size` ('' when it
    matches, or holds no frame header SQLite would read)."""
    if len(wal) < WAL_HEADER:
        return ""
    magic = _u32(wal, 0)
    if magic not in (MAGIC_LITTLE, MAGIC_BIG) or _u32(wal, 4) != WAL_VERSION:
        return translate("wal_check", "it is not an SQLite -wal file")
    big = magic == MAGIC_BIG
    running = _checksum(wal[:24], big, (0, 0))
    if running != (_u32(wal, 24), _u32(wal, 28)):
        return translate("wal_check", "its header checksum is wrong")
    size = _u32(wal, 8)
    if page_size is None:
        return translate("wal_check", "there is no journal beside it")
    if size != page_size:
        text = translate("wal_check", "its page size ({size}) is not the journal's ({page_size})")
        return text.format(size=size, page_size=page_size)
    salts = wal[16:24]
    frame = FRAME_HEADER + size
    broken = 0  # the first frame that does not check out; frames after it are not read
    for number, at in enumerate(range(WAL_HEADER, len(wal) - frame + 1, frame), start=1):
        head = wal[at : at + FRAME_HEADER]
        ours = head[8:16] == salts
        if broken and ours:
            text = translate(
                "wal_check", "frame {number} is damaged and frames after it would be dropped"
            )
            return text.format(number=broken)
        if broken or not ours:
            broken = broken or number
            continue
        running = _checksum(head[:8] + wal[at + FRAME_HEADER : at + frame], big, running)
        if running != (_u32(head, 16), _u32(head, 20)):
            broken = number
            if _u32(head, 4):  # a commit frame: its transaction would be dropped
                return translate("wal_check", "frame {number} is damaged").format(number=number)
    return ""


def keep_mismatched_wal(database: Path, now: datetime) -> tuple[Path | None, str]:
    """(copy, what is wrong) when the -wal of `database` does not match it: the copy is
    private (0600), beside it, dated, and checked whole; (None, '') otherwise. OSError
    when the -wal cannot be read or the copy cannot be made; NotRegularFile
    (core/reading.py) when it is a FIFO, a device or a folder."""
    wal = database.with_name(database.name + "-wal")
    check_regular_or_absent(wal)
    try:
        before = _identity(wal)
        data = read_regular_file(wal, WAL_READ_LIMIT)  # read once, held once
    except FileNotFoundError:
        return None, ""
    except FileTooLarge as error:
        log.warning("%s; left to SQLite unchecked", error)
        return None, ""
    problem = wal_problem(data, database_page_size(database))
    if not problem:
        return None, ""
    if _identity(wal) != before:  # another Unknot is writing it now: live, not damaged
        log.info("%s changed while it was checked; left to SQLite", wal)
        return None, ""
    copy = _private_copy(wal, data, now)
    log.error("%s does not match its journal (%s); a copy was kept as %s", wal, problem, copy)
    return copy, translate(
        "wal_check", "the -wal file does not match the journal: {problem}"
    ).format(problem=problem)


def _reads_back(path: Path, data: bytes | bytearray) -> bool:
    """True when `path` holds exactly `data`; compared a megabyte at a time."""
    chunk = 1024 * 1024
    with path.open("rb", buffering=0) as handle, memoryview(data) as view:
        for at in range(0, len(data), chunk):
            if handle.read(chunk) != view[at : at + chunk]:
                return False
        return handle.read(1) == b""


def _identity(path: Path) -> tuple[int, int, int]:
    """What changes when a file is written or replaced: size, change time, inode."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ino


def _private_copy(source: Path, data: bytes | bytearray, now: datetime) -> Path:
    """`data` (the bytes of `source`) in a new private file beside it, named after it
    and `now`; never overwrites."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        target = source.with_name(f"{source.name}.kept-{stamp}{suffix}")
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except FileExistsError:
            number += 1
            continue
        break
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not _reads_back(target, data):
            raise OSError(f"{target}: the copy does not read back as written")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
