"""The main window, its navigation, closing to the tray, and quitting."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.settings import SettingsStore
from ui.app import AppShell, configure_application
from ui.main_window import NAVIGATION, MainWindow
from ui.safety_dialog import SafetyDialog
from ui.startup import icon_path


@pytest.fixture
def make_shell(
    qapp: QApplication,
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    restore_quit_on_last_window: None,
) -> Callable[[bool], tuple[AppShell, list[str]]]:
    quits: list[str] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append("quit"))
    qapp.setWindowIcon(QIcon(str(icon_path())))

    def make(tray_available: bool) -> tuple[AppShell, list[str]]:
        SettingsStore(paths.config, clock).change(safety_accepted=True)  # welcome read
        shell = AppShell(qapp, paths, clock, journal, tray_available)
        qtbot.addWidget(shell.window)
        return shell, quits

    return make


def test_application_names(qapp: QApplication) -> None:
    configure_application(qapp)
    assert qapp.applicationName() == "Unknot"
    assert qapp.organizationName() == "Unknot"
    assert qapp.desktopFileName() == "io.github.unknot.Unknot"
    assert not qapp.windowIcon().isNull()


def test_window_title_and_navigation(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Unknot"
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert (
        names
        == list(NAVIGATION)
        == [
            "Today",
            "Body map",
            "Session",
            "Progress",
            "Routines",
            "Settings",
        ]
    )
    assert window.current_page() == "Today"


def test_keyboard_moves_between_pages(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() == "Body map"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "Settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "Today"


def test_today_shows_the_date_from_the_clock(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    assert window.pages["Today"].date_label.text() == "Monday 2 March 2026"  # type: ignore[attr-defined]


def test_settings_shows_where_data_lives(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    texts = {
        label.text()
        for label in window.pages["Settings"].findChildren(
            type(window.pages["Settings"].title_label)
        )
    }
    assert str(paths.data) in texts and str(paths.backups) in texts


def test_ctrl_q_quits(
    make_shell: Callable[[bool], tuple[AppShell, list[str]]], qtbot: QtBot, paths: Paths
) -> None:
    shell, quits = make_shell(True)
    with qtbot.waitActive(shell.window):
        shell.start(minimized=False)
        shell.window.activateWindow()
    qtbot.keyClick(shell.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == ["quit"]
    assert not shell.window.isVisible()
    assert (paths.backups / "journal-2026-03-02.sqlite3").exists()  # a short run still backs up


def test_closing_with_a_tray_hides_and_keeps_running(
    make_shell: Callable[[bool], tuple[AppShell, list[str]]], qapp: QApplication, qtbot: QtBot
) -> None:
    shell, quits = make_shell(True)
    with qtbot.waitExposed(shell.window):
        shell.start(minimized=False)
    shell.window.close()
    assert not shell.window.isVisible()
    assert quits == []
    assert qapp.quitOnLastWindowClosed() is False
    assert shell.tray is not None
    shell.tray.open_action.trigger()
    assert shell.window.isVisible()
    shell.tray.quit_action.trigger()
    assert quits == ["quit"]


def test_tray_menu_has_the_next_reminders_the_answers_open_and_quit(
    make_shell: Callable[[bool], tuple[AppShell, list[str]]],
) -> None:
    shell, _ = make_shell(True)
    assert shell.tray is not None
    shell.start(minimized=True)
    actions = [a for a in shell.tray.menu.actions() if a.isVisible() and not a.isSeparator()]
    assert [(a.text(), a.isEnabled()) for a in actions] == [
        ("Micro-break at 09:20", False),
        ("Posture check at 09:30", False),
        ("Water at 10:00", False),
        ("Movement break at 10:00", False),
        ("Log a glass of water (+250 ml)", True),
        ("Start a session", True),
        ("Pause reminders", True),
        ("Open Unknot", True),
        ("Quit", True),
    ]
    pause = [a.text() for a in shell.tray.pause_menu.actions()]
    assert pause == ["For 1 hour", "Until tomorrow", "Resume"]
    assert (
        shell.tray.icon.toolTip()
        == "Unknot\nMicro-break at 09:20\nPosture check at 09:30\nWater at 10:00"
    )


def test_closing_without_a_tray_quits(
    make_shell: Callable[[bool], tuple[AppShell, list[str]]], qapp: QApplication, qtbot: QtBot
) -> None:
    shell, _ = make_shell(False)
    assert shell.tray is None
    with qtbot.waitExposed(shell.window):
        shell.start(minimized=False)
    assert qapp.quitOnLastWindowClosed() is True
    assert shell.window.close() is True
    assert not shell.window.isVisible()


def test_minimized_start_with_a_tray_shows_no_window(
    make_shell: Callable[[bool], tuple[AppShell, list[str]]],
) -> None:
    shell, _ = make_shell(True)
    shell.start(minimized=True)
    assert not shell.window.isVisible()


def test_safety_dialog_carries_the_safety_text(qtbot: QtBot) -> None:
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "not medical advice" in text
    assert "Never press on" in text
