"""Log a professional treatment ("I had a massage today") — the day, the kind, and the
knots it treated. A treatment counts as a focused session in each knot's plan.

Save hands the treatment to `save` (the journal's queue of writes). When it cannot be
written yet (a full disk), the form stays open and says so ("Not saved yet: …"); the
treatment waits in the queue, and Save becomes Close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.records import NOTES_MAX, Knot, Treatment, TreatmentKind


class TreatmentDialog(QDialog):
    """A short form; `treatment()` is what it describes. Save calls `save` with it,
    which answers why it is not in the journal yet ('' when it is)."""

    def __init__(
        self,
        knots: list[Knot],
        today: date,
        save: Callable[[Treatment], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.saved = False
        self.setWindowTitle(translate("treatment_dialog", "Log a treatment"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        # a Qt date format: ddd weekday's short name, d day, MMM month's short name, yyyy year
        self.day.setDisplayFormat(translate("treatment_dialog", "ddd d MMM yyyy"))
        self.kind = QComboBox()
        for kind in TreatmentKind:
            self.kind.addItem(kind.label, kind)
        self.knots = QListWidget()
        self.knots.setAccessibleName(translate("treatment_dialog", "Knots it treated"))
        for knot in knots:
            item = QListWidgetItem(knot.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, knot.id)
            self.knots.addItem(item)
        rows = max(3, min(len(knots), 8))
        self.knots.setFixedHeight(self.knots.sizeHintForRow(0) * rows + 8 if knots else 0)
        self.knots.setVisible(bool(knots))
        self.notes = QLineEdit()
        self.notes.setMaxLength(NOTES_MAX)
        self.notes.setPlaceholderText(
            translate("treatment_dialog", "Optional: who, what they found, how it felt")
        )
        form = QFormLayout()
        form.addRow(translate("treatment_dialog", "&When:"), self.day)
        form.addRow(translate("treatment_dialog", "&What:"), self.kind)
        knots_label = QLabel(
            translate("treatment_dialog", "&Knots treated:")
            if knots
            else translate("treatment_dialog", "No active knots to tick.")
        )
        knots_label.setBuddy(self.knots)
        form.addRow(knots_label, self.knots)
        form.addRow(translate("treatment_dialog", "&Notes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.writes_problem = QLabel()
        self.writes_problem.setWordWrap(True)
        self.writes_problem.setObjectName("writes-problem")
        self.writes_problem.hide()
        column = QVBoxLayout(self)
        column.addWidget(
            QLabel(
                translate(
                    "treatment_dialog",
                    "A massage or therapy session counts as a focused session for each knot.",
                )
            )
        )
        column.addLayout(form)
        column.addWidget(self.writes_problem)
        column.addWidget(buttons)

    def accept(self) -> None:
        """Save: the treatment goes to the journal; the form stays open to say so when
        it could not be written yet."""
        if self.saved:  # Close, after "Not saved yet"
            super().accept()
            return
        problem = self._save(self.treatment())
        self.saved = True
        if not problem:
            super().accept()
            return
        self.writes_problem.setText(problem)
        self.writes_problem.show()
        for widget in (self.day, self.kind, self.knots, self.notes):
            widget.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)

    def treatment(self) -> Treatment:
        """The treatment the form describes."""
        ticked = tuple(
            str(self.knots.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.knots.count())
            if self.knots.item(row).checkState() == Qt.CheckState.Checked
        )
        chosen = self.day.date()
        return Treatment(
            on=date(chosen.year(), chosen.month(), chosen.day()),
            kind=TreatmentKind(self.kind.currentData()),
            knot_ids=ticked,
            notes=self.notes.text().strip(),
        )
