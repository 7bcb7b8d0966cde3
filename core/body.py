"""The body map's catalogue: every muscle Unknot knows, where each is drawn on the front
and back views, and which muscle lies under a point.

The drawings are ours, stored as points in resources/body/front.json and back.json
(format in resources/body/README.md). Both views are drawn on the same canvas of
CANVAS_WIDTH x CANVAS_HEIGHT units, x to the right and y down; a knot's stored x and y
are fractions of it. The figure is symmetric: the files hold the half on the left of
the drawing, and the other half is its mirror image.

Left and right are the user's own. On the front view the figure faces the viewer, so
the user's right is on the left of the drawing; on the back view the user's right is on
the right of the drawing.

Layers: where muscles lie in layers, the deeper one is drawn as a smaller outline inside
the one above it (piriformis inside gluteus maximus). A point belongs to the smallest
outline that contains it, so a point over the piriformis is piriformis and the rest of
the buttock is gluteus maximus. `regions_at` lists every muscle under a point, so the
user can pick the other one.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from core.curves import (
    ControlPoint,
    Cubic,
    Point,
    area,
    bounds,
    centroid,
    contains,
    edge_distance,
    flatten,
    mirror,
    smooth,
)
from core.errors import UnknotError
from core.muscles import MUSCLES, Muscle
from core.records import Side, View
from core.resources import resource

CANVAS_WIDTH = 400.0
CANVAS_HEIGHT = 1000.0
AXIS_X = CANVAS_WIDTH / 2


class BodyDataError(UnknotError):
    """A body drawing file is missing or malformed (a packaging fault, not user data)."""


def user_side(view: View, x: float) -> Side:
    """The user's side at canvas x on a view (the drawing's left is the user's right on
    the front view, and the user's left on the back view)."""
    if math.isclose(x, AXIS_X):
        return Side.CENTRE
    drawing_left = x < AXIS_X
    if view is View.FRONT:
        return Side.RIGHT if drawing_left else Side.LEFT
    return Side.LEFT if drawing_left else Side.RIGHT


@dataclass(frozen=True, eq=False)
class Region:
    """One muscle on one side, as drawn on one view."""

    muscle: Muscle
    side: Side
    view: View
    curve: tuple[Cubic, ...]
    polygon: tuple[Point, ...] = field(repr=False)

    @property
    def id(self) -> str:
        """Unique across the catalogue, e.g. 'back/right/upper_trapezius'."""
        return f"{self.view}/{self.side}/{self.muscle.id}"

    @property
    def label(self) -> str:
        """What the user reads, e.g. 'Right upper trapezius'."""
        return self.muscle.label(self.side)

    @cached_property
    def area(self) -> float:
        """Drawn area in canvas units; the smaller of two overlapping regions wins."""
        return area(self.polygon)

    @cached_property
    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) in canvas units."""
        return bounds(self.polygon)

    def contains(self, x: float, y: float) -> bool:
        """Whether canvas point (x, y) lies inside the outline."""
        left, top, right, bottom = self.bounds
        return left <= x <= right and top <= y <= bottom and contains(self.polygon, x, y)


@dataclass(frozen=True)
class Figure:
    """The drawing of one view: the body's outline and its detail lines (collarbones,
    shoulder blades and the like), all as Bézier segments in canvas units."""

    view: View
    outline: tuple[Cubic, ...]
    lines: tuple[tuple[Cubic, ...], ...]


class BodyCatalogue:
    """Every muscle, its regions on both views, and hit testing."""

    def __init__(self, figures: dict[View, Figure], regions: Sequence[Region]) -> None:
        self._figures = figures
        self._regions = tuple(regions)
        self._by_view = {v: tuple(r for r in regions if r.view is v) for v in View}
        self._by_key = {(r.view, r.muscle.id, r.side): r for r in regions}
        self._muscles = {m.id: m for m in MUSCLES}

    @classmethod
    def load(cls, directory: Path | None = None) -> BodyCatalogue:
        """Read both views' drawings; a missing or malformed file raises BodyDataError."""
        folder = directory or resource("body")
        figures: dict[View, Figure] = {}
        regions: list[Region] = []
        for view in View:
            figure, view_regions = _load_view(folder / f"{view}.json", view)
            figures[view] = figure
            regions.extend(view_regions)
        order = {m.id: i for i, m in enumerate(MUSCLES)}
        regions.sort(key=lambda r: (order[r.muscle.id], r.side is not Side.RIGHT))
        catalogue = cls(figures, regions)
        missing = [
            f"{m.id} on the {view} view"
            for m in MUSCLES
            for view in m.views
            for side in (Side.LEFT, Side.RIGHT)
            if catalogue.region(view, m.id, side) is None
        ]
        if missing:
            raise BodyDataError(f"{folder}: no outline for {', '.join(missing)}")
        return catalogue

    @property
    def muscles(self) -> tuple[Muscle, ...]:
        """Every muscle, head to foot."""
        return MUSCLES

    def muscle(self, muscle_id: str) -> Muscle:
        """The muscle with this id (KeyError if there is none)."""
        return self._muscles[muscle_id]

    def figure(self, view: View) -> Figure:
        """The drawing of a view."""
        return self._figures[view]

    def regions(self, view: View | None = None) -> tuple[Region, ...]:
        """All regions, or those of one view, head to foot (right before left)."""
        return self._regions if view is None else self._by_view[view]

    def region(self, view: View, muscle_id: str, side: Side) -> Region | None:
        """One muscle's region on one side of one view, if it is drawn there."""
        return self._by_key.get((view, muscle_id, side))

    def regions_at(self, view: View, x: float, y: float) -> list[Region]:
        """Every region under canvas point (x, y), the one it belongs to first."""
        found = [r for r in self._by_view[view] if r.contains(x, y)]
        found.sort(key=lambda r: r.area)
        return found

    def hit_test(self, view: View, x: float, y: float) -> Region | None:
        """The muscle under canvas point (x, y): the smallest region containing it."""
        best: Region | None = None
        for region in self._by_view[view]:
            if (best is None or region.area < best.area) and region.contains(x, y):
                best = region
        return best

    def centre(self, region: Region) -> Point:
        """A point well inside the region that hit testing gives to it: its centroid
        when that works, else the point farthest from every edge that does."""
        x, y = centroid(region.polygon)
        if self.hit_test(region.view, x, y) is region:
            return x, y
        return max(self.owned_points(region), key=lambda p: _clearance(region, p, self))

    def owned_points(self, region: Region, steps: int = 24) -> Iterator[Point]:
        """Points of a grid over the region that hit testing gives to it."""
        left, top, right, bottom = region.bounds
        for i in range(1, steps):
            for j in range(1, steps):
                x = left + (right - left) * i / steps
                y = top + (bottom - top) * j / steps
                if self.hit_test(region.view, x, y) is region:
                    yield x, y


def _clearance(region: Region, point: Point, catalogue: BodyCatalogue) -> float:
    """How far a point is from the region's edge and from any smaller region over it."""
    x, y = point
    distance = edge_distance(region.polygon, x, y)
    for other in catalogue.regions(region.view):
        if other is not region and other.area < region.area:
            distance = min(distance, edge_distance(other.polygon, x, y))
    return distance


def _points(raw: Any, where: str) -> tuple[ControlPoint, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise BodyDataError(f"{where}: expected a list of at least two points")
    points = []
    for index, item in enumerate(raw):
        ok = isinstance(item, list) and len(item) in (2, 3)
        ok = ok and all(isinstance(v, int | float) for v in item[:2])
        ok = ok and (len(item) == 2 or item[2] == "corner")
        if not ok:
            raise BodyDataError(f'{where}[{index}]: expected [x, y] or [x, y, "corner"]')
        x, y = float(item[0]), float(item[1])
        if not (0 <= x <= CANVAS_WIDTH and 0 <= y <= CANVAS_HEIGHT):
            raise BodyDataError(f"{where}[{index}]: ({x}, {y}) is off the canvas")
        points.append(ControlPoint(x, y, len(item) == 3))
    return tuple(points)


def _load_view(path: Path, view: View) -> tuple[Figure, list[Region]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BodyDataError(f"{path}: cannot read the body drawing ({error})") from error
    if not isinstance(data, dict) or data.get("view") != view.value:
        raise BodyDataError(f'{path}: expected an object with "view": "{view}"')
    half = _points(data.get("outline"), f"{path}: outline")
    outline = smooth(half + mirror(half, AXIS_X)[1:-1], closed=True)
    lines = []
    for index, line in enumerate(data.get("lines", [])):
        where = f"{path}: lines[{index}]"
        points = _points(line.get("points") if isinstance(line, dict) else None, where)
        closed = bool(line.get("closed", False))
        lines.append(smooth(points, closed))
        if line.get("mirror", True):
            lines.append(smooth(mirror(points, AXIS_X), closed))
    authored_side = user_side(view, 0.0)
    other_side = Side.LEFT if authored_side is Side.RIGHT else Side.RIGHT
    muscles = {m.id: m for m in MUSCLES}
    regions = []
    raw_regions = data.get("regions")
    if not isinstance(raw_regions, dict):
        raise BodyDataError(f'{path}: expected "regions": {{muscle id: points}}')
    for muscle_id, raw in raw_regions.items():
        muscle = muscles.get(muscle_id)
        if muscle is None:
            raise BodyDataError(f"{path}: regions.{muscle_id}: not a muscle Unknot knows")
        if view not in muscle.views:
            raise BodyDataError(f"{path}: regions.{muscle_id}: not drawn on the {view} view")
        points = _points(raw, f"{path}: regions.{muscle_id}")
        for side, pts in ((authored_side, points), (other_side, mirror(points, AXIS_X))):
            curve = smooth(pts, closed=True)
            regions.append(Region(muscle, side, view, curve, flatten(curve)))
    return Figure(view, outline, tuple(lines)), regions


@cache
def catalogue() -> BodyCatalogue:
    """The shipped catalogue, loaded once."""
    return BodyCatalogue.load()
