"""One knot on the body map: a round marker coloured by tenderness, with the number on
it and a small arrow for the two-week trend. It is a focusable button, so Tab reaches
it and a screen reader reads its name ("Right upper trapezius, tenderness 6, active").

Colour is never the only sign: the number is always drawn. The scale is viridis (from
pale yellow at 0 to deep violet at 10), which is perceptually ordered and reads the same
with the common kinds of colour blindness.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from core.i18n import translate
from core.knot_map import KnotMark
from core.records import KnotStatus
from core.trends import Trend

# viridis at 0.0, 0.1 … 1.0, reversed: tenderness 0 is pale, 10 is dark
TENDERNESS_COLOURS = tuple(
    QColor(code)
    for code in (
        "#fde725", "#bddf26", "#7ad151", "#44bf70", "#22a884", "#21918c",
        "#2a788e", "#355f8d", "#414487", "#482475", "#440154",
    )
)  # fmt: skip
UNRATED = QColor("#9e9e9e")

FACE_CACHE_SIZE = 512
_FACES: dict[tuple[object, ...], QPixmap] = {}
"""Drawn marker faces by look: 50 knots share a handful, so a repaint is mostly blits."""

MIN_DIAMETER = 20.0
MAX_DIAMETER = 28.0
ROOM = 16  # around the disc: the focus ring and the trend badge


def clamp_diameter(diameter: float) -> float:
    """A marker's diameter within its limits: readable, yet not hiding the figure."""
    return max(MIN_DIAMETER, min(MAX_DIAMETER, diameter))


def tenderness_colour(tenderness: int | None) -> QColor:
    """The fill for a tenderness 0–10 (grey when not rated yet)."""
    return UNRATED if tenderness is None else TENDERNESS_COLOURS[tenderness]


def ink_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill`."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#111111") if luminance > 0.45 else QColor("#ffffff")


def paint_disc(
    painter: QPainter,
    centre: QPointF,
    radius: float,
    tenderness: int | None,
    font: QFont,
    label: str | None = None,
) -> None:
    """A knot: a disc in its tenderness colour, a white rim and a thin dark edge, and on
    it `label` or else the tenderness (– when not rated), in black or white, whichever
    reads."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = tenderness_colour(tenderness)
    painter.setPen(QPen(QColor(255, 255, 255, 235), max(1.0, radius / 6)))
    painter.setBrush(fill)
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QPen(QColor(0, 0, 0, 120), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius + 1.5, radius + 1.5)
    number = QFont(font)
    number.setPixelSize(max(6, round(radius)))
    number.setBold(True)
    painter.setFont(number)
    painter.setPen(ink_on(fill))
    text = label if label is not None else "–" if tenderness is None else str(tenderness)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class KnotMarker(QAbstractButton):
    """A knot's marker. Keys it does not use (F, B, +, -) go on to the map."""

    focused = Signal(str)
    digit_typed = Signal(str, int)
    nudged = Signal(str, int, int)  # knot id, dx, dy in steps
    delete_requested = Signal(str)
    released_selection = Signal()  # Escape: select nothing
    dragged = Signal(str, QPointF)  # knot id, centre in map coordinates, while dragging
    dropped = Signal(str, QPointF)  # knot id, centre in map coordinates, on release

    def __init__(self, mark: KnotMark, parent: QWidget) -> None:
        super().__init__(parent)
        self.mark = mark
        self.selected = False
        self._press: QPointF | None = None
        self._dragging = False
        self.diameter = MAX_DIAMETER
        self.setFixedSize(self._side(), self._side())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.update_mark(mark)

    @property
    def knot_id(self) -> str:
        """The knot this marker shows."""
        return self.mark.knot.id

    def update_mark(self, mark: KnotMark) -> None:
        """Show a knot's new state."""
        self.mark = mark
        name = mark.accessible_name()
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            translate(
                "knot_marker",
                "0 to 9 rate it, the arrow keys move it, Delete removes it, Escape deselects it",
            )
        )
        self.setToolTip(name)
        self.setText(name)
        self.update()

    def centre_at(self, point: QPointF) -> None:
        """Place the marker so its centre is at `point` (parent coordinates)."""
        self.move(round(point.x() - self.width() / 2), round(point.y() - self.height() / 2))

    def set_diameter(self, diameter: float) -> None:
        """Size the disc (the map shrinks markers when the figure is small)."""
        diameter = clamp_diameter(diameter)
        if diameter != self.diameter:
            self.diameter = diameter
            self.setFixedSize(self._side(), self._side())

    def _side(self) -> int:
        return round(self.diameter + ROOM)

    def _half(self) -> QPointF:
        return QPointF(self.width() / 2, self.height() / 2)

    # ------------------------------------------------------------------ drawing

    def paintEvent(self, event: QPaintEvent) -> None:
        """The marker's face, drawn once per look and then reused (see _face)."""
        painter = QPainter(self)
        ring = self.selected or self.hasFocus()
        highlight = self.palette().color(QPalette.ColorRole.Highlight).rgba()
        ratio = self.devicePixelRatioF()
        key = (
            self.mark.tenderness,
            self.mark.trend,
            self.mark.knot.status is not KnotStatus.ACTIVE,
            ring,
            highlight,
            self.diameter,
            self.width(),
            ratio,
            self.font().key(),
        )
        face = _FACES.get(key)
        if face is None:
            face = self._face(ring, QColor.fromRgba(highlight), ratio)
            if len(_FACES) > FACE_CACHE_SIZE:
                _FACES.clear()
            _FACES[key] = face
        painter.drawPixmap(0, 0, face)

    def _face(self, ring: bool, highlight: QColor, ratio: float) -> QPixmap:
        """The disc, its number, a ring when selected or focused, the trend badge."""
        face = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        face.setDevicePixelRatio(ratio)
        face.fill(Qt.GlobalColor.transparent)
        painter = QPainter(face)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = self._half()
        radius = self.diameter / 2
        if self.mark.knot.status is not KnotStatus.ACTIVE:
            painter.setOpacity(0.55)
        if ring:
            painter.setPen(QPen(highlight, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + 4, radius + 4)
        paint_disc(painter, centre, radius, self.mark.tenderness, self.font())
        if self.mark.trend in (Trend.RISING, Trend.EASING):
            self._paint_trend(painter, centre, radius)
        painter.end()
        return face

    def _paint_trend(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        badge = QPointF(centre.x() + radius * 0.95, centre.y() - radius * 0.95)
        painter.setPen(QPen(QColor(0, 0, 0, 140), 1))
        painter.setBrush(QColor(255, 255, 255, 245))
        painter.drawEllipse(badge, 7.5, 7.5)
        up = self.mark.trend is Trend.RISING
        sign = -1.0 if up else 1.0  # the arrow points up for rising, down for easing
        shape = ((0, 5), (-4.5, 0.5), (-1.6, 0.5), (-1.6, -5), (1.6, -5), (1.6, 0.5), (4.5, 0.5))
        arrow = QPainterPath(QPointF(badge.x(), badge.y() + sign * 5))
        for dx, dy in shape[1:]:
            arrow.lineTo(badge.x() + dx, badge.y() + sign * dy)
        arrow.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b3261e") if up else QColor("#1b5e20"))
        painter.drawPath(arrow)

    # ------------------------------------------------------------------ input

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tab onto a knot selects it."""
        super().focusInEvent(event)
        self.focused.emit(self.knot_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits rate, arrows nudge (Shift: further), Delete asks to delete, Escape
        selects nothing."""
        key = event.key()
        step = 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.digit_typed.emit(self.knot_id, key - Qt.Key.Key_0)
        elif key in moves:
            self.nudged.emit(self.knot_id, *moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(self.knot_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
        elif key == Qt.Key.Key_Escape:
            self.released_selection.emit()
        else:
            event.ignore()  # F, B, +, - and Tab are the map's

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select, and get ready to drag."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragging = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.click()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag the marker once the mouse has moved far enough."""
        if self._press is None:
            return
        moved = event.position() - self._press
        if not self._dragging and moved.manhattanLength() < QApplication.startDragDistance():
            return
        self._dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.dragged.emit(self.knot_id, self._centre_after(event.position()))

    def _centre_after(self, pointer: QPointF) -> QPointF:
        """Where the marker's centre goes when the pointer is at `pointer` (local)."""
        assert self._press is not None
        return self.mapToParent(pointer - self._press) + self._half()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Drop a dragged marker."""
        if self._dragging and self._press is not None:
            self.dropped.emit(self.knot_id, self._centre_after(event.position()))
        self._press = None
        self._dragging = False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        event.accept()
