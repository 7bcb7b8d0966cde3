"""The body map's rules, on a made-up catalogue of rectangles (tests/core/body_helpers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from core.clock import FakeClock
from core.journal import Journal
from core.knot_map import (
    CORRECTION_WINDOW,
    KnotMap,
    PressOutcome,
)
from core.records import TEN_KEY_WINDOW_S, Activity, Depth, KnotStatus, Side, View
from core.trends import Trend
from tests.core.body_helpers import box_catalogue

RADIUS = 8.0


@pytest.fixture
def body_map(journal: Journal, clock: FakeClock) -> Iterator[KnotMap]:
    yield KnotMap(journal, clock, box_catalogue())


def test_press_on_a_muscle_adds_a_named_knot_to_the_journal(body_map: KnotMap) -> None:
    press = body_map.press(150, 130, RADIUS)
    assert press.outcome is PressOutcome.ADDED and press.knot is not None
    stored = body_map.journal.knot(press.knot.id)
    assert stored == press.knot
    assert stored.label == "Left upper trapezius"  # back view: drawing left is user's left
    assert (stored.view, stored.muscle, stored.side) == (View.BACK, "upper_trapezius", Side.LEFT)
    assert (stored.x, stored.y) == (150 / 400, 130 / 1000)
    assert stored.depth is Depth.SUPERFICIAL and stored.status is KnotStatus.ACTIVE
    assert body_map.selected_id == stored.id


def test_left_and_right_are_the_users_own_on_both_views(body_map: KnotMap) -> None:
    drawn_left = body_map.add_at(250, 130)
    assert drawn_left is not None and drawn_left.label == "Right upper trapezius"
    body_map.switch_view(View.FRONT)
    front_left = body_map.add_at(100, 170)  # the viewer's left on the front view
    front_right = body_map.add_at(300, 170)
    assert front_left is not None and front_left.label == "Right deltoid"
    assert front_right is not None and front_right.label == "Left deltoid"


def test_press_near_a_knot_selects_it_instead_of_making_a_twin(body_map: KnotMap) -> None:
    first = body_map.press(150, 130, RADIUS).knot
    body_map.press(130, 110, RADIUS)  # another knot, well away
    press = body_map.press(150 + 5, 130 - 3, RADIUS)
    assert press.outcome is PressOutcome.SELECTED and press.knot == first
    assert body_map.selected_id == first.id if first else False
    assert body_map.journal.count("knots") == 2


def test_press_off_every_muscle_changes_nothing(body_map: KnotMap) -> None:
    press = body_map.press(30, 900, RADIUS)
    assert press.outcome is PressOutcome.MISSED and "muscle" in press.message
    assert body_map.journal.count("knots") == 0


def test_a_point_belongs_to_the_smallest_region_and_lists_the_others(body_map: KnotMap) -> None:
    deep = body_map.add_at(160, 500)
    assert deep is not None and deep.muscle == "piriformis" and deep.depth is Depth.DEEP
    outer = body_map.add_at(120, 540)
    assert outer is not None and outer.muscle == "gluteus_maximus"
    choices = [r.muscle.id for r in body_map.muscle_choices(deep)]
    assert choices[:2] == ["piriformis", "gluteus_maximus"]
    assert all(r.side is Side.LEFT for r in body_map.muscle_choices(deep))


def test_second_knot_in_a_muscle_gets_a_number(body_map: KnotMap) -> None:
    labels = [body_map.add_at(x, 130) for x in (110, 150, 185)]
    assert [k.label for k in labels if k] == [
        "Left upper trapezius",
        "Left upper trapezius 2",
        "Left upper trapezius 3",
    ]


def test_moving_keeps_a_chosen_muscle_and_takes_a_new_one(body_map: KnotMap) -> None:
    knot = body_map.add_at(160, 500)
    assert knot is not None
    glute = body_map.body.region(View.BACK, "gluteus_maximus", Side.LEFT)
    assert glute is not None
    body_map.set_muscle(knot.id, glute)
    moved = body_map.move(knot.id, 165, 505)  # still inside gluteus maximus: kept
    assert moved is not None and moved.muscle == "gluteus_maximus"
    moved = body_map.move(knot.id, 150, 120)  # onto the trapezius
    assert moved is not None and moved.label == "Left upper trapezius"
    across = body_map.move(knot.id, 250, 120)  # across the midline
    assert across is not None and across.side is Side.RIGHT
    assert body_map.journal.knot(knot.id) == across


def test_dropping_off_the_muscles_leaves_the_knot_where_it_was(body_map: KnotMap) -> None:
    knot = body_map.add_at(150, 130)
    assert knot is not None
    assert body_map.move(knot.id, 20, 20) is None
    assert body_map.journal.knot(knot.id) == knot


def test_nudge_moves_by_canvas_units(body_map: KnotMap) -> None:
    knot = body_map.add_at(150, 130)
    assert knot is not None
    nudged = body_map.nudge(knot.id, 2, -4)
    assert nudged is not None
    assert (round(nudged.x * 400, 6), round(nudged.y * 1000, 6)) == (152, 126)


def test_rating_twice_in_a_moment_is_one_corrected_rating(
    body_map: KnotMap, clock: FakeClock
) -> None:
    knot = body_map.add_at(150, 130)
    assert knot is not None
    body_map.rate(knot.id, 6)
    clock.advance(30)
    body_map.rate(knot.id, 7)
    history = body_map.journal.ratings_for(knot.id)
    assert list(history.tenderness) == [7]
    clock.advance(CORRECTION_WINDOW.total_seconds() + 1)
    body_map.rate(knot.id, 5)
    assert list(body_map.journal.ratings_for(knot.id).tenderness) == [7, 5]
    with pytest.raises(ValueError, match="0–10"):
        body_map.rate(knot.id, 11)


def test_digit_keys_rate_and_one_then_zero_is_ten(body_map: KnotMap, clock: FakeClock) -> None:
    knot = body_map.add_at(150, 130)
    assert knot is not None
    assert body_map.type_digit(knot.id, 1) == 1
    clock.advance(TEN_KEY_WINDOW_S / 2)
    assert body_map.type_digit(knot.id, 0) == 10
    assert list(body_map.journal.ratings_for(knot.id).tenderness) == [10]
    clock.advance(2)
    assert body_map.type_digit(knot.id, 0) == 0  # 0 after 10 is 0
    assert body_map.type_digit(knot.id, 1) == 1
    clock.advance(TEN_KEY_WINDOW_S * 2)
    assert body_map.type_digit(knot.id, 0) == 0  # too slow for 10


def test_resolved_knots_hide_unless_asked_for(body_map: KnotMap) -> None:
    knot = body_map.add_at(150, 130)
    other = body_map.add_at(250, 130)
    assert knot is not None and other is not None
    body_map.set_status(knot.id, KnotStatus.RESOLVED)
    assert body_map.selected_id is not None  # the other one stays selected
    body_map.selected_id = knot.id
    body_map.set_status(knot.id, KnotStatus.RESOLVED)
    assert body_map.selected_id is None
    assert [m.knot.id for m in body_map.marks()] == [other.id]
    assert body_map.knot_near(150, 130, RADIUS) is None  # hidden knots are not picked
    body_map.set_show_resolved(True)
    assert {m.knot.id for m in body_map.marks()} == {knot.id, other.id}
    body_map.selected_id = knot.id
    body_map.set_show_resolved(False)
    assert body_map.selected_id is None


def test_edit_and_onset_and_delete(body_map: KnotMap) -> None:
    knot = body_map.add_at(150, 130)
    assert knot is not None
    body_map.edit(knot.id, activity=Activity.LATENT, depth=Depth.DEEP, notes="worse after calls")
    body_map.set_onset(knot.id, date(2026, 1, 5))
    stored = body_map.journal.knot(knot.id)
    assert stored is not None
    assert (stored.activity, stored.depth, stored.notes) == (
        Activity.LATENT,
        Depth.DEEP,
        "worse after calls",
    )
    assert stored.onset == date(2026, 1, 5)
    body_map.rate(knot.id, 4)
    body_map.delete(knot.id)
    assert body_map.journal.knot(knot.id) is None
    assert body_map.journal.count("ratings") == 0
    assert body_map.selected_id is None


def test_marks_read_top_to_bottom_with_names_for_screen_readers(
    body_map: KnotMap, clock: FakeClock
) -> None:
    low = body_map.add_at(120, 540)
    high = body_map.add_at(250, 120)
    assert low is not None and high is not None
    body_map.rate(high.id, 8)
    clock.advance(7 * 86400)
    body_map.rate(high.id, 5)
    marks = body_map.marks()
    assert [m.knot.id for m in marks] == [high.id, low.id]
    assert marks[0].accessible_name() == (
        "Right upper trapezius, tenderness 5, active, easing over two weeks"
    )
    assert marks[1].accessible_name() == "Left gluteus maximus, not rated yet, active"
    assert marks[0].trend is Trend.EASING
    assert body_map.counts() == {View.FRONT: 0, View.BACK: 2}


def test_switching_view_drops_the_selection(body_map: KnotMap) -> None:
    body_map.add_at(150, 130)
    body_map.switch_view(View.FRONT)
    assert body_map.selected_id is None and body_map.marks() == []


def test_add_by_name_places_the_knot_in_its_region_beside_others(body_map: KnotMap) -> None:
    region = body_map.body.region(View.FRONT, "deltoid", Side.RIGHT)
    assert region is not None
    first = body_map.add_in(region)
    second = body_map.add_in(region)
    assert body_map.view is View.FRONT
    assert (first.label, second.label) == ("Right deltoid", "Right deltoid 2")
    assert (first.x, first.y) != (second.x, second.y)
    for knot in (first, second):
        assert body_map.body.hit_test(View.FRONT, knot.x * 400, knot.y * 1000) is region
