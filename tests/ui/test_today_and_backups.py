"""Today drawn from the journal, sample data removed in one step, backups restored in the UI."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core.backups import backup_if_due
from core.clock import FakeClock
from core.journal import FILE_NAME, Journal
from core.paths import Paths
from core.records import Rating, Session, SessionState, to_utc_text
from core.settings import SettingsStore
from tests.core.journal_helpers import make_knot
from ui.journal_dialogs import offer_restore_after_damage
from ui.main_window import MainWindow
from ui.settings_page import SettingsPage
from ui.today_page import TodayPage


def today_page(qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal) -> TodayPage:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    page = window.pages["Today"]
    assert isinstance(page, TodayPage)
    return page


def test_today_on_an_empty_journal_says_where_to_start(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    page = today_page(qtbot, paths, clock, journal)
    assert page.date_label.text() == "Monday 2 March 2026"
    assert page.knots_card.value.text() == "0"
    assert "Body map" in page.knots_card.detail.text()
    assert page.sample_banner.isHidden()


def test_today_shows_knots_water_and_sessions(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    knot = make_knot(clock)
    journal.add_knot(knot)
    journal.add_rating(Rating(knot.id, clock.now(), 6))
    for minute in range(3):
        moment = clock.now() - timedelta(minutes=minute)
        journal.add_row("water", {"at_utc": to_utc_text(moment), "ml": 250, "sample": 0})
    session = Session("Today's knots", clock.now() - timedelta(hours=1))
    journal.start_session(session)
    journal.end_session(session.started, SessionState.COMPLETED, clock.now())
    page = today_page(qtbot, paths, clock, journal)
    assert page.knots_card.value.text() == "1"
    # The label sits inside our sentence as an isolate (core.bidi), so that text of its own
    # direction cannot reorder the number after it.
    assert page.knots_card.detail.text() == "Most tender: \u2068Right upper trapezius\u2069, 6/10"
    assert page.water_card.value.text() == "750 ml"
    assert page.sessions_card.value.text() == "1"
    assert page.sessions_card.detail.text() == "Last: Mon 2 Mar, 08:00 (completed)"
    assert "Active knots: 1" in page.knots_card.accessibleName()


def test_sample_data_is_announced_and_removed_in_one_step(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = make_knot(clock, "Left rhomboids")
    journal.add_knot(mine)
    journal.add_knot(make_knot(clock, sample=True))
    page = today_page(qtbot, paths, clock, journal)
    assert not page.sample_banner.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.remove_sample_button.click()
    assert page.sample_banner.isHidden()
    assert journal.knots() == [mine]


def click_in_next_dialog(text: str) -> None:
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        for button in dialog.findChildren(QPushButton):
            if button.text().startswith(text):
                button.click()
                return
        raise AssertionError(f"no button {text!r}")

    QTimer.singleShot(0, click)


def test_damaged_journal_offers_the_newest_backup(
    qtbot: QtBot, paths: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(paths.data, clock)
    journal.add_knot(make_knot(clock, "Left rhomboids"))
    backup_if_due(journal, paths.backups, date(2026, 3, 1))
    journal.close()
    (paths.data / FILE_NAME).write_bytes(b"scrambled" * 500)
    for companion in ("-wal", "-shm"):
        (paths.data / (FILE_NAME + companion)).unlink(missing_ok=True)
    damaged = Journal.open(paths.data, clock)
    assert damaged.report.moved_aside is not None
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    click_in_next_dialog("Restore the backup of 2026-03-01")
    offer_restore_after_damage(None, damaged, paths.backups, clock)
    assert [k.label for k in damaged.knots()] == ["Left rhomboids"]
    assert damaged.report.moved_aside.read_bytes() == b"scrambled" * 500
    damaged.close()


def test_settings_restores_a_chosen_backup_after_saving_the_current_journal(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.add_knot(make_knot(clock, "Left rhomboids"))
    backup = backup_if_due(journal, paths.backups, date(2026, 3, 2))
    assert backup is not None
    journal.add_knot(make_knot(clock, "Added after the backup"))
    page = SettingsPage(paths, journal, clock, SettingsStore(paths.config, clock))
    qtbot.addWidget(page)
    page.refresh()
    assert "Newest: 2026-03-02" in page.backup_status.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    page.restore_button.click()
    assert [k.label for k in journal.knots()] == ["Left rhomboids"]
    safety = next(paths.backups.glob("journal-before-restore-*.sqlite3"))
    saved = sqlite3.connect(safety)
    assert saved.execute("SELECT count(*) FROM knots").fetchone() == (2,)
    saved.close()


def test_cancelled_restore_changes_nothing(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.add_knot(make_knot(clock))
    page = SettingsPage(paths, journal, clock, SettingsStore(paths.config, clock))
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    page.restore_button.click()
    assert len(journal.knots()) == 1
    assert not list(Path(paths.backups).glob("journal-before-restore-*"))


def test_daily_backup_timer_is_one_single_shot_for_the_next_due_moment(
    qapp: QApplication, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    from ui.daily_backup import DailyBackup

    daily = DailyBackup(journal, paths, clock, qapp)
    daily.start_soon()  # the first backup, off the start-up path
    assert daily.timer.isSingleShot() and daily.timer.interval() == 3_000
    daily.run()
    assert (paths.backups / "journal-2026-03-02.sqlite3").exists()
    assert daily.timer.isSingleShot() and daily.timer.isActive()
    # FakeClock: Monday 2 March 2026 09:00 UTC; next due 3 March 00:05 UTC.
    assert daily.timer.interval() == (15 * 3600 + 5 * 60) * 1000
    clock.advance(15 * 3600 + 5 * 60)
    daily.run()  # what the timer does when it fires
    assert (paths.backups / "journal-2026-03-03.sqlite3").exists()
    assert daily.timer.isActive()
    again = DailyBackup(journal, paths, clock, qapp)  # a restart the same day
    again.start_soon()
    assert again.timer.interval() == (24 * 3600) * 1000  # no copy today: tomorrow's
    for timer in (daily.timer, again.timer):
        timer.stop()
    daily.deleteLater()
    again.deleteLater()
