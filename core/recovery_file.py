"""The recovery file: journal writes that still failed when Unknot quit (a full disk),
kept beside the journal so the next start can make them.

The file is private (0600), written whole through core/files.py's atomic_write and read
back before Unknot relies on it. Each write is checked as the journal checks a row
before it is replayed; a file that is not whole or not ours is moved aside and reported,
never dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from core.errors import UnknotError
from core.files import atomic_write
from core.i18n import translate
from core.pending_writes import PendingWrite
from core.records import TABLES_BY_NAME
from core.validation import InvalidValue, validate_row

FILE_NAME = "unsaved-writes.json"
FORMAT = "unknot-unsaved-writes"
VERSION = 1
LOG_TABLES = frozenset({"water", "posture_checks", "reminder_events", "notes"})


@dataclass(frozen=True)
class UnsavedReport:
    """What the journal found in the recovery file when it opened."""

    found: int = 0  # writes kept at the last quit
    saved: bool = False  # all of them are in the journal now
    moved_aside: Path | None = None  # the file that could not be read, kept here
    damage: str = ""

    def notice(self) -> str:
        """One line for the user, or '' when there was no recovery file."""
        if self.moved_aside is not None:
            text = translate(
                "recovery_file",
                "Unsaved changes from the last time could not be read; the file was kept"
                " as {path} ({damage}).",
            )
            return text.format(path=self.moved_aside, damage=self.damage)
        if not self.found:
            return ""
        if self.saved:
            text = translate(
                "recovery_file",
                "Changes that could not be saved last time are in the journal now ({count}).",
            )
        else:
            text = translate(
                "recovery_file",
                "Changes that could not be saved last time ({count}) still wait to be saved;"
                " Unknot keeps trying.",
            )
        return text.format(count=self.found)


class RecoveryFileDamaged(UnknotError):
    """The recovery file cannot be read whole; the message says why."""


def recovery_path(data_dir: Path) -> Path:
    """Where the recovery file of the journal in `data_dir` lives."""
    return data_dir / FILE_NAME


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
    not ours, or holds a value the journal would refuse. OSError when it cannot be read."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _damaged(path, str(error)) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged(path, "not an Unknot recovery file")
    if data.get("version") != VERSION or not isinstance(data.get("writes"), list):
        raise _damaged(path, f"version {data.get('version')!r} is not {VERSION}")
    writes = []
    for number, item in enumerate(data["writes"], start=1):
        try:
            write = PendingWrite.from_data(item)
            _check(write)
        except (KeyError, ValueError, TypeError, InvalidValue) as error:
            raise _damaged(path, f"write {number}: {error}") from error
        writes.append(write)
    return writes


def _check(write: PendingWrite) -> None:
    """The checks the journal makes before writing `write`'s row."""
    table = write.table()
    if write.operation == "add_row" and table not in LOG_TABLES:
        raise ValueError(f"add_row does not write {table}")
    if write.operation == "set_check_in":
        table = "daily_check_ins"
    if table is not None:
        validate_row(table, TABLES_BY_NAME[table], write.row())


def _damaged(path: Path, reason: str) -> RecoveryFileDamaged:
    text = translate("recovery_file", "{path}: the unsaved changes cannot be read ({reason})")
    return RecoveryFileDamaged(text.format(path=path, reason=reason))
