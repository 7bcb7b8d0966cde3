"""The tray icon: the app stays here when its window is closed. Its menu shows the next
reminders and offers the one-click answers: a glass of water, a session, a pause."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from core import APP_NAME
from core.i18n import translate
from core.units import volume_text

SHOWN_UPCOMING = 5
MESSAGE_MS = 8000


class Tray(QObject):
    """A tray icon with its menu; clicking the icon opens the window."""

    open_requested = Signal()
    quit_requested = Signal()
    drink_requested = Signal()
    session_requested = Signal()
    pause_requested = Signal(int)  # minutes; PAUSE_UNTIL_TOMORROW for the rest of the day
    resume_requested = Signal()
    message_clicked = Signal()

    PAUSE_UNTIL_TOMORROW = -1

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setAccessibleName(translate("tray", "{app} tray menu").format(app=APP_NAME))
        self.upcoming_actions = [QAction(self) for _ in range(SHOWN_UPCOMING)]
        for action in self.upcoming_actions:
            action.setEnabled(False)
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.drink_action = QAction(translate("tray", "Log a glass of water"), self)
        self.drink_action.triggered.connect(self.drink_requested)
        self.session_action = QAction(translate("tray", "Start a session"), self)
        self.session_action.triggered.connect(self.session_requested)
        self.menu.addAction(self.drink_action)
        self.menu.addAction(self.session_action)
        self.pause_menu = self.menu.addMenu(translate("tray", "Pause reminders"))
        self.pause_hour_action = self.pause_menu.addAction(translate("tray", "For 1 hour"))
        self.pause_hour_action.triggered.connect(lambda: self.pause_requested.emit(60))
        self.pause_day_action = self.pause_menu.addAction(translate("tray", "Until tomorrow"))
        self.pause_day_action.triggered.connect(
            lambda: self.pause_requested.emit(self.PAUSE_UNTIL_TOMORROW)
        )
        self.resume_action = self.pause_menu.addAction(translate("tray", "Resume"))
        self.resume_action.triggered.connect(self.resume_requested)
        self.menu.addSeparator()
        self.open_action = QAction(translate("tray", "Open {app}").format(app=APP_NAME), self)
        self.quit_action = QAction(translate("tray", "Quit"), self)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.quit_action)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)

    def show_reminders(
        self,
        upcoming: list[tuple[str, datetime]],
        paused_until: datetime | None,
        glass_ml: int,
        today: datetime,
        unit: str = "ml",
    ) -> None:
        """Draw the next reminders (name, local time) into the menu and the tooltip."""
        lines = []
        if paused_until is not None:
            lines.append(
                translate("tray", "Paused until {time}").format(time=f"{paused_until:%H:%M}")
            )
        for name, at in upcoming:
            when = f"{at:%H:%M}"
            if at.date() != today.date():  # another day: its short weekday name first
                weekday = QLocale().toString(QDate(at.year, at.month, at.day), "ddd")
                when = translate("tray", "{weekday} {time}").format(weekday=weekday, time=when)
            lines.append(translate("tray", "{reminder} at {time}").format(reminder=name, time=when))
        if not lines:
            lines.append(translate("tray", "No reminders planned"))
        for action, line in zip(self.upcoming_actions, lines + [""] * SHOWN_UPCOMING, strict=False):
            action.setText(line)
            action.setVisible(bool(line))
        self.drink_action.setText(
            translate("tray", "Log a glass of water (+{amount})").format(
                amount=volume_text(glass_ml, unit)
            )
        )
        self.resume_action.setEnabled(paused_until is not None)
        self.icon.setToolTip("\n".join([APP_NAME, *lines[:3]]))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def notify(self, title: str, message: str) -> None:
        """A message through the desktop's notification service."""
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def dispose(self) -> None:
        """Take the icon out of the tray."""
        self.icon.hide()
        self.menu.deleteLater()
