"""The daily check-in on the Today page: one tap records stress, the desk hours are
saved, the page shows today's answers again, and a failed write waits, is said, and
is written later."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal, JournalWriteError
from core.paths import Paths
from core.records import CheckIn
from ui.check_in_box import CheckInBox
from ui.main_window import MainWindow
from ui.today_page import TodayPage


def today_page(qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal) -> TodayPage:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    page = window.pages["Today"]
    assert isinstance(page, TodayPage)
    return page


def checked(box: CheckInBox) -> list[int]:
    return [n for n, button in enumerate(box.stress_buttons) if button.isChecked()]


def test_nothing_recorded_yet_and_every_control_is_named(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    box = today_page(qtbot, paths, clock, journal).check_in
    assert checked(box) == []
    assert box.status.text().startswith("Nothing recorded today yet.")
    controls: list[QWidget] = [*box.stress_buttons, box.hours, box.save_hours]
    assert [b.accessibleName() for b in box.stress_buttons][:2] == [
        "Stress 0 of 10",
        "Stress 1 of 10",
    ]
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    assert (box.hours.minimum(), box.hours.maximum(), box.hours.singleStep()) == (0.0, 24.0, 0.5)


def test_one_tap_records_stress_and_the_save_button_the_hours(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    box = today_page(qtbot, paths, clock, journal).check_in
    qtbot.mouseClick(box.stress_buttons[6], Qt.MouseButton.LeftButton)
    day = clock.now().date()
    assert journal.check_in_on(day) == CheckIn(day, 6, None, clock.now())
    assert checked(box) == [6]
    assert box.status.text() == "Today: stress 6 of 10, hours at the desk not given."
    clock.advance(600)
    box.hours.setValue(7.5)
    qtbot.mouseClick(box.save_hours, Qt.MouseButton.LeftButton)
    assert journal.check_in_on(day) == CheckIn(day, 6, 7.5, clock.now())
    qtbot.mouseClick(box.stress_buttons[3], Qt.MouseButton.LeftButton)  # changed her mind
    assert journal.check_in_on(day) == CheckIn(day, 3, 7.5, clock.now())
    assert journal.count("daily_check_ins") == 1
    assert box.status.text() == "Today: stress 3 of 10, 7.5 hours at the desk."


def test_the_keyboard_records_stress_too(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    box = today_page(qtbot, paths, clock, journal).check_in
    box.stress_buttons[2].setFocus()
    qtbot.keyClick(box.stress_buttons[2], Qt.Key.Key_Space)
    check_in = journal.check_in_on(clock.now().date())
    assert check_in is not None and check_in.stress == 2


def test_reopening_shows_todays_answers_and_tomorrow_starts_empty(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    day = clock.now().date()
    journal.set_check_in(CheckIn(day, 8, 9.5, clock.now()))
    page = today_page(qtbot, paths, clock, journal)
    box = page.check_in
    assert checked(box) == [8]
    assert box.hours.value() == 9.5
    assert box.status.text() == "Today: stress 8 of 10, 9.5 hours at the desk."
    clock.advance(timedelta(days=1).total_seconds())
    page.refresh()
    assert checked(box) == []
    assert box.status.text().startswith("Nothing recorded today yet.")


def test_a_failed_write_is_kept_shown_and_written_later(
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = today_page(qtbot, paths, clock, journal)
    box = page.check_in
    real = journal.set_check_in

    def full_disk(check_in: CheckIn) -> None:
        raise JournalWriteError("journal.sqlite3: cannot save to the journal (disk is full)")

    monkeypatch.setattr(journal, "set_check_in", full_disk)
    qtbot.mouseClick(box.stress_buttons[5], Qt.MouseButton.LeftButton)
    assert journal.check_in_on(clock.now().date()) is None
    assert checked(box) == [5]
    assert box.status.text().endswith("Not saved yet: Unknot will try again.")
    assert not page.writes_problem.isHidden()
    assert "disk is full" in page.writes_problem.text()
    page.refresh()  # a redraw keeps the waiting answer on screen
    assert checked(box) == [5]

    monkeypatch.setattr(journal, "set_check_in", real)
    qtbot.mouseClick(box.save_hours, Qt.MouseButton.LeftButton)  # the next write
    check_in = journal.check_in_on(clock.now().date())
    assert check_in is not None and (check_in.stress, check_in.desk_hours) == (5, 8.0)
    assert page.writes_problem.isHidden()
    assert box.status.text() == "Today: stress 5 of 10, 8 hours at the desk."


def test_a_saved_check_in_is_not_said_to_wait_behind_another_write(
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = today_page(qtbot, paths, clock, journal)
    box = page.check_in
    real = journal.set_check_in

    def full_disk(*args: object) -> None:
        raise JournalWriteError("journal.sqlite3: cannot save to the journal (disk is full)")

    monkeypatch.setattr(journal, "set_check_in", full_disk)
    monkeypatch.setattr(journal, "add_row", full_disk)
    qtbot.mouseClick(box.stress_buttons[4], Qt.MouseButton.LeftButton)
    page._reminders.desk.drink()  # waits in the journal's one queue, after the check-in
    assert len(journal.pending) == 2
    monkeypatch.setattr(journal, "set_check_in", real)  # now the check-in goes, not the glass
    assert journal.pending.flush() is False and len(journal.pending) == 1
    assert journal.check_in_on(clock.now().date()) is not None
    box.refresh()
    assert checked(box) == [4]
    assert "Not saved yet" not in box.status.text()
