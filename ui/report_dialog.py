"""Progress → "Report for your therapist": how many weeks, where to save, then the PDF
(ui/report_pdf.py) and an offer to open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.clock import Clock
from core.errors import UnknotError
from core.i18n import translate
from core.journal import Journal
from core.report_data import MAX_WEEKS, MIN_WEEKS, report_data
from ui.report_pdf import write_report

DEFAULT_WEEKS = 8
AskPath = Callable[[QWidget, str, str, str], tuple[str, str]]


class ReportDialog(QDialog):
    """Weeks to cover; accepted means "choose where to save"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("report_dialog", "Report for your therapist"))
        about = QLabel(
            translate(
                "report_dialog",
                "A PDF of one to three pages to show a physiotherapist or massage therapist:"
                " your knots on the body map, a table of them with their tenderness, a chart"
                " for each, your self-care week by week, treatments and your notes.",
            )
        )
        about.setWordWrap(True)
        self.weeks = QSpinBox()
        self.weeks.setRange(MIN_WEEKS, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(translate("report_dialog", " weeks"))
        self.weeks.setAccessibleName(translate("report_dialog", "Weeks the report covers"))
        form = QFormLayout()
        form.addRow(translate("report_dialog", "&Cover the last:"), self.weeks)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(
            translate("report_dialog", "Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(about)
        column.addLayout(form)
        column.addWidget(buttons)
        self.setMinimumWidth(420)


def make_report(
    parent: QWidget,
    journal: Journal,
    clock: Clock,
    water_goal_ml: int,
    ask_path: AskPath = QFileDialog.getSaveFileName,
) -> Path | None:
    """Ask, save and offer to open the report; the path written, or None if the user
    cancelled or it could not be written (which they were told)."""
    dialog = ReportDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    today = clock.now().date()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / f"unknot-report-{today.isoformat()}.pdf")
    chosen, _ = ask_path(
        parent,
        translate("report_dialog", "Save the report"),
        suggested,
        translate("report_dialog", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        data = report_data(journal, clock.now(), clock.zone(), dialog.weeks.value(), water_goal_ml)
        pages = write_report(data, target)
    except UnknotError as error:
        QMessageBox.warning(
            parent, translate("report_dialog", "The report was not saved"), str(error)
        )
        return None
    done = QMessageBox(
        QMessageBox.Icon.Information,
        translate("report_dialog", "Report saved"),
        translate("report_dialog", "Saved a {pages}-page report for {period} as {file}.").format(
            pages=pages, period=data.period, file=target
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        parent,
    )
    if done.exec() == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
