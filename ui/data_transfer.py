"""Settings → Your data: export the journal (JSON file or CSV folder) and import an
export, the same core calls as `main.py export` and `main.py import`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from core.backups import backup_if_due
from core.clock import Clock
from core.errors import UnknotError
from core.exchange import export_csv, export_json, import_file
from core.i18n import translate
from core.journal import Journal
from core.paths import Paths

# Asks for a path: (parent, title, folder, filter) -> chosen path or "". Tests replace it.
AskPath = Callable[[QWidget, str, str, str], str]


def _ask_save(parent: QWidget, title: str, folder: str, filter_: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, folder, filter_)[0]


def _ask_open(parent: QWidget, title: str, folder: str, filter_: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, folder, filter_)[0]


def _ask_folder(parent: QWidget, title: str, folder: str, _filter: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, folder)


class DataTransferRow(QWidget):
    """Three buttons: export as JSON, export as CSV, import. `imported` tells the window
    to redraw from the journal."""

    imported = Signal()

    def __init__(self, paths: Paths, journal: Journal, clock: Clock) -> None:
        super().__init__()
        self._paths = paths
        self._journal = journal
        self._clock = clock
        self.ask_save: AskPath = _ask_save
        self.ask_open: AskPath = _ask_open
        self.ask_folder: AskPath = _ask_folder
        self.export_json_button = QPushButton(translate("data_transfer", "Export as JSON…"))
        self.export_csv_button = QPushButton(translate("data_transfer", "Export as CSV…"))
        self.import_button = QPushButton(translate("data_transfer", "Import…"))
        self.import_button.setToolTip(
            translate(
                "data_transfer",
                "Add an Unknot export to this journal; rows already here are skipped",
            )
        )
        self.export_json_button.clicked.connect(self.export_json)
        self.export_csv_button.clicked.connect(self.export_csv)
        self.import_button.clicked.connect(self.import_export)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.export_json_button, self.export_csv_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)

    @staticmethod
    def _documents() -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def export_json(self) -> None:
        """Ask where, then write the whole journal as one JSON file."""
        name = f"unknot-journal-{self._clock.now().date().isoformat()}.json"
        target = self.ask_save(
            self,
            translate("data_transfer", "Export the journal"),
            str(Path(self._documents()) / name),
            translate("data_transfer", "JSON files (*.json)"),
        )
        if target:
            self._export(
                lambda: export_json(self._journal, Path(target), self._clock.now()), target
            )

    def export_csv(self) -> None:
        """Ask for a folder, then write one CSV file per table into a new folder in it
        (a second export the same day gets a numbered name; nothing is replaced)."""
        parent = self.ask_folder(
            self,
            translate("data_transfer", "Export the journal as CSV into"),
            self._documents(),
            "",
        )
        if not parent:
            return
        stem = f"unknot-journal-{self._clock.now().date().isoformat()}-csv"
        target = Path(parent) / stem
        number = 2
        while target.exists():
            target = Path(parent) / f"{stem}-{number}"
            number += 1
        self._export(lambda: export_csv(self._journal, target), str(target))

    def _export(self, write: Callable[[], int], target: str) -> None:
        try:
            rows = write()
        except (UnknotError, OSError) as error:
            QMessageBox.warning(
                self, translate("data_transfer", "The journal was not exported"), str(error)
            )
            return
        QMessageBox.information(
            self,
            translate("data_transfer", "Exported"),
            translate("data_transfer", "{rows} rows written to {target}.").format(
                rows=rows, target=target
            ),
        )

    def import_export(self) -> None:
        """Ask for an export file, back the journal up, then add all of it or nothing."""
        source = self.ask_open(
            self,
            translate("data_transfer", "Import an Unknot export"),
            self._documents(),
            translate("data_transfer", "Unknot exports (*.json)"),
        )
        if not source:
            return
        try:
            backup_if_due(self._journal, self._paths.backups, self._clock.now().date())
            result = import_file(self._journal, Path(source))
        except (UnknotError, OSError) as error:
            QMessageBox.warning(
                self, translate("data_transfer", "Nothing was imported"), str(error)
            )
            return
        QMessageBox.information(
            self,
            translate("data_transfer", "Imported"),
            f"{Path(source).name}: {result.describe()}",
        )
        self.imported.emit()
