"""Settings → Reminders: the working day and the quiet hours, each reminder's interval and
hours, the water goal and how reminders nudge.

Saved on change, like the other settings boxes. Every value goes to SettingsStore.change,
which alone decides what is allowed: a value it refuses stays in its field with the reason
right under it (and in the field's accessible description), and nothing is saved until
the field holds a value the settings take.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.records import ReminderKind
from core.reminder_texts import TEXTS
from core.reminders import INTERVAL_KINDS
from core.settings import Settings, SettingsError, SettingsStore
from core.units import ML, in_unit, to_ml, unit_text

WORKING_HOURS, OWN_HOURS = 0, 1  # the active-hours choices, in the order shown
TIME_FORMAT = "HH:mm"
WARNING = "⚠ "
SPACING = 6


@dataclass
class _Group:
    """Settings saved together from their widgets, and the label that says why not."""

    names: tuple[str, ...]
    widgets: Sequence[QWidget]
    error: QLabel
    message: str = ""
    sharing: list[_Group] = field(default_factory=list)  # every group with this `error`


@dataclass(frozen=True)
class _Binding:
    """How one setting is read from and drawn into its widgets."""

    read: Callable[[], Any]
    draw: Callable[[Any], None]


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setKeyboardTracking(False)  # timeChanged once the user is done typing, not per digit
    edit.setAccessibleName(name)
    return edit


def number_field(name: str, shown: str, step: int, most: int) -> QSpinBox:
    """A spin box that takes any number up to `most` (beyond what the settings allow), so
    that core.settings decides and says why. `shown` is its text with `{n}` for the
    number: what comes before and after it become the prefix and the suffix."""
    spin = QSpinBox()
    spin.setRange(0, most)
    spin.setSingleStep(step)
    prefix, _, suffix = shown.partition("{n}")
    spin.setPrefix(prefix)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    spin.setAccessibleName(name)
    return spin


def _text(edit: QTimeEdit) -> str:
    return edit.time().toString(TIME_FORMAT)


def _set_time(edit: QTimeEdit, text: str) -> None:
    edit.setTime(QTime.fromString(text, TIME_FORMAT))


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _under(content: QHBoxLayout | QWidget, error: QLabel) -> QVBoxLayout:
    """A field (left-aligned) with its error line right under it."""
    row = QHBoxLayout()
    if isinstance(content, QWidget):
        row.addWidget(content)
    else:
        row.addLayout(content)
    row.addStretch(1)
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addLayout(row)
    column.addWidget(error)
    return column


class ReminderSettingsBox(QGroupBox):
    """The reminder settings, saved at once; `changed` says a save went through."""

    changed = Signal()

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(translate("reminder_settings", "Reminders"), parent)
        self._store = store
        self._loading = False
        self._groups: list[_Group] = []
        self._bindings: dict[str, _Binding] = {}
        self.status = _error_label()  # a refusal that belongs to no field here

        locale = QLocale()  # day names in the app's language, Monday first
        short = QLocale.FormatType.ShortFormat
        self.days = [QCheckBox(locale.dayName(day, short)) for day in range(1, 8)]
        for day, box in enumerate(self.days, start=1):
            box.setAccessibleName(locale.dayName(day, QLocale.FormatType.LongFormat))
        self.work_start = _time_edit(translate("reminder_settings", "Working hours from"))
        self.work_end = _time_edit(translate("reminder_settings", "Working hours until"))
        self.quiet_start = _time_edit(translate("reminder_settings", "Quiet hours from"))
        self.quiet_end = _time_edit(translate("reminder_settings", "Quiet hours until"))
        self.on: dict[ReminderKind, QCheckBox] = {}
        self.every: dict[ReminderKind, QSpinBox] = {}
        self.hours: dict[ReminderKind, QComboBox] = {}
        self.hours_from: dict[ReminderKind, QTimeEdit] = {}
        self.hours_until: dict[ReminderKind, QTimeEdit] = {}
        for kind in INTERVAL_KINDS:
            name = TEXTS[kind].name
            self.on[kind] = QCheckBox(name)
            self.on[kind].setAccessibleName(
                translate("reminder_settings", "{reminder} reminder").format(reminder=name)
            )
            self.every[kind] = number_field(
                translate("reminder_settings", "{reminder}: every, in minutes").format(
                    reminder=name
                ),
                translate("reminder_settings", "every {n} min"),
                5,
                9_999,
            )
            self.hours[kind] = QComboBox()
            self.hours[kind].addItems(
                [
                    translate("reminder_settings", "Working hours"),
                    translate("reminder_settings", "Own hours"),
                ]
            )
            self.hours[kind].setAccessibleName(
                translate("reminder_settings", "{reminder}: active hours").format(reminder=name)
            )
            self.hours_from[kind] = _time_edit(
                translate("reminder_settings", "{reminder}: own hours from").format(reminder=name)
            )
            self.hours_until[kind] = _time_edit(
                translate("reminder_settings", "{reminder}: own hours until").format(reminder=name)
            )
        session = TEXTS[ReminderKind.DAILY_SESSION].name
        self.session_on = QCheckBox(session)
        self.session_on.setAccessibleName(
            translate("reminder_settings", "{reminder} reminder").format(reminder=session)
        )
        self.session_at = _time_edit(
            translate("reminder_settings", "{reminder} at").format(reminder=session)
        )
        self.water_goal = number_field(
            translate("reminder_settings", "Water goal per day"), "{n}", 250, 99_999
        )
        self.glass = number_field(translate("reminder_settings", "Glass size"), "{n}", 50, 9_999)
        self.escalate = number_field(
            translate("reminder_settings", "Bring a reminder to the front"),
            translate("reminder_settings", "after {n} ignored in a row"),
            1,
            99,
        )
        self.escalate.setSpecialValueText(translate("reminder_settings", "Never"))
        self.fullscreen = QCheckBox(
            translate(
                "reminder_settings",
                "Only quiet notifications while a full-screen window is in front",
            )
        )
        self._bind()

        outer = QVBoxLayout(self)
        outer.addWidget(self.status)
        outer.addLayout(self._day_form())
        outer.addSpacing(SPACING)
        outer.addLayout(self._reminder_grid())
        outer.addSpacing(SPACING)
        outer.addLayout(self._nudge_form())
        self._set_tab_order()
        self.refresh()

    def _bind(self) -> None:
        def check_box(box: QCheckBox) -> _Binding:
            return _Binding(box.isChecked, box.setChecked)

        def time_edit(edit: QTimeEdit) -> _Binding:
            return _Binding(partial(_text, edit), partial(_set_time, edit))

        def spin(box: QSpinBox) -> _Binding:
            return _Binding(box.value, box.setValue)

        def amount(box: QSpinBox) -> _Binding:
            """Water in the unit chosen under Appearance; the settings keep ml."""

            def read() -> int:
                unit = self._store.settings.water_unit
                stored = getattr(self._store.settings, box.objectName())
                if box.value() == round(in_unit(stored, unit)):
                    return int(stored)  # unchanged: no rounding through fl oz
                return to_ml(box.value(), unit)

            def draw(ml: int) -> None:
                unit = self._store.settings.water_unit
                box.setSuffix(" " + unit_text(unit))
                box.setSingleStep((250 if box is self.water_goal else 50) if unit == ML else 1)
                box.setValue(round(in_unit(ml, unit)))

            return _Binding(read, draw)

        bind = self._bindings
        bind["work_days"] = _Binding(self._work_days, self._draw_work_days)
        bind["work_start"] = time_edit(self.work_start)
        bind["work_end"] = time_edit(self.work_end)
        bind["quiet_start"] = time_edit(self.quiet_start)
        bind["quiet_end"] = time_edit(self.quiet_end)
        for kind in INTERVAL_KINDS:
            bind[f"{kind.value}_on"] = check_box(self.on[kind])
            bind[f"{kind.value}_every"] = spin(self.every[kind])
            bind[f"{kind.value}_hours"] = _Binding(
                partial(self._own_hours, kind), partial(self._draw_own_hours, kind)
            )
        bind["daily_session_on"] = check_box(self.session_on)
        bind["daily_session_at"] = time_edit(self.session_at)
        self.water_goal.setObjectName("water_goal_ml")
        self.glass.setObjectName("glass_ml")
        bind["water_goal_ml"] = amount(self.water_goal)
        bind["glass_ml"] = amount(self.glass)
        bind["escalate_after"] = spin(self.escalate)
        bind["quiet_in_fullscreen"] = check_box(self.fullscreen)

    # ------------------------------------------------------------------ layout

    def _day_form(self) -> QFormLayout:
        form = QFormLayout()
        days = QHBoxLayout()
        for box in self.days:
            days.addWidget(box)
        label = QLabel(translate("reminder_settings", "Working days:"))
        label.setBuddy(self.days[0])
        error = _error_label()
        form.addRow(label, _under(days, error))
        self._add(("work_days",), self.days, error)
        for caption, start, end, names, note in (
            (
                translate("reminder_settings", "Working hours:"),
                self.work_start,
                self.work_end,
                ("work_start", "work_end"),
                "",
            ),
            (
                translate("reminder_settings", "Quiet hours:"),
                self.quiet_start,
                self.quiet_end,
                ("quiet_start", "quiet_end"),
                translate("reminder_settings", "no reminders then"),
            ),
        ):
            label = QLabel(caption)
            label.setBuddy(start)
            until = QLabel(translate("reminder_settings", "until"))
            until.setBuddy(end)
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            for widget in (start, until, end):
                row.addWidget(widget)
            if note:
                row.addSpacing(8)
                row.addWidget(QLabel(note))
            error = _error_label()
            form.addRow(label, _under(row, error))
            self._add(names, (start, end), error)
        return form

    def _reminder_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        row = 0
        for kind in INTERVAL_KINDS:
            until = QLabel(translate("reminder_settings", "until"))
            until.setBuddy(self.hours_until[kind])
            own_hours = (self.hours[kind], self.hours_from[kind], self.hours_until[kind])
            cells = (self.on[kind], self.every[kind], own_hours[0], own_hours[1], until)
            for column, widget in enumerate((*cells, own_hours[2])):
                grid.addWidget(widget, row, column)
            error = _error_label()
            grid.addWidget(error, row + 1, 1, 1, 6)
            self._add((f"{kind.value}_on",), (self.on[kind],), error)
            self._add((f"{kind.value}_every",), (self.every[kind],), error)
            self._add((f"{kind.value}_hours",), own_hours, error)
            self.hours[kind].currentIndexChanged.connect(partial(self._enable_own_hours, kind))
            row += 2
        at = QHBoxLayout()
        at.setSpacing(SPACING)
        at_label = QLabel(translate("reminder_settings", "at"))
        at_label.setBuddy(self.session_at)
        at.addWidget(at_label)
        at.addWidget(self.session_at)
        at.addStretch(1)
        grid.addWidget(self.session_on, row, 0)
        grid.addLayout(at, row, 1)
        error = _error_label()
        grid.addWidget(error, row + 1, 1, 1, 6)
        self._add(("daily_session_on",), (self.session_on,), error)
        self._add(("daily_session_at",), (self.session_at,), error)
        grid.setColumnStretch(6, 1)
        return grid

    def _nudge_form(self) -> QFormLayout:
        form = QFormLayout()
        for caption, spin, name in (
            (
                translate("reminder_settings", "Water goal per day:"),
                self.water_goal,
                "water_goal_ml",
            ),
            (translate("reminder_settings", "Glass size:"), self.glass, "glass_ml"),
            (
                translate("reminder_settings", "Bring a reminder to the front:"),
                self.escalate,
                "escalate_after",
            ),
        ):
            label = QLabel(caption)
            label.setBuddy(spin)
            error = _error_label()
            form.addRow(label, _under(spin, error))
            self._add((name,), (spin,), error)
        error = _error_label()
        form.addRow(_under(self.fullscreen, error))
        self._add(("quiet_in_fullscreen",), (self.fullscreen,), error)
        return form

    def _add(self, names: tuple[str, ...], widgets: Sequence[QWidget], error: QLabel) -> None:
        """Save `names` from their widgets whenever one of `widgets` is done changing."""
        group = _Group(names, widgets, error)
        sharing = [g for g in self._groups if g.error is error]
        group.sharing = sharing[0].sharing if sharing else []
        group.sharing.append(group)
        self._groups.append(group)
        save = partial(self._save, group)
        for widget in widgets:
            if isinstance(widget, QCheckBox):
                widget.toggled.connect(save)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(save)
            elif isinstance(widget, QTimeEdit):
                widget.timeChanged.connect(save)
                widget.editingFinished.connect(save)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(save)
                widget.editingFinished.connect(save)

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [*self.days, self.work_start, self.work_end]
        order += [self.quiet_start, self.quiet_end]
        for kind in INTERVAL_KINDS:
            order += [self.on[kind], self.every[kind], self.hours[kind]]
            order += [self.hours_from[kind], self.hours_until[kind]]
        order += [self.session_on, self.session_at, self.water_goal, self.glass]
        order += [self.escalate, self.fullscreen]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def error_label(self, widget: QWidget) -> QLabel:
        """The label under `widget` that says why a value there was refused."""
        return next(g.error for g in self._groups if widget in g.widgets)

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Redraw every field from the stored settings, dropping any refused value."""
        values = self._store.settings
        self._loading = True
        try:
            for name, binding in self._bindings.items():
                binding.draw(getattr(values, name))
        finally:
            self._loading = False
        self._show_working_hours(values)
        for group in self._groups:
            self._tell(group, "")
        self._tell_status("")

    def _work_days(self) -> tuple[int, ...]:
        return tuple(day for day, box in enumerate(self.days) if box.isChecked())

    def _draw_work_days(self, days: tuple[int, ...]) -> None:
        for day, box in enumerate(self.days):
            box.setChecked(day in days)

    def _own_hours(self, kind: ReminderKind) -> str:
        if self.hours[kind].currentIndex() == WORKING_HOURS:
            return ""
        return f"{_text(self.hours_from[kind])}-{_text(self.hours_until[kind])}"

    def _draw_own_hours(self, kind: ReminderKind, hours: str) -> None:
        self.hours[kind].setCurrentIndex(OWN_HOURS if hours else WORKING_HOURS)
        self._enable_own_hours(kind)
        if hours:
            start, _, end = hours.partition("-")
            _set_time(self.hours_from[kind], start)
            _set_time(self.hours_until[kind], end)

    def _enable_own_hours(self, kind: ReminderKind, *_: object) -> None:
        own = self.hours[kind].currentIndex() == OWN_HOURS
        self.hours_from[kind].setEnabled(own)
        self.hours_until[kind].setEnabled(own)

    def _show_working_hours(self, values: Settings) -> None:
        """A reminder on the working hours shows them, greyed, where its own hours go."""
        loading, self._loading = self._loading, True
        for kind in INTERVAL_KINDS:
            if self.hours[kind].currentIndex() == WORKING_HOURS:
                _set_time(self.hours_from[kind], values.work_start)
                _set_time(self.hours_until[kind], values.work_end)
        self._loading = loading

    def _save(self, group: _Group, *_: object) -> None:
        if self._loading:
            return
        values = {name: self._bindings[name].read() for name in group.names}
        stored = self._store.settings
        if not group.message and all(getattr(stored, k) == v for k, v in values.items()):
            return  # nothing new (editingFinished after valueChanged, or a step back)
        try:
            settings = self._store.change(**values)
        except SettingsError as error:
            if error.setting in values or not error.setting:  # "": the file cannot be saved
                self._tell(group, error.reason)
            else:
                self._tell_status(str(error))
            return
        self._tell(group, "")
        self._tell_status("")
        self._show_working_hours(settings)
        self.changed.emit()

    def _tell(self, group: _Group, message: str) -> None:
        """Show or clear why `group`'s value was refused, under it and to screen readers."""
        group.message = message
        for widget in group.widgets:
            widget.setAccessibleDescription(message)
        lines = [WARNING + g.message for g in group.sharing if g.message]
        group.error.setText("\n".join(lines))
        group.error.setVisible(bool(lines))

    def _tell_status(self, message: str) -> None:
        self.status.setText(WARNING + message if message else "")
        self.status.setVisible(bool(message))
