"""The pages behind the main window's navigation, and the frame they share."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.backups import DAILY_KEPT, WEEKLY_KEPT, newest_backup
from core.clock import Clock
from core.journal import Journal
from core.paths import Paths
from core.settings import SettingsStore
from ui.cue_settings import CueSettingsBox
from ui.cues import CuePlayer
from ui.journal_dialogs import backup_label, choose_and_restore
from ui.reminder_settings import ReminderSettingsBox


class Page(QWidget):
    """A page: a large title, a one-line purpose, then its content (which takes the
    rest of the height when `fill` is set)."""

    def __init__(
        self, title: str, purpose: str, parent: QWidget | None = None, fill: bool = False
    ) -> None:
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
        outer.addLayout(self.content, 1 if fill else 0)
        if not fill:  # a page of a few rows keeps them at the top
            outer.addStretch(1)

    def scrolled_column(self) -> QVBoxLayout:
        """A column in a frameless scroll area filling the page (made with `fill`), for
        pages taller than a small window; its rows stay at the top."""
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.content.addWidget(scroll)
        return column

    def refresh(self) -> None:
        """Redraw from core state; pages that show the journal override this."""


class StatCard(QFrame):
    """A figure with its caption, readable at a glance and by a screen reader."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("stat-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.value = QLabel("—")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.column = QVBoxLayout(self)  # pages may add their buttons at the bottom
        self.column.setContentsMargins(16, 12, 16, 12)
        self.column.addWidget(self.caption)
        self.column.addWidget(self.value)
        self.column.addWidget(self.detail)
        self.column.addStretch(1)

    def show_figure(self, value: str, detail: str = "") -> None:
        """Set the figure and its detail line."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption.text()}: {value}. {detail}".strip())


class SettingsPage(Page):
    """Settings: session sound and voice, where the data lives, the journal's backups."""

    cues_changed = Signal()
    reminders_changed = Signal()

    def __init__(
        self, paths: Paths, journal: Journal, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__("Settings", "Where your data lives, and how Unknot behaves.", fill=True)
        self._paths = paths
        self._journal = journal
        self._clock = clock
        self._store = settings
        rows = self.scrolled_column()
        self.settings_problem = QLabel()
        self.settings_problem.setObjectName("settings-problem")
        self.settings_problem.setWordWrap(True)
        rows.addWidget(self.settings_problem)
        self.reminders = ReminderSettingsBox(settings)
        self.reminders.changed.connect(self.reminders_changed)
        rows.addWidget(self.reminders)
        self.cues = CueSettingsBox(settings)
        self.cues.changed.connect(self.cues_changed)
        rows.addWidget(self.cues)
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
        rows.addWidget(box)

        backups = QGroupBox("Backups")
        column = QVBoxLayout(backups)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        self.restore_button = QPushButton("Restore a backup…")
        self.restore_button.clicked.connect(self._restore)
        row = QHBoxLayout()
        row.addWidget(self.backup_status, 1)
        row.addWidget(self.restore_button)
        column.addLayout(row)
        rows.addWidget(backups)
        rows.addStretch(1)

    def show_cues(self, player: CuePlayer) -> None:
        """Show what sound and voice can do on this machine."""
        self.cues.show_player(player)

    def refresh(self) -> None:
        """Redraw the settings-file notice, the cue status and the backup line."""
        self.settings_problem.setText(self._store.problem)
        self.settings_problem.setVisible(bool(self._store.problem))
        self.cues.refresh()
        self.reminders.refresh()
        backup = newest_backup(self._paths.backups)
        self.backup_status.setText(
            f"Unknot backs up the journal once a day and keeps the last {DAILY_KEPT} days"
            f" and {WEEKLY_KEPT} weeks. "
            + (f"Newest: {backup_label(backup)}." if backup else "No backup yet.")
        )

    def _restore(self) -> None:
        choose_and_restore(self, self._journal, self._paths.backups, self._clock)
        self.refresh()
