"""One of a thing is said in the singular (issue 17: "1 knot", not "1 knots"): the
per-knot charts with one rated day and one session rated before and after."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.knot_history import CarePoint, DayPoint, KnotHistory, Period, SessionDrop, WeekMean
from tests.core.journal_helpers import make_knot
from ui.knot_charts import KnotCharts


def test_one_day_and_one_session_are_singular(qtbot: QtBot, clock: FakeClock) -> None:
    day = date(2026, 3, 2)
    history = KnotHistory(
        make_knot(clock),
        day,
        day,
        [DayPoint(day, 7.0)],
        [WeekMean(day, 7.0)],
        [CarePoint(day, 1, 1.5)],
        Period.WEEK,
        [SessionDrop(day, 7, 4)],
        [day],
    )
    charts = KnotCharts()
    qtbot.addWidget(charts)
    charts.show_history(history)
    assert charts.tenderness.accessibleDescription() == "Tenderness 7 on 2 Mar, 1 day rated."
    chart = charts.drops.chart()
    assert chart is not None and chart.title() == "Before → after, the last session"
