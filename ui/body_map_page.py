"""The Body map page: front/back switch, zoom and "show resolved" above; the map with
its colour key and a status line on the left; the knot panel on the right."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from core.body import catalogue
from core.clock import Clock
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.knot_map import KnotMap
from core.records import MAX_TENDERNESS, View
from ui.body_canvas import WHEEL_STEP, BodyCanvas
from ui.knot_marker import TENDERNESS_COLOURS, ink_on
from ui.knot_panel import KnotPanel
from ui.pages import Page

HINT = QT_TRANSLATE_NOOP(
    "body_map_page", "Point at a muscle to see its name; press it to mark a knot."
)

STYLE = "#caution { border-left: 3px solid #c77700; padding: 2px 0 2px 8px; }"
VIEWS = (View.FRONT, View.BACK)
VIEW_NAMES = {
    View.FRONT: QT_TRANSLATE_NOOP("body_map_page", "Front"),
    View.BACK: QT_TRANSLATE_NOOP("body_map_page", "Back"),
}


class TendernessKey(QWidget):
    """The colour key: eleven swatches 0–10, each with its number."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(
            translate("body_map_page", "Colour key: tenderness 0, pale yellow, to 10, deep violet")
        )
        self.setToolTip(translate("body_map_page", "Marker colours by tenderness, 0 to 10"))

    def sizeHint(self) -> QSize:
        """Room for eleven numbered swatches."""
        side = self.fontMetrics().height() + 6
        return QSize(side * (MAX_TENDERNESS + 1), side)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Eleven swatches, numbered."""
        painter = QPainter(self)
        side = min(self.height(), self.width() / (MAX_TENDERNESS + 1))
        for value, colour in enumerate(TENDERNESS_COLOURS):
            box = QRectF(value * side, (self.height() - side) / 2, side, side)
            painter.fillRect(box, colour)
            painter.setPen(ink_on(colour))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(value))


class BodyMapPage(Page):
    """Mark, find, rate and follow knots on the front and back of the body."""

    def __init__(self, journal: Journal, clock: Clock) -> None:
        super().__init__(
            translate("body_map_page", "Body map"),
            translate("body_map_page", "Mark each knot where it lies and rate how tender it is."),
            fill=True,
        )
        self.model = KnotMap(journal, clock, catalogue())
        self.setStyleSheet(STYLE)
        self.canvas = BodyCanvas(self.model)
        self.panel = KnotPanel(self.model, self.canvas.run)
        self.content.addLayout(self._build_toolbar())
        self.content.addLayout(self._build_body(), 1)

        self.canvas.selection_changed.connect(self.panel.show_knot)
        self.canvas.knots_changed.connect(self._knots_changed)
        self.canvas.view_changed.connect(self._view_changed)
        self.canvas.zoom_changed.connect(self._show_zoom)
        self.canvas.status.connect(self._show_status)
        self.canvas.delete_requested.connect(self.confirm_delete)
        self.panel.changed.connect(self._panel_changed)
        self.panel.delete_requested.connect(self.confirm_delete)
        self._view_changed()

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.view_tabs = QTabBar()  # a tab list: screen readers say "Front, tab 1 of 2"
        self.view_tabs.setDrawBase(False)
        self.view_tabs.setExpanding(False)
        tips = (
            translate("body_map_page", "Show the front of the body (F)"),
            translate("body_map_page", "Show the back of the body (B)"),
        )
        for view, tip in zip(VIEWS, tips, strict=True):
            index = self.view_tabs.addTab(translate("body_map_page", VIEW_NAMES[view]))
            self.view_tabs.setTabToolTip(index, tip)
        self.view_tabs.setAccessibleName(translate("body_map_page", "Body view"))
        self.view_tabs.currentChanged.connect(lambda index: self.canvas.set_view(VIEWS[index]))
        bar.addWidget(self.view_tabs)
        self.show_resolved = QCheckBox(translate("body_map_page", "Show resolved and archived"))
        self.show_resolved.setToolTip(
            translate("body_map_page", "Also show knots you marked resolved or archived")
        )
        self.show_resolved.toggled.connect(self._toggle_resolved)
        bar.addSpacing(12)
        bar.addWidget(self.show_resolved)
        bar.addStretch(1)
        self.zoom_out = QPushButton("−")
        self.zoom_out.setAccessibleName(translate("body_map_page", "Zoom out"))
        self.zoom_out.setToolTip(translate("body_map_page", "Zoom out (−, or the mouse wheel)"))
        self.zoom_out.clicked.connect(lambda: self.canvas.zoom_by(WHEEL_STEP**-2))
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("600 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in = QPushButton("+")
        self.zoom_in.setAccessibleName(translate("body_map_page", "Zoom in"))
        self.zoom_in.setToolTip(translate("body_map_page", "Zoom in (+, or the mouse wheel)"))
        self.zoom_in.clicked.connect(lambda: self.canvas.zoom_by(WHEEL_STEP**2))
        self.fit_button = QPushButton(translate("body_map_page", "Whole body"))
        self.fit_button.setToolTip(translate("body_map_page", "Zoom out to show the whole figure"))
        self.fit_button.clicked.connect(self.canvas.reset_zoom)
        side = self.fontMetrics().height() + 14
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(side + 8)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_button):
            bar.addWidget(widget)
        return bar

    def _build_body(self) -> QHBoxLayout:
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        footer = QHBoxLayout()
        self.status_line = QLabel(translate("body_map_page", HINT))
        self.status_line.setWordWrap(True)
        footer.addWidget(self.status_line, 1)
        footer.addWidget(TendernessKey())
        left.addLayout(footer)
        row.addLayout(left, 3)
        scroller = QScrollArea()
        scroller.setWidget(self.panel)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        scroller.setBackgroundRole(QPalette.ColorRole.Window)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus
        scroller.setAccessibleName(translate("body_map_page", "Knot details"))
        row.addSpacing(16)
        row.addWidget(scroller, 2)
        return row

    # ------------------------------------------------------------------ reacting

    def refresh(self) -> None:
        """Redraw from the journal (the page was shown, or data changed elsewhere)."""
        self.canvas.reload()
        self.panel.show_knot()
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self.model.counts()
        for index, view in enumerate(VIEWS):
            count = counts[view]
            name = translate("body_map_page", VIEW_NAMES[view])
            self.view_tabs.setTabText(index, f"{name} · {count}")
            self.view_tabs.setAccessibleTabName(index, _tab_name(view, count))
        self.view_tabs.setCurrentIndex(VIEWS.index(self.model.view))

    def _view_changed(self) -> None:
        self._show_counts()
        self.panel.show_knot()
        self._show_status("")

    def _knots_changed(self) -> None:
        self.panel.show_knot()
        self._show_counts()

    def _panel_changed(self) -> None:
        self.canvas.reload()
        self._show_counts()

    def _toggle_resolved(self, show: bool) -> None:
        self.model.set_show_resolved(show)
        self.refresh()

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def _show_status(self, text: str) -> None:
        self.status_line.setText(text or translate("body_map_page", HINT))

    def confirm_delete(self, knot_id: str) -> None:
        """Ask, then delete a knot and its ratings."""
        knot = self.model.journal.knot(knot_id)
        if knot is None:
            return
        ratings = len(self.model.journal.ratings_for(knot_id))
        question = (
            translate(
                "body_map_page",
                "Delete “{label}” and its 1 rating? This cannot be undone. To stop following"
                " it but keep its history, archive it.",
            )
            if ratings == 1
            else translate(
                "body_map_page",
                "Delete “{label}” and its {count} ratings? This cannot be undone. To stop"
                " following it but keep its history, archive it.",
            )
        )
        answer = QMessageBox.question(
            self,
            translate("body_map_page", "Delete this knot?"),
            question.format(label=knot.label, count=ratings),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.canvas.run(lambda: self.model.delete(knot_id))
            self._show_status(
                translate("body_map_page", "Deleted: {label}.").format(label=knot.label)
            )
            self.refresh()
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)


def _tab_name(view: View, count: int) -> str:
    """What a screen reader says for a view's tab: 'Front view, 2 knots'."""
    if view is View.FRONT:
        if count == 1:
            return translate("body_map_page", "Front view, 1 knot")
        return translate("body_map_page", "Front view, {count} knots").format(count=count)
    if count == 1:
        return translate("body_map_page", "Back view, 1 knot")
    return translate("body_map_page", "Back view, {count} knots").format(count=count)
