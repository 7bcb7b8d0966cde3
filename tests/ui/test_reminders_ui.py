"""Reminders in the window: one timer armed for the next due moment, the notification
or corner pop-up, the cards' answers in the journal, the Today page, the tray's pause,
presence (idle, locked, asleep) and the quiet full-screen mode."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.records import Rating, ReminderKind, TreatmentKind
from core.reminders import Due
from core.settings import SettingsStore
from tests.core.journal_helpers import make_knot
from tests.faults.test_disk_full import FullDisk
from ui.app import AppShell
from ui.reminder_driver import AWAY_CHECK, UNANNOUNCED_CAP
from ui.reminder_popup import ReminderPopup
from ui.tray import Tray
from ui.treatment_dialog import TreatmentDialog

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_0830 = datetime(2026, 3, 2, 8, 30, tzinfo=BERLIN)


@pytest.fixture
def berlin() -> FakeClock:
    return FakeClock(MONDAY_0830, tz=BERLIN)


@pytest.fixture
def diary(paths: Paths, berlin: FakeClock) -> Iterator[Journal]:
    opened = Journal.open(paths.data, berlin)
    yield opened
    opened.close()


Make = Callable[..., AppShell]


@pytest.fixture
def make_shell(
    qapp: QApplication,
    qtbot: QtBot,
    paths: Paths,
    berlin: FakeClock,
    diary: Journal,
    restore_quit_on_last_window: None,
) -> Iterator[Make]:
    shells: list[AppShell] = []

    def make(tray: bool = True, **settings: object) -> AppShell:
        SettingsStore(paths.config, berlin).change(
            sound=False, voice=False, safety_accepted=True, **settings
        )
        shell = AppShell(qapp, paths, berlin, diary, tray)
        qtbot.addWidget(shell.window)
        shells.append(shell)
        shell.window.reminders.start()
        return shell

    yield make
    for shell in shells:
        shell.window.reminders.stop()
        shell.reminders.dispose()
        if shell.tray is not None:
            shell.tray.dispose()


def run_to(shell: AppShell, clock: FakeClock, hour: int, minute: int = 0, second: int = 0) -> None:
    """Do what the single-shot timer does: advance to each armed moment and check."""
    driver = shell.window.reminders
    target = datetime(2026, 3, 2, hour, minute, second, tzinfo=BERLIN).astimezone(UTC)
    while driver.armed_for is not None and driver.armed_for <= target:
        clock.advance((driver.armed_for - clock.now().astimezone(UTC)).total_seconds())
        driver.check()
    clock.advance((target - clock.now().astimezone(UTC)).total_seconds())


def events(diary: Journal) -> list[tuple[str, str, str]]:
    return [
        (kind, f"{due.astimezone(BERLIN):%H:%M}", outcome)
        for kind, due, outcome in diary.reminder_events(MONDAY_0830 - timedelta(hours=9))
    ]


def test_one_timer_is_armed_for_the_next_reminder_and_no_sooner(
    make_shell: Make, berlin: FakeClock
) -> None:
    shell = make_shell()
    driver = shell.window.reminders
    assert driver.timer.isActive() and driver.timer.isSingleShot()
    # the first is the micro-break at 09:20, 50 minutes away; unannounced sleep caps it
    assert driver.armed_for == berlin.now().astimezone(UTC) + UNANNOUNCED_CAP
    driver.sleep_announced = True
    driver.arm()
    assert driver.armed_for == datetime(2026, 3, 2, 9, 20, tzinfo=BERLIN)
    assert abs(driver.timer.remainingTime() - 50 * 60_000) < 2000


def test_with_a_tray_a_reminder_is_a_notification_and_the_card_opens_on_click(
    make_shell: Make, berlin: FakeClock
) -> None:
    shell = make_shell(micro_break_on=False, posture_on=False, movement_break_on=False)
    run_to(shell, berlin, 10)
    assert list(shell.reminders.shown) == [
        (
            "Time for a glass of water",
            "A drink now keeps you on the way to today's goal. So far today: 0 of 2\u202f000 ml.",
        )
    ]
    assert not shell.reminders.popup.isVisible()
    assert shell.tray is not None
    shell.tray.message_clicked.emit()
    card = shell.reminders.popup.cards.cards[ReminderKind.WATER]
    assert shell.reminders.popup.isVisible()
    card.answer_buttons[next(iter(card.answer_buttons))].click()
    assert not shell.reminders.popup.isVisible()  # nothing left to answer
    assert events(shell.window.reminders.desk.journal) == [("water", "10:00", "done")]
    assert shell.window.today_page.water_card.value.text() == "250 ml"


def test_without_a_tray_the_corner_popup_shows_every_waiting_card(
    make_shell: Make, berlin: FakeClock, diary: Journal
) -> None:
    shell = make_shell(tray=False)
    run_to(shell, berlin, 9, 30)
    popup = shell.reminders.popup
    assert popup.isVisible()
    assert set(popup.cards.cards) == {ReminderKind.MICRO_BREAK, ReminderKind.POSTURE}
    two_cards = popup.height()
    popup.cards.cards[ReminderKind.POSTURE].answer_buttons.popitem()[1].click()  # Fixed it
    assert popup.isVisible() and list(popup.cards.cards) == [ReminderKind.MICRO_BREAK]
    assert popup.height() < two_cards * 0.75  # it shrinks to the card left
    popup.cards.cards[ReminderKind.MICRO_BREAK].skip_button.click()
    assert not popup.isVisible()
    assert shell.window.today_page.posture_card.value.text() == "1"
    assert shell.window.today_page.posture_card.detail.text() == "0 fine, 1 fixed"
    assert events(diary) == [("micro_break", "09:20", "skipped"), ("posture", "09:30", "done")]


def test_today_page_answers_and_snooze_and_the_next_list(
    make_shell: Make, berlin: FakeClock, diary: Journal
) -> None:
    shell = make_shell()
    run_to(shell, berlin, 10)
    today = shell.window.today_page
    shell.window.show_page("Today")
    assert today.waiting_heading.isVisibleTo(shell.window)
    assert set(today.waiting.cards) == {
        ReminderKind.WATER,
        ReminderKind.POSTURE,
        ReminderKind.MICRO_BREAK,
        ReminderKind.MOVEMENT_BREAK,
    }
    today.drink_button.click()
    today.waiting.cards[ReminderKind.MOVEMENT_BREAK].snoozed.emit(ReminderKind.MOVEMENT_BREAK, 5)
    assert set(today.waiting.cards) == {ReminderKind.POSTURE, ReminderKind.MICRO_BREAK}
    assert today.water_card.value.text() == "250 ml"
    assert today.water_bar.value() == 250 and today.water_bar.maximum() == 2000
    assert today.next_label.text().splitlines()[0] == "10:05  Movement break"
    assert ("water", "10:00", "done") in events(diary)
    assert ("movement_break", "10:00", "snoozed") in events(diary)


def test_the_tray_pauses_and_resumes(make_shell: Make, berlin: FakeClock) -> None:
    shell = make_shell()
    tray = shell.tray
    assert isinstance(tray, Tray)
    tray.pause_hour_action.trigger()
    assert tray.upcoming_actions[0].text() == "Paused until 09:30"
    assert tray.resume_action.isEnabled()
    run_to(shell, berlin, 9, 29)
    assert shell.window.reminders.desk.waiting == {}
    tray.resume_action.trigger()
    assert tray.upcoming_actions[0].text() == "Posture check at 09:30"
    assert not tray.resume_action.isEnabled()
    tray.pause_day_action.trigger()
    assert tray.upcoming_actions[0].text() == "Paused until 00:00"


def test_tray_water_logs_a_glass_of_the_chosen_size(
    make_shell: Make, diary: Journal, berlin: FakeClock
) -> None:
    shell = make_shell(glass_ml=330)
    assert shell.tray is not None
    assert shell.tray.drink_action.text() == "Log a glass of water (+330 ml)"
    shell.tray.drink_action.trigger()
    assert shell.window.reminders.desk.water_today() == 330


def test_idle_for_five_minutes_is_away_and_the_return_restarts_breaks(
    make_shell: Make, berlin: FakeClock
) -> None:
    shell = make_shell(water_on=False)
    driver = shell.window.reminders
    driver.sleep_announced = True
    idle = {"s": 0.0}
    driver.idle_seconds = lambda: idle["s"]
    run_to(shell, berlin, 9, 19)
    idle["s"] = 6 * 60.0  # no input since 09:13
    run_to(shell, berlin, 9, 21)
    assert driver.desk.waiting == {}  # the 09:20 micro-break did not come
    assert driver.idle_away
    assert driver.armed_for is not None
    assert driver.armed_for - berlin.now().astimezone(UTC) <= AWAY_CHECK
    redraws: list[None] = []
    driver.changed.connect(lambda: redraws.append(None))
    idle["s"] = 8 * 60.0
    run_to(shell, berlin, 9, 21, 50)  # two more looks for the return: nothing to redraw
    assert redraws == []
    idle["s"] = 2.0
    run_to(shell, berlin, 9, 22)
    assert not driver.idle_away
    upcoming = dict(driver.desk.day().upcoming)
    assert f"{upcoming[ReminderKind.MICRO_BREAK]:%H:%M}" == "09:42"  # 20 min after 09:22


def test_lock_and_sleep_signals(make_shell: Make, berlin: FakeClock) -> None:
    shell = make_shell()
    driver = shell.window.reminders
    driver.locked(True)
    assert ReminderKind.POSTURE not in dict(driver.desk.day().upcoming)
    assert ReminderKind.WATER in dict(driver.desk.day().upcoming)
    driver.locked(False)
    assert ReminderKind.POSTURE in dict(driver.desk.day().upcoming)
    driver.sleeping(True)
    berlin.advance(2 * 3600)  # 10:30, asleep through several due moments
    driver.sleeping(False)
    assert driver.timer.isActive()
    kinds = [d.kind for d in driver.desk.waiting.values()]
    assert kinds.count(ReminderKind.WATER) == 1  # one water for the missed ones, no burst


def test_full_screen_in_front_makes_it_quiet(make_shell: Make, berlin: FakeClock) -> None:
    shell = make_shell(tray=False, escalate_after=1)
    driver = shell.window.reminders
    driver.fullscreen = lambda: True
    run_to(shell, berlin, 9, 20)
    assert not shell.reminders.popup.isVisible()
    assert list(driver.desk.waiting) == [ReminderKind.MICRO_BREAK]  # it waits on Today
    driver.fullscreen = lambda: False
    run_to(shell, berlin, 9, 40)  # the second micro-break after one ignored: in front
    assert shell.reminders.popup.isVisible()


def test_the_daily_session_card_starts_todays_session(
    make_shell: Make, berlin: FakeClock, diary: Journal, qtbot: QtBot
) -> None:
    diary.add_knot(make_knot(berlin))
    shell = make_shell(
        water_on=False, posture_on=False, micro_break_on=False, movement_break_on=False
    )
    run_to(shell, berlin, 17)
    card = shell.window.today_page.waiting.cards[ReminderKind.DAILY_SESSION]
    card.answer_buttons.popitem()[1].click()
    assert shell.window.current_page() == "Session"
    assert shell.window.session_page.driver.running()
    assert events(diary) == [("daily_session", "17:00", "done")]
    shell.window.session_page.shutdown()


def test_during_a_guided_session_reminders_only_wait(
    make_shell: Make, berlin: FakeClock, diary: Journal
) -> None:
    diary.add_knot(make_knot(berlin))
    shell = make_shell(tray=False)
    shell.window.start_todays_session()
    assert shell.window.session_page.driver.running()
    run_to(shell, berlin, 9, 20)
    assert not shell.reminders.popup.isVisible()
    assert list(shell.window.reminders.desk.waiting) == [ReminderKind.MICRO_BREAK]
    shell.window.session_page.shutdown()


def test_the_popup_never_grows_past_the_screen(qtbot: QtBot) -> None:
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    popup.present([Due(kind, now) for kind in ReminderKind], 250, "", front=False)
    room = QGuiApplication.primaryScreen().availableGeometry().height()
    assert popup.height() <= room
    assert popup.card_scroll.verticalScrollBar().maximum() > 0  # the rest scrolls
    popup.present([Due(ReminderKind.WATER, now)], 250, "", front=False)
    assert popup.card_scroll.verticalScrollBar().maximum() == 0
    assert popup.height() < room / 2


def test_a_changed_interval_in_settings_replans_at_once(
    make_shell: Make, berlin: FakeClock, qtbot: QtBot
) -> None:
    shell = make_shell()
    driver = shell.window.reminders
    assert f"{dict(driver.desk.day().upcoming)[ReminderKind.WATER]:%H:%M}" == "10:00"
    box = shell.window.settings_page.reminders
    field = box.every[ReminderKind.WATER]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "15")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert f"{dict(driver.desk.day().upcoming)[ReminderKind.WATER]:%H:%M}" == "09:15"
    assert shell.window.today_page.next_label.text().splitlines()[0] == "09:15  Water"


def test_any_session_started_answers_the_waiting_daily_session(
    make_shell: Make, berlin: FakeClock, diary: Journal
) -> None:
    diary.add_knot(make_knot(berlin))
    shell = make_shell(
        water_on=False, posture_on=False, micro_break_on=False, movement_break_on=False
    )
    run_to(shell, berlin, 17)
    assert list(shell.window.reminders.desk.waiting) == [ReminderKind.DAILY_SESSION]
    routine = shell.window.session_page.routine("neck-and-shoulders")
    assert routine is not None
    shell.window.start_routine(routine)
    assert shell.window.reminders.desk.waiting == {}
    assert events(diary) == [("daily_session", "17:00", "done")]
    shell.window.session_page.shutdown()


def test_at_midnight_today_starts_again(make_shell: Make, berlin: FakeClock) -> None:
    shell = make_shell(
        water_on=False, posture_on=False, micro_break_on=False, movement_break_on=False
    )
    driver = shell.window.reminders
    driver.sleep_announced = True
    shell.window.today_page.drink_button.click()
    assert driver.armed_for == datetime(2026, 3, 3, 0, 0, tzinfo=BERLIN)  # nothing else due
    berlin.advance((driver.armed_for - berlin.now().astimezone(UTC)).total_seconds())
    driver.check()
    today = shell.window.today_page
    assert today.date_label.text() == "Tuesday 3 March 2026"
    assert today.water_card.value.text() == "0 ml"


def test_a_logged_treatment_is_a_focused_session_for_its_knots(
    make_shell: Make, berlin: FakeClock, diary: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    chronic = replace(make_knot(berlin), onset=date(2025, 1, 1))
    other = make_knot(berlin, "Left rhomboids")
    diary.add_knot(chronic)
    diary.add_knot(other)
    shell = make_shell(
        water_on=False, posture_on=False, micro_break_on=False, movement_break_on=False
    )
    diary.add_rating(Rating(other.id, berlin.now() - timedelta(days=20), 1))
    diary.add_rating(Rating(other.id, berlin.now() - timedelta(days=10), 1))
    diary.add_rating(Rating(other.id, berlin.now(), 1))  # resolved: wants no session
    driver = shell.window.reminders
    assert driver.desk.next_due() == datetime(2026, 3, 2, 17, tzinfo=BERLIN)

    def fill_in(dialog: TreatmentDialog) -> QDialog.DialogCode:
        items = {dialog.knots.item(r).text(): dialog.knots.item(r) for r in range(2)}
        assert sorted(items) == ["Left rhomboids", "Right upper trapezius"]
        items["Right upper trapezius"].setCheckState(Qt.CheckState.Checked)
        dialog.kind.setCurrentIndex(1)
        dialog.notes.setText("  pressure on the right shoulder  ")
        dialog.accept()  # Save: the form saves, and closes when it is saved
        assert dialog.saved and dialog.writes_problem.isHidden()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TreatmentDialog, "exec", fill_in)
    shell.window.today_page.treatment_button.click()
    (logged,) = diary.treatments()
    assert (logged.on, logged.kind, logged.knot_ids) == (
        date(2026, 3, 2),
        TreatmentKind.TRIGGER_POINT,
        (chronic.id,),
    )
    assert logged.notes == "pressure on the right shoulder"
    # the chronic knot had its focused session today: the next is due in a week
    assert driver.desk.next_due() == datetime(2026, 3, 9, 17, tzinfo=BERLIN)


def test_a_treatment_on_a_full_disk_waits_and_the_form_says_not_saved_yet(
    make_shell: Make, berlin: FakeClock, diary: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was written at once: on a full disk it failed and the user was told to try
    again, though the one queue of writes keeps every other change."""
    knot = make_knot(berlin)
    diary.add_knot(knot)
    shell = make_shell(
        water_on=False, posture_on=False, micro_break_on=False, movement_break_on=False
    )
    disk = FullDisk(diary._db)
    monkeypatch.setattr(diary, "_db", disk)
    disk.full = True
    seen: list[tuple[str, bool, str]] = []

    def fill_in(dialog: TreatmentDialog) -> QDialog.DialogCode:
        dialog.knots.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()  # Save
        seen.append((dialog.writes_problem.text(), dialog.isHidden(), dialog.notes.isEnabled()))
        dialog.grab().save("/tmp/harden-treatment-not-saved.png")
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        assert (
            close is not None
            and dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
        )
        close.click()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(TreatmentDialog, "exec", fill_in)
    shell.window.today_page.treatment_button.click()
    ((problem, _hidden, editable),) = seen
    assert problem.startswith("Not saved yet: ") and not editable
    assert diary.treatments() == [] and len(diary.pending) == 1
    disk.full = False
    diary.pending.flush()
    (logged,) = diary.treatments()
    assert logged.knot_ids == (knot.id,)
