"""What the Progress page shows, as CSV a spreadsheet opens: the all-knots table, and
one knot's weeks (or months) over the span its charts show.

Numbers are written plainly (no "/10", no signs as words) and empty cells mean "no
data"; text that a spreadsheet would run as a formula is neutralised (core.csv_cells).
Files are written whole or not at all (core.files.atomic_write).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from core.csv_cells import Cell as Cell  # the Progress page names it from here
from core.csv_cells import csv_cell
from core.errors import UnknotError
from core.files import atomic_write
from core.knot_history import KnotHistory, Period, monday, month_start
from core.plan import started_on
from core.progress import KnotProgress

KNOT_COLUMNS = (
    "knot",
    "muscle",
    "side",
    "status",
    "activity",
    "depth",
    "started",
    "tenderness_now",
    "change_2_weeks",
    "change_4_weeks",
    "trend_2_weeks",
    "course",
    "plan",
    "focused_sessions",
    "session_due_today",
    "suggestion",
    "reason",
)
HISTORY_COLUMNS = (
    "period_start",
    "mean_tenderness",
    "days_rated",
    "focused_sessions",
    "hold_minutes",
    "sessions_rated_before_and_after",
    "mean_drop_after_hold",
)


def knots_table(rows: Sequence[KnotProgress]) -> list[list[Cell]]:
    """The all-knots view, a row per knot in the order shown."""
    return [
        [
            row.knot.label,
            row.knot.muscle,
            row.knot.side.value,
            row.knot.status.value,
            row.knot.activity.value,
            row.knot.depth.value,
            started_on(row.knot).isoformat(),
            row.now,
            row.change_2w,
            row.change_4w,
            row.trend.value,
            row.plan.course.value,
            row.plan.standing,
            row.plan.sessions,
            "yes" if row.plan.due_today else "no",
            row.plan.suggestion.value,
            row.plan.reason,
        ]
        for row in rows
    ]


def history_table(history: KnotHistory) -> list[list[Cell]]:
    """One knot's span, a row per week (per month over long spans, as the chart)."""
    start_of = monday if history.period is Period.WEEK else month_start
    days: dict[date, list[float]] = defaultdict(list)
    for point in history.days:
        days[start_of(point.day)].append(point.tenderness)
    drops: dict[date, list[int]] = defaultdict(list)
    for drop in history.drops:
        drops[start_of(drop.day)].append(drop.drop)
    table: list[list[Cell]] = []
    for care in history.care:
        values, changes = days[care.start], drops[care.start]
        table.append(
            [
                care.start.isoformat(),
                round(sum(values) / len(values), 2) if values else None,
                len(values),
                care.sessions,
                round(care.hold_minutes, 1),
                len(changes),
                round(sum(changes) / len(changes), 2) if changes else None,
            ]
        )
    return table


def csv_text(columns: Sequence[str], table: Sequence[Sequence[Cell]]) -> str:
    """The header and rows as CSV text (empty cells for missing values)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # Python's csv quotes a field with a line end only when it is in `lineterminator`:
    # a row with a carriage return in its text quotes all its text, or the CR splits it.
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(columns)
    for row in table:
        cells = [csv_cell(cell) for cell in row]
        has_cr = any(isinstance(cell, str) and "\r" in cell for cell in cells)
        (quoted if has_cr else writer).writerow(cells)
    return buffer.getvalue()


def write_csv(path: Path, columns: Sequence[str], table: Sequence[Sequence[Cell]]) -> None:
    """Write the table to `path` (UTF-8 with a byte-order mark, which spreadsheet
    programs need to read accents right), replacing a file the user chose to replace."""
    if not path.parent.is_dir():
        raise UnknotError(f"{path.parent}: no such folder (nothing was written)")
    try:
        with atomic_write(path) as handle:
            handle.write(csv_text(columns, table).encode("utf-8-sig"))
    except OSError as error:
        raise UnknotError(f"{path}: cannot write the CSV file ({error.strerror})") from error


def history_file_name(history: KnotHistory) -> str:
    """A file name for a knot's CSV: the label and the span's last day."""
    label = "".join(ch if ch.isalnum() else "-" for ch in history.knot.label.lower())
    return f"unknot-{label.strip('-')}-{history.last_day.isoformat()}.csv"
