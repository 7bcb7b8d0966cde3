"""The first-run welcome: the safety text accepted once, the day checked at its fields,
sample data on request, and quitting when the safety text is not accepted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.settings import SettingsStore
from ui.app import AppShell
from ui.welcome import WelcomeWizard

Next = QWizard.WizardButton.NextButton
Finish = QWizard.WizardButton.FinishButton


@pytest.fixture
def start_shell(
    qapp: QApplication,
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    restore_quit_on_last_window: None,
) -> Callable[[], tuple[AppShell, list[str]]]:
    quits: list[str] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append("quit"))

    def start() -> tuple[AppShell, list[str]]:
        shell = AppShell(qapp, paths, clock, journal, False)
        qtbot.addWidget(shell.window)
        shell.start(minimized=False)
        return shell, quits

    return start


def test_first_run_asks_for_the_safety_text_then_saves_the_day_and_the_sample(
    qtbot: QtBot,
    start_shell: Callable[[], tuple[AppShell, list[str]]],
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
) -> None:
    shell, quits = start_shell()
    wizard = shell.welcome_wizard
    assert isinstance(wizard, WelcomeWizard) and wizard.isVisible()
    assert wizard.first_run and wizard.button(QWizard.WizardButton.CancelButton).text() == (
        "Quit Unknot"
    )
    wizard.next()
    assert wizard.currentPage() is wizard.safety_page
    assert not wizard.button(Next).isEnabled()  # not without the safety text accepted
    wizard.safety_page.accept_box.setChecked(True)
    assert wizard.button(Next).isEnabled()
    wizard.next()
    day = wizard.day_page
    day.work_start.setTime(QTime(18, 0))
    day.work_end.setTime(QTime(9, 0))
    wizard.next()
    assert wizard.currentPage() is day  # refused, said at the field
    assert day.notes["work"].text() == "⚠ the working day must end after it starts"
    day.work_start.setTime(QTime(8, 30))
    day.water_goal.setValue(2500)
    day.voice.setChecked(False)
    wizard.next()
    assert day.notes["work"].isHidden()
    wizard.sample_box.setChecked(True)
    wizard.button(Finish).click()
    stored = SettingsStore(paths.config, clock).settings
    assert stored.safety_accepted and not stored.voice
    assert (stored.work_start, stored.work_end, stored.water_goal_ml) == ("08:30", "09:00", 2500)
    assert journal.has_sample_data()
    assert quits == []


def test_closing_the_first_welcome_quits_and_a_later_start_has_none(
    start_shell: Callable[[], tuple[AppShell, list[str]]],
    paths: Paths,
    clock: FakeClock,
) -> None:
    shell, quits = start_shell()
    assert shell.welcome_wizard is not None
    shell.welcome_wizard.reject()
    assert quits == ["quit"]
    assert not SettingsStore(paths.config, clock).settings.safety_accepted
    SettingsStore(paths.config, clock).change(safety_accepted=True)
    again, _ = start_shell()
    assert again.welcome_wizard is None


def test_help_opens_the_welcome_again_as_a_tour_that_quits_nothing(
    start_shell: Callable[[], tuple[AppShell, list[str]]], paths: Paths, clock: FakeClock
) -> None:
    SettingsStore(paths.config, clock).change(safety_accepted=True)
    shell, quits = start_shell()
    shell.window.welcome_action.trigger()
    wizard = shell.welcome_wizard
    assert wizard is not None and not wizard.first_run
    assert wizard.button(QWizard.WizardButton.CancelButton).text() != "Quit Unknot"
    wizard.next()
    assert wizard.safety_page.accept_box.isChecked()  # read before: no need to tick again
    wizard.reject()
    assert quits == []


def test_reminders_wait_for_the_welcome_and_then_plan_with_its_day(
    start_shell: Callable[[], tuple[AppShell, list[str]]],
) -> None:
    shell, _ = start_shell()
    driver = shell.window.reminders
    assert driver.armed_for is None  # nothing before the safety text is accepted
    wizard = shell.welcome_wizard
    assert wizard is not None
    wizard.next()
    wizard.safety_page.accept_box.setChecked(True)
    wizard.next()
    wizard.day_page.work_start.setTime(QTime(10, 0))
    wizard.next()
    wizard.button(Finish).click()
    assert driver.desk.settings.work_start == "10:00"
    assert driver.armed_for is not None
