"""The body map page as a user drives it: mouse, keys, the panel, on the shipped drawing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.body import AXIS_X, catalogue
from core.clock import FakeClock
from core.journal import Journal
from core.records import TEN_KEY_WINDOW_S, Activity, KnotStatus, Side, View
from tests.faults.test_disk_full import FullDisk
from ui.body_map_page import BodyMapPage
from ui.knot_marker import KnotMarker
from ui.knot_panel import NOTES_PAUSE_MS


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: FakeClock) -> Iterator[BodyMapPage]:
    shown = BodyMapPage(journal, clock)
    qtbot.addWidget(shown)
    shown.resize(1100, 900)
    shown.show()
    with qtbot.waitExposed(shown):
        pass
    shown.refresh()
    yield shown


def centre_of(page: BodyMapPage, muscle: str, side: Side) -> QPoint:
    """Widget pixel at the centre of a muscle on the page's current view."""
    body = catalogue()
    region = body.region(page.model.view, muscle, side)
    assert region is not None
    return page.canvas.to_widget(*body.centre(region)).toPoint()


def click(qtbot: QtBot, page: BodyMapPage, point: QPoint) -> None:
    qtbot.mouseClick(page.canvas, Qt.MouseButton.LeftButton, pos=point)


def only_marker(page: BodyMapPage) -> KnotMarker:
    (marker,) = page.canvas.markers.values()
    return marker


def test_click_on_a_muscle_adds_a_knot_the_journal_keeps(
    qtbot: QtBot, page: BodyMapPage, journal: Journal
) -> None:
    click(qtbot, page, centre_of(page, "upper_trapezius", Side.RIGHT))
    (knot,) = journal.knots()
    assert (knot.view, knot.muscle, knot.side) == (View.BACK, "upper_trapezius", Side.RIGHT)
    assert knot.label == "Right upper trapezius"
    marker = only_marker(page)
    assert marker.accessibleName() == "Right upper trapezius, not rated yet, active"
    assert marker.hasFocus() and marker.selected
    assert page.panel.title.text() == "Right upper trapezius"
    assert page.view_tabs.tabText(1) == "Back · 1"


def test_left_and_right_on_both_views(qtbot: QtBot, page: BodyMapPage, journal: Journal) -> None:
    middle = page.canvas.to_widget(AXIS_X, 0).x()
    assert page.canvas.side_labels() == ("YOUR LEFT", "YOUR RIGHT")  # seen from behind
    click(qtbot, page, centre_of(page, "deltoid", Side.LEFT))
    back_knot = journal.knots()[-1]
    assert page.canvas.to_widget(back_knot.x * 400, 0).x() < middle  # back: user's left, left
    assert back_knot.label == "Left deltoid"
    qtbot.keyClick(page.canvas, Qt.Key.Key_F)
    assert page.model.view is View.FRONT
    assert page.view_tabs.currentIndex() == 0
    assert page.canvas.side_labels() == ("YOUR RIGHT", "YOUR LEFT")  # facing you
    right = centre_of(page, "deltoid", Side.RIGHT)
    assert right.x() < middle  # front: the user's right is on the viewer's left
    click(qtbot, page, right)
    front = [k for k in journal.knots() if k.view is View.FRONT]
    assert [k.label for k in front] == ["Right deltoid"]
    assert page.canvas.accessibleName() == "Body map, front view"


def test_click_near_a_knot_selects_it_instead_of_adding_a_twin(
    qtbot: QtBot, page: BodyMapPage, journal: Journal
) -> None:
    point = centre_of(page, "infraspinatus", Side.LEFT)
    click(qtbot, page, point)
    page.canvas.select(None)
    page.panel.show_knot()
    assert page.panel.empty_part.isVisible()
    # the marker covers its own centre, so press just outside it but within the pick radius
    marker = only_marker(page)
    near = point + QPoint(marker.width() // 2 + 2, 0)
    click(qtbot, page, near)
    assert len(journal.knots()) == 1
    assert page.model.selected_id == marker.knot_id
    assert page.panel.editor_part.isVisible()


def test_click_off_the_muscles_says_so(qtbot: QtBot, page: BodyMapPage, journal: Journal) -> None:
    click(qtbot, page, QPoint(5, page.canvas.height() // 2))
    assert journal.knots() == []
    assert "No muscle" in page.status_line.text()


def drag(qtbot: QtBot, page: BodyMapPage, marker: KnotMarker, target: QPoint) -> None:
    """Press a marker's centre, move in two steps to `target` (map pixels), release.
    Each position is mapped into the marker as it is then, as a real pointer's would be."""
    start = marker.mapToParent(marker.rect().center())
    qtbot.mousePress(marker, Qt.MouseButton.LeftButton, pos=marker.rect().center())
    for point in (start + (target - start) / 2, target):
        qtbot.mouseMove(marker, marker.mapFrom(page.canvas, point))
    qtbot.mouseRelease(marker, Qt.MouseButton.LeftButton, pos=marker.mapFrom(page.canvas, target))


def test_drag_moves_a_knot_and_a_drop_off_the_body_puts_it_back(
    qtbot: QtBot, page: BodyMapPage, journal: Journal
) -> None:
    click(qtbot, page, centre_of(page, "infraspinatus", Side.RIGHT))
    target = centre_of(page, "latissimus_dorsi", Side.RIGHT)
    drag(qtbot, page, only_marker(page), target)
    (knot,) = journal.knots()
    assert knot.label == "Right latissimus dorsi"
    placed = page.canvas.to_widget(knot.x * 400, knot.y * 1000)
    assert abs(placed.x() - target.x()) <= 1 and abs(placed.y() - target.y()) <= 1
    drag(qtbot, page, only_marker(page), QPoint(5, 5))
    assert journal.knots() == [knot]
    assert "stayed where it was" in page.status_line.text()
    marker = only_marker(page)
    back = marker.mapToParent(marker.rect().center())
    assert abs(back.x() - placed.x()) <= 1 and abs(back.y() - placed.y()) <= 1


def test_keys_rate_nudge_and_delete_a_knot(
    qtbot: QtBot,
    page: BodyMapPage,
    journal: Journal,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    click(qtbot, page, centre_of(page, "upper_trapezius", Side.LEFT))
    marker = only_marker(page)
    qtbot.keyClick(marker, Qt.Key.Key_7)
    (knot,) = journal.knots()
    assert list(journal.ratings_for(knot.id).tenderness) == [7]
    assert marker.accessibleName() == "Left upper trapezius, tenderness 7, active"
    assert page.panel.tenderness_value.text() == "7/10"
    clock.advance(600)
    qtbot.keyClick(marker, Qt.Key.Key_1)
    clock.advance(TEN_KEY_WINDOW_S / 2)
    qtbot.keyClick(marker, Qt.Key.Key_0)
    assert list(journal.ratings_for(knot.id).tenderness) == [7, 10]
    qtbot.keyClick(marker, Qt.Key.Key_Right)
    moved = journal.knot(knot.id)
    assert moved is not None and moved.x > knot.x and moved.y == knot.y
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return (
            QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(marker, Qt.Key.Key_Delete)
    assert journal.knot(knot.id) is not None  # cancelled
    qtbot.keyClick(marker, Qt.Key.Key_Delete)
    assert journal.knots() == [] and page.canvas.markers == {}
    assert "its 2 ratings" in asked[0]


def test_tab_moves_between_knots_and_f_b_switch_views(
    qtbot: QtBot, page: BodyMapPage, journal: Journal
) -> None:
    for muscle in ("calves", "upper_trapezius", "gluteus_maximus"):
        click(qtbot, page, centre_of(page, muscle, Side.LEFT))
    order = [m.knot.label for m in page.model.marks()]
    assert order == ["Left upper trapezius", "Left gluteus maximus", "Left calves"]
    first = page.canvas.markers[page.model.marks()[0].knot.id]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    selected = journal.knot(page.model.selected_id or "")
    assert selected is not None and selected.label == "Left gluteus maximus"
    assert page.panel.title.text() == "Left gluteus maximus"
    qtbot.keyClick(page.canvas.focusWidget() or page.canvas, Qt.Key.Key_Escape)
    assert page.model.selected_id is None and page.panel.empty_part.isVisible()
    qtbot.keyClick(page.canvas, Qt.Key.Key_F)
    assert page.model.view is View.FRONT and page.canvas.markers == {}
    qtbot.keyClick(page.canvas, Qt.Key.Key_B)
    assert page.model.view is View.BACK and len(page.canvas.markers) == 3


def test_zoom_with_keys_and_wheel_and_back_to_whole_body(qtbot: QtBot, page: BodyMapPage) -> None:
    point = centre_of(page, "rhomboids", Side.LEFT)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Plus)
    assert page.canvas.zoom > 1 and page.zoom_label.text() == f"{round(page.canvas.zoom * 100)} %"
    before = page.canvas.to_canvas(QPointF(point))
    page.canvas.zoom_by(2, QPointF(point))
    after = page.canvas.to_canvas(QPointF(point))
    assert abs(after.x() - before.x()) < 0.01 and abs(after.y() - before.y()) < 0.01
    qtbot.keyClick(page.canvas, Qt.Key.Key_Minus)
    page.fit_button.click()
    assert page.canvas.zoom == 1 and page.zoom_label.text() == "100 %"


def test_panel_edits_go_to_the_journal(qtbot: QtBot, page: BodyMapPage, journal: Journal) -> None:
    click(qtbot, page, centre_of(page, "gluteus_maximus", Side.RIGHT))
    (knot,) = journal.knots()
    panel = page.panel
    panel.rate_buttons[10].click()
    assert journal.ratings_for(knot.id).tenderness == (10,)
    panel.activity_group.button(1).click()
    panel.depth_group.button(1).click()
    panel.onset_mode.setCurrentIndex(1)
    panel.onset_mode.activated.emit(1)
    panel.onset_amount.setValue(3)
    panel.onset_unit.setCurrentText("weeks ago")
    panel.onset_unit.activated.emit(panel.onset_unit.currentIndex())
    qtbot.keyClicks(panel.notes, "sore after long calls")
    qtbot.wait(NOTES_PAUSE_MS + 200)
    stored = journal.knot(knot.id)
    assert stored is not None
    assert stored.activity is Activity.LATENT and stored.depth.value == "deep"
    assert stored.onset == date(2026, 2, 9)  # three weeks before Monday 2 March
    assert "about 3 weeks ago" in panel.onset_words.text()
    assert stored.notes == "sore after long calls"
    panel.resolve_button.click()
    assert journal.knot(knot.id).status is KnotStatus.RESOLVED  # type: ignore[union-attr]
    assert page.canvas.markers == {} and panel.empty_part.isVisible()
    page.show_resolved.setChecked(True)
    assert len(page.canvas.markers) == 1
    assert "resolved" in only_marker(page).accessibleName()


def test_change_the_muscle_of_a_knot_in_layers(
    qtbot: QtBot, page: BodyMapPage, journal: Journal
) -> None:
    click(qtbot, page, centre_of(page, "piriformis", Side.LEFT))
    (knot,) = journal.knots()
    assert knot.muscle == "piriformis"
    combo = page.panel.muscle
    assert combo.itemText(0) == "Piriformis (under the knot)"
    index = combo.findText("Gluteus maximus (under the knot)")
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert journal.knots()[0].label == "Left gluteus maximus"


def test_mark_a_knot_by_name_without_a_pointer(page: BodyMapPage, journal: Journal) -> None:
    panel = page.panel
    panel.add_choice.setCurrentIndex(panel.add_choice.findText("Right levator scapulae"))
    panel.add_button.click()
    (knot,) = journal.knots()
    assert knot.label == "Right levator scapulae"
    assert page.canvas.markers[knot.id].selected


def test_hover_names_the_muscle_under_the_pointer(qtbot: QtBot, page: BodyMapPage) -> None:
    qtbot.mouseMove(page.canvas, centre_of(page, "quadratus_lumborum", Side.RIGHT))
    assert page.canvas.hover is not None
    assert page.canvas.toolTip() == "Right quadratus lumborum"
    assert page.status_line.text().startswith("Right quadratus lumborum — Deep in the low back")
    qtbot.mouseMove(page.canvas, QPoint(3, page.canvas.height() // 2))
    assert page.canvas.hover is None and page.canvas.toolTip() == ""


def test_switching_view_from_a_knot_does_not_walk_through_the_others(
    qtbot: QtBot, page: BodyMapPage
) -> None:
    for muscle in ("calves", "upper_trapezius", "gluteus_maximus"):
        click(qtbot, page, centre_of(page, muscle, Side.RIGHT))
    selections: list[str | None] = []
    page.canvas.selection_changed.connect(lambda: selections.append(page.model.selected_id))
    focused = page.canvas.focusWidget()
    assert isinstance(focused, KnotMarker)
    qtbot.keyClick(focused, Qt.Key.Key_F)
    assert page.model.view is View.FRONT and page.canvas.hasFocus()
    assert all(selected is None for selected in selections)
    page.view_tabs.setCurrentIndex(1)  # the Back tab, as a click or arrow key does
    assert page.model.view is View.BACK and len(page.canvas.markers) == 3


def test_a_label_with_a_right_to_left_override_cannot_reorder_the_words_beside_it(
    qtbot: QtBot, page: BodyMapPage, journal: Journal, clock: FakeClock
) -> None:
    from dataclasses import replace

    from core.bidi import FSI, PDI
    from tests.core.journal_helpers import make_knot

    knot = replace(make_knot(clock, "abc\u202edef"), status=KnotStatus.RESOLVED)
    journal.add_knot(knot)
    page.show_resolved.setChecked(True)
    page.model.selected_id = knot.id
    page.panel.show_knot()
    assert page.panel.title.text() == f"{FSI}abc\u202edef{PDI} (resolved)"
    page.panel.title.grab().save("/tmp/whole-bidi-title.png")


def test_on_a_full_disk_the_panel_says_not_saved_yet_and_the_map_keeps_the_knot(
    qtbot: QtBot, page: BodyMapPage, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FullDisk(journal._db)
    monkeypatch.setattr(journal, "_db", disk)
    disk.full = True
    click(qtbot, page, centre_of(page, "upper_trapezius", Side.RIGHT))
    panel = page.panel
    panel.rate_buttons[6].click()
    assert journal.knots() == [] and disk.refused >= 1  # nothing in the journal yet
    assert panel.writes_problem.isVisible()
    assert panel.writes_problem.text().startswith("Not saved yet: ")
    assert panel.tenderness_value.text() == "6/10"  # what the user did, shown as done
    assert only_marker(page).accessibleName() == "Right upper trapezius, tenderness 6, active"
    assert panel.title.text() == "Right upper trapezius"
    page.grab().save("/tmp/harden-body-map-not-saved.png")
    disk.full = False
    panel.rate_buttons[5].click()  # a correction: it and what waited are written, in order
    assert not panel.writes_problem.isVisible()
    (knot,) = journal.knots()
    assert journal.ratings_for(knot.id).tenderness == (5,)
