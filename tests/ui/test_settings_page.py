"""Settings: durations refused at their field, theme, language, water unit, start at
login, and export and import from the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.settings import SettingsStore
from tests.core.session_helpers import add_knot
from ui.settings_page import SettingsPage


class FakeLogin:
    """Start at login, in memory; `fail` makes the next change fail like a full disk."""

    def __init__(self) -> None:
        self.on = False
        self.fail = False

    def enabled(self) -> bool:
        return self.on

    def enable(self) -> None:
        if self.fail:
            raise OSError(28, "No space left on device")
        self.on = True

    def disable(self) -> None:
        self.on = False


@pytest.fixture
def store(paths: Paths, clock: FakeClock) -> SettingsStore:
    return SettingsStore(paths.config, clock)


@pytest.fixture
def page(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal, store: SettingsStore
) -> SettingsPage:
    made = SettingsPage(paths, journal, clock, store, FakeLogin(), "en")
    qtbot.addWidget(made)
    made.refresh()
    return made


def test_a_hold_length_out_of_range_is_refused_at_its_field_and_not_saved(
    page: SettingsPage, store: SettingsStore, paths: Paths, clock: FakeClock
) -> None:
    page.sessions.hold.setValue(120)
    note = page.sessions.notes["hold_seconds"]
    assert not note.isHidden() and note.text() == "⚠ 120 s is outside 30–90 s"
    assert page.sessions.hold.accessibleDescription() == note.text()
    assert store.settings.hold_seconds == 60
    page.sessions.hold.setValue(45)
    assert note.isHidden() and page.sessions.hold.accessibleDescription() == ""
    page.sessions.stretch.setValue(20)
    again = SettingsStore(paths.config, clock).settings
    assert (again.hold_seconds, again.stretch_seconds) == (45, 20)


def test_theme_language_and_unit_are_saved_and_told(
    qtbot: QtBot, page: SettingsPage, store: SettingsStore
) -> None:
    box = page.appearance
    with qtbot.waitSignal(page.theme_changed) as told:
        box.theme.setCurrentIndex(box.theme.findData("dark"))
    assert told.args == ["dark"] and store.settings.theme == "dark"
    box.language.setCurrentIndex(box.language.findData("de"))
    assert store.settings.language == "de"
    assert box.notes["language"].text() == "The new language is used when Unknot starts again."
    box.language.setCurrentIndex(box.language.findData("en"))
    assert box.notes["language"].isHidden()
    with qtbot.waitSignal(page.units_changed):
        box.unit.setCurrentIndex(box.unit.findData("fl oz"))
    assert store.settings.water_unit == "fl oz"


def test_start_at_login_switches_the_entry_and_says_why_when_it_cannot(
    page: SettingsPage,
) -> None:
    box = page.appearance
    login = box._login
    assert isinstance(login, FakeLogin)
    box.start_at_login.setChecked(True)
    assert login.on
    box.start_at_login.setChecked(False)
    assert not login.on
    login.fail = True
    box.start_at_login.setChecked(True)
    assert not login.on and not box.start_at_login.isChecked()
    assert "No space left on device" in box.notes["login"].text()


def test_without_an_adapter_start_at_login_is_greyed_and_says_so(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal, store: SettingsStore
) -> None:
    page = SettingsPage(paths, journal, clock, store, None)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.appearance.start_at_login.isEnabled()
    assert page.appearance.notes["login"].text() == "Not available on this system."


def test_export_then_import_from_the_page_adds_nothing_twice(
    qtbot: QtBot,
    page: SettingsPage,
    journal: Journal,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_knot(journal, clock, tenderness=5)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append("⚠" + text))
    target = tmp_path / "out.json"
    page.transfer.ask_save = lambda *_: str(target)
    page.transfer.export_json_button.click()
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "unknot-journal"
    assert told[-1].endswith(f"rows written to {target}.")
    page.transfer.ask_folder = lambda *_: str(tmp_path)
    page.transfer.export_csv_button.click()
    page.transfer.export_csv_button.click()  # a second export gets a name of its own
    folders = sorted(p.name for p in tmp_path.glob("unknot-journal-*-csv*"))
    assert folders == ["unknot-journal-2026-03-02-csv", "unknot-journal-2026-03-02-csv-2"]
    page.transfer.ask_open = lambda *_: str(target)
    with qtbot.waitSignal(page.journal_changed):
        page.transfer.import_button.click()
    assert told[-1] == "out.json: added nothing new; 2 rows were already in the journal"
    assert len(journal.knots()) == 1


def test_a_bad_import_file_is_refused_in_one_message_and_changes_nothing(
    page: SettingsPage, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: told.append(title))
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    page.transfer.ask_open = lambda *_: str(bad)
    page.transfer.import_button.click()
    assert told == ["Nothing was imported"]
    assert journal.knots() == []


def test_in_fluid_ounces_the_water_fields_show_and_take_ounces_and_store_ml(
    page: SettingsPage, store: SettingsStore
) -> None:
    box = page.appearance
    box.unit.setCurrentIndex(box.unit.findData("fl oz"))
    page.refresh()
    goal, glass = page.reminders.water_goal, page.reminders.glass
    assert (goal.value(), goal.suffix()) == (68, " fl oz")
    assert (glass.value(), glass.suffix()) == (8, " fl oz")
    glass.setValue(12)
    glass.editingFinished.emit()
    assert store.settings.glass_ml == 355
    assert store.settings.water_goal_ml == 2000  # untouched: not rounded through ounces
