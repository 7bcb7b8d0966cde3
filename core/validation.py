"""Checking one row against the table spec: every value the journal stores passes here.

Used by import (a whole file, before anything is written) and by the journal's own
write methods, so the rules live in one place (core.records.TABLES) rather than in
CHECK constraints, which would slow the integrity check run on every open.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from core.errors import UnknotError
from core.i18n import translate
from core.records import (
    READABLE_FIRST_MS,
    READABLE_LAST_MS,
    Column,
    ColumnType,
    TableSpec,
    ms_to_text,
    text_to_ms,
)

_UTC_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")


class InvalidValue(UnknotError):
    """A value that may not go into the journal; the message says what and where."""


# Stored times: milliseconds since 1970 (UTC); None: any a calendar can show.
TimeRange = tuple[int, int] | None


def validate_row(where: str, spec: TableSpec, row: Any, times: TimeRange = None) -> dict[str, Any]:
    """The row with every value checked and normalised, or InvalidValue; a time outside
    `times` (an import passes core.records.sane_ms_range) is refused too."""
    if not isinstance(row, dict):
        raise InvalidValue(translate("validation", "{where}: not an object").format(where=where))
    extra = sorted(set(row) - set(spec.column_names()), key=str)
    if extra:
        raise InvalidValue(
            translate("validation", "{where}.{column}: not a column of this table").format(
                where=where,
                column=str(extra[0])[:40],
            )
        )
    return {c.name: validate_value(f"{where}.{c.name}", c, row, times) for c in spec.columns}


def _shown(value: Any) -> str:
    if isinstance(value, (str, int, float)):
        return json.dumps(value)[:40]
    return type(value).__name__


def validate_value(
    where: str, column: Column, row: Mapping[str, Any], times: TimeRange = None
) -> Any:
    """One value of `row`, checked against its column and normalised."""
    if column.name not in row:
        raise InvalidValue(translate("validation", "{where}: missing").format(where=where))
    value = row[column.name]
    if value is None:
        if column.nullable:
            return None
        raise InvalidValue(
            translate("validation", "{where}: must not be empty").format(where=where)
        )
    kind = column.type
    shown = _shown(value)
    if kind is ColumnType.REF and column.refers_to == "sessions":
        kind = ColumnType.UTC  # a session is known by the moment it started
    if kind in (ColumnType.ID, ColumnType.REF):
        if isinstance(value, str) and len(value) == 36:
            try:
                return str(uuid.UUID(value))
            except ValueError:
                pass
        raise InvalidValue(
            translate("validation", "{where}: {value} is not an id (a UUID)").format(
                where=where, value=shown
            )
        )
    if kind is ColumnType.UTC:
        if isinstance(value, str) and _UTC_PATTERN.match(value):
            try:
                ms = text_to_ms(value)
            except (ValueError, OverflowError):
                pass
            else:
                return _time_in_range(
                    where, ms, shown, times or (READABLE_FIRST_MS, READABLE_LAST_MS)
                )
        raise InvalidValue(
            translate(
                "validation", "{where}: {value} is not a UTC time like 2026-03-02T09:00:00.000Z"
            ).format(
                where=where,
                value=shown,
            )
        )
    if kind is ColumnType.DATE:
        if isinstance(value, str):
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise InvalidValue(
            translate("validation", "{where}: {value} is not a date like 2026-03-02").format(
                where=where, value=shown
            )
        )
    if kind is ColumnType.BOOL:
        if value in (0, 1) and not isinstance(value, float):
            return int(value)
        raise InvalidValue(
            translate("validation", "{where}: {value} must be 0 or 1").format(
                where=where, value=shown
            )
        )
    if kind is ColumnType.ENUM:
        if isinstance(value, str) and value in column.choices:
            return str(value)
        raise InvalidValue(
            translate("validation", "{where}: {value} is not one of {choices}").format(
                where=where,
                value=shown,
                choices=", ".join(column.choices),
            )
        )
    if kind is ColumnType.TEXT:
        if not isinstance(value, str):
            raise InvalidValue(
                translate("validation", "{where}: {value} is not text").format(
                    where=where, value=shown
                )
            )
        if len(value) > column.max_length:
            raise InvalidValue(
                translate("validation", "{where}: text longer than {limit} characters").format(
                    where=where,
                    limit=column.max_length,
                )
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            text = translate("validation", "{where}: character {index} is not valid text")
            raise InvalidValue(text.format(where=where, index=error.start + 1)) from None
        return value
    return _validate_number(where, column, value, shown)


def _time_in_range(where: str, ms: int, shown: str, times: tuple[int, int]) -> str:
    """`ms` as exchange text, or InvalidValue naming the range when it lies outside."""
    low, high = times
    if low <= ms <= high:
        return ms_to_text(ms)
    text = translate("validation", "{where}: {value} is not between {first} and {last}")
    raise InvalidValue(
        text.format(
            where=where,
            value=shown,
            first=ms_to_text(low)[:10],
            last=ms_to_text(high)[:10],
        )
    )


def _validate_number(where: str, column: Column, value: Any, shown: str) -> Any:
    if column.type is ColumnType.INT and (not isinstance(value, int) or isinstance(value, bool)):
        raise InvalidValue(
            translate("validation", "{where}: {value} is not a whole number").format(
                where=where, value=shown
            )
        )
    if column.type is ColumnType.REAL and (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or (isinstance(value, float) and not math.isfinite(value))  # a huge int has no float
    ):
        raise InvalidValue(
            translate("validation", "{where}: {value} is not a number").format(
                where=where, value=shown
            )
        )
    low = column.low if column.low is not None else -math.inf
    high = column.high if column.high is not None else math.inf
    if not low <= value <= high:
        raise InvalidValue(
            translate("validation", "{where}: {value} is outside {low}–{high}").format(
                where=where,
                value=shown,
                low=_number(low),
                high=_number(high),
            )
        )
    return value


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
