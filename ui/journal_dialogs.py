"""Dialogs about the journal file itself: a damaged journal at start, restoring a backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.backups import newest_backup, restore_backup
from core.clock import Clock
from core.errors import UnknotError
from core.journal import Journal

log = logging.getLogger("unknot.ui.journal")


def backup_label(path: Path) -> str:
    """'journal-2026-03-02.sqlite3' → '2026-03-02'."""
    return path.stem.removeprefix("journal-")


def offer_restore_after_damage(
    parent: QWidget | None, journal: Journal, backups: Path, clock: Clock
) -> None:
    """Tell the user their journal was moved aside, and offer the newest backup."""
    report = journal.report
    if report.moved_aside is None:
        return
    backup = newest_backup(backups)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Your journal could not be read")
    box.setText("Unknot could not read your journal, so it started a new, empty one.")
    box.setInformativeText(
        f"Nothing was deleted: the damaged file was kept as\n{report.moved_aside}\n\n"
        f"What was wrong: {report.damage}."
        + (f"\n\nThe newest backup is from {backup_label(backup)}." if backup else "")
    )
    restore = None
    if backup is not None:
        restore = box.addButton(
            f"Restore the backup of {backup_label(backup)}", QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(
        "Start with an empty journal" if backup else "OK", QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if restore is not None and box.clickedButton() is restore and backup is not None:
        restore_with_feedback(parent, journal, backup, backups, clock)


def restore_with_feedback(
    parent: QWidget | None, journal: Journal, backup: Path, backups: Path, clock: Clock
) -> bool:
    """Restore `backup`, then say where the journal as it was has been kept."""
    try:
        safety = restore_backup(journal, backup, backups, clock.now())
    except UnknotError as error:
        QMessageBox.critical(parent, "Restore failed", str(error))
        return False
    QMessageBox.information(
        parent,
        "Backup restored",
        f"The journal now holds the backup of {backup_label(backup)}.\n\n"
        f"The journal as it was just before is kept as\n{safety}",
    )
    return True


def choose_and_restore(
    parent: QWidget | None, journal: Journal, backups: Path, clock: Clock
) -> bool:
    """Let the user pick a backup, confirm, and restore it."""
    name, _ = QFileDialog.getOpenFileName(
        parent, "Restore a backup", str(backups), "Unknot backups (journal-*.sqlite3)"
    )
    if not name:
        return False
    backup = Path(name)
    answer = QMessageBox.question(
        parent,
        "Restore this backup?",
        f"Replace the journal with the backup {backup.name}?\n\n"
        "The journal as it is now is saved first, so nothing is lost.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_with_feedback(parent, journal, backup, backups, clock)
