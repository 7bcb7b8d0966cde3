"""Cells of the CSV files Unknot writes (the journal's tables, the Progress page's
tables), safe to open in a spreadsheet program.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some programs,
a tab or a carriage return) as a formula, so a knot named "=HYPERLINK(…)" could run
something on the therapist's computer. As OWASP's "CSV Injection" page advises, such a
text cell is written with a leading apostrophe, which spreadsheets show as text.

Only text is changed: numbers (a change of -1.5) stay numbers. The change can be undone
exactly (`restore`): a text that already starts with apostrophes before one of those
characters gets one more, so every text comes back as it was.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_QUOTED = re.compile(r"'+[=+\-@\t\r]")

Cell = str | int | float | None


def neutralise(text: str) -> str:
    """`text` as a spreadsheet shows it and never runs it."""
    return "'" + text if _NEEDS_QUOTE.match(text) else text


def restore(text: str) -> str:
    """The text `neutralise` was given (the exact inverse)."""
    return text[1:] if _QUOTED.match(text) else text


def csv_cell(value: Cell) -> str | int | float:
    """A value as a CSV cell: empty for None, numbers as they are, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    return value
