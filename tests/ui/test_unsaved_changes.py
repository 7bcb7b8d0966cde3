"""Unsaved changes in the window: what the journal found on opening (changes kept from
the last time, a -wal copied aside) is said once, on Today, until dismissed; quitting
tries the writes still waiting once more."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal, JournalWriteError
from core.paths import Paths
from core.pending_writes import PendingWrite
from core.records import to_utc_text
from core.recovery_file import recovery_path, write_recovery
from core.settings import SettingsStore
from ui.app import AppShell
from ui.main_window import MainWindow
from ui.today_page import TodayPage


def shown_today(qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal) -> TodayPage:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitExposed(window):
        pass
    page = window.pages["Today"]
    assert isinstance(page, TodayPage)
    return page


def test_changes_kept_from_the_last_time_are_announced_once(
    qtbot: QtBot, paths: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    glass = {"at_utc": to_utc_text(clock.now()), "ml": 250, "sample": False}
    write_recovery(recovery_path(paths.data), [PendingWrite("add_row", ("water", glass))])
    journal = Journal.open(paths.data, clock)
    try:
        page = shown_today(qtbot, paths, clock, journal)
        assert page.opening_notice.isVisible()
        assert page.opening_text.text() == (
            "Changes that could not be saved last time are in the journal now (1)."
        )
        page.grab().save(str(tmp_path / "lost-notice.png"))
        page.opening_notice.findChildren(type(page.remove_sample_button))[0].click()
        assert not page.opening_notice.isVisible()
        page.refresh()
        assert not page.opening_notice.isVisible()
    finally:
        journal.close()
    again = Journal.open(paths.data, clock)
    try:
        assert not shown_today(qtbot, paths, clock, again).opening_notice.isVisible()
    finally:
        again.close()


def test_quitting_tries_the_waiting_writes_once_more(
    qapp: QApplication,
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    restore_quit_on_last_window: None,
) -> None:
    monkeypatch.setattr(qapp, "quit", lambda: None)
    SettingsStore(paths.config, clock).change(safety_accepted=True)
    shell = AppShell(qapp, paths, clock, journal, False)
    qtbot.addWidget(shell.window)
    real = journal.add_row
    full = [True]

    def add_row(table: str, row: dict[str, object]) -> None:
        if full[0]:
            raise JournalWriteError("the disk is full")
        real(table, row)

    monkeypatch.setattr(journal, "add_row", add_row)
    shell.window.reminders.desk.drink()
    assert len(journal.pending) == 1
    full[0] = False  # room again, and nothing else is written before the user quits
    shell.quit()
    assert len(journal.pending) == 0 and journal.count("water") == 1
