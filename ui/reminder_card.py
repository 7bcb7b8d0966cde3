"""The reminder card: what a reminder asks, with its answers, Snooze ▸ and Skip; and a
column of cards for every reminder waiting. Used in the corner pop-up and on Today."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.muscles import in_sentence
from core.records import ReminderKind
from core.reminder_texts import SNOOZE_MINUTES, TEXTS, Answer, answer_label
from core.reminders import Due

CARD_STYLE = """
#reminder-card { background: palette(base); border: 1px solid palette(mid);
                 border-radius: 10px; }
#reminder-card QLabel { background: transparent; }
"""


def _named(source: str, name: str) -> str:
    """`source` translated with the reminder's name in it (small in English, as written
    in a translation: German nouns keep their capital)."""
    template = translate("reminder_card", source)
    return template.format(reminder=in_sentence(name, template, source))


class ReminderCard(QFrame):
    """One reminder: title, what to do, and its buttons. Emits what the user chose."""

    answered = Signal(object, object)  # ReminderKind, Answer
    snoozed = Signal(object, int)  # ReminderKind, minutes
    skipped = Signal(object)  # ReminderKind

    def __init__(
        self,
        due: Due,
        glass_ml: int,
        detail: str = "",
        compact: bool = False,
        unit: str = "ml",
    ) -> None:
        super().__init__()
        self.due = due
        text = TEXTS[due.kind]
        self.setObjectName("reminder-card")
        self.setStyleSheet(CARD_STYLE)
        self.setAccessibleName(
            translate("reminder_card", "Reminder: {title}").format(title=text.title)
        )
        title = QLabel(text.title)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        body = QLabel(text.body + (f"\n{detail}" if detail else ""))
        body.setWordWrap(True)
        self.setAccessibleDescription(body.text())
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.answer_buttons: dict[Answer, QPushButton] = {}
        for answer in text.answers:
            button = QPushButton(answer_label(answer, glass_ml, unit))
            button.clicked.connect(lambda _=False, a=answer: self.answered.emit(due.kind, a))
            buttons.addWidget(button)
            self.answer_buttons[answer] = button
        buttons.addStretch(1)
        later = QHBoxLayout() if compact else buttons  # narrow: Snooze and Skip below
        later.setSpacing(6)
        later.addStretch(1)
        self.snooze_button = QPushButton(translate("reminder_card", "Snooze"))
        self.snooze_button.setAccessibleName(
            _named(QT_TRANSLATE_NOOP("reminder_card", "Snooze {reminder}"), text.name)
        )
        menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_MINUTES:
            action = menu.addAction(
                translate("reminder_card", "{minutes} minutes").format(minutes=minutes)
            )
            action.triggered.connect(lambda _=False, m=minutes: self.snoozed.emit(due.kind, m))
        self.snooze_button.setMenu(menu)
        self.skip_button = QPushButton(translate("reminder_card", "Skip"))
        self.skip_button.setAccessibleName(
            _named(QT_TRANSLATE_NOOP("reminder_card", "Skip {reminder}"), text.name)
        )
        self.skip_button.clicked.connect(lambda: self.skipped.emit(due.kind))
        later.addWidget(self.snooze_button)
        later.addWidget(self.skip_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 12)
        column.setSpacing(6)
        column.addWidget(title)
        column.addWidget(body)
        column.addLayout(buttons)
        if compact:
            column.addLayout(later)

    def first_button(self) -> QPushButton:
        """The card's first answer (or Skip), to take the keyboard focus."""
        return next(iter(self.answer_buttons.values()), self.skip_button)


class ReminderList(QWidget):
    """Cards for every reminder waiting, newest first; signals pass through."""

    answered = Signal(object, object)
    snoozed = Signal(object, int)
    skipped = Signal(object)

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        self.cards: dict[ReminderKind, ReminderCard] = {}

    def show_waiting(
        self, waiting: list[Due], glass_ml: int, water_line: str, unit: str = "ml"
    ) -> None:
        """Redraw the cards (one per waiting reminder)."""
        for card in self.cards.values():
            self.column.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = {}
        for due in sorted(waiting, key=lambda d: d.due, reverse=True):
            detail = water_line if due.kind is ReminderKind.WATER else ""
            card = ReminderCard(due, glass_ml, detail, self.compact, unit)
            card.answered.connect(self.answered)
            card.snoozed.connect(self.snoozed)
            card.skipped.connect(self.skipped)
            self.column.addWidget(card)
            self.cards[due.kind] = card
