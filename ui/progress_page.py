"""The Progress page: every knot most tender first, with its change over two and four
weeks and where it stands on its plan; the self-care around it; and the chosen knot's
plan, suggestion and charts (ui/knot_detail.py). The numbers come from core.progress
and core.knot_history; this page only draws them and hands files to core to write.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from core.clock import Clock
from core.errors import UnknotError
from core.factors import factors, observations, weekly_tenderness
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.knot_history import KnotHistory, knot_history
from core.progress import KnotProgress, all_knots
from core.progress_csv import (
    HISTORY_COLUMNS,
    KNOT_COLUMNS,
    Cell,
    history_file_name,
    history_table,
    knots_table,
    write_csv,
)
from core.settings import SettingsStore
from core.trends import Trend
from ui.knot_detail import KnotDetail
from ui.pages import Page
from ui.self_care_box import WEEKS_SHOWN, SelfCareBox

COLUMNS = (  # English here, translated where shown
    QT_TRANSLATE_NOOP("progress_page", "Knot"),
    QT_TRANSLATE_NOOP("progress_page", "Now"),
    QT_TRANSLATE_NOOP("progress_page", "2 weeks"),
    QT_TRANSLATE_NOOP("progress_page", "4 weeks"),
    QT_TRANSLATE_NOOP("progress_page", "Trend"),
    QT_TRANSLATE_NOOP("progress_page", "Plan"),
)
# A trend in the table (the CSV keeps the English value).
TRENDS = {
    Trend.RISING: QT_TRANSLATE_NOOP("progress_page", "rising"),
    Trend.EASING: QT_TRANSLATE_NOOP("progress_page", "easing"),
    Trend.STEADY: QT_TRANSLATE_NOOP("progress_page", "steady"),
    Trend.UNKNOWN: QT_TRANSLATE_NOOP("progress_page", "unknown"),
}
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
    """All knots, the self-care around them, and the chosen knot's plan and charts."""

    safety_requested = Signal()
    treatment_requested = Signal()
    report_requested = Signal()

    def __init__(self, journal: Journal, clock: Clock, settings: SettingsStore) -> None:
        super().__init__(
            translate("progress_page", "Progress"),
            translate("progress_page", "Is each knot getting better? Tenderness week by week."),
            fill=True,
        )
        self._journal = journal
        self._clock = clock
        self._settings = settings
        self.rows: list[KnotProgress] = []
        self.history: KnotHistory | None = None
        self.save_dialog = QFileDialog.getSaveFileName  # replaced in tests
        column = self.scrolled_column()

        self.report_button = QPushButton(
            translate("progress_page", "Report for your therapist (PDF)…")
        )
        self.report_button.clicked.connect(self.report_requested)
        self.treatment_button = QPushButton(
            translate("progress_page", "Log a massage or treatment…")
        )
        self.treatment_button.clicked.connect(self.treatment_requested)
        self.export_button = QPushButton(translate("progress_page", "Export the table as CSV…"))
        self.export_button.clicked.connect(self.export_table)
        actions = QHBoxLayout()
        for button in (self.treatment_button, self.report_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)

        self.empty_label = QLabel(
            translate("progress_page", "No knots yet. Mark one on the Body map to follow it here.")
        )
        self.empty_label.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("progress_page", "Knots, most tender first"))
        self.table.setHorizontalHeaderLabels([translate("progress_page", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # arrows move within it; Tab leaves it
        self.table.setStyleSheet(TABLE_STYLE)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_knot(row))

        self.detail = KnotDetail()
        self.detail.safety_requested.connect(self.safety_requested)
        self.detail.treatment_requested.connect(self.treatment_requested)
        self.detail.span_changed.connect(lambda: self._show_knot(self.table.currentRow()))
        self.detail.export_requested.connect(self.export_knot)
        column.addWidget(self.empty_label)
        column.addWidget(self.table)
        self.self_care = SelfCareBox()
        column.addWidget(self.detail)  # the chosen knot right under its row's table
        column.addWidget(self.self_care)
        column.addStretch(1)

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
                translate("progress_page", TRENDS[row.trend]),
                row.plan.standing,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 1 and row.after_hold is not None:
                    item.setToolTip(
                        translate("progress_page", "After the last hold: {value}").format(
                            value=row.after_hold
                        )
                    )
                self.table.setItem(index, column, item)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(len(self.rows)))
            + 2 * self.table.frameWidth()
        )
        has_rows = bool(self.rows)
        self.empty_label.setVisible(not has_rows)
        for widget in (self.table, self.detail, self.export_button, self.self_care):
            widget.setVisible(has_rows)
        self._show_self_care()
        ids = [row.knot.id for row in self.rows]
        self.table.setCurrentCell(ids.index(chosen) if chosen in ids else 0, 0)
        self._show_knot(self.table.currentRow())

    def _show_self_care(self) -> None:
        zone = self._clock.zone()
        today = self._clock.now().astimezone(zone).date()
        goal = self._settings.settings.water_goal_ml
        weeks = factors(self._journal, today, zone, WEEKS_SHOWN, goal)
        tenderness = weekly_tenderness(self._journal, today, zone, WEEKS_SHOWN)
        self.self_care.show_weeks(weeks, tenderness, observations(weeks, tenderness))

    def chosen(self) -> str | None:
        """The id of the knot whose plan is shown."""
        row = self.table.currentRow()
        return self.rows[row].knot.id if 0 <= row < len(self.rows) else None

    def _show_knot(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        zone = self._clock.zone()
        today = self._clock.now().astimezone(zone).date()
        self.detail.show_plan(row, zone)
        self.history = knot_history(self._journal, row.knot, today, zone, self.detail.weeks())
        self.detail.show_history(self.history)

    # ------------------------------------------------------------------ CSV

    def export_table(self) -> None:
        """Save the all-knots table as CSV where the user says."""
        name = f"unknot-knots-{self._clock.now().date().isoformat()}.csv"
        self._save_csv(name, KNOT_COLUMNS, knots_table(self.rows))

    def export_knot(self) -> None:
        """Save the chosen knot's weeks (or months) over the charts' span as CSV."""
        if self.history is not None:
            history = self.history
            self._save_csv(history_file_name(history), HISTORY_COLUMNS, history_table(history))

    def _save_csv(self, name: str, columns: tuple[str, ...], table: list[list[Cell]]) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / name)
        title = translate("progress_page", "Export as CSV")
        files = translate("progress_page", "CSV files (*.csv)")
        path, _ = self.save_dialog(self, title, start, files)
        if not path:
            return
        try:
            write_csv(Path(path), columns, table)
        except UnknotError as error:
            QMessageBox.warning(self, title, str(error))
