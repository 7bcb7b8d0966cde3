"""Plane geometry for the body map: smooth curves through drawn points, and the polygon
tests hit testing needs (inside, area, distance to an edge).

A curve is drawn through its points with a Catmull-Rom spline turned into cubic Bézier
segments. The tangent at a point follows the line between its two neighbours, and each
control arm is a third of its own segment's length, so uneven spacing never makes the
curve overshoot or loop. A point marked as a corner gets no tangent (a sharp turn).
The same segments are drawn by the UI and flattened here for hit testing, so what is
drawn is what is tested.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]

FLATTEN_STEPS = 8
"""Straight pieces per Bézier segment when a curve is flattened to a polygon."""


@dataclass(frozen=True)
class ControlPoint:
    """A point the curve passes through; a corner is passed with a sharp turn."""

    x: float
    y: float
    corner: bool = False


@dataclass(frozen=True)
class Cubic:
    """One cubic Bézier segment: from `start` to `end`, pulled by `c1` and `c2`."""

    start: Point
    c1: Point
    c2: Point
    end: Point

    def at(self, t: float) -> Point:
        """The point at parameter t in [0, 1]."""
        u = 1.0 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        return (
            a * self.start[0] + b * self.c1[0] + c * self.c2[0] + d * self.end[0],
            a * self.start[1] + b * self.c1[1] + c * self.c2[1] + d * self.end[1],
        )


def _unit(dx: float, dy: float) -> Point:
    length = math.hypot(dx, dy)
    return (0.0, 0.0) if length == 0 else (dx / length, dy / length)


def smooth(points: Sequence[ControlPoint], closed: bool) -> tuple[Cubic, ...]:
    """Cubic segments of a smooth curve through `points` (closed: back to the first)."""
    count = len(points)
    if count < 2:
        raise ValueError("a curve needs at least two points")
    tangents: list[Point] = []
    for i, point in enumerate(points):
        if point.corner:
            tangents.append((0.0, 0.0))
            continue
        if closed:
            before, after = points[i - 1], points[(i + 1) % count]
        else:
            before, after = points[max(i - 1, 0)], points[min(i + 1, count - 1)]
        tangents.append(_unit(after.x - before.x, after.y - before.y))
    segments = []
    for i in range(count if closed else count - 1):
        a, b = points[i], points[(i + 1) % count]
        arm = math.hypot(b.x - a.x, b.y - a.y) / 3
        ta, tb = tangents[i], tangents[(i + 1) % count]
        segments.append(
            Cubic(
                (a.x, a.y),
                (a.x + ta[0] * arm, a.y + ta[1] * arm),
                (b.x - tb[0] * arm, b.y - tb[1] * arm),
                (b.x, b.y),
            )
        )
    return tuple(segments)


def flatten(segments: Sequence[Cubic], steps: int = FLATTEN_STEPS) -> tuple[Point, ...]:
    """The curve as a polyline; for a closed curve the last point is not repeated."""
    points: list[Point] = [segments[0].start]
    for segment in segments:
        points.extend(segment.at(k / steps) for k in range(1, steps + 1))
    if points[-1] == points[0]:
        points.pop()
    return tuple(points)


def mirror(points: Sequence[ControlPoint], axis_x: float) -> tuple[ControlPoint, ...]:
    """The same points reflected in the vertical line x = axis_x, in reverse order."""
    return tuple(ControlPoint(2 * axis_x - p.x, p.y, p.corner) for p in reversed(points))


def contains(polygon: Sequence[Point], x: float, y: float) -> bool:
    """Whether (x, y) lies inside the polygon (even-odd rule)."""
    inside = False
    x1, y1 = polygon[-1]
    for x2, y2 in polygon:
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
        x1, y1 = x2, y2
    return inside


def area(polygon: Sequence[Point]) -> float:
    """The polygon's area (shoelace formula), always positive."""
    total = 0.0
    x1, y1 = polygon[-1]
    for x2, y2 in polygon:
        total += x1 * y2 - x2 * y1
        x1, y1 = x2, y2
    return abs(total) / 2


def centroid(polygon: Sequence[Point]) -> Point:
    """The polygon's centre of area."""
    cx = cy = signed = 0.0
    x1, y1 = polygon[-1]
    for x2, y2 in polygon:
        cross = x1 * y2 - x2 * y1
        signed += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
        x1, y1 = x2, y2
    if signed == 0:
        return polygon[0]
    return cx / (3 * signed), cy / (3 * signed)


def edge_distance(polygon: Sequence[Point], x: float, y: float) -> float:
    """The distance from (x, y) to the nearest edge of the polygon."""
    best = math.inf
    x1, y1 = polygon[-1]
    for x2, y2 in polygon:
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length2))
        best = min(best, math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)))
        x1, y1 = x2, y2
    return best


def bounds(polygon: Sequence[Point]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the polygon."""
    xs = [p[0] for p in polygon]
    ys = [p[1] for p in polygon]
    return min(xs), min(ys), max(xs), max(ys)
