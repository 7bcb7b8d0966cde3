"""How a reminder reaches the user, and where the answers go.

- With a tray: a message through the desktop's notification service; clicking it opens
  the reminder cards in the corner pop-up.
- Without a tray: the corner pop-up itself, shown without taking the keyboard.
- A reminder ignored too often (escalation) comes as the pop-up in front, keyboard and all.
- While a full-screen window is in front (and the user wants it so): a notification
  only, or, with no tray, nothing but the card waiting on the Today page.
Every answer, from a card, the Today page or the tray, goes to the main window's
handlers, which record it through the reminder desk.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject

from core import APP_NAME
from core.i18n import translate
from core.records import ReminderKind
from core.reminder_texts import TEXTS
from core.reminders import Due
from ui.main_window import MainWindow
from ui.reminder_driver import ReminderDriver
from ui.reminder_popup import ReminderPopup
from ui.today_page import water_line
from ui.tray import Tray

SHOWN_KEPT = 20


class ReminderPresenter(QObject):
    """Shows what falls due (notification, pop-up) and keeps the tray menu current."""

    def __init__(self, window: MainWindow, tray: Tray | None, parent: QObject) -> None:
        super().__init__(parent)
        self.tray = tray
        self.driver: ReminderDriver = window.reminders
        self.popup = ReminderPopup()
        self.popup.cards.answered.connect(window.answer_reminder)
        self.popup.cards.snoozed.connect(window.snooze_reminder)
        self.popup.cards.skipped.connect(window.skip_reminder)
        self.driver.due.connect(self.present)
        self.driver.changed.connect(self.redraw)
        if tray is not None:
            tray.message_clicked.connect(lambda: self.show_cards(front=True))
            tray.drink_requested.connect(window.drink_from_tray)
            tray.session_requested.connect(window.start_todays_session_from_tray)
            tray.pause_requested.connect(window.pause_reminders)
            tray.resume_requested.connect(window.resume_reminders)
        self.shown: deque[tuple[str, str]] = deque(maxlen=SHOWN_KEPT)  # the last messages

    def present(self, due: list[Due], quiet: bool) -> None:
        """Tell the user what just fell due."""
        front = any(d.escalate for d in due) and not quiet
        if front or (self.tray is None and not quiet):
            self.show_cards(front=front)
            return
        if self.tray is not None:
            title, message = self.notification(due)
            self.shown.append((title, message))
            self.tray.notify(title, message)

    def notification(self, due: list[Due]) -> tuple[str, str]:
        """The notification's title and text for what fell due together."""
        if len(due) == 1:
            kind = due[0].kind
            text = TEXTS[kind]
            body = text.body
            if kind is ReminderKind.WATER:
                body = f"{body} {water_line(self.driver.desk.day())}"
            return text.title, body
        names = ", ".join(TEXTS[d.kind].name for d in due)
        return (
            translate("reminder_presenter", "{app}: {count} reminders").format(
                app=APP_NAME, count=len(due)
            ),
            translate("reminder_presenter", "{reminders}. Click to answer.").format(
                reminders=names
            ),
        )

    def show_cards(self, front: bool) -> None:
        """The waiting reminders in the corner pop-up."""
        day = self.driver.desk.day()
        self.popup.present(day.waiting, day.glass_ml, water_line(day), front, day.water_unit)

    def redraw(self) -> None:
        """After any change: the pop-up's cards and the tray menu."""
        day = self.driver.desk.day()
        if self.popup.isVisible():
            self.popup.present(
                day.waiting, day.glass_ml, water_line(day), front=False, unit=day.water_unit
            )
        if self.tray is not None:
            upcoming = [(TEXTS[kind].name, at) for kind, at in day.upcoming]
            self.tray.show_reminders(
                upcoming, day.paused_until, day.glass_ml, self.driver.clock.now(), day.water_unit
            )

    def dispose(self) -> None:
        """The app quits."""
        self.popup.hide()
        self.popup.deleteLater()
