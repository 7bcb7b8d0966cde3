"""The pages behind the main window's navigation, and the frame they share."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.clock import Clock
from core.paths import Paths


class Page(QWidget):
    """A page: a large title, a one-line purpose, then its content."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page-{title.lower().replace(' ', '-')}")
        self.setAccessibleName(title)
        self.title_label = QLabel(title)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(title)
        self.purpose_label = QLabel(purpose)
        self.purpose_label.setWordWrap(True)
        self.content = QVBoxLayout()
        self.content.setSpacing(12)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(6)
        outer.addWidget(self.title_label)
        outer.addWidget(self.purpose_label)
        outer.addSpacing(18)
        outer.addLayout(self.content)
        outer.addStretch(1)


class EmptyStatePage(Page):
    """A page whose content a later part of the app provides; says plainly what it is for."""

    def __init__(self, title: str, purpose: str, empty_text: str) -> None:
        super().__init__(title, purpose)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("empty-state")
        self.content.addWidget(self.empty_label)


class TodayPage(Page):
    """What today holds: the date and a greeting for now."""

    def __init__(self, clock: Clock) -> None:
        super().__init__("Today", "What is due today, and a quick way to log it.")
        self._clock = clock
        self.date_label = QLabel()
        font = QFont(self.date_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.date_label.setFont(font)
        self.content.addWidget(self.date_label)
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the clock."""
        today = self._clock.now()
        self.date_label.setText(f"{today:%A} {today.day} {today:%B %Y}")


class SettingsPage(Page):
    """Settings; for now where the data lives, with a way to open each folder."""

    def __init__(self, paths: Paths) -> None:
        super().__init__("Settings", "Where your data lives, and how Unknot behaves.")
        box = QGroupBox("Your data")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, folder in (
            ("Journal", paths.data),
            ("Backups", paths.backups),
            ("Settings", paths.config),
            ("Logs", paths.logs),
        ):
            row = QHBoxLayout()
            label = QLabel(str(folder))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(f"{name} folder")
            button = QPushButton("Open folder")
            button.setAccessibleName(f"Open the {name.lower()} folder")
            button.clicked.connect(
                lambda _=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f)))
            )
            row.addWidget(label, 1)
            row.addWidget(button)
            form.addRow(f"{name}:", row)
        self.content.addWidget(box)
