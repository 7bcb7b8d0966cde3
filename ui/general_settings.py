"""Settings → Sessions and Appearance: default durations, water unit, theme, language
and start at login. Each value is checked by core.settings and saved at once; a value
out of range is refused under its field, in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import UnknotError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.settings import LANGUAGES, THEMES, WATER_UNITS, SettingsError, SettingsStore
from core.units import unit_text
from ui.reminder_settings import WARNING, number_field
from ui.translation import LANGUAGE_NAMES

THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("general_settings", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("general_settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("general_settings", "Dark"),
}


class StartAtLogin(Protocol):
    """What the start-at-login switch needs (core/autostart.py gives one per platform)."""

    def enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


class FieldNote(QLabel):
    """The line under a field: why a value was refused, or a hint."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setVisible(False)

    def say(self, text: str, field: QWidget | None = None) -> None:
        """Show `text` (or hide when empty); screen readers hear it with the field."""
        self.setText(text)
        self.setVisible(bool(text))
        if field is not None:
            field.setAccessibleDescription(text)


def _with_note(field: QWidget, note: FieldNote) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(note)
    return column


def add_field(form: QFormLayout, label: str, field: QWidget, note: FieldNote) -> None:
    """A labelled row with its note under the field; the label is the field's buddy, so
    its &-key moves there and screen readers read it as the field's name."""
    caption = QLabel(label)
    caption.setBuddy(field)
    if not field.accessibleName():  # a combo box would otherwise be named by its value
        field.setAccessibleName(label.replace("&", "").rstrip(":").strip())
    form.addRow(caption, _with_note(field, note))


def _seconds(name: str) -> QSpinBox:
    """Seconds, taking more than the settings allow, so core.settings says why."""
    return number_field(name, translate("general_settings", "{n} s"), 5, 999)


class SessionSettingsBox(QGroupBox):
    """How long the holds and stretches of "Today's knots" last."""

    changed = Signal()

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(translate("general_settings", "Sessions"), parent)
        self._store = store
        self.hold = _seconds(translate("general_settings", "Ball hold length"))
        self.stretch = _seconds(translate("general_settings", "Stretch length"))
        self.notes = {"hold_seconds": FieldNote(), "stretch_seconds": FieldNote()}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        hint = QLabel(
            translate(
                "general_settings",
                "For the session built from your knots. A hold lasts 30–90 s, a stretch"
                " 10–60 s; routines keep their own times.",
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        add_field(
            form,
            translate("general_settings", "Ball &hold:"),
            self.hold,
            self.notes["hold_seconds"],
        )
        add_field(
            form,
            translate("general_settings", "S&tretch:"),
            self.stretch,
            self.notes["stretch_seconds"],
        )
        self.refresh()
        self.hold.valueChanged.connect(lambda v: self._save("hold_seconds", v, self.hold))
        self.stretch.valueChanged.connect(lambda v: self._save("stretch_seconds", v, self.stretch))

    def refresh(self) -> None:
        """Show the stored values."""
        values = self._store.settings
        for spin, value in (
            (self.hold, values.hold_seconds),
            (self.stretch, values.stretch_seconds),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _save(self, name: str, value: int, field: QWidget) -> None:
        note = self.notes[name]
        if _saved(self._store, name, value, lambda text: note.say(text, field)):
            self.changed.emit()


def _saved(store: SettingsStore, name: str, value: Any, tell: Callable[[str], None]) -> bool:
    """Save one value; tell why not (in words, at the field) when it is refused."""
    try:
        store.change(**{name: value})
    except SettingsError as error:
        tell(WARNING + (error.reason if error.setting == name else str(error)))
        return False
    tell("")
    return True


class AppearanceBox(QGroupBox):
    """Theme, language, the water unit and starting at login."""

    theme_changed = Signal(str)
    units_changed = Signal()

    def __init__(
        self,
        store: SettingsStore,
        login: StartAtLogin | None,
        language_in_use: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("general_settings", "Appearance and start"), parent)
        self._store = store
        self._login = login
        self._language_in_use = language_in_use
        self.theme = QComboBox()
        for key in THEMES:
            self.theme.addItem(translate("general_settings", THEME_NAMES[key]), key)
        self.language = QComboBox()
        self.language.addItem(translate("general_settings", "Follow the system"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.unit = QComboBox()
        for unit in WATER_UNITS:
            self.unit.addItem(unit_text(unit), unit)
        self.start_at_login = QCheckBox(
            translate("general_settings", "Start Unknot in the tray when I log in")
        )
        self.notes = {name: FieldNote() for name in ("theme", "language", "water_unit", "login")}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        add_field(form, translate("general_settings", "T&heme:"), self.theme, self.notes["theme"])
        add_field(
            form, translate("general_settings", "&Language:"), self.language, self.notes["language"]
        )
        add_field(
            form, translate("general_settings", "&Water in:"), self.unit, self.notes["water_unit"]
        )
        form.addRow(_with_note(self.start_at_login, self.notes["login"]))
        text_size = QLabel(
            translate(
                "general_settings",
                "Text follows your system's font size; change it there to make Unknot's"
                " text larger.",
            )
        )
        text_size.setWordWrap(True)
        form.addRow(text_size)
        self.refresh()
        self.theme.currentIndexChanged.connect(self._save_theme)
        self.language.currentIndexChanged.connect(self._save_language)
        self.unit.currentIndexChanged.connect(self._save_unit)
        self.start_at_login.toggled.connect(self._save_login)

    def refresh(self) -> None:
        """Show the stored values and whether start at login is on."""
        values = self._store.settings
        for combo, value in (
            (self.theme, values.theme),
            (self.language, values.language),
            (self.unit, values.water_unit),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.start_at_login.blockSignals(True)
        self.start_at_login.setEnabled(self._login is not None)
        self.start_at_login.setChecked(self._login is not None and self._login_enabled())
        self.start_at_login.blockSignals(False)
        if self._login is None:
            self.notes["login"].say(
                translate("general_settings", "Not available on this system."),
                self.start_at_login,
            )

    def _login_enabled(self) -> bool:
        assert self._login is not None
        try:
            return self._login.enabled()
        except (OSError, UnknotError):
            return False

    def _save_theme(self) -> None:
        choice = self.theme.currentData()
        if _saved(self._store, "theme", choice, lambda t: self.notes["theme"].say(t, self.theme)):
            self.theme_changed.emit(choice)

    def _save_language(self) -> None:
        choice = self.language.currentData()
        note = self.notes["language"]
        if _saved(self._store, "language", choice, lambda t: note.say(t, self.language)):
            from ui.translation import chosen_language

            if chosen_language(choice) != self._language_in_use:
                note.say(
                    translate(
                        "general_settings", "The new language is used when Unknot starts again."
                    ),
                    self.language,
                )

    def _save_unit(self) -> None:
        note = self.notes["water_unit"]
        unit = self.unit.currentData()
        if _saved(self._store, "water_unit", unit, lambda t: note.say(t, self.unit)):
            self.units_changed.emit()

    def _save_login(self, on: bool) -> None:
        if self._login is None:
            return
        note = self.notes["login"]
        try:
            if on:
                self._login.enable()
            else:
                self._login.disable()
        except (OSError, UnknotError) as error:
            note.say(WARNING + str(error), self.start_at_login)
            self.refresh()
            return
        note.say("", self.start_at_login)
