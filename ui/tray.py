"""The tray icon: the app stays here when its window is closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    """A tray icon with Open and Quit; clicking the icon opens the window."""

    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setAccessibleName("Unknot tray menu")
        self.open_action = QAction("Open Unknot", self)
        self.quit_action = QAction("Quit", self)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Unknot")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

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
        """A short balloon message from the tray."""
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 5000)

    def dispose(self) -> None:
        """Take the icon out of the tray."""
        self.icon.hide()
        self.menu.deleteLater()
