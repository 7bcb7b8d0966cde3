"""Smooth curves through drawn points, and the polygon tests behind hit testing."""

from __future__ import annotations

import math

import pytest

from core.curves import (
    ControlPoint,
    area,
    centroid,
    contains,
    edge_distance,
    flatten,
    mirror,
    smooth,
)

SQUARE = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))


def test_curve_passes_through_every_point() -> None:
    points = [ControlPoint(0, 0), ControlPoint(10, 5), ControlPoint(20, 0), ControlPoint(10, -8)]
    segments = smooth(points, closed=True)
    assert len(segments) == 4
    assert [s.start for s in segments] == [(p.x, p.y) for p in points]
    assert segments[-1].end == (0, 0)
    open_segments = smooth(points, closed=False)
    assert len(open_segments) == 3 and open_segments[-1].end == (10, -8)


def test_smooth_points_have_matching_tangents_and_corners_turn_sharply() -> None:
    points = [ControlPoint(0, 0), ControlPoint(10, 10), ControlPoint(20, 0, corner=True)]
    first, second = smooth(points, closed=False)
    # at the smooth middle point the arms on both sides are collinear
    into = (first.end[0] - first.c2[0], first.end[1] - first.c2[1])
    out = (second.c1[0] - second.start[0], second.c1[1] - second.start[1])
    assert math.isclose(into[0] * out[1] - into[1] * out[0], 0, abs_tol=1e-9)
    assert second.c2 == second.end  # the corner has no arm


def test_control_arms_never_reach_past_the_segment() -> None:
    points = [ControlPoint(0, 0), ControlPoint(1, 0), ControlPoint(100, 0), ControlPoint(50, 50)]
    for segment in smooth(points, closed=True):
        length = math.dist(segment.start, segment.end)
        assert math.dist(segment.start, segment.c1) <= length / 3 + 1e-9
        assert math.dist(segment.end, segment.c2) <= length / 3 + 1e-9


def test_too_few_points_is_refused() -> None:
    with pytest.raises(ValueError, match="two points"):
        smooth([ControlPoint(0, 0)], closed=True)


def test_flatten_follows_the_curve() -> None:
    corners = [ControlPoint(x, y, corner=True) for x, y in SQUARE]
    polygon = flatten(smooth(corners, closed=True))
    assert len(polygon) == 4 * 8
    assert math.isclose(area(polygon), 100)


def test_polygon_measures() -> None:
    assert contains(SQUARE, 5, 5)
    assert not contains(SQUARE, 15, 5)
    assert not contains(SQUARE, 5, -0.1)
    assert area(SQUARE) == 100
    assert centroid(SQUARE) == (5, 5)
    assert edge_distance(SQUARE, 5, 5) == 5
    assert edge_distance(SQUARE, 13, 14) == 5


def test_mirror_reflects_and_reverses() -> None:
    points = (ControlPoint(10, 1), ControlPoint(20, 2, corner=True))
    assert mirror(points, 100) == (ControlPoint(180, 2, corner=True), ControlPoint(190, 1))
