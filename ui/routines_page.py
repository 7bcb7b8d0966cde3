"""The Routines page: every routine with its steps, the user's own folder, and the
files that did not load with the line of each problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.paths import make_private_dir
from core.records import StepKind
from core.routine_files import RoutineCatalogue, load_routines
from core.routines import Routine, Step
from ui.pages import Page

SIDES = {
    "both": QT_TRANSLATE_NOOP("routines_page", "left then right"),
    "left": QT_TRANSLATE_NOOP("routines_page", "left side"),
    "right": QT_TRANSLATE_NOOP("routines_page", "right side"),
}


def describe_step(number: int, step: Step) -> str:
    """'3. Ball hold: infraspinatus — 60 s, left then right (ball, wall)'."""
    parts = [translate("routines_page", "{seconds} s").format(seconds=step.seconds)]
    if step.reps > 1:
        parts[0] = translate("routines_page", "{reps} × {seconds} s").format(
            reps=step.reps, seconds=step.seconds
        )
    if step.sides.value in SIDES and step.kind not in (StepKind.REST, StepKind.TRANSITION):
        parts.append(translate("routines_page", SIDES[step.sides.value]))
    needs = ", ".join(item.label for item in step.equipment if item.value != "none")
    if needs:
        parts.append(needs)
    return f"{number}. {step.heading} — {', '.join(parts)}"


class RoutinesPage(Page):
    """Browse routines; start one; see which files have problems."""

    start_requested = Signal(object)  # a Routine

    def __init__(self, catalogue: RoutineCatalogue, user_folder: Path) -> None:
        super().__init__(
            translate("routines_page", "Routines"),
            translate(
                "routines_page",
                "Ready-made routines and your own: ball holds, stretches and foam-roller passes.",
            ),
            fill=True,
        )
        self.catalogue = catalogue
        self.user_folder = user_folder
        self.list = QListWidget()
        self.list.setAccessibleName(translate("routines_page", "Routines"))
        self.list.setSpacing(4)
        self.list.currentRowChanged.connect(self._show_routine)
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName(translate("routines_page", "Steps"))
        self.steps.setWordWrap(True)
        self.steps.currentRowChanged.connect(self._show_step)
        self.step_text = QLabel()
        self.step_text.setWordWrap(True)
        self.step_text.setTextFormat(Qt.TextFormat.PlainText)
        self.start_button = QPushButton(translate("routines_page", "Start this routine"))
        self.start_button.clicked.connect(self._start)
        details = QVBoxLayout()
        details.addWidget(self.name)
        details.addWidget(self.summary)
        details.addWidget(self.steps, 1)
        details.addWidget(self.step_text)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        details.addLayout(start_row)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        columns.addLayout(details, 3)
        self.problems = QLabel()
        self.problems.setObjectName("routine-problems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label = QLabel(
            translate(
                "routines_page", "Your own routines go in {folder} (see docs/routines.md)."
            ).format(folder=user_folder)
        )
        self.folder_label.setWordWrap(True)
        open_folder = QPushButton(translate("routines_page", "Open that folder"))
        open_folder.clicked.connect(self._open_folder)
        reload = QPushButton(translate("routines_page", "Load the files again"))
        reload.clicked.connect(self.reload)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(open_folder)
        folder_row.addWidget(reload)
        self.content.addLayout(columns, 1)
        self.content.addWidget(self.problems)
        self.content.addLayout(folder_row)
        self._fill()

    def _fill(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for routine in self.catalogue.routines:
            if routine.builtin:
                text = translate("routines_page", "{name}\nabout {minutes} min")
                spoken = translate("routines_page", "{name}, about {minutes} minutes")
            else:
                text = translate("routines_page", "{name}  (yours)\nabout {minutes} min")
                spoken = translate("routines_page", "{name}  (yours), about {minutes} minutes")
            item = QListWidgetItem(text.format(name=routine.name, minutes=routine.minutes()))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                spoken.format(name=routine.name, minutes=routine.minutes()),
            )
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, min(current, self.list.count() - 1)))
        if self.catalogue.problems:
            lines = "\n".join(str(p) for p in self.catalogue.problems)
            self.problems.setText(
                translate("routines_page", "These files did not load:\n{lines}").format(lines=lines)
            )
        self.problems.setVisible(bool(self.catalogue.problems))

    def reload(self) -> None:
        """Read the routine files again (the same catalogue object, refilled)."""
        fresh = load_routines(self.user_folder)
        self.catalogue.routines[:] = fresh.routines
        self.catalogue.problems[:] = fresh.problems
        self._fill()

    def selected(self) -> Routine | None:
        """The routine on show."""
        row = self.list.currentRow()
        return self.catalogue.routines[row] if 0 <= row < len(self.catalogue.routines) else None

    def _show_routine(self, _row: int) -> None:
        routine = self.selected()
        self.start_button.setEnabled(routine is not None)
        self.steps.clear()
        if routine is None:
            self.name.setText(translate("routines_page", "No routine"))
            self.summary.setText("")
            return
        self.name.setText(routine.name)
        needs = ", ".join(item.label for item in routine.equipment()) or translate(
            "routines_page", "nothing"
        )
        self.summary.setText(
            translate("routines_page", "{summary}\nAbout {minutes} min · you need: {needs}").format(
                summary=routine.summary, minutes=routine.minutes(), needs=needs
            )
        )
        for number, step in enumerate(routine.steps, start=1):
            self.steps.addItem(describe_step(number, step))
        self.steps.setCurrentRow(0)

    def _show_step(self, row: int) -> None:
        routine = self.selected()
        if routine is None or not 0 <= row < len(routine.steps):
            self.step_text.setText("")
            return
        self.step_text.setText(routine.steps[row].instructions)

    def _start(self) -> None:
        routine = self.selected()
        if routine is not None:
            self.start_requested.emit(routine)

    def _open_folder(self) -> None:
        make_private_dir(self.user_folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.user_folder)))
