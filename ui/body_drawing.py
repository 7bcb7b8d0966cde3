"""The body figure as a drawing, shared by the body map, the Progress page's thumbnail and
the therapist report: the outline, the muscles (deep ones dashed), the detail lines, and
knots as discs coloured by tenderness with the number on them.

The paths come from core.body's Bézier segments and are built once per view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from core.body import CANVAS_HEIGHT, CANVAS_WIDTH, BodyCatalogue, Region, catalogue
from core.curves import Cubic
from core.i18n import translate
from core.records import Depth, Knot, View
from ui.knot_marker import paint_disc


def painter_path(segments: Sequence[Cubic], closed: bool = True) -> QPainterPath:
    """A QPainterPath of core Bézier segments."""
    path = QPainterPath(QPointF(*segments[0].start))
    for segment in segments:
        path.cubicTo(QPointF(*segment.c1), QPointF(*segment.c2), QPointF(*segment.end))
    if closed:
        path.closeSubpath()
    return path


@dataclass
class ViewPaths:
    """One view of the figure as painter paths, in canvas units."""

    outline: QPainterPath
    lines: list[QPainterPath]
    regions: list[tuple[Region, QPainterPath]]  # largest first, so layers stack right
    by_id: dict[str, QPainterPath]


_PATHS: dict[tuple[int, View], ViewPaths] = {}


def view_paths(body: BodyCatalogue, view: View) -> ViewPaths:
    """The paths of one view of `body`, built on first use."""
    key = (id(body), view)
    if key not in _PATHS:
        figure = body.figure(view)
        regions = sorted(body.regions(view), key=lambda r: -r.area)
        drawn = [(region, painter_path(region.curve)) for region in regions]
        _PATHS[key] = ViewPaths(
            painter_path(figure.outline),
            [painter_path(line, closed=False) for line in figure.lines],
            drawn,
            {region.id: path for region, path in drawn},
        )
    return _PATHS[key]


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def paint_figure(
    painter: QPainter,
    paths: ViewPaths,
    dark: bool,
    text: QColor,
    visible: QRectF | None = None,
) -> None:
    """The body's outline, its muscles (deep ones dashed) and its detail lines, in the
    painter's current transform (canvas units). Muscles outside `visible` are skipped.

    Fills are drawn without antialiasing and every edge is then stroked with it: the
    stroke covers the fill's stepped edge, and this is three times faster than
    antialiased fills when zoomed in (docs/BENCHMARKS.md)."""
    regions = [
        (region, path)
        for region, path in paths.regions
        if visible is None or path.boundingRect().intersects(visible)
    ]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(74, 68, 66) if dark else QColor(241, 232, 224))
    painter.drawPath(paths.outline)
    painter.setBrush(QColor(205, 120, 110, 62) if dark else QColor(206, 130, 118, 58))
    for _, path in regions:
        painter.drawPath(path)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    edge = QPen(QColor(225, 150, 140, 150) if dark else QColor(168, 96, 86, 140), 0.9)
    edge.setCosmetic(True)
    deep_edge = QPen(edge)
    deep_edge.setStyle(Qt.PenStyle.DashLine)
    for region, path in regions:
        painter.setPen(deep_edge if region.muscle.layer is Depth.DEEP else edge)
        painter.drawPath(path)
    line_pen = QPen(QColor(text.red(), text.green(), text.blue(), 90), 1.0)
    line_pen.setCosmetic(True)
    painter.setPen(line_pen)
    for line in paths.lines:
        painter.drawPath(line)
    outline_pen = QPen(QColor(text.red(), text.green(), text.blue(), 150), 1.4)
    outline_pen.setCosmetic(True)
    painter.setPen(outline_pen)
    painter.drawPath(paths.outline)


def paint_body(
    painter: QPainter,
    rect: QRectF,
    view: View,
    knots: Sequence[tuple[Knot, int | None]],
    dark: bool,
    text: QColor,
    chosen: str | None = None,
    labels: dict[str, str] | None = None,
    radius: float | None = None,
) -> None:
    """One view of the figure fitted into `rect` with the knots on it that lie in this
    view, coloured by tenderness and showing it (or their entry in `labels`); the
    `chosen` knot is ringed in `text`'s colour and drawn last, so it is never hidden."""
    scale = min(rect.width() / CANVAS_WIDTH, rect.height() / CANVAS_HEIGHT)
    painter.save()
    painter.translate(rect.center())
    painter.scale(scale, scale)
    painter.translate(-CANVAS_WIDTH / 2, -CANVAS_HEIGHT / 2)
    paint_figure(painter, view_paths(catalogue(), view), dark, text)
    painter.restore()
    if radius is None:
        radius = max(5.0, min(11.0, 32 * scale))
    shown = sorted((k for k in knots if k[0].view is view), key=lambda k: k[0].id == chosen)
    for knot, tenderness in shown:
        centre = QPointF(
            rect.center().x() + (knot.x - 0.5) * CANVAS_WIDTH * scale,
            rect.center().y() + (knot.y - 0.5) * CANVAS_HEIGHT * scale,
        )
        if knot.id == chosen:
            painter.setPen(QPen(text, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + 5, radius + 5)
        label = None if labels is None else labels.get(knot.id)
        paint_disc(painter, centre, radius, tenderness, painter.font(), label)


class BodyThumbnail(QWidget):
    """A small picture of one view of the body with a knot marked on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knot: Knot | None = None
        self._tenderness: int | None = None
        self.setFixedSize(QSize(96, 220))

    def show_knot(self, knot: Knot, tenderness: int | None) -> None:
        """Draw `knot`'s view with it marked."""
        self._knot, self._tenderness = knot, tenderness
        name = (
            translate("body_drawing", "Body map, front view, with {label} marked")
            if knot.view is View.FRONT
            else translate("body_drawing", "Body map, back view, with {label} marked")
        )
        self.setAccessibleName(name.format(label=knot.label))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The figure and the knot."""
        if self._knot is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        paint_body(
            painter,
            QRectF(self.rect()).adjusted(2, 2, -2, -2),
            self._knot.view,
            [(self._knot, self._tenderness)],
            is_dark(palette),
            palette.color(QPalette.ColorRole.WindowText),
            chosen=self._knot.id,
        )
