"""The daily check-in on the Today page, "How was today?": stress 0–10 in one tap and
hours at the desk, both optional, one answer a day that can be changed all day."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from core.clock import Clock
from core.i18n import translate
from core.journal import Journal
from core.pending_writes import PendingWrite, PendingWrites
from core.records import MAX_DESK_HOURS, MAX_STRESS, CheckIn

DEFAULT_HOURS = 8.0  # what the spin box starts at before anything is recorded
# The chosen stress stands out in the palette's highlight (light and dark alike); the
# others keep the style's own look.
CHOSEN_STYLE = """
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border: 1px solid palette(highlight); border-radius: 3px; }
"""


def hours_text(hours: float) -> str:
    """7.5, or 8 for 8.0."""
    return f"{hours:.1f}".removesuffix(".0")


def check_in_text(check_in: CheckIn | None) -> str:
    """What today's check-in holds, in words."""
    if check_in is None:
        return translate(
            "check_in_box",
            "Nothing recorded today yet. Both are optional; change them any time today.",
        )
    if check_in.stress is None:
        stress = translate("check_in_box", "stress not given")
    else:
        stress = translate("check_in_box", "stress {value} of {most}").format(
            value=check_in.stress, most=MAX_STRESS
        )
    hours = check_in.desk_hours
    if hours is None:
        desk = translate("check_in_box", "hours at the desk not given")
    elif hours == 1:
        desk = translate("check_in_box", "1 hour at the desk")
    else:
        desk = translate("check_in_box", "{hours} hours at the desk").format(
            hours=hours_text(hours)
        )
    return translate("check_in_box", "Today: {stress}, {desk}.").format(stress=stress, desk=desk)


class CheckInBox(QFrame):
    """Stress as a row of buttons 0–10 (a tap records it) and hours at the desk as a
    spin box with its Save button, over a line saying what today holds.

    Writes go through `writes` (the journal's queue, which the Today page reports on),
    so a failed one is kept, shown as waiting, and written later.
    """

    saved = Signal()

    def __init__(self, journal: Journal, clock: Clock, writes: PendingWrites) -> None:
        super().__init__()
        self._journal = journal
        self._clock = clock
        self._writes = writes
        self._waiting: CheckIn | None = None  # handed to `writes`, maybe not written yet
        self._shown_hours: float | None = None
        self.setObjectName("stat-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("check_in_box", "How was today?"))
        title = QLabel(translate("check_in_box", "How was today?"))
        bold = QFont(title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        title.setFont(bold)

        self.stress_group = QButtonGroup(self)
        self.stress_group.setExclusive(True)
        self.stress_buttons: list[QPushButton] = []
        stress_row = QHBoxLayout()
        stress_row.setSpacing(4)
        width = self.fontMetrics().horizontalAdvance("10") + 22
        for value in range(MAX_STRESS + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setStyleSheet(CHOSEN_STYLE)
            button.setFixedWidth(width)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(
                translate("check_in_box", "Stress {value} of {most}").format(
                    value=value, most=MAX_STRESS
                )
            )
            button.setToolTip(
                translate("check_in_box", "Stress today: {value} of {most}").format(
                    value=value, most=MAX_STRESS
                )
            )
            self.stress_group.addButton(button, value)
            self.stress_buttons.append(button)
            stress_row.addWidget(button)
        stress_row.addStretch(1)
        self.stress_group.idClicked.connect(self._stress_tapped)

        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.0, MAX_DESK_HOURS)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSuffix(translate("check_in_box", " h"))
        self.hours.setValue(DEFAULT_HOURS)
        self.hours.setAccessibleName(translate("check_in_box", "Hours at the desk today"))
        self.save_hours = QPushButton(translate("check_in_box", "Save hours"))
        self.save_hours.setAccessibleName(translate("check_in_box", "Save the hours at the desk"))
        self.save_hours.clicked.connect(self._hours_saved)
        hours_label = QLabel(translate("check_in_box", "Hours at the &desk:"))
        hours_label.setBuddy(self.hours)
        hours_row = QHBoxLayout()
        hours_row.setSpacing(8)
        hours_row.addWidget(hours_label)
        hours_row.addWidget(self.hours)
        hours_row.addWidget(self.save_hours)
        hours_row.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("check-in-status")
        stress_label = QLabel(
            translate("check_in_box", "&Stress, from 0 (calm) to 10 (very stressed):")
        )
        stress_label.setBuddy(self.stress_buttons[0])
        # One column, so the box is no wider than its row of buttons.
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(6)
        for row in (title, stress_label, stress_row, hours_row, self.status):
            if isinstance(row, QLabel):
                column.addWidget(row)
            else:
                column.addLayout(row)

    # ------------------------------------------------------------------ showing

    def current(self) -> CheckIn | None:
        """Today's check-in: the one waiting to be written, else the journal's."""
        today = self._clock.now().date()
        if self._waiting is not None and (
            self._waiting.day != today or not self._still_queued(self._waiting)
        ):
            self._waiting = None  # written, or yesterday's
        return self._waiting or self._journal.check_in_on(today)

    def _still_queued(self, check_in: CheckIn) -> bool:
        """True while the journal's queue still holds this check-in (other writes may
        wait there too: the queue is the journal's)."""
        return PendingWrite.check_in(check_in) in self._writes.waiting()

    def refresh(self) -> None:
        """Show today's answers."""
        check_in = self.current()
        stress = None if check_in is None else check_in.stress
        self.stress_group.setExclusive(False)  # so that no button may be checked
        for value, button in enumerate(self.stress_buttons):
            button.setChecked(value == stress)
        self.stress_group.setExclusive(True)
        hours = None if check_in is None else check_in.desk_hours
        if hours != self._shown_hours:  # leave a value being typed alone
            self.hours.setValue(DEFAULT_HOURS if hours is None else hours)
            self._shown_hours = hours
        text = check_in_text(check_in)
        if self._waiting is not None:
            text = translate(
                "check_in_box", "{today} Not saved yet: Unknot will try again."
            ).format(today=text)
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # ------------------------------------------------------------------ answers

    def _stress_tapped(self, value: int) -> None:
        shown = self.current()
        self._record(value, None if shown is None else shown.desk_hours)

    def _hours_saved(self) -> None:
        shown = self.current()
        self._record(None if shown is None else shown.stress, self.hours.value())

    def _record(self, stress: int | None, desk_hours: float | None) -> None:
        now = self._clock.now()
        check_in = CheckIn(now.date(), stress, desk_hours, now)
        self._waiting = check_in
        self._writes.save(PendingWrite.check_in(check_in))
        self.refresh()
        self.saved.emit()
