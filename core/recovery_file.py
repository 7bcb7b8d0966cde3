"""The recovery file: journal writes that still failed when Unknot quit (a full disk),
kept beside the journal so the next start can make them.

The file is private (0600), written whole through core/files.py's atomic_write and read
back before Unknot relies on it. Each write is checked as the journal checks a row
before it is replayed; a file that is not whole or not ours is moved aside and reported,
never dropped. It is read only if it is a regular file of at most READ_LIMIT bytes
(core/reading.py): a FIFO or a device there cannot hang a start, nor a huge file fill
the memory; either is refused and moved aside like a damaged one.

An existing recovery file is never replaced by another quit: a file the last start
could not read (its folder or the file not readable just then) stays where it is, and
what waits at the next quit goes to a new name with the next number
(`unsaved-writes-2.json`, `-3`, ...). The next start replays every such file, oldest
(lowest number) first, and removes each once all its writes are committed. While one of
them cannot be read, none is replayed, so the writes are never made out of order; they
all wait, reported, for a start that can read them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from core.errors import UnknotError
from core.files import atomic_write
from core.i18n import translate
from core.pending_writes import PendingWrite
from core.reading import read_regular_file
from core.records import TABLES_BY_NAME
from core.validation import InvalidValue, validate_row

FILE_NAME = "unsaved-writes.json"
FORMAT = "unknot-unsaved-writes"
VERSION = 1
# Far more than any queue can hold (a write takes about 300 bytes: some 200 000 writes).
READ_LIMIT = 64 * 1024 * 1024
_NUMBERED = re.compile(r"unsaved-writes(?:-([1-9][0-9]{0,8}))?\.json")
LOG_TABLES = frozenset({"water", "posture_checks", "reminder_events", "notes"})


@dataclass(frozen=True)
class UnsavedReport:
    """What the journal found in the recovery file when it opened."""

    found: int = 0  # writes kept at the last quit
    saved: bool = False  # all of them are in the journal now
    moved_aside: Path | None = None  # the file that could not be read, kept here
    damage: str = ""
    left_out: Path | None = None  # a reader beside the app did not make the writes here

    def notice(self) -> str:
        """What to tell the user, or '' when there was no recovery file."""
        lines = []
        if self.moved_aside is not None:
            text = translate(
                "recovery_file",
                "Unsaved changes from the last time could not be read; the file was kept"
                " as {path} ({damage}).",
            )
            lines.append(text.format(path=self.moved_aside, damage=self.damage))
        if self.found and self.saved:
            text = translate(
                "recovery_file",
                "Changes that could not be saved last time are in the journal now ({count}).",
            )
            lines.append(text.format(count=self.found))
        elif self.found:
            text = translate(
                "recovery_file",
                "Changes that could not be saved last time ({count}) still wait to be saved;"
                " Unknot keeps trying.",
            )
            lines.append(text.format(count=self.found))
        if self.left_out is not None:
            text = translate(
                "recovery_file",
                "Changes that could not be saved yet are not in this (kept in {path});"
                " Unknot saves them as soon as it can write the journal.",
            )
            lines.append(text.format(path=self.left_out))
        return " ".join(lines)


class RecoveryFileDamaged(UnknotError):
    """The recovery file cannot be read whole; the message says why."""


def recovery_path(data_dir: Path) -> Path:
    """Where the (first) recovery file of the journal in `data_dir` lives."""
    return data_dir / FILE_NAME


def _number(path: Path) -> int:
    match = _NUMBERED.fullmatch(path.name)
    if match is None:
        return 0
    return int(match.group(1) or 1)


def recovery_files(data_dir: Path) -> list[Path]:
    """Every recovery file in `data_dir`, oldest (lowest number) first."""
    try:
        found = [p for p in data_dir.iterdir() if _number(p)]
    except FileNotFoundError:
        return []
    return sorted(found, key=_number)


def new_recovery_path(data_dir: Path) -> Path:
    """A name for a new recovery file, after every one there: never an existing one."""
    number = max((_number(p) for p in recovery_files(data_dir)), default=0) + 1
    return recovery_path(data_dir) if number == 1 else data_dir / f"unsaved-writes-{number}.json"


def _encode(writes: list[PendingWrite]) -> bytes:
    data = {"format": FORMAT, "version": VERSION, "writes": [w.to_data() for w in writes]}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_recovery(path: Path, writes: list[PendingWrite]) -> None:
    """Keep `writes` in the recovery file at `path`, replacing it whole; OSError when it
    cannot be written, or when what was written does not read back as `writes`."""
    data = _encode(writes)
    with atomic_write(path) as handle:
        handle.write(data)
    if path.read_bytes() != data:
        raise OSError(f"{path}: the file does not read back as written")


def read_recovery(path: Path) -> list[PendingWrite]:
    """The writes kept in the recovery file; RecoveryFileDamaged when it is not whole,
    not ours, or holds a value the journal would refuse; NotRegularFile or FileTooLarge
    (core/reading.py) for a FIFO, a device or a file larger than READ_LIMIT. OSError when
    it cannot be read."""
    raw = read_regular_file(path, READ_LIMIT)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _damaged(path, str(error)) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged(path, translate("recovery_file", "not an Unknot recovery file"))
    if data.get("version") != VERSION or not isinstance(data.get("writes"), list):
        text = translate("recovery_file", "version {version} is not {expected}")
        raise _damaged(path, text.format(version=repr(data.get("version")), expected=VERSION))
    writes = []
    for number, item in enumerate(data["writes"], start=1):
        try:
            write = PendingWrite.from_data(item)
            _check(write)
        except (KeyError, ValueError, TypeError, InvalidValue) as error:
            text = translate("recovery_file", "write {number}: {error}")
            raise _damaged(path, text.format(number=number, error=error)) from error
        writes.append(write)
    return writes


def _check(write: PendingWrite) -> None:
    """The checks the journal makes before writing `write`'s row."""
    table = write.table()
    if write.operation == "add_row" and table not in LOG_TABLES:
        text = translate("recovery_file", "add_row does not write {table}")
        raise ValueError(text.format(table=table))
    row = write.row()
    if write.operation == "replace_rating":
        for rating in (row["old"], row["new"]):
            validate_row("ratings", TABLES_BY_NAME["ratings"], rating)
        return
    if write.operation == "add_treatment":
        links = TABLES_BY_NAME["treatment_knots"]
        for knot in row.pop("knot_ids"):
            validate_row("treatment_knots", links, {"treatment_id": row["id"], "knot_id": knot})
        table = "treatments"
    if write.operation == "update_knot":
        table = "knots"
    if write.operation == "set_check_in":
        table = "daily_check_ins"
    if table is not None:
        validate_row(table, TABLES_BY_NAME[table], row)


def _damaged(path: Path, reason: str) -> RecoveryFileDamaged:
    text = translate("recovery_file", "{path}: the unsaved changes cannot be read ({reason})")
    return RecoveryFileDamaged(text.format(path=path, reason=reason))
