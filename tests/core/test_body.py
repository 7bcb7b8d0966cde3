"""The shipped body drawing and muscle catalogue: complete, consistent, and exact about
left and right."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.body import (
    AXIS_X,
    BodyCatalogue,
    BodyDataError,
    catalogue,
    user_side,
)
from core.curves import contains, flatten
from core.muscles import MUSCLES
from core.records import Side, View
from core.resources import resource

REQUIRED = {
    "upper_trapezius", "middle_trapezius", "lower_trapezius", "levator_scapulae",
    "suboccipitals", "sternocleidomastoid", "scalenes", "masseter", "temporalis", "deltoid",
    "pectoralis_major", "pectoralis_minor", "supraspinatus", "infraspinatus", "teres_major",
    "teres_minor", "rhomboids", "latissimus_dorsi", "erector_spinae", "quadratus_lumborum",
    "gluteus_maximus", "gluteus_medius", "piriformis", "tensor_fasciae_latae", "biceps",
    "triceps", "wrist_extensors", "wrist_flexors", "quadriceps", "hamstrings", "calves",
    "sole_of_foot",
}  # fmt: skip


def test_catalogue_holds_every_muscle_the_map_promises() -> None:
    ids = [m.id for m in MUSCLES]
    assert len(ids) == len(set(ids))
    assert set(ids) >= REQUIRED
    assert all(m.name and m.where and m.views for m in MUSCLES)


def test_every_muscle_has_geometry_on_both_sides_of_each_of_its_views() -> None:
    body = catalogue()
    for muscle in MUSCLES:
        for view in View:
            for side in (Side.LEFT, Side.RIGHT):
                region = body.region(view, muscle.id, side)
                assert (region is not None) == (view in muscle.views), (muscle.id, view, side)
                if region is not None:
                    assert len(region.polygon) >= 24 and region.area > 100
    ids = [r.id for r in body.regions()]
    assert len(ids) == len(set(ids))


def test_hit_testing_the_centre_of_every_region_returns_that_region() -> None:
    body = catalogue()
    for region in body.regions():
        x, y = body.centre(region)
        assert body.hit_test(region.view, x, y) is region, region.id
        assert region in body.regions_at(region.view, x, y)


def test_every_region_lies_inside_the_body_outline() -> None:
    body = catalogue()
    for view in View:
        outline = flatten(body.figure(view).outline)
        for region in body.regions(view):
            outside = [p for p in region.polygon if not contains(outline, *p)]
            assert not outside, (region.id, outside[:3])


def test_front_view_shows_the_users_right_on_the_viewers_left() -> None:
    body = catalogue()
    assert user_side(View.FRONT, AXIS_X - 50) is Side.RIGHT
    assert user_side(View.BACK, AXIS_X - 50) is Side.LEFT
    assert user_side(View.FRONT, AXIS_X) is Side.CENTRE
    for region in body.regions():
        x, _ = body.centre(region)
        viewers_left = x < AXIS_X
        users_right = region.side is Side.RIGHT
        assert viewers_left == (users_right if region.view is View.FRONT else not users_right)
    deltoid = body.region(View.FRONT, "deltoid", Side.RIGHT)
    assert deltoid is not None and deltoid.label == "Right deltoid"
    hit = body.hit_test(View.FRONT, *body.centre(deltoid))
    assert hit is deltoid and body.centre(deltoid)[0] < AXIS_X


def test_layered_muscles_the_deeper_outline_wins_inside_it() -> None:
    body = catalogue()
    for deep, above in (
        ("piriformis", {"gluteus_maximus"}),
        ("rhomboids", {"middle_trapezius", "lower_trapezius"}),
        ("supraspinatus", {"upper_trapezius", "middle_trapezius"}),
        ("pectoralis_minor", {"pectoralis_major"}),
    ):
        for side in (Side.LEFT, Side.RIGHT):
            view = body.muscle(deep).views[0]
            region = body.region(view, deep, side)
            assert region is not None
            under = [r.muscle.id for r in body.regions_at(view, *body.centre(region))]
            assert under[0] == deep and above & set(under), (deep, under)


def test_the_spine_and_the_front_of_the_neck_are_not_muscles_to_press() -> None:
    body = catalogue()
    for y in range(140, 560, 5):
        assert body.hit_test(View.BACK, AXIS_X, y) is None, y
    for y in range(110, 150):
        assert body.hit_test(View.FRONT, AXIS_X, y) is None, y


def test_a_broken_drawing_file_is_reported_with_its_path(tmp_path: Path) -> None:
    for name in ("front.json", "back.json"):
        shutil.copy(resource("body", name), tmp_path / name)
    data = json.loads((tmp_path / "back.json").read_text())
    data["regions"]["calves"] = [[10, 10], [20, "x"]]
    (tmp_path / "back.json").write_text(json.dumps(data))
    with pytest.raises(BodyDataError, match=r"back\.json: regions\.calves\[1\]"):
        BodyCatalogue.load(tmp_path)
    data["regions"].pop("calves")
    (tmp_path / "back.json").write_text(json.dumps(data))
    with pytest.raises(BodyDataError, match="no outline for calves on the back view"):
        BodyCatalogue.load(tmp_path)
    (tmp_path / "front.json").write_text("{")
    with pytest.raises(BodyDataError, match=r"front\.json: cannot read"):
        BodyCatalogue.load(tmp_path)
