"""Routines and their steps: what a guided session runs, with the limits of each kind.

A routine is data (resources/routines/*.toml, and the user's own in the config folder;
the format is in docs/routines.md). This module holds the values and the rules every
step must keep; core/routine_files.py reads the files and reports problems by line.

The limits come from ../shared/EVIDENCE.md: compression holds of 30–90 s (Travell &
Simons), stretches of 10–60 s repeated to about a minute per side (ACSM), foam rolling
of 60–120 s per muscle (PMC8998857).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.muscles import MUSCLES_BY_ID, in_sentence
from core.records import Side, StepKind


class Equipment(StrEnum):
    """What a step needs."""

    BALL = "ball"
    FOAM_ROLLER = "foam_roller"
    WALL = "wall"
    FLOOR = "floor"
    NONE = "none"
    DESK = "desk"  # done sitting or standing at the desk

    @property
    def label(self) -> str:
        """How the UI names it."""
        return translate("routines", _EQUIPMENT_LABELS[self])


_EQUIPMENT_LABELS = {
    Equipment.BALL: QT_TRANSLATE_NOOP("routines", "massage ball"),
    Equipment.FOAM_ROLLER: QT_TRANSLATE_NOOP("routines", "foam roller"),
    Equipment.WALL: QT_TRANSLATE_NOOP("routines", "wall"),
    Equipment.FLOOR: QT_TRANSLATE_NOOP("routines", "floor"),
    Equipment.NONE: QT_TRANSLATE_NOOP("routines", "nothing"),
    Equipment.DESK: QT_TRANSLATE_NOOP("routines", "at the desk"),
}


class Sides(StrEnum):
    """Which sides a step works: one, both in turn (left then right), or the middle."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    CENTRE = "centre"  # one pass, no side (the whole body, the midline, the eyes)

    def in_order(self) -> tuple[Side, ...]:
        """The sides done one after another."""
        if self is Sides.BOTH:
            return (Side.LEFT, Side.RIGHT)
        return (Side(self.value),)


@dataclass(frozen=True)
class KindLimits:
    """What a step of one kind may be: seconds, repetitions and the preparing time."""

    default_s: int
    min_s: int
    max_s: int
    min_reps: int
    max_reps: int
    default_reps: int
    prepare_s: int  # time to get into position before the clock runs (0: none)
    needs_muscle: bool
    default_sides: Sides


LIMITS: dict[StepKind, KindLimits] = {
    StepKind.HOLD: KindLimits(60, 30, 90, 1, 3, 1, 8, True, Sides.BOTH),
    StepKind.STRETCH: KindLimits(30, 10, 60, 2, 4, 2, 5, True, Sides.BOTH),
    StepKind.FOAM_ROLL: KindLimits(90, 60, 120, 1, 3, 1, 8, True, Sides.BOTH),
    StepKind.REST: KindLimits(15, 5, 30, 1, 1, 1, 0, False, Sides.CENTRE),
    StepKind.TRANSITION: KindLimits(8, 5, 10, 1, 1, 1, 0, False, Sides.CENTRE),
}

# Seconds added by "+15 s" (never past the step's maximum).
ADD_SECONDS = 15
# How long "ease off" lasts after a hold, and the pause between stretch repetitions.
RELEASE_S = 5
# Foam rolling: one slow roll cue every PACE_S seconds unless the step says otherwise.
PACE_S = 4
PACE_RANGE = (2, 10)
PREPARE_RANGE = (0, 15)
TEXT_MAX = 400
TITLE_MAX = 80


@dataclass(frozen=True)
class Step:
    """One step of a routine as written in its file (not yet split into sides).

    `text` and `title` are as written; `instructions` and `heading` are what the user
    reads: shipped steps in the user's language (resources/i18n/data_strings.py), the
    user's own as they wrote them."""

    kind: StepKind
    text: str
    seconds: int
    min_seconds: int
    max_seconds: int
    muscle: str = ""
    sides: Sides = Sides.BOTH
    reps: int = 1
    equipment: tuple[Equipment, ...] = (Equipment.NONE,)
    prepare_seconds: int = 0
    pace_seconds: int = PACE_S
    title: str = ""
    knot_id: str | None = None  # set when the step treats one of the user's knots
    line: int = 0  # where it was written, for messages

    @property
    def heading(self) -> str:
        """A short name: the step's title, or its kind and muscle."""
        if self.title:
            return translate("steps", self.title)
        muscle = MUSCLES_BY_ID.get(self.muscle)
        kind = translate("routines", _KIND_NAMES[self.kind])
        if muscle is None:
            return kind
        template = translate("routines", _KIND_AND_MUSCLE)
        name = in_sentence(muscle.name, template, _KIND_AND_MUSCLE)
        return template.format(kind=kind, muscle=name)

    @property
    def instructions(self) -> str:
        """What to do, in the user's language where a translation exists."""
        return translate("steps", self.text)

    @property
    def limits(self) -> KindLimits:
        """The limits of this step's kind."""
        return LIMITS[self.kind]

    def for_knot(self, knot_id: str, side: Side) -> Step:
        """This step aimed at one knot on one side."""
        sides = Sides(side.value) if side in (Side.LEFT, Side.RIGHT) else Sides.CENTRE
        return replace(self, knot_id=knot_id, sides=sides)

    def planned_seconds(self) -> int:
        """Timed seconds over every side and repetition, preparing included."""
        per_side = self.prepare_seconds + self.reps * self.seconds
        if self.kind is StepKind.STRETCH:
            per_side += (self.reps - 1) * RELEASE_S
        elif self.kind is StepKind.HOLD:
            per_side += self.reps * RELEASE_S
        return per_side * len(self.sides.in_order())


_KIND_NAMES = {
    StepKind.HOLD: QT_TRANSLATE_NOOP("routines", "Ball hold"),
    StepKind.STRETCH: QT_TRANSLATE_NOOP("routines", "Stretch"),
    StepKind.FOAM_ROLL: QT_TRANSLATE_NOOP("routines", "Foam roll"),
    StepKind.REST: QT_TRANSLATE_NOOP("routines", "Rest"),
    StepKind.TRANSITION: QT_TRANSLATE_NOOP("routines", "Move on"),
}


_KIND_AND_MUSCLE = QT_TRANSLATE_NOOP("routines", "{kind}: {muscle}")


def routine_name(written: str) -> str:
    """A routine's name as written (in its file, or stored with a session in the
    journal) in the user's language, where a translation exists."""
    return translate("routines", written)


@dataclass(frozen=True)
class Routine:
    """An ordered list of steps with a name; `key` is its file's name without .toml.

    `source_name` and `source_summary` are as written in the file (the journal stores
    the name so); `name` and `summary` are what the user reads."""

    key: str
    source_name: str
    source_summary: str
    steps: tuple[Step, ...]
    builtin: bool = True
    path: str = ""

    @property
    def name(self) -> str:
        """Its name in the user's language (as written, for the user's own routines)."""
        return routine_name(self.source_name)

    @property
    def summary(self) -> str:
        """What it does, in a sentence or two."""
        return translate("routines", self.source_summary)

    def planned_seconds(self) -> int:
        """About how long it takes (ratings not counted)."""
        return sum(step.planned_seconds() for step in self.steps)

    def minutes(self) -> int:
        """About how many minutes, at least one."""
        return max(1, round(self.planned_seconds() / 60))

    def equipment(self) -> tuple[Equipment, ...]:
        """Everything its steps need, in first-use order ('nothing' left out)."""
        seen: list[Equipment] = []
        for step in self.steps:
            for item in step.equipment:
                if item is not Equipment.NONE and item not in seen:
                    seen.append(item)
        return tuple(seen)

    def muscles(self) -> tuple[str, ...]:
        """The muscles it works, in first-use order."""
        seen: list[str] = []
        for step in self.steps:
            if step.muscle and step.muscle not in seen:
                seen.append(step.muscle)
        return tuple(seen)
