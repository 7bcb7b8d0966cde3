"""The self-care beside the knots on the Progress page: the last weeks side by side
(water goal met, posture check-ins, stretching and focused-care days, stress and hours
at the desk from the daily check-in, and the knots' mean tenderness), and a few plain
sentences on what they show (core/factors.py), which claim no cause."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.factors import WeekFactors
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.onset import day_text

WEEKS_SHOWN = 8
ROWS: tuple[str, ...] = (  # English here, translated where shown
    QT_TRANSLATE_NOOP("self_care_box", "Water goal met"),
    QT_TRANSLATE_NOOP("self_care_box", "Posture check-ins"),
    QT_TRANSLATE_NOOP("self_care_box", "Stretching"),
    QT_TRANSLATE_NOOP("self_care_box", "Focused care"),
    QT_TRANSLATE_NOOP("self_care_box", "Stress (0–10)"),
    QT_TRANSLATE_NOOP("self_care_box", "Hours at the desk"),
    QT_TRANSLATE_NOOP("self_care_box", "Mean tenderness"),
)


def _one(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".removesuffix(".0")


def week_cells(week: WeekFactors, tenderness: float | None) -> tuple[str, ...]:
    """One week's column, top to bottom as ROWS; a week before the journal began says
    "no data" (nothing could be logged then: it is not "0 of 7 days")."""
    if week.no_data:
        nothing = translate("self_care_box", "no data")
        return (nothing,) * 4 + (_one(None),) * 3

    def days(count: int) -> str:
        if count == 1:
            return translate("self_care_box", "1 day")
        return translate("self_care_box", "{count} days").format(count=count)

    return (
        translate("self_care_box", "{met}/{count} days").format(
            met=week.water_goal_days, count=week.days
        ),
        str(week.posture_checks),
        days(week.stretching_days),
        days(week.focused_days),
        _one(week.mean_stress),
        _one(week.mean_desk_hours),
        _one(tenderness),
    )


class SelfCareBox(QFrame):
    """The weeks' self-care in a grid, and what it shows in words."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(
            translate("self_care_box", "Self-care, the last {weeks} weeks").format(
                weeks=WEEKS_SHOWN
            )
        )
        font = QFont(self.heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.grid = QTableWidget(len(ROWS), 0)
        self.grid.setAccessibleName(translate("self_care_box", "Self-care week by week"))
        self.grid.setVerticalHeaderLabels([translate("self_care_box", row) for row in ROWS])
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)  # arrows move within it; Tab leaves it
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(64)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(translate("self_care_box", "What the self-care shows"))
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.grid)
        column.addWidget(self.words)

    def show_weeks(
        self,
        weeks: Sequence[WeekFactors],
        tenderness: Mapping[date, float],
        observations: Sequence[str],
    ) -> None:
        """Draw `weeks` (oldest first) and the sentences about them."""
        self.grid.setColumnCount(len(weeks))
        self.grid.setHorizontalHeaderLabels([day_text(w.week_start, year=False) for w in weeks])
        for column, week in enumerate(weeks):
            for row, text in enumerate(week_cells(week, tenderness.get(week.week_start))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(row, column, item)
        self.grid.setFixedHeight(
            self.grid.horizontalHeader().sizeHint().height()
            + sum(self.grid.rowHeight(row) for row in range(len(ROWS)))
            + 2 * self.grid.frameWidth()
        )
        self.words.setText(
            "\n".join(f"•  {line}" for line in observations)
            or translate(
                "self_care_box",
                "Nothing logged yet: water, posture answers and sessions will show here.",
            )
        )
