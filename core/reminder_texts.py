"""What each reminder says and offers, in plain words grounded in ../shared/EVIDENCE.md
(Breaks, posture, eyes; Hydration). The UI draws these; it writes none of its own."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.records import ReminderKind


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
    """A reminder's name, its title on the card, what it asks, and its answers."""

    name: str  # in lists: "Water", "Posture check"
    title: str
    body: str
    answers: tuple[Answer, ...]


TEXTS: dict[ReminderKind, ReminderText] = {
    ReminderKind.WATER: ReminderText(
        "Water",
        "Time for a glass of water",
        "A drink now keeps you on the way to today's goal.",
        (Answer.DRINK,),
    ),
    ReminderKind.POSTURE: ReminderText(
        "Posture check",
        "Posture check",
        "Feet flat on the floor. Shoulders down and loose. The top of the screen at or a"
        " little below eye level, about an arm's length away.",
        (Answer.POSTURE_OK, Answer.POSTURE_FIXED),
    ),
    ReminderKind.MICRO_BREAK: ReminderText(
        "Micro-break",
        "Micro-break: rest your eyes",
        "Look at something about 6 metres away for 20 seconds. Then stand up, or roll"
        " your shoulders, for half a minute.",
        (Answer.BREAK_TAKEN,),
    ),
    ReminderKind.MOVEMENT_BREAK: ReminderText(
        "Movement break",
        "Time to move",
        "Stand up and move for a couple of minutes: walk about, or follow a short"
        " routine with Unknot.",
        (Answer.START_BREAK, Answer.BREAK_TAKEN),
    ),
    ReminderKind.DAILY_SESSION: ReminderText(
        "Today's session",
        "Time for today's session",
        "Your knots are due for care today: a few holds on a ball and a stretch or two,"
        " at your own pace.",
        (Answer.START_SESSION,),
    ),
}

SNOOZE_MINUTES = (5, 10, 15)


def answer_label(answer: Answer, glass_ml: int) -> str:
    """The words on an answer's button."""
    return {
        Answer.DRINK: f"+{glass_ml} ml",
        Answer.POSTURE_OK: "Posture OK",
        Answer.POSTURE_FIXED: "Fixed it",
        Answer.BREAK_TAKEN: "Done",
        Answer.START_BREAK: "Start the 2-minute break",
        Answer.START_SESSION: "Start today's session",
    }[answer]
