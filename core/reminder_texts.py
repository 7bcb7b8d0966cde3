"""What each reminder says and offers, in plain words grounded in ../shared/EVIDENCE.md
(Breaks, posture, eyes; Hydration). The UI draws these; it writes none of its own."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.records import ReminderKind
from core.units import ML, volume_text


class Answer(StrEnum):
    """The buttons a reminder card can carry (besides Snooze and Skip)."""

    DRINK = "drink"  # "+250 ml": a glass of the user's size
    POSTURE_OK = "posture_ok"
    POSTURE_FIXED = "posture_fixed"
    BREAK_TAKEN = "break_taken"
    START_BREAK = "start_break"  # start the 2-minute break routine
    START_SESSION = "start_session"


@dataclass(frozen=True)
class ReminderText:
    """A reminder's name, its title on the card, what it asks, and its answers. The
    `source_` texts are the English written here; `name`, `title` and `body` are them in
    the user's language."""

    source_name: str  # in lists: "Water", "Posture check"
    source_title: str
    source_body: str
    answers: tuple[Answer, ...]

    @property
    def name(self) -> str:
        """Its name in lists and settings."""
        return translate("reminder_texts", self.source_name)

    @property
    def title(self) -> str:
        """The card's title."""
        return translate("reminder_texts", self.source_title)

    @property
    def body(self) -> str:
        """What it asks of the user."""
        return translate("reminder_texts", self.source_body)


TEXTS: dict[ReminderKind, ReminderText] = {
    ReminderKind.WATER: ReminderText(
        QT_TRANSLATE_NOOP("reminder_texts", "Water"),
        QT_TRANSLATE_NOOP("reminder_texts", "Time for a glass of water"),
        QT_TRANSLATE_NOOP("reminder_texts", "A drink now keeps you on the way to today's goal."),
        (Answer.DRINK,),
    ),
    ReminderKind.POSTURE: ReminderText(
        QT_TRANSLATE_NOOP("reminder_texts", "Posture check"),
        QT_TRANSLATE_NOOP("reminder_texts", "Posture check"),
        QT_TRANSLATE_NOOP(
            "reminder_texts",
            "Feet flat on the floor. Shoulders down and loose. The top of the screen at or a"
            " little below eye level, about an arm's length away.",
        ),
        (Answer.POSTURE_OK, Answer.POSTURE_FIXED),
    ),
    ReminderKind.MICRO_BREAK: ReminderText(
        QT_TRANSLATE_NOOP("reminder_texts", "Micro-break"),
        QT_TRANSLATE_NOOP("reminder_texts", "Micro-break: rest your eyes"),
        QT_TRANSLATE_NOOP(
            "reminder_texts",
            "Look at something about 6 metres away for 20 seconds. Then stand up, or roll"
            " your shoulders, for half a minute.",
        ),
        (Answer.BREAK_TAKEN,),
    ),
    ReminderKind.MOVEMENT_BREAK: ReminderText(
        QT_TRANSLATE_NOOP("reminder_texts", "Movement break"),
        QT_TRANSLATE_NOOP("reminder_texts", "Time to move"),
        QT_TRANSLATE_NOOP(
            "reminder_texts",
            "Stand up and move for a couple of minutes: walk about, or follow a short"
            " routine with Unknot.",
        ),
        (Answer.START_BREAK, Answer.BREAK_TAKEN),
    ),
    ReminderKind.DAILY_SESSION: ReminderText(
        QT_TRANSLATE_NOOP("reminder_texts", "Today's session"),
        QT_TRANSLATE_NOOP("reminder_texts", "Time for today's session"),
        QT_TRANSLATE_NOOP(
            "reminder_texts",
            "Your knots are due for care today: a few holds on a ball and a stretch or two,"
            " at your own pace.",
        ),
        (Answer.START_SESSION,),
    ),
}

SNOOZE_MINUTES = (5, 10, 15)


def answer_label(answer: Answer, glass_ml: int, unit: str = ML) -> str:
    """The words on an answer's button (a glass in the user's unit of water)."""
    if answer is Answer.DRINK:
        return translate("reminder_texts", "+{amount}").format(amount=volume_text(glass_ml, unit))
    return translate(
        "reminder_texts",
        {
            Answer.POSTURE_OK: QT_TRANSLATE_NOOP("reminder_texts", "Posture OK"),
            Answer.POSTURE_FIXED: QT_TRANSLATE_NOOP("reminder_texts", "Fixed it"),
            Answer.BREAK_TAKEN: QT_TRANSLATE_NOOP("reminder_texts", "Done"),
            Answer.START_BREAK: QT_TRANSLATE_NOOP("reminder_texts", "Start the 2-minute break"),
            Answer.START_SESSION: QT_TRANSLATE_NOOP("reminder_texts", "Start today's session"),
        }[answer],
    )
