"""The Settings page: reminders, sessions, sound and voice, appearance and start, where
the data lives (with export and import), and the journal's backups."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from core.backups import DAILY_KEPT, WEEKLY_KEPT, newest_backup
from core.clock import Clock
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.paths import Paths
from core.settings import SettingsStore
from ui.cue_settings import CueSettingsBox
from ui.cues import CuePlayer
from ui.data_transfer import DataTransferRow
from ui.general_settings import AppearanceBox, SessionSettingsBox, StartAtLogin
from ui.journal_dialogs import backup_label, choose_and_restore
from ui.pages import Page
from ui.reminder_settings import ReminderSettingsBox

FOLDERS = (
    ("journal", QT_TRANSLATE_NOOP("settings_page", "Journal")),
    ("backups", QT_TRANSLATE_NOOP("settings_page", "Backups")),
    ("settings", QT_TRANSLATE_NOOP("settings_page", "Settings")),
    ("logs", QT_TRANSLATE_NOOP("settings_page", "Logs")),
)


class SettingsPage(Page):
    """Every setting, the folders in use, export and import, and the backups."""

    cues_changed = Signal()
    reminders_changed = Signal()
    sessions_changed = Signal()
    theme_changed = Signal(str)
    units_changed = Signal()
    journal_changed = Signal()

    def __init__(
        self,
        paths: Paths,
        journal: Journal,
        clock: Clock,
        settings: SettingsStore,
        login: StartAtLogin | None = None,
        language_in_use: str = "en",
    ) -> None:
        super().__init__(
            translate("settings_page", "Settings"),
            translate("settings_page", "Where your data lives, and how Unknot behaves."),
            fill=True,
        )
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
        self.sessions = SessionSettingsBox(settings)
        self.sessions.changed.connect(self.sessions_changed)
        rows.addWidget(self.sessions)
        self.cues = CueSettingsBox(settings)
        self.cues.changed.connect(self.cues_changed)
        rows.addWidget(self.cues)
        self.appearance = AppearanceBox(settings, login, language_in_use)
        self.appearance.theme_changed.connect(self.theme_changed)
        self.appearance.units_changed.connect(self.units_changed)
        self.appearance.units_changed.connect(self.reminders.refresh)
        rows.addWidget(self.appearance)
        rows.addWidget(self._data_box())
        rows.addWidget(self._backup_box())
        rows.addStretch(1)

    def _data_box(self) -> QGroupBox:
        box = QGroupBox(translate("settings_page", "Your data"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        folders = {
            "journal": self._paths.data,
            "backups": self._paths.backups,
            "settings": self._paths.config,
            "logs": self._paths.logs,
        }
        for key, english in FOLDERS:
            name = translate("settings_page", english)
            folder = folders[key]
            row = QHBoxLayout()
            label = QLabel(str(folder))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(translate("settings_page", "{name} folder").format(name=name))
            button = QPushButton(translate("settings_page", "Open folder"))
            button.setAccessibleName(
                translate("settings_page", "Open the {name} folder").format(name=name)
            )
            button.clicked.connect(
                lambda _=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f)))
            )
            row.addWidget(label, 1)
            row.addWidget(button)
            form.addRow(translate("settings_page", "{name}:").format(name=name), row)
        self.transfer = DataTransferRow(self._paths, self._journal, self._clock)
        self.transfer.imported.connect(self.journal_changed)
        form.addRow(self.transfer)
        return box

    def _backup_box(self) -> QGroupBox:
        backups = QGroupBox(translate("settings_page", "Backups"))
        column = QVBoxLayout(backups)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        self.restore_button = QPushButton(translate("settings_page", "Restore a backup…"))
        self.restore_button.clicked.connect(self._restore)
        row = QHBoxLayout()
        row.addWidget(self.backup_status, 1)
        row.addWidget(self.restore_button)
        column.addLayout(row)
        return backups

    def show_cues(self, player: CuePlayer) -> None:
        """Show what sound and voice can do on this machine."""
        self.cues.show_player(player)

    def refresh(self) -> None:
        """Redraw the settings-file notice, every box and the backup line."""
        self.settings_problem.setText(self._store.problem)
        self.settings_problem.setVisible(bool(self._store.problem))
        self.cues.refresh()
        self.reminders.refresh()
        self.sessions.refresh()
        self.appearance.refresh()
        backup = newest_backup(self._paths.backups)
        kept = translate(
            "settings_page",
            "Unknot backs up the journal once a day and keeps the last {days} days and"
            " {weeks} weeks.",
        ).format(days=DAILY_KEPT, weeks=WEEKLY_KEPT)
        newest = (
            translate("settings_page", "Newest: {backup}.").format(backup=backup_label(backup))
            if backup
            else translate("settings_page", "No backup yet.")
        )
        self.backup_status.setText(f"{kept} {newest}")

    def _restore(self) -> None:
        choose_and_restore(self, self._journal, self._paths.backups, self._clock)
        self.refresh()
        self.journal_changed.emit()
