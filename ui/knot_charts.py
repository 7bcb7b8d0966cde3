"""The per-knot charts on the Progress page, drawn with QtCharts from a KnotHistory
(core/knot_history.py): tenderness day by day with the weekly mean as a trend line;
focused sessions and minutes of hold per week (per month over long spans); and each
session's rating before and after its holds.

QtCharts is a large module, so only the Progress page imports this, and only when it is
first shown (ui/progress_page.py). Each chart view carries a sentence saying what it
shows, for screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from core.i18n import translate
from core.knot_history import KnotHistory, Period
from ui.body_drawing import is_dark
from ui.chart_colours import AFTER, BEFORE, HOLD, POINT, SESSIONS, TREND
from ui.local_dates import local_date

MAX_DROPS = 12  # sessions shown in the before → after chart, the newest
MAX_LABELS = 8  # labels under the care chart's bars
AXIS_TICKS = 4  # steps on the care chart's two value axes, so their grids agree


BOTTOM = Qt.AlignmentFlag.AlignBottom
LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
Series = QBarSeries | QLineSeries | QScatterSeries


def tenderness_axis() -> QValueAxis:
    """0 to 10 in steps of 2."""
    axis = QValueAxis()
    axis.setRange(0, 10)
    axis.setTickCount(6)
    axis.setLabelFormat("%d")
    return axis


def local_moment(day: date, hour: int) -> QDateTime:
    """`hour` o'clock on `day`, local time, as Qt's date axis wants it."""
    return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, 0))


def ms_of(day: date) -> float:
    """A day's position on the date axis: its local noon (clear of DST edges)."""
    return float(local_moment(day, 12).toMSecsSinceEpoch())


def day_format(month: bool = False) -> str:
    """The Qt date format of the charts' dates: "d MMM" (3 Feb), or "MMM yyyy" (Feb
    2026) for a month; translated, as languages order them differently."""
    return translate("knot_charts", "MMM yyyy") if month else translate("knot_charts", "d MMM")


def short_date(day: date, month: bool = False) -> str:
    """3 Feb, or Feb 2026 for a month, as the charts label them (month names in the
    app's language)."""
    return local_date(day, day_format(month))


def drops_words(count: int, mean: float) -> str:
    """What the before → after chart shows, for `count` sessions and a `mean` drop."""
    if mean >= 0 and count == 1:
        words = translate(
            "knot_charts",
            "1 session rated before and after; on average {points} points less tender"
            " just after the hold.",
        )
    elif mean >= 0:
        words = translate(
            "knot_charts",
            "{count} sessions rated before and after; on average {points} points less tender"
            " just after the hold.",
        )
    elif count == 1:
        words = translate(
            "knot_charts",
            "1 session rated before and after; on average {points} points more tender"
            " just after the hold.",
        )
    else:
        words = translate(
            "knot_charts",
            "{count} sessions rated before and after; on average {points} points more tender"
            " just after the hold.",
        )
    return words.format(count=count, points=f"{abs(mean):.1f}")


class ChartPanel(QChartView):
    """A chart view themed from the palette, with room to read it at any scale."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The view is the one stop for the keyboard and carries the name; its viewport
        # would be a second, nameless one.
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._title = title
        self.setAccessibleName(title)

    def new_chart(self) -> QChart:
        """A fresh, empty chart in this view, coloured for the current palette."""
        chart = QChart()
        palette = self.palette()
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark
            if is_dark(palette)
            else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setTitle(self._title)
        chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
        chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def add_axes(self, *placed: tuple[QAbstractAxis, Qt.AlignmentFlag, Sequence[Series]]) -> None:
        """Put each axis on the chart's side, in the palette's text colour, and attach
        its series to it."""
        chart = self.chart()
        text = self.palette().color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        for axis, where, series in placed:
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            chart.addAxis(axis, where)
            for one in series:
                one.attachAxis(axis)


class KnotCharts(QWidget):
    """Tenderness, care and before → after charts for one knot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tenderness = ChartPanel(translate("knot_charts", "Tenderness (0–10)"))
        self.tenderness.setMinimumHeight(260)
        self.care = ChartPanel(translate("knot_charts", "Focused care"))
        self.drops = ChartPanel(translate("knot_charts", "Before → after, each session"))
        lower = QHBoxLayout()
        lower.setSpacing(12)
        lower.addWidget(self.care, 3)
        lower.addWidget(self.drops, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.tenderness)
        column.addLayout(lower)
        self.drops_summary = ""

    def show_history(self, history: KnotHistory) -> None:
        """Redraw all three charts for `history`."""
        self._draw_tenderness(history)
        self._draw_care(history)
        self._draw_drops(history)

    def _draw_tenderness(self, history: KnotHistory) -> None:
        chart = self.tenderness.new_chart()
        daily = QScatterSeries()
        daily.setName(translate("knot_charts", "Each day"))
        daily.setMarkerSize(7.0)
        daily.setColor(POINT)
        daily.setBorderColor(POINT)
        for point in history.days:
            daily.append(ms_of(point.day), point.tenderness)
        weekly = QLineSeries()
        weekly.setName(translate("knot_charts", "Weekly mean"))
        weekly.setPen(QPen(TREND, 2.5))
        for week in history.weeks:
            weekly.append(ms_of(week.week_start + timedelta(days=3)), week.tenderness)
        chart.addSeries(weekly)
        chart.addSeries(daily)
        span = (history.last_day - history.first_day).days
        x_axis = QDateTimeAxis()
        x_axis.setFormat(day_format(month=span > 200))
        x_axis.setTickCount(min(8, max(2, span // 7 + 2)))
        x_axis.setRange(
            local_moment(history.first_day, 0),
            local_moment(history.last_day + timedelta(days=1), 0),
        )
        self.tenderness.add_axes(
            (x_axis, BOTTOM, (daily, weekly)), (tenderness_axis(), LEFT, (daily, weekly))
        )
        if history.days:
            first, last = history.days[0], history.days[-1]
            if len(history.days) == 1:
                template = translate(
                    "knot_charts", "Tenderness {first} on {first_day}, 1 day rated."
                )
            else:
                template = translate(
                    "knot_charts",
                    "Tenderness from {first} on {first_day} to {last} on {last_day},"
                    " {count} days rated.",
                )
            words = template.format(
                first=f"{first.tenderness:g}",
                first_day=short_date(first.day),
                last=f"{last.tenderness:g}",
                last_day=short_date(last.day),
                count=len(history.days),
            )
        else:
            words = translate("knot_charts", "No resting ratings in this span.")
        self.tenderness.setAccessibleDescription(words)

    def _draw_care(self, history: KnotHistory) -> None:
        chart = self.care.new_chart()
        monthly = history.period is Period.MONTH
        chart.setTitle(
            translate("knot_charts", "Focused care per month")
            if monthly
            else translate("knot_charts", "Focused care per week")
        )
        sessions = QBarSet(translate("knot_charts", "Sessions"))
        sessions.setColor(SESSIONS)
        hold = QLineSeries()
        hold.setName(translate("knot_charts", "Minutes of hold"))
        hold.setPen(QPen(HOLD, 2.5))
        hold.setPointsVisible(True)
        for index, point in enumerate(history.care):
            sessions.append(point.sessions)
            hold.append(index, point.hold_minutes)
        bars = QBarSeries()
        bars.append(sessions)
        bars.setBarWidth(0.7)
        chart.addSeries(bars)
        chart.addSeries(hold)
        count = len(history.care)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, -(-count // MAX_LABELS))
        for index in range(0, count, step):
            x_axis.append(short_date(history.care[index].start, monthly), index)
        x_axis.setRange(-0.5, count - 0.5)
        x_axis.setGridLineVisible(False)
        left = QValueAxis()
        most = max((p.sessions for p in history.care), default=0)
        left.setRange(0, AXIS_TICKS * max(1, math.ceil(most / AXIS_TICKS)))
        left.setTickCount(AXIS_TICKS + 1)
        left.setLabelFormat("%d")
        left.setTitleText(translate("knot_charts", "sessions"))
        right = QValueAxis()
        longest = max((p.hold_minutes for p in history.care), default=0)
        right.setRange(0, AXIS_TICKS * max(1, math.ceil(longest * 1.05 / AXIS_TICKS)))
        right.setTickCount(AXIS_TICKS + 1)
        right.setLabelFormat("%d")
        right.setTitleText(translate("knot_charts", "minutes"))
        text = self.care.palette().color(QPalette.ColorRole.Text)
        for axis in (left, right):
            axis.setTitleBrush(text)
        self.care.add_axes(
            (x_axis, BOTTOM, (bars, hold)), (left, LEFT, (bars,)), (right, RIGHT, (hold,))
        )
        right.setGridLineVisible(False)
        total = sum(p.sessions for p in history.care)
        minutes = sum(p.hold_minutes for p in history.care)
        if total == 1:
            care = translate(
                "knot_charts",
                "1 focused session and {minutes} minutes of hold from {start} to {end}.",
            )
        else:
            care = translate(
                "knot_charts",
                "{count} focused sessions and {minutes} minutes of hold from {start} to {end}.",
            )
        self.care.setAccessibleDescription(
            care.format(
                count=total,
                minutes=f"{minutes:.0f}",
                start=short_date(history.first_day),
                end=short_date(history.last_day),
            )
        )

    def _draw_drops(self, history: KnotHistory) -> None:
        chart = self.drops.new_chart()
        shown = history.drops[-MAX_DROPS:]
        before = QBarSet(translate("knot_charts", "Before"))
        before.setColor(BEFORE)
        after = QBarSet(translate("knot_charts", "After"))
        after.setColor(AFTER)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, -(-len(shown) // 4))
        for index, drop in enumerate(shown):
            before.append(drop.before)
            after.append(drop.after)
            if index % step == 0:
                x_axis.append(short_date(drop.day), index)
        bars = QBarSeries()
        bars.append([before, after])
        chart.addSeries(bars)
        x_axis.setRange(-0.5, max(1, len(shown)) - 0.5)
        x_axis.setGridLineVisible(False)
        self.drops.add_axes((x_axis, BOTTOM, (bars,)), (tenderness_axis(), LEFT, (bars,)))
        mean = history.mean_drop
        if mean is None:
            words = translate(
                "knot_charts", "No session rated this knot before and after a hold in this span."
            )
        else:
            words = drops_words(len(history.drops), mean)
        if shown:
            chart.setTitle(
                translate("knot_charts", "Before → after, the last session")
                if len(shown) == 1
                else translate("knot_charts", "Before → after, the last {count} sessions").format(
                    count=len(shown)
                )
            )
        self.drops.setAccessibleDescription(words)
        self.drops_summary = words
