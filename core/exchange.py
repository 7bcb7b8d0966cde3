"""Export and import: the journal as a documented, versioned JSON file, or CSV tables.

Import validates the whole file before it writes anything, then writes in one
transaction; rows whose id is already in the journal are skipped, so importing the
same file twice adds nothing the second time. The format is in docs/journal-format.md.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from core import __version__
from core.csv_cells import csv_cell
from core.errors import UnknotError
from core.files import IncompleteWrite, atomic_write
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.paths import FILE_MODE, FOLDER_MODE
from core.reading import FileTooLarge, NotRegularFile, read_regular_file
from core.records import REFERENCE_KEYS, TABLES, TABLES_BY_NAME, sane_ms_range, to_utc_text
from core.validation import InvalidValue, validate_row

FORMAT_NAME = "unknot-journal"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 64 * 1024 * 1024


class ImportRefused(InvalidValue):
    """The import file is not acceptable; nothing was written."""


@dataclass(frozen=True)
class ImportResult:
    """Rows added per table, and how many were already in the journal."""

    added: dict[str, int]
    already_present: int

    def describe(self) -> str:
        """One line for the user."""
        parts = [_table_words(table, n) for table, n in self.added.items() if n]
        added = ", ".join(parts) if parts else translate("exchange", "nothing new")
        if self.already_present == 1:
            text = translate("exchange", "added {added}; 1 row was already in the journal")
        else:
            text = translate(
                "exchange", "added {added}; {present} rows were already in the journal"
            )
        return text.format(added=added, present=self.already_present)


# How a result names the journal's tables (the names themselves are the file format's):
# one whole text for one row and one for more, as docs/translations.md asks.
_TABLE_WORDS = {
    "knots": (
        QT_TRANSLATE_NOOP("exchange", "1 knot"),
        QT_TRANSLATE_NOOP("exchange", "{count} knots"),
    ),
    "sessions": (
        QT_TRANSLATE_NOOP("exchange", "1 session"),
        QT_TRANSLATE_NOOP("exchange", "{count} sessions"),
    ),
    "ratings": (
        QT_TRANSLATE_NOOP("exchange", "1 rating"),
        QT_TRANSLATE_NOOP("exchange", "{count} ratings"),
    ),
    "steps": (
        QT_TRANSLATE_NOOP("exchange", "1 step"),
        QT_TRANSLATE_NOOP("exchange", "{count} steps"),
    ),
    "treatments": (
        QT_TRANSLATE_NOOP("exchange", "1 treatment"),
        QT_TRANSLATE_NOOP("exchange", "{count} treatments"),
    ),
    "treatment_knots": (
        QT_TRANSLATE_NOOP("exchange", "1 treatment knot"),
        QT_TRANSLATE_NOOP("exchange", "{count} treatment knots"),
    ),
    "water": (
        QT_TRANSLATE_NOOP("exchange", "1 water entry"),
        QT_TRANSLATE_NOOP("exchange", "{count} water entries"),
    ),
    "posture_checks": (
        QT_TRANSLATE_NOOP("exchange", "1 posture check"),
        QT_TRANSLATE_NOOP("exchange", "{count} posture checks"),
    ),
    "reminder_events": (
        QT_TRANSLATE_NOOP("exchange", "1 reminder event"),
        QT_TRANSLATE_NOOP("exchange", "{count} reminder events"),
    ),
    "notes": (
        QT_TRANSLATE_NOOP("exchange", "1 note"),
        QT_TRANSLATE_NOOP("exchange", "{count} notes"),
    ),
    "daily_check_ins": (
        QT_TRANSLATE_NOOP("exchange", "1 daily check-in"),
        QT_TRANSLATE_NOOP("exchange", "{count} daily check-ins"),
    ),
}


def _table_words(table: str, count: int) -> str:
    """'1 knot', '3 knots': how many rows of `table`, in words."""
    words = _TABLE_WORDS.get(table)
    if words is None:
        return f"{count} {table.replace('_', ' ')}"
    return translate("exchange", words[0] if count == 1 else words[1]).format(count=count)


# ----------------------------------------------------------------------------- export


def _refuse_existing(path: Path) -> None:
    if path.exists() and not (path.is_dir() and not any(path.iterdir())):
        text = translate(
            "exchange", "{path}: already exists; choose a new name (nothing was written)"
        )
        raise UnknotError(text.format(path=path))
    if not path.parent.is_dir():
        text = translate("exchange", "{path}: no such folder (nothing was written)")
        raise UnknotError(text.format(path=path.parent))


def export_json(journal: Journal, out: Path, now: datetime) -> int:
    """Write the journal to `out` as JSON (0600, all or nothing); return the row count.

    Streamed a row at a time (one row a line), so a journal of years needs little memory.
    """
    _refuse_existing(out)
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_utc": to_utc_text(now),
        "app_version": __version__,
    }
    total = 0

    def whole(path: Path) -> None:  # read back before it is renamed into place
        try:
            with path.open("rb") as handle:
                tables = json.load(handle)["tables"]
            rows = sum(len(tables[spec.name]) for spec in TABLES)
        except (ValueError, KeyError, TypeError) as error:
            text = translate("exchange", "the file written is not whole JSON ({reason})")
            raise IncompleteWrite(text.format(reason=error)) from error
        if rows != total:
            text = translate("exchange", "the file written has {found} of {rows} rows")
            raise IncompleteWrite(text.format(found=rows, rows=total))

    try:
        with atomic_write(out, check=whole) as handle:
            handle.write(json.dumps(header)[:-1].encode("utf-8") + b', "tables": {')
            for number, spec in enumerate(TABLES):
                handle.write(f'{"," if number else ""}\n"{spec.name}": ['.encode())
                for index, row in enumerate(journal.table_rows(spec.name)):
                    line = json.dumps(row, ensure_ascii=False)
                    handle.write(f"{',' if index else ''}\n{line}".encode())
                    total += 1
                handle.write(b"\n]")
            handle.write(b"\n}}\n")
    except OSError as error:
        text = translate("exchange", "{path}: cannot write the export ({reason})")
        raise UnknotError(text.format(path=out, reason=error.strerror)) from error
    return total


def export_csv(journal: Journal, out_dir: Path) -> int:
    """Write one CSV per table (header row, UTF-8) into the new folder `out_dir`."""
    _refuse_existing(out_dir)
    total = 0
    try:
        staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}."))
    except OSError as error:
        text = translate("exchange", "{path}: cannot write the export ({reason})")
        raise UnknotError(text.format(path=out_dir, reason=error.strerror)) from error
    try:
        for spec in TABLES:
            target = staging / f"{spec.name}.csv"
            rows = 0
            with target.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(spec.column_names())
                for row in journal.table_rows(spec.name):
                    writer.writerow(csv_cell(value) for value in row.values())
                    rows += 1
                handle.flush()
                os.fsync(handle.fileno())
            _check_csv(target, rows)
            total += rows
            target.chmod(FILE_MODE)
        staging.chmod(FOLDER_MODE)
        if out_dir.exists():
            out_dir.rmdir()
        staging.rename(out_dir)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        text = translate("exchange", "{path}: cannot write the export ({reason})")
        raise UnknotError(text.format(path=out_dir, reason=error.strerror)) from error
    return total


def _check_csv(path: Path, rows: int) -> None:
    """Read a table's CSV back: a header and `rows` whole records, or IncompleteWrite."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            found = sum(1 for _ in csv.reader(handle, strict=True)) - 1
    except (ValueError, csv.Error) as error:
        text = translate("exchange", "{name} is not whole CSV ({reason})")
        raise IncompleteWrite(text.format(name=path.name, reason=error)) from error
    if found != rows:
        text = translate("exchange", "{name} has {found} of {rows} rows")
        raise IncompleteWrite(text.format(name=path.name, found=found, rows=rows))


# ----------------------------------------------------------------------------- import


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


# The smallest row an export holds ({"at_utc": "…", "ml": 1, "sample": 0}) is longer
# than this, so a file with more objects than its size over this is no export: a file
# of `{}` is refused after a sliver of it, before millions of dicts fill the memory.
_MIN_OBJECT_BYTES = 40


class _TooManyObjects(ValueError):
    """More JSON objects than an export of this size can hold."""


class _ObjectBudget:
    """json's object_pairs_hook: builds each object as json does, and stops the parse
    once there are more than an export of `size` characters can hold."""

    def __init__(self, size: int) -> None:
        self.left = size // _MIN_OBJECT_BYTES + 8

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        self.left -= 1
        if self.left < 0:
            raise _TooManyObjects
        return dict(pairs)


def read_document(path: Path, now: datetime) -> dict[str, list[dict[str, Any]]]:
    """Read and validate an export file; return its rows per table, ready to insert.
    A time outside sane_ms_range(now) (1970 to a century ahead) is refused."""
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)
    except NotRegularFile as error:
        raise ImportRefused(str(error)) from None
    except FileTooLarge as error:
        text = translate(
            "exchange", "{path}: {size} MB is larger than the {limit} MB an Unknot export can be"
        )
        raise ImportRefused(
            text.format(
                path=path,
                size=f"{error.size / 1_048_576:.0f}",
                limit=MAX_IMPORT_BYTES // 1_048_576,
            )
        ) from None
    except OSError as error:
        text = translate("exchange", "{path}: cannot read ({reason})")
        raise ImportRefused(text.format(path=path, reason=error.strerror)) from error
    try:
        text = raw.decode("utf-8")
        del raw  # the text alone from here: the peak stays near the file's size
        document = json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=_ObjectBudget(len(text))
        )
    except UnicodeDecodeError as error:
        text = translate("exchange", "{path}: byte {byte}: not UTF-8 text")
        raise ImportRefused(text.format(path=path, byte=error.start)) from error
    except json.JSONDecodeError as error:
        text = translate("exchange", "{path}:{line}:{column}: not valid JSON ({reason})")
        raise ImportRefused(
            text.format(path=path, line=error.lineno, column=error.colno, reason=error.msg)
        ) from error
    except RecursionError as error:
        text = translate("exchange", "{path}: not an Unknot export (nested too deeply)")
        raise ImportRefused(text.format(path=path)) from error
    except _TooManyObjects as error:
        text = translate(
            "exchange", "{path}: not an Unknot export (more objects than its size allows)"
        )
        raise ImportRefused(text.format(path=path)) from error
    except ValueError as error:
        text = translate("exchange", "{path}: not valid JSON ({reason})")
        raise ImportRefused(text.format(path=path, reason=error)) from error
    return _validate_document(path, document, sane_ms_range(now))


def _validate_document(
    path: Path, document: Any, times: tuple[int, int]
) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        text = translate(
            "exchange", '{path}: not an Unknot journal export (no "format": "{format}")'
        )
        raise ImportRefused(text.format(path=path, format=FORMAT_NAME))
    version = document.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        text = translate(
            "exchange",
            "{path}: unknown format version {version} (this Unknot reads version {ours})",
        )
        raise ImportRefused(
            text.format(path=path, version=json.dumps(version)[:40], ours=FORMAT_VERSION)
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        text = translate("exchange", "{path}: tables: missing or not an object")
        raise ImportRefused(text.format(path=path))
    unknown = sorted(set(tables) - set(TABLES_BY_NAME))
    if unknown:
        text = translate("exchange", "{path}: tables.{table}: not a journal table")
        raise ImportRefused(text.format(path=path, table=unknown[0][:40]))
    clean: dict[str, list[dict[str, Any]]] = {}
    for spec in TABLES:
        rows = tables.get(spec.name, [])
        if not isinstance(rows, list):
            text = translate("exchange", "{path}: tables.{table}: not a list")
            raise ImportRefused(text.format(path=path, table=spec.name))
        seen: set[tuple[Any, ...]] = set()
        clean[spec.name] = []
        for index, row in enumerate(rows):
            where = f"{path}: tables.{spec.name}[{index}]"
            try:
                clean_row = validate_row(where, spec, row, times)
            except InvalidValue as error:
                raise ImportRefused(str(error)) from None
            key = tuple(clean_row[name] for name in spec.key)
            if key in seen:
                text = translate("exchange", "{where}: the same {key} appears twice")
                raise ImportRefused(text.format(where=where, key="/".join(spec.key)))
            seen.add(key)
            clean[spec.name].append(clean_row)
    return clean


def check_references(
    path: Path, journal: Journal, tables: Mapping[str, list[dict[str, Any]]]
) -> None:
    """Every reference must name a row in the file or already in the journal."""
    known: dict[str, set[str]] = {}
    for spec in TABLES:
        for column in spec.columns:
            target = column.refers_to
            if target is None:
                continue
            if target not in known:
                key = REFERENCE_KEYS[target]
                known[target] = {row[key] for row in tables.get(target, [])}
                known[target] |= journal.existing_keys(target)
            for index, row in enumerate(tables.get(spec.name, [])):
                value = row[column.name]
                if value is not None and value not in known[target]:
                    text = translate(
                        "exchange",
                        "{path}: tables.{table}[{index}].{column}: refers to {target} {value},"
                        " which is neither in the file nor in the journal",
                    )
                    raise ImportRefused(
                        text.format(
                            path=path,
                            table=spec.name,
                            index=index,
                            column=column.name,
                            target=target[:-1],
                            value=value,
                        )
                    )


def import_file(journal: Journal, path: Path) -> ImportResult:
    """Validate `path` completely, then add its rows in one transaction."""
    tables = read_document(path, journal.clock.now())
    check_references(path, journal, tables)
    added = journal.insert_rows(tables)
    total = sum(len(rows) for rows in tables.values())
    return ImportResult(added=added, already_present=total - sum(added.values()))
