"""Dialogs about the journal file itself: a damaged journal at start, restoring a backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.backups import newest_backup, restore_backup
from core.clock import Clock
from core.errors import UnknotError
from core.i18n import translate
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
    box.setWindowTitle(translate("journal_dialogs", "Your journal could not be read"))
    box.setText(
        translate(
            "journal_dialogs", "Unknot could not read your journal, so it started a new, empty one."
        )
    )
    paragraphs = [
        translate(
            "journal_dialogs", "Nothing was deleted: the damaged file was kept as\n{path}"
        ).format(path=report.moved_aside),
        translate("journal_dialogs", "What was wrong: {damage}.").format(damage=report.damage),
    ]
    if backup is not None:
        paragraphs.append(
            translate("journal_dialogs", "The newest backup is from {day}.").format(
                day=backup_label(backup)
            )
        )
    box.setInformativeText("\n\n".join(paragraphs))
    restore = None
    if backup is not None:
        restore = box.addButton(
            translate("journal_dialogs", "Restore the backup of {day}").format(
                day=backup_label(backup)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(
        translate("journal_dialogs", "Start with an empty journal")
        if backup
        else translate("journal_dialogs", "OK"),
        QMessageBox.ButtonRole.RejectRole,
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
        QMessageBox.critical(parent, translate("journal_dialogs", "Restore failed"), str(error))
        return False
    QMessageBox.information(
        parent,
        translate("journal_dialogs", "Backup restored"),
        translate(
            "journal_dialogs",
            "The journal now holds the backup of {day}.\n\n"
            "The journal as it was just before is kept as\n{path}",
        ).format(day=backup_label(backup), path=safety),
    )
    return True


def choose_and_restore(
    parent: QWidget | None, journal: Journal, backups: Path, clock: Clock
) -> bool:
    """Let the user pick a backup, confirm, and restore it."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("journal_dialogs", "Restore a backup"),
        str(backups),
        translate("journal_dialogs", "Unknot backups ({pattern})").format(
            pattern="journal-*.sqlite3"
        ),
    )
    if not name:
        return False
    backup = Path(name)
    answer = QMessageBox.question(
        parent,
        translate("journal_dialogs", "Restore this backup?"),
        translate(
            "journal_dialogs",
            "Replace the journal with the backup {name}?\n\n"
            "The journal as it is now is saved first, so nothing is lost.",
        ).format(name=backup.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_with_feedback(parent, journal, backup, backups, clock)
