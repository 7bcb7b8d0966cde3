"""A small made-up body catalogue of rectangles, so rule tests do not depend on the
shipped drawing."""

from __future__ import annotations

from core.body import AXIS_X, BodyCatalogue, Figure, Region, user_side
from core.curves import ControlPoint, flatten, mirror, smooth
from core.muscles import MUSCLES
from core.records import Side, View

_MUSCLES = {m.id: m for m in MUSCLES}

# drawing-left rectangles (left, top, right, bottom), mirrored to the other half
BOXES: dict[View, dict[str, tuple[float, float, float, float]]] = {
    View.BACK: {
        "upper_trapezius": (100, 100, 190, 160),
        "gluteus_maximus": (110, 450, 195, 560),
        "piriformis": (140, 480, 180, 520),
    },
    View.FRONT: {"deltoid": (80, 150, 120, 200)},
}


def _corners(box: tuple[float, float, float, float]) -> tuple[ControlPoint, ...]:
    left, top, right, bottom = box
    return tuple(
        ControlPoint(x, y, corner=True)
        for x, y in ((left, top), (right, top), (right, bottom), (left, bottom))
    )


def box_catalogue() -> BodyCatalogue:
    """Rectangles for a few muscles on both sides of both views."""
    regions = []
    for view, boxes in BOXES.items():
        for muscle_id, box in boxes.items():
            authored = _corners(box)
            for points in (authored, mirror(authored, AXIS_X)):
                side = user_side(view, points[0].x)
                assert side in (Side.LEFT, Side.RIGHT)
                curve = smooth(points, closed=True)
                regions.append(Region(_MUSCLES[muscle_id], side, view, curve, flatten(curve)))
    outline = smooth(_corners((10, 10, 390, 990)), closed=True)
    figures = {view: Figure(view, outline, ()) for view in View}
    return BodyCatalogue(figures, regions)
