"""Settings → Reminders: every field saves to the store and the settings file at once; a
value core.settings refuses stays in its field with the reason right under it (and in its
accessible description), nothing is saved, and a good value clears the message."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateTimeEdit, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.paths import Paths
from core.records import ReminderKind
from core.reminders import INTERVAL_KINDS
from core.settings import Settings, SettingsError, SettingsStore
from ui.reminder_settings import ReminderSettingsBox

WATER = ReminderKind.WATER


@pytest.fixture
def store(paths: Paths, clock: FakeClock) -> SettingsStore:
    return SettingsStore(paths.config, clock)


@pytest.fixture
def box(qtbot: QtBot, store: SettingsStore) -> Iterator[ReminderSettingsBox]:
    shown = ReminderSettingsBox(store)
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown


def saved(store: SettingsStore) -> dict[str, Any]:
    return json.loads(store.path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def type_into(qtbot: QtBot, field: QAbstractSpinBox, text: str) -> None:
    """Type a value over the field's number (or hour) as a user would, then Enter."""
    field.setFocus()
    if isinstance(field, QDateTimeEdit):
        field.setSelectedSection(QDateTimeEdit.Section.HourSection)
    else:
        field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def set_time(edit: QTimeEdit, text: str) -> None:
    edit.setTime(QTime.fromString(text, "HH:mm"))


def message_at(box: ReminderSettingsBox, field: QWidget) -> str:
    label = box.error_label(field)
    return label.text() if label.isVisible() else ""


# Every field saves


FIELDS: list[tuple[str, Callable[[ReminderSettingsBox], None], Any]] = [
    ("work_days", lambda b: b.days[5].setChecked(True), [0, 1, 2, 3, 4, 5]),
    ("work_start", lambda b: set_time(b.work_start, "08:15"), "08:15"),
    ("work_end", lambda b: set_time(b.work_end, "16:45"), "16:45"),
    ("quiet_start", lambda b: set_time(b.quiet_start, "23:30"), "23:30"),
    ("quiet_end", lambda b: set_time(b.quiet_end, "06:00"), "06:00"),
    ("daily_session_on", lambda b: b.session_on.setChecked(False), False),
    ("daily_session_at", lambda b: set_time(b.session_at, "12:30"), "12:30"),
    ("water_goal_ml", lambda b: b.water_goal.setValue(2500), 2500),
    ("glass_ml", lambda b: b.glass.setValue(300), 300),
    ("escalate_after", lambda b: b.escalate.setValue(3), 3),
    ("quiet_in_fullscreen", lambda b: b.fullscreen.setChecked(False), False),
]
for _kind in INTERVAL_KINDS:
    FIELDS += [
        (f"{_kind}_on", lambda b, k=_kind: b.on[k].setChecked(False), False),
        (f"{_kind}_every", lambda b, k=_kind: b.every[k].setValue(45), 45),
    ]


@pytest.mark.parametrize(("name", "edit", "value"), FIELDS, ids=[f[0] for f in FIELDS])
def test_each_field_saves_to_the_store_and_the_file(
    qtbot: QtBot,
    box: ReminderSettingsBox,
    store: SettingsStore,
    name: str,
    edit: Callable[[ReminderSettingsBox], None],
    value: Any,
) -> None:
    assert getattr(store.settings, name) != value
    with qtbot.waitSignal(box.changed, timeout=1000):
        edit(box)
    expected = tuple(value) if isinstance(value, list) else value
    assert getattr(store.settings, name) == expected
    assert saved(store)[name] == value
    assert not box.status.isVisible()


def test_the_box_shows_the_stored_settings(qtbot: QtBot, paths: Paths, clock: FakeClock) -> None:
    store = SettingsStore(paths.config, clock)
    store.change(work_days=[0, 2], work_start="08:00", water_every=90, posture_on=False)
    store.change(micro_break_hours="10:00-12:00", escalate_after=2, glass_ml=200)
    box = ReminderSettingsBox(store)
    qtbot.addWidget(box)
    assert box.title() == "Reminders"
    assert [b.isChecked() for b in box.days] == [True, False, True, False, False, False, False]
    assert box.work_start.time() == QTime(8, 0)
    assert box.every[WATER].value() == 90
    assert not box.on[ReminderKind.POSTURE].isChecked()
    micro = ReminderKind.MICRO_BREAK
    assert box.hours[micro].currentText() == "Own hours"
    assert box.hours_from[micro].isEnabled() and box.hours_from[micro].time() == QTime(10, 0)
    assert box.hours_until[micro].time() == QTime(12, 0)
    # A reminder on the working hours shows them, greyed.
    assert box.hours[WATER].currentText() == "Working hours"
    assert not box.hours_from[WATER].isEnabled()
    assert box.hours_from[WATER].time() == QTime(8, 0)
    assert box.escalate.text() == "after 2 ignored in a row"
    assert box.glass.text() == "200 ml"


# Refusals, at the field


@pytest.mark.parametrize("kind", INTERVAL_KINDS)
@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("0", "0 minutes is under the shortest interval, 1 minute"),
        ("481", "481 minutes is over the longest interval, 8 hours"),
    ],
)
def test_an_interval_out_of_range_is_refused_at_its_field(
    qtbot: QtBot, paths: Paths, clock: FakeClock, kind: ReminderKind, typed: str, reason: str
) -> None:
    store = SettingsStore(paths.config, clock)
    store.change(volume=50)  # so there is a file to leave alone
    before = store.path.read_bytes()
    box = ReminderSettingsBox(store)
    qtbot.addWidget(box)
    with qtbot.waitActive(box):
        box.show()
        box.activateWindow()
    field = box.every[kind]
    stored = getattr(store.settings, f"{kind}_every")
    emitted: list[None] = []
    box.changed.connect(lambda: emitted.append(None))

    type_into(qtbot, field, typed)
    assert field.value() == int(typed)  # the typed value stays, to be corrected
    assert message_at(box, field) == f"⚠ {reason}"
    assert field.accessibleDescription() == reason
    assert getattr(store.settings, f"{kind}_every") == stored
    assert store.path.read_bytes() == before
    assert emitted == []
    for other in INTERVAL_KINDS:  # the message is at this reminder's row only
        if other != kind:
            assert message_at(box, box.every[other]) == ""
    label = box.error_label(field)
    top = field.mapTo(box, field.rect().bottomLeft()).y()
    assert top <= label.mapTo(box, label.rect().topLeft()).y() < top + field.height()
    assert (
        label.mapTo(box, label.rect().topLeft()).x() == field.mapTo(box, field.rect().topLeft()).x()
    )

    type_into(qtbot, field, "25")
    assert getattr(store.settings, f"{kind}_every") == 25
    assert saved(store)[f"{kind}_every"] == 25
    assert message_at(box, field) == ""
    assert field.accessibleDescription() == ""
    assert emitted == [None]


def test_unticking_a_weekday_saves_the_working_days(
    qtbot: QtBot, box: ReminderSettingsBox, store: SettingsStore
) -> None:
    qtbot.mouseClick(box.days[2], Qt.MouseButton.LeftButton)
    assert store.settings.work_days == (0, 1, 3, 4)
    assert saved(store)["work_days"] == [0, 1, 3, 4]
    box.days[2].setFocus()
    qtbot.keyClick(box.days[2], Qt.Key.Key_Space)
    assert saved(store)["work_days"] == [0, 1, 2, 3, 4]


def test_a_working_day_that_ends_before_it_starts_is_refused_at_the_working_hours(
    qtbot: QtBot, box: ReminderSettingsBox, store: SettingsStore
) -> None:
    emitted: list[None] = []
    box.changed.connect(lambda: emitted.append(None))
    type_into(qtbot, box.work_start, "18")  # 18:00, after the end at 17:30
    assert box.work_start.time() == QTime(18, 0)
    reason = "the working day must end after it starts"
    assert message_at(box, box.work_start) == f"⚠ {reason}"
    assert box.error_label(box.work_end) is box.error_label(box.work_start)
    assert box.work_start.accessibleDescription() == reason
    assert box.work_end.accessibleDescription() == reason
    assert store.settings.work_start == "09:00"
    assert not store.path.exists()  # not one digit of the typing was saved
    assert emitted == []

    type_into(qtbot, box.work_end, "19")  # the field pair is saved as it stands
    assert (store.settings.work_start, store.settings.work_end) == ("18:00", "19:30")
    assert (saved(store)["work_start"], saved(store)["work_end"]) == ("18:00", "19:30")
    assert message_at(box, box.work_start) == ""
    assert box.work_start.accessibleDescription() == ""
    assert emitted == [None]
    # Reminders on the working hours now show the new ones.
    assert box.hours_from[WATER].time() == QTime(18, 0)


def test_own_hours_save_and_working_hours_save_empty(
    qtbot: QtBot, box: ReminderSettingsBox, store: SettingsStore
) -> None:
    assert not box.hours_from[WATER].isEnabled()
    box.hours[WATER].setCurrentIndex(1)  # "Own hours", starting from the working hours
    assert box.hours_from[WATER].isEnabled() and box.hours_until[WATER].isEnabled()
    assert store.settings.water_hours == "09:00-17:30"
    set_time(box.hours_from[WATER], "08:00")
    set_time(box.hours_until[WATER], "20:00")
    assert store.settings.water_hours == "08:00-20:00"
    assert saved(store)["water_hours"] == "08:00-20:00"

    type_into(qtbot, box.hours_from[WATER], "21")
    assert message_at(box, box.hours_from[WATER]) == "⚠ 21:00-20:00 ends before it starts"
    assert box.hours[WATER].accessibleDescription() == "21:00-20:00 ends before it starts"
    assert saved(store)["water_hours"] == "08:00-20:00"

    box.hours[WATER].setCurrentIndex(0)  # back to "Working hours"
    assert store.settings.water_hours == ""
    assert saved(store)["water_hours"] == ""
    assert message_at(box, box.hours_from[WATER]) == ""
    assert not box.hours_from[WATER].isEnabled()
    assert box.hours_from[WATER].time() == QTime(9, 0)


def test_two_refusals_in_one_row_are_both_shown_and_cleared_one_by_one(
    qtbot: QtBot, box: ReminderSettingsBox
) -> None:
    type_into(qtbot, box.every[WATER], "0")
    box.hours[WATER].setCurrentIndex(1)
    type_into(qtbot, box.hours_from[WATER], "20")
    assert message_at(box, box.every[WATER]) == (
        "⚠ 0 minutes is under the shortest interval, 1 minute\n⚠ 20:00-17:30 ends before it starts"
    )
    type_into(qtbot, box.every[WATER], "30")
    assert message_at(box, box.every[WATER]) == "⚠ 20:00-17:30 ends before it starts"
    assert box.every[WATER].accessibleDescription() == ""
    assert box.hours_from[WATER].accessibleDescription() == "20:00-17:30 ends before it starts"


def test_escalation_never_is_zero(
    qtbot: QtBot, box: ReminderSettingsBox, store: SettingsStore
) -> None:
    assert box.escalate.text() == "Never"
    type_into(qtbot, box.escalate, "2")
    assert store.settings.escalate_after == 2
    assert box.escalate.text() == "after 2 ignored in a row"
    qtbot.keyClick(box.escalate, Qt.Key.Key_Down)
    qtbot.keyClick(box.escalate, Qt.Key.Key_Down)
    assert box.escalate.text() == "Never"
    assert store.settings.escalate_after == 0
    assert saved(store)["escalate_after"] == 0
    type_into(qtbot, box.escalate, "11")
    assert message_at(box, box.escalate) == "⚠ 11 is outside 0–10"
    assert store.settings.escalate_after == 0


def test_changed_comes_after_a_save_only(
    qtbot: QtBot, box: ReminderSettingsBox, store: SettingsStore
) -> None:
    emitted: list[None] = []
    box.changed.connect(lambda: emitted.append(None))
    type_into(qtbot, box.glass, "10")  # under the smallest glass
    assert emitted == [] and message_at(box, box.glass) == "⚠ 10 ml is outside 50–1000 ml"
    type_into(qtbot, box.glass, "330")
    assert emitted == [None] and store.settings.glass_ml == 330
    box.glass.setFocus()
    box.water_goal.setFocus()  # editingFinished with nothing new: no second save
    assert emitted == [None]


def test_a_settings_file_that_cannot_be_saved_is_said_at_the_field(
    qtbot: QtBot, box: ReminderSettingsBox, store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(**_: Any) -> Settings:
        raise SettingsError("", "settings.json: cannot save settings (Read-only file system)")

    monkeypatch.setattr(store, "change", refuse)
    box.fullscreen.setChecked(False)
    assert message_at(box, box.fullscreen) == (
        "⚠ settings.json: cannot save settings (Read-only file system)"
    )
    assert store.settings.quiet_in_fullscreen


def test_refresh_redraws_from_the_store_and_drops_refused_values(
    qtbot: QtBot, box: ReminderSettingsBox, store: SettingsStore
) -> None:
    type_into(qtbot, box.every[WATER], "0")
    store.change(water_every=75, posture_hours="07:00-09:00", work_days=[1])
    box.refresh()
    assert box.every[WATER].value() == 75
    assert message_at(box, box.every[WATER]) == ""
    assert box.every[WATER].accessibleDescription() == ""
    assert box.hours[ReminderKind.POSTURE].currentText() == "Own hours"
    assert [b.isChecked() for b in box.days] == [False, True, False, False, False, False, False]
    assert saved(store)["water_every"] == 75  # redrawing saved nothing of its own


# Keyboard and screen readers


def test_tab_reaches_every_field_in_order(qtbot: QtBot, box: ReminderSettingsBox) -> None:
    box.hours[WATER].setCurrentIndex(1)  # so water's own hours take part too
    expected: list[QWidget] = [*box.days, box.work_start, box.work_end]
    expected += [box.quiet_start, box.quiet_end]
    for kind in INTERVAL_KINDS:
        expected += [box.on[kind], box.every[kind], box.hours[kind]]
        if kind == WATER:
            expected += [box.hours_from[kind], box.hours_until[kind]]
    expected += [box.session_on, box.session_at, box.water_goal, box.glass]
    expected += [box.escalate, box.fullscreen]
    box.days[0].setFocus()
    reached: list[QWidget] = [box.days[0]]
    for _ in range(3 * len(expected)):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        widget = _field_of(QApplication.focusWidget(), expected)
        if widget is not None and widget is not reached[-1]:
            if widget is box.days[0]:
                break
            reached.append(widget)
    assert reached == expected


def _field_of(widget: QWidget | None, fields: list[QWidget]) -> QWidget | None:
    """The field that holds `widget` (a spin box's line edit is inside it)."""
    while widget is not None and widget not in fields:
        widget = widget.parentWidget()
    return widget


def test_every_field_has_an_accessible_name_or_its_own_words(box: ReminderSettingsBox) -> None:
    fields: list[QWidget] = [*box.days, box.work_start, box.work_end, box.quiet_start]
    fields += [box.quiet_end, box.session_on, box.session_at, box.water_goal, box.glass]
    fields += [box.escalate]
    for kind in INTERVAL_KINDS:
        fields += [box.on[kind], box.every[kind], box.hours[kind]]
        fields += [box.hours_from[kind], box.hours_until[kind]]
    names = [field.accessibleName() for field in fields]
    assert all(names) and len(set(names)) == len(names)
    assert box.days[0].accessibleName() == "Monday" and box.days[0].text() == "Mon"
    assert box.every[WATER].accessibleName() == "Water: every, in minutes"
    assert box.fullscreen.text().startswith("Only quiet notifications")
