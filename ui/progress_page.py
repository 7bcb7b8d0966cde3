"""The Progress page: every knot most tender first, with its change over two and four
weeks and where it stands on its plan; below, the chosen knot's plan, what is due
today, and what its ratings suggest (with the numbers, and the safety text a click
away). The numbers come from core.progress; this page only draws them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.clock import Clock
from core.journal import Journal
from core.plan import Suggestion
from core.progress import KnotProgress, all_knots
from ui.pages import Page

COLUMNS = ("Knot", "Now", "2 weeks", "4 weeks", "Trend", "Plan")
TABLE_STYLE = """
QHeaderView::section { padding: 4px 10px; }
QTableWidget::item { padding: 0 10px; }
"""


def signed(change: int | None) -> str:
    """−2, +1, 0, or — when there is nothing to compare with."""
    if change is None:
        return "—"
    return f"+{change}" if change > 0 else f"−{-change}" if change < 0 else "0"


class ProgressPage(Page):
    """All knots, and the chosen knot's plan."""

    safety_requested = Signal()
    treatment_requested = Signal()

    def __init__(self, journal: Journal, clock: Clock) -> None:
        super().__init__("Progress", "Is each knot getting better? Tenderness week by week.")
        self._journal = journal
        self._clock = clock
        self.rows: list[KnotProgress] = []
        self.empty_label = QLabel("No knots yet. Mark one on the Body map to follow it here.")
        self.empty_label.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Knots, most tender first")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet(TABLE_STYLE)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_knot(row))

        self.detail = QFrame()
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.knot_title = QLabel()
        font = QFont(self.knot_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.knot_title.setFont(font)
        self.standing = QLabel()
        self.due = QLabel()
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.safety_button = QPushButton("When to see a professional…")
        self.safety_button.clicked.connect(self.safety_requested)
        self.treatment_button = QPushButton("Log a massage or treatment…")
        self.treatment_button.clicked.connect(self.treatment_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.treatment_button)
        buttons.addWidget(self.safety_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self.detail)
        column.setContentsMargins(16, 12, 16, 12)
        for label in (self.knot_title, self.standing, self.due, self.suggestion):
            column.addWidget(label)
        column.addLayout(buttons)
        self.content.addWidget(self.empty_label)
        self.content.addWidget(self.table)
        self.content.addWidget(self.detail)

    def refresh(self) -> None:
        """Redraw every row from the journal, keeping the chosen knot."""
        chosen = self.chosen()
        self.rows = all_knots(self._journal, self._clock.now())
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (
                row.knot.label,
                "—" if row.now is None else f"{row.now}/10",
                signed(row.change_2w),
                signed(row.change_4w),
                row.trend.value,
                row.plan.standing,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(len(self.rows)))
            + 2 * self.table.frameWidth()
        )
        has_rows = bool(self.rows)
        self.empty_label.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.detail.setVisible(has_rows)
        ids = [row.knot.id for row in self.rows]
        self.table.setCurrentCell(ids.index(chosen) if chosen in ids else 0, 0)
        self._show_knot(self.table.currentRow())

    def chosen(self) -> str | None:
        """The id of the knot whose plan is shown."""
        row = self.table.currentRow()
        return self.rows[row].knot.id if 0 <= row < len(self.rows) else None

    def _show_knot(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        plan = row.plan
        self.knot_title.setText(row.knot.label)
        self.standing.setText(f"{plan.course.value.capitalize()} knot: {plan.standing}.")
        self.due.setText(
            "A focused session is due today." if plan.due_today else "No session due today."
        )
        words = plan.suggestion.headline
        if plan.reason:
            words += f": {plan.reason}."
        self.suggestion.setText(words)
        worrying = plan.suggestion in (Suggestion.RISING, Suggestion.NOT_IMPROVING)
        self.safety_button.setDefault(worrying)
        self.detail.setAccessibleName(
            f"{row.knot.label}. {self.standing.text()} {self.due.text()} {words}"
        )
