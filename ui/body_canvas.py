"""The body map widget: draws one view of the figure with its muscles and knots, and
turns presses, drags, keys, the wheel and pinches into KnotMap calls (core/knot_map.py).

The figure is drawn from core.body's Bézier segments, scaled to fit and then zoomed
(1x–6x) about a centre point, so it stays crisp at any zoom and screen scale. Knots are
KnotMarker child widgets, so each is a focus stop with its own accessible name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGestureEvent, QMessageBox, QPinchGesture, QWidget

from core.bidi import isolate
from core.body import AXIS_X, CANVAS_HEIGHT, CANVAS_WIDTH, Region, user_side
from core.errors import UnknotError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.knot_map import KnotMap, KnotMark, Press, PressOutcome
from core.records import Side, View
from ui.body_drawing import ViewPaths, is_dark, paint_figure, view_paths
from ui.knot_marker import KnotMarker, clamp_diameter

MIN_ZOOM = 1.0
MAX_ZOOM = 6.0
WHEEL_STEP = 1.15
PICK_MARGIN_PX = 14.0  # a press this far beyond a marker's edge still selects it
NUDGE_UNITS = 1.5  # canvas units per arrow-key press
MARKER_SIZE_UNITS = 36.0  # a marker's size on the figure, within the marker's own limits
VIEW_CAPTIONS = {
    View.FRONT: QT_TRANSLATE_NOOP("body_canvas", "Front — facing you"),
    View.BACK: QT_TRANSLATE_NOOP("body_canvas", "Back — seen from behind"),
}
SIDE_LABELS = {
    Side.LEFT: QT_TRANSLATE_NOOP("body_canvas", "YOUR LEFT"),
    Side.RIGHT: QT_TRANSLATE_NOOP("body_canvas", "YOUR RIGHT"),
}


class BodyCanvas(QWidget):
    """One view of the body with its knots."""

    selection_changed = Signal()
    knots_changed = Signal()
    view_changed = Signal()
    zoom_changed = Signal(float)
    status = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, model: KnotMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("body-canvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 360)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._layer: tuple[tuple[object, ...], QPixmap] | None = None
        self.markers: dict[str, KnotMarker] = {}
        self.zoom = MIN_ZOOM
        self._centre = QPointF(CANVAS_WIDTH / 2, CANVAS_HEIGHT / 2)
        self.hover: Region | None = None
        self._press: QPointF | None = None
        self._panning = False
        self.reload()

    # ------------------------------------------------------------------ geometry

    def transform(self) -> QTransform:
        """Canvas units → widget pixels at the current size, zoom and centre."""
        label_room = self.fontMetrics().height() + 14  # side labels above, caption below
        height = max(1, self.height() - 2 * label_room)
        fit = min(self.width() / CANVAS_WIDTH, height / CANVAS_HEIGHT) * 0.98
        scale = fit * self.zoom
        t = QTransform()
        t.translate(self.width() / 2, self.height() / 2)
        t.scale(scale, scale)
        t.translate(-self._centre.x(), -self._centre.y())
        return t

    def scale(self) -> float:
        """Widget pixels per canvas unit."""
        return self.transform().m11()

    def to_canvas(self, point: QPointF) -> QPointF:
        """Widget pixels → canvas units."""
        inverse, _ = self.transform().inverted()
        return inverse.map(point)

    def to_widget(self, x: float, y: float) -> QPointF:
        """Canvas units → widget pixels."""
        return self.transform().map(QPointF(x, y))

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to `zoom` (clamped), keeping the canvas point under `anchor` in place."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        fixed = self.to_canvas(anchor)
        self.zoom = zoom
        after = self.to_canvas(anchor)
        self._pan_by(fixed - after)
        self.zoom_changed.emit(self.zoom)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out."""
        self.set_zoom(self.zoom * factor, anchor)

    def reset_zoom(self) -> None:
        """Show the whole figure."""
        self.zoom = MIN_ZOOM
        self._centre = QPointF(CANVAS_WIDTH / 2, CANVAS_HEIGHT / 2)
        self._after_geometry_change()
        self.zoom_changed.emit(self.zoom)

    def _pan_by(self, delta: QPointF) -> None:
        centre = self._centre + delta
        self._centre = QPointF(
            max(0.0, min(CANVAS_WIDTH, centre.x())), max(0.0, min(CANVAS_HEIGHT, centre.y()))
        )
        if self.zoom == MIN_ZOOM:
            self._centre = QPointF(CANVAS_WIDTH / 2, CANVAS_HEIGHT / 2)
        self._after_geometry_change()

    def _after_geometry_change(self) -> None:
        self._place_markers()
        self.update()

    # ------------------------------------------------------------------ knots

    def reload(self) -> None:
        """Redraw knots from the model: add, update and remove markers, in Tab order."""
        marks = self.model.marks()
        wanted = {m.knot.id for m in marks}
        for knot_id in list(self.markers):
            if knot_id not in wanted:
                gone = self.markers.pop(knot_id)
                gone.hide()
                gone.deleteLater()
        previous: QWidget = self
        for mark in marks:
            marker = self.markers.get(mark.knot.id)
            if marker is None:
                marker = self._new_marker(mark)
            else:
                marker.update_mark(mark)
            marker.selected = mark.knot.id == self.model.selected_id
            QWidget.setTabOrder(previous, marker)
            previous = marker
        front = self.model.view is View.FRONT
        self.setAccessibleName(
            translate("body_canvas", "Body map, front view")
            if front
            else translate("body_canvas", "Body map, back view")
        )
        count = (
            translate("body_canvas", "1 knot.")
            if len(marks) == 1
            else translate("body_canvas", "{count} knots.").format(count=len(marks))
        )
        keys = translate(
            "body_canvas",
            "Press a muscle to mark a knot. Tab moves between knots; on a knot, 0 to 9"
            " rate it, the arrow keys move it and Delete removes it. F and B show the"
            " front and the back; plus and minus zoom.",
        )
        caption = translate("body_canvas", VIEW_CAPTIONS[self.model.view])
        self.setAccessibleDescription(f"{caption}. {count} {keys}")
        self._place_markers()
        self.update()

    def _new_marker(self, mark: KnotMark) -> KnotMarker:
        marker = KnotMarker(mark, self)
        marker.clicked.connect(lambda _=False, k=mark.knot.id: self.select(k))
        marker.focused.connect(self.select)
        marker.digit_typed.connect(self._rate)
        marker.nudged.connect(self._nudge)
        marker.delete_requested.connect(self.delete_requested)
        marker.released_selection.connect(self._release_selection)
        marker.dragged.connect(self._drag)
        marker.dropped.connect(self._drop)
        marker.show()
        self.markers[mark.knot.id] = marker
        return marker

    def marker_diameter(self) -> float:
        """Markers' diameter in pixels at the current size and zoom."""
        return clamp_diameter(MARKER_SIZE_UNITS * self.scale())

    def _place_markers(self) -> None:
        diameter = self.marker_diameter()
        for marker in self.markers.values():
            marker.set_diameter(diameter)
            marker.centre_at(self.to_widget(marker.mark.x, marker.mark.y))

    def select(self, knot_id: str | None) -> None:
        """Select a knot (None: none) and give its marker the focus."""
        changed = knot_id != self.model.selected_id
        self.model.selected_id = knot_id
        for marker_id, each in self.markers.items():
            each.selected = marker_id == knot_id
            each.update()
        marker = self.markers.get(knot_id or "")
        if marker is not None and not marker.hasFocus():
            marker.setFocus(Qt.FocusReason.OtherFocusReason)
        if changed:
            self.selection_changed.emit()

    def _release_selection(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.select(None)

    def set_view(self, view: View) -> None:
        """Show the front or the back."""
        if view is self.model.view:
            return
        if self.focusWidget() in self.markers.values():
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # not onto marker after marker
        self.model.switch_view(view)
        self.hover = None
        self.reset_zoom()
        self.reload()
        self.view_changed.emit()
        self.selection_changed.emit()

    def run(self, action: Callable[[], object]) -> object | None:
        """Call the model; a journal error becomes a message box, and the map reloads."""
        try:
            return action()
        except UnknotError as error:
            QMessageBox.warning(self, translate("body_canvas", "Could not save"), str(error))
            return None
        finally:
            self.reload()

    def _rate(self, knot_id: str, digit: int) -> None:
        value = self.run(lambda: self.model.type_digit(knot_id, digit))
        if value is not None:
            self.status.emit(
                translate("body_canvas", "Tenderness {value} recorded.").format(value=value)
            )
            self.knots_changed.emit()

    def _nudge(self, knot_id: str, dx: int, dy: int) -> None:
        moved = self.run(lambda: self.model.nudge(knot_id, dx * NUDGE_UNITS, dy * NUDGE_UNITS))
        if moved is None:
            self.status.emit(
                translate("body_canvas", "A knot stays on a muscle: it cannot go further that way.")
            )
        self.knots_changed.emit()

    def _drag(self, knot_id: str, centre: QPointF) -> None:
        self.markers[knot_id].centre_at(centre)
        point = self.to_canvas(centre)
        self._set_hover(self.model.body.hit_test(self.model.view, point.x(), point.y()))

    def _drop(self, knot_id: str, centre: QPointF) -> None:
        point = self.to_canvas(centre)
        moved = self.run(lambda: self.model.move(knot_id, point.x(), point.y()))
        if moved is None:
            self.status.emit(
                translate("body_canvas", "Knots go on a muscle: that one stayed where it was.")
            )
        self.knots_changed.emit()

    # ------------------------------------------------------------------ drawing

    def _view_paths(self) -> ViewPaths:
        return view_paths(self.model.body, self.model.view)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The figure (drawn once per size, zoom and theme, then reused), the hovered
        muscle, and the side labels."""
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._figure_layer())
        palette = self.palette()
        if self.hover is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setTransform(self.transform())
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            edge = QPen(highlight, 2.0)
            edge.setCosmetic(True)
            highlight.setAlpha(95)
            painter.setPen(edge)
            painter.setBrush(highlight)
            painter.drawPath(self._view_paths().by_id[self.hover.id])
            painter.resetTransform()
        self._paint_side_labels(painter, palette.color(QPalette.ColorRole.WindowText))

    def _figure_layer(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (
            self.model.view,
            self.width(),
            self.height(),
            ratio,
            self.zoom,
            self._centre.x(),
            self._centre.y(),
            self.palette().cacheKey(),
        )
        if self._layer is None or self._layer[0] != key:
            size = QSize(round(self.width() * ratio), round(self.height() * ratio))
            reuse = self._layer is not None and self._layer[1].size() == size
            layer = self._layer[1] if self._layer is not None and reuse else QPixmap(size)
            layer.setDevicePixelRatio(ratio)
            layer.fill(Qt.GlobalColor.transparent)
            painter = QPainter(layer)
            self._paint_figure(painter)
            painter.end()
            self._layer = (key, layer)
        return self._layer[1]

    def _paint_figure(self, painter: QPainter) -> None:
        """The figure at the current zoom; muscles off screen are skipped."""
        palette = self.palette()
        painter.setTransform(self.transform())
        inverse, _ = self.transform().inverted()
        seen = inverse.mapRect(QRectF(self.rect()))
        text = palette.color(QPalette.ColorRole.WindowText)
        paint_figure(painter, self._view_paths(), is_dark(palette), text, seen)

    def side_labels(self) -> tuple[str, str]:
        """The words at the drawing's left and right edges: the user's own sides."""
        left = SIDE_LABELS[user_side(self.model.view, AXIS_X - 1)]
        right = SIDE_LABELS[user_side(self.model.view, AXIS_X + 1)]
        return translate("body_canvas", left), translate("body_canvas", right)

    def _paint_side_labels(self, painter: QPainter, text: QColor) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, round(self.fontInfo().pixelSize() * 1.0)))
        painter.setFont(font)
        left, right = self.side_labels()
        margin = 10
        box = QRectF(margin, margin, self.width() - 2 * margin, 24)
        painter.setPen(text)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, f"◀ {left}")
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{right} ▶")
        caption = QFont(self.font())
        painter.setFont(caption)
        muted = QColor(text)
        muted.setAlpha(170)
        painter.setPen(muted)
        bottom = QRectF(margin, self.height() - 28, self.width() - 2 * margin, 22)
        caption_text = translate("body_canvas", VIEW_CAPTIONS[self.model.view])
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter, caption_text)

    # ------------------------------------------------------------------ input

    def _set_hover(self, region: Region | None) -> None:
        if region is not self.hover:
            self.hover = region
            self.setToolTip("" if region is None else region.label)
            self.update()
        self.status.emit("" if region is None else f"{region.label} — {region.muscle.where}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a press began: a click or a pan decides on release."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._panning = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Hover names the muscle; a drag pans when zoomed in."""
        if self._press is not None and self.zoom > MIN_ZOOM:
            moved = event.position() - self._press
            if self._panning or moved.manhattanLength() >= QApplication.startDragDistance():
                self._panning = True
                self._pan_by(-moved / self.scale())
                self._press = event.position()
                return
        point = self.to_canvas(event.position())
        self._set_hover(self.model.body.hit_test(self.model.view, point.x(), point.y()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click selects the knot near it or marks a new one on the muscle."""
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_panning, self._press, self._panning = self._panning, None, False
        if was_panning:
            return
        point = self.to_canvas(event.position())
        radius = (self.marker_diameter() / 2 + PICK_MARGIN_PX) / self.scale()
        press = self.run(lambda: self.model.press(point.x(), point.y(), radius))
        if not isinstance(press, Press):
            return
        if press.outcome is PressOutcome.MISSED:
            self.status.emit(press.message)
            return
        if press.knot is None:
            return
        if press.outcome is PressOutcome.ADDED:
            self.status.emit(
                translate("body_canvas", "Marked: {label}. Type 0–9 to rate it.").format(
                    label=isolate(press.knot.label)
                )
            )
            self.knots_changed.emit()
        self.select(press.knot.id)  # the model chose it already, so say so here
        self.selection_changed.emit()

    def leaveEvent(self, event: QEvent) -> None:
        """No hover outside the widget."""
        self._set_hover(None)
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel zooms about the pointer."""
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(WHEEL_STEP**steps, event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Pinch to zoom: touch screens (gestures) and touchpads (native gestures)."""
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(centre))
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1 + event.value(), event.position())
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F and B switch views, + and - zoom, arrows pan when zoomed in."""
        key = event.key()
        pans = {
            Qt.Key.Key_Left: QPointF(-20, 0),
            Qt.Key.Key_Right: QPointF(20, 0),
            Qt.Key.Key_Up: QPointF(0, -20),
            Qt.Key.Key_Down: QPointF(0, 20),
        }
        if key == Qt.Key.Key_F:
            self.set_view(View.FRONT)
        elif key == Qt.Key.Key_B:
            self.set_view(View.BACK)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(WHEEL_STEP**2)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(WHEEL_STEP**-2)
        elif key in pans and self.zoom > MIN_ZOOM:
            self._pan_by(pans[Qt.Key(key)] / self.zoom)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the markers on their knots."""
        super().resizeEvent(event)
        self._place_markers()
