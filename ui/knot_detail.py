"""The chosen knot on the Progress page: where it lies (a thumbnail of the body map),
where it stands on its plan, what is due, what its ratings suggest, and its charts over
a span the user picks. The numbers come from core.progress and core.knot_history.

The charts (ui/knot_charts.py, QtCharts) are built the first time a knot is shown, so
QtCharts is loaded only when Progress is first opened.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.knot_history import KnotHistory
from core.onset import day_text
from core.plan import Course, Suggestion
from core.progress import KnotProgress
from ui.body_drawing import BodyThumbnail

if TYPE_CHECKING:
    from ui.knot_charts import KnotCharts

SPANS: tuple[tuple[str, int | None], ...] = (  # names translated where shown
    (QT_TRANSLATE_NOOP("knot_detail", "Last 4 weeks"), 4),
    (QT_TRANSLATE_NOOP("knot_detail", "Last 12 weeks"), 12),
    (QT_TRANSLATE_NOOP("knot_detail", "Last 6 months"), 26),
    (QT_TRANSLATE_NOOP("knot_detail", "Last year"), 52),
    (QT_TRANSLATE_NOOP("knot_detail", "Since it was marked"), None),
)
DEFAULT_SPAN = 1  # 12 weeks: a chronic knot's first phase and then some
COURSES = {  # where the knot stands on its plan follows
    Course.ACUTE: QT_TRANSLATE_NOOP("knot_detail", "Acute knot: {standing}."),
    Course.CHRONIC: QT_TRANSLATE_NOOP("knot_detail", "Chronic knot: {standing}."),
}


class KnotDetail(QFrame):
    """One knot's plan, suggestion and charts."""

    safety_requested = Signal()
    treatment_requested = Signal()
    span_changed = Signal()
    export_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail = BodyThumbnail()
        self.knot_title = QLabel()
        font = QFont(self.knot_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.knot_title.setFont(font)
        self.facts = QLabel()
        self.standing = QLabel()
        self.standing.setWordWrap(True)
        self.due = QLabel()
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.safety_button = QPushButton(translate("knot_detail", "When to see a professional…"))
        self.safety_button.clicked.connect(self.safety_requested)
        self.treatment_button = QPushButton(translate("knot_detail", "Log a massage or treatment…"))
        self.treatment_button.clicked.connect(self.treatment_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.treatment_button)
        buttons.addWidget(self.safety_button)
        buttons.addStretch(1)
        words = QVBoxLayout()
        words.setSpacing(6)
        for label in (self.knot_title, self.facts, self.standing, self.due, self.suggestion):
            words.addWidget(label)
        words.addLayout(buttons)
        words.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)

        self.span = QComboBox()
        self.span.addItems([translate("knot_detail", name) for name, _ in SPANS])
        self.span.setCurrentIndex(DEFAULT_SPAN)
        self.span.setAccessibleName(translate("knot_detail", "Span of the charts"))
        self.span.currentIndexChanged.connect(lambda _: self.span_changed.emit())
        span_label = QLabel(translate("knot_detail", "&Show:"))
        span_label.setBuddy(self.span)
        self.export_button = QPushButton(translate("knot_detail", "Export this knot as CSV…"))
        self.export_button.clicked.connect(self.export_requested)
        span_row = QHBoxLayout()
        span_row.addWidget(span_label)
        span_row.addWidget(self.span)
        span_row.addStretch(1)
        span_row.addWidget(self.export_button)
        self.drops_summary = QLabel()
        self.drops_summary.setWordWrap(True)

        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(16, 12, 16, 12)
        self._column.setSpacing(10)
        self._column.addLayout(top)
        self._column.addLayout(span_row)
        self.charts: KnotCharts | None = None
        self._column.addWidget(self.drops_summary)

    def weeks(self) -> int | None:
        """The chosen span in weeks (None: the knot's whole life)."""
        return SPANS[self.span.currentIndex()][1]

    def show_plan(self, row: KnotProgress, zone: tzinfo) -> None:
        """The knot's title, facts, plan and suggestion (dates in `zone`)."""
        knot, plan = row.knot, row.plan
        self.thumbnail.show_knot(knot, row.now)
        self.knot_title.setText(knot.label)
        since = (
            translate("knot_detail", "since {day}").format(day=day_text(knot.onset))
            if knot.onset
            else translate("knot_detail", "marked on {day}").format(
                day=day_text(knot.created.astimezone(zone).date())
            )
        )
        facts = translate("knot_detail", "{activity}, {depth}, {since}.").format(
            activity=knot.activity.label, depth=knot.depth.label, since=since
        )
        facts = facts[:1].upper() + facts[1:]
        if row.after_hold is not None:  # the hold's effect, beside the tenderness now
            after = translate("knot_detail", "After the last hold: {value}.")
            facts = f"{facts} {after.format(value=row.after_hold)}"
        self.facts.setText(facts)
        self.standing.setText(
            translate("knot_detail", COURSES[plan.course]).format(standing=plan.standing)
        )
        self.due.setText(
            translate("knot_detail", "A focused session is due today.")
            if plan.due_today
            else translate("knot_detail", "No session due today.")
        )
        words = plan.suggestion.headline
        if plan.reason:
            words = translate("knot_detail", "{suggestion}: {reason}.").format(
                suggestion=words, reason=plan.reason
            )
        self.suggestion.setText(words)
        worrying = plan.suggestion in (Suggestion.RISING, Suggestion.NOT_IMPROVING)
        self.safety_button.setDefault(worrying)
        self.setAccessibleName(
            translate("knot_detail", "{knot}. {standing} {due} {suggestion}").format(
                knot=knot.label,
                standing=self.standing.text(),
                due=self.due.text(),
                suggestion=words,
            )
        )

    def show_history(self, history: KnotHistory) -> None:
        """The knot's charts over the chosen span (building them on first use)."""
        if self.charts is None:
            from ui.knot_charts import KnotCharts

            self.charts = KnotCharts()
            self._column.insertWidget(self._column.count() - 1, self.charts)
            previous: QWidget = self.export_button  # Tab reaches them in reading order
            for view in (self.charts.tenderness, self.charts.care, self.charts.drops):
                QWidget.setTabOrder(previous, view)
                previous = view
        self.charts.show_history(history)
        self.drops_summary.setText(self.charts.drops_summary)
