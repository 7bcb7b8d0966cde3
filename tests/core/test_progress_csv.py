"""The Progress page as CSV: the all-knots table and one knot's weeks, written whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.errors import UnknotError
from core.knot_history import CarePoint, DayPoint, KnotHistory, Period, SessionDrop, WeekMean
from core.progress_csv import HISTORY_COLUMNS, csv_text, history_file_name, history_table, write_csv
from tests.core.journal_helpers import make_knot


def test_a_knots_weeks_hold_its_days_care_and_drops(clock: FakeClock) -> None:
    knot = make_knot(clock, "Right upper trapezius")
    history = KnotHistory(
        knot,
        date(2026, 2, 23),
        date(2026, 3, 2),
        [DayPoint(date(2026, 2, 24), 6.0), DayPoint(date(2026, 2, 26), 5.0)],
        [WeekMean(date(2026, 2, 23), 5.5)],
        [CarePoint(date(2026, 2, 23), 1, 2.0), CarePoint(date(2026, 3, 2), 0, 0.0)],
        Period.WEEK,
        [SessionDrop(date(2026, 2, 26), 6, 3)],
        [date(2026, 2, 26)],
    )
    assert history_table(history) == [
        ["2026-02-23", 5.5, 2, 1, 2.0, 1, 3.0],
        ["2026-03-02", None, 0, 0, 0.0, 0, None],
    ]
    text = csv_text(HISTORY_COLUMNS, history_table(history))
    assert text.splitlines()[2] == "2026-03-02,,0,0,0.0,0,"
    assert history_file_name(history) == "unknot-right-upper-trapezius-2026-03-02.csv"


def test_a_csv_is_written_whole_with_a_byte_order_mark(tmp_path: Path) -> None:
    out = tmp_path / "knots.csv"
    out.write_text("an older export")
    write_csv(out, ("knot", "note"), [["Left rhomboids", "tender, after calls"]])
    assert out.read_bytes() == '\ufeffknot,note\nLeft rhomboids,"tender, after calls"\n'.encode()
    with pytest.raises(UnknotError, match="no such folder"):
        write_csv(tmp_path / "gone" / "x.csv", ("a",), [])
