"""A routine laid out as the phases a session runs through, and the cues of each phase.

A step becomes segments: for a compression hold on one side, prepare → rate before →
hold → ease off → rate after; a stretch is prepare → hold → ease off → hold for each
repetition, left side first; a foam roll is prepare → roll; a rest or a move to the next
place is one timed pause. core/session.py walks these segments on the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from core.cues import CueKind
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.records import Side, StepKind
from core.routines import PREPARE_RANGE, RELEASE_S, Routine, Step

# Cues at fixed moments of a timed hold: halfway and "ten seconds" only when the hold is
# long enough for them to mean something; a 3-2-1 count before every end.
HALFWAY_MIN_S = 20
TEN_LEFT_MIN_S = 20
COUNTDOWN = (3, 2, 1)
PACE_QUIET_END_S = 5  # no pacing cue in the last seconds: the countdown has them


class Phase(StrEnum):
    """Where a session is within a step."""

    PREPARE = "prepare"  # get into position; Space starts the clock early
    RATE_BEFORE = "rate_before"
    HOLD = "hold"  # the clock runs: a hold, a stretch or a roll
    RELEASE = "release"  # ease off slowly
    RATE_AFTER = "rate_after"
    REST = "rest"
    TRANSITION = "transition"  # move the ball or roller to the next place
    FINISHED = "finished"

    @property
    def timed(self) -> bool:
        """True when the clock runs through this phase."""
        return self not in (Phase.RATE_BEFORE, Phase.RATE_AFTER, Phase.FINISHED)

    @property
    def rating(self) -> bool:
        """True when a tenderness rating is wanted."""
        return self in (Phase.RATE_BEFORE, Phase.RATE_AFTER)

    @property
    def goes_on_early(self) -> bool:
        """True when Space ends it at once (a pause before the work, not the work)."""
        return self in (Phase.PREPARE, Phase.REST, Phase.TRANSITION)


@dataclass(frozen=True)
class Segment:
    """One phase of one step on one side: what runs, and for how long (0: untimed)."""

    phase: Phase
    step_index: int
    step: Step
    side: Side
    rep: int  # 1-based repetition on this side
    seconds: int
    knot_id: str | None = None
    first_of_side: bool = False
    switched_side: bool = False  # the first segment of a step's second side

    @property
    def max_seconds(self) -> int:
        """How far "+15 s" may take it."""
        if self.phase in (Phase.HOLD, Phase.REST, Phase.TRANSITION):
            return self.step.max_seconds
        if self.phase is Phase.PREPARE:
            return PREPARE_RANGE[1]
        return self.seconds

    @property
    def records_step(self) -> bool:
        """True when finishing it writes a step to the journal."""
        return self.phase in (Phase.HOLD, Phase.REST, Phase.TRANSITION)


@dataclass(frozen=True)
class SessionScreen:
    """What the session view shows at one moment."""

    phase: Phase
    heading: str
    text: str
    side: str  # "LEFT", "RIGHT" or "": a key, not words (the view words it)
    seconds_left: int  # as displayed: whole seconds, rounded up
    seconds_total: int
    fraction_done: float
    paused: bool
    pause_reason: str
    step_number: int
    step_count: int
    rep: int
    reps: int
    next_label: str
    knot_label: str
    can_release: bool
    can_add: bool
    save_error: str  # '' when everything is saved
    pending_digit: int | None


KnotFinder = Callable[[str, Side], "str | None"]


def segments_of(routine: Routine, knot_for: KnotFinder) -> list[Segment]:
    """Every segment of a routine in order; `knot_for(muscle, side)` links holds to knots."""
    segments: list[Segment] = []
    for index, step in enumerate(routine.steps):
        segments.extend(_step_segments(index, step, knot_for))
    return segments


def _step_segments(index: int, step: Step, knot_for: KnotFinder) -> list[Segment]:
    if step.kind is StepKind.REST:
        return [Segment(Phase.REST, index, step, Side.CENTRE, 1, step.seconds)]
    if step.kind is StepKind.TRANSITION:
        return [Segment(Phase.TRANSITION, index, step, Side.CENTRE, 1, step.seconds)]
    out: list[Segment] = []
    for side_number, side in enumerate(step.sides.in_order()):
        knot = None
        if step.kind is StepKind.HOLD:
            knot = step.knot_id or (knot_for(step.muscle, side) if step.muscle else None)
        out.extend(_side_segments(index, step, side, knot, switched=side_number > 0))
    return out


def _side_segments(
    index: int, step: Step, side: Side, knot: str | None, switched: bool
) -> list[Segment]:
    """One side of a hold, stretch or roll: prepare, then each repetition."""
    plan: list[tuple[Phase, int, int]] = []
    if step.prepare_seconds:
        plan.append((Phase.PREPARE, 1, step.prepare_seconds))
    for rep in range(1, step.reps + 1):
        last = rep == step.reps
        if knot and rep == 1:
            plan.append((Phase.RATE_BEFORE, rep, 0))
        plan.append((Phase.HOLD, rep, step.seconds))
        if step.kind is StepKind.HOLD or not last:
            plan.append((Phase.RELEASE, rep, RELEASE_S))
        if knot and last:
            plan.append((Phase.RATE_AFTER, rep, 0))
    return [
        Segment(
            phase,
            index,
            step,
            side,
            rep,
            seconds,
            knot,
            first_of_side=number == 0,
            switched_side=switched and number == 0,
        )
        for number, (phase, rep, seconds) in enumerate(plan)
    ]


def side_word(side: Side) -> str:
    """LEFT / RIGHT for the session view to show (a key it words itself, not
    translated here); '' for no side."""
    return side.value.upper() if side in (Side.LEFT, Side.RIGHT) else ""


def step_words(segment: Segment) -> str:
    """What is said when a step (or its second side) begins: side, heading, what to do."""
    step = segment.step
    heading, text = step.heading, step.instructions
    if segment.side is Side.LEFT:
        words = translate("session_plan", "Left side. {heading}. {text}")
    elif segment.side is Side.RIGHT:
        words = translate("session_plan", "Right side. {heading}. {text}")
    else:
        words = translate("session_plan", "{heading}. {text}")
    return words.format(heading=heading, text=text)


# What the clock's running phase is called: spoken as it starts, and in "next".
_WORK_CUES = {
    StepKind.STRETCH: QT_TRANSLATE_NOOP("session_plan", "Stretch."),
    StepKind.FOAM_ROLL: QT_TRANSLATE_NOOP("session_plan", "Roll slowly."),
}
_HOLD_CUE = QT_TRANSLATE_NOOP("session_plan", "Hold.")
_WORK_LABELS = {
    StepKind.STRETCH: QT_TRANSLATE_NOOP("session_plan", "Stretch {seconds} s"),
    StepKind.FOAM_ROLL: QT_TRANSLATE_NOOP("session_plan", "Roll slowly {seconds} s"),
}
_HOLD_LABEL = QT_TRANSLATE_NOOP("session_plan", "Hold {seconds} s")


def start_cue(segment: Segment) -> tuple[CueKind, str]:
    """The cue that opens a segment."""
    phase = segment.phase
    if phase.rating:
        if segment.first_of_side:  # no prepare phase: say what and where first
            kind, words = _opening(segment)
            return kind, translate("session_plan", "{words} Rate it now.").format(words=words)
        return CueKind.RATE_NOW, translate("session_plan", "Rate it now.")
    if phase is Phase.RELEASE:
        if segment.step.kind is StepKind.HOLD:
            return CueKind.RELEASE, translate("session_plan", "Release.")
        return CueKind.RELEASE, translate("session_plan", "Ease off.")
    if phase is Phase.HOLD:
        if segment.first_of_side:  # no prepare phase: the step begins here
            return _opening(segment)
        return CueKind.START, translate(
            "session_plan", _WORK_CUES.get(segment.step.kind, _HOLD_CUE)
        )
    return _opening(segment)


def _opening(segment: Segment) -> tuple[CueKind, str]:
    if segment.phase is Phase.REST:
        words = translate("session_plan", "Rest. {text}").format(text=segment.step.instructions)
    else:
        words = step_words(segment)
    if segment.switched_side:
        return CueKind.SWITCH_SIDES, translate("session_plan", "Switch sides. {words}").format(
            words=words
        )
    return CueKind.START, words


def timed_cues(segment: Segment, seconds: float) -> list[tuple[float, CueKind, str]]:
    """The cues inside a timed HOLD segment of `seconds`, by elapsed time, in order.

    The end itself is not here: the session emits it (or the next phase's cue)."""
    if segment.phase is not Phase.HOLD:
        return []
    cues: list[tuple[float, CueKind, str]] = []
    if seconds >= HALFWAY_MIN_S:
        cues.append((seconds / 2, CueKind.HALFWAY, ""))
    if seconds >= TEN_LEFT_MIN_S:
        cues.append((seconds - 10, CueKind.TEN_LEFT, translate("session_plan", "Ten seconds.")))
    if segment.step.kind is StepKind.FOAM_ROLL:
        pace = segment.step.pace_seconds
        at = float(pace)
        while at < seconds - PACE_QUIET_END_S:
            if all(abs(at - c[0]) >= 1 for c in cues):
                cues.append((at, CueKind.PACE, ""))
            at += pace
    for count in COUNTDOWN:
        if seconds > count + 1:
            cues.append((seconds - count, CueKind.COUNT, str(count)))
    return sorted(cues, key=lambda cue: cue[0])


def segment_label(segment: Segment) -> str:
    """A short name of a segment for "what comes next"."""
    step = segment.step
    if segment.phase is Phase.FINISHED:
        return translate("session_plan", "The end")
    if segment.phase.rating:
        return translate("session_plan", "Rate the tenderness")
    if segment.phase is Phase.RELEASE:
        return translate("session_plan", "Ease off")
    if segment.phase is Phase.HOLD and not segment.first_of_side:
        label = _WORK_LABELS.get(step.kind, _HOLD_LABEL)
        return translate("session_plan", label).format(seconds=segment.seconds)
    if segment.side is Side.LEFT:
        return translate("session_plan", "{heading}, left side").format(heading=step.heading)
    if segment.side is Side.RIGHT:
        return translate("session_plan", "{heading}, right side").format(heading=step.heading)
    return step.heading
