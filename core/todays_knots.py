"""The "Today's knots" session: built from the user's own active knots.

The most tender knots come first and, among equally tender ones, the longest since
their last ball hold; up to a chosen number (four by default, as in the office-worker
trial that treated the four most painful points, Cagnie 2013). Each gets the ball hold
for its muscle from resources/steps/holds.toml, with a move of the ball between them;
then one stretch for each muscle from resources/steps/stretches.toml. A muscle the ball
must not press (the front of the neck) gets its stretch only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.muscles import in_sentence
from core.records import Knot, KnotStatus, Side, StepKind
from core.routine_files import step_library
from core.routines import LIMITS, Routine, Sides, Step
from core.session_plan import KnotFinder
from core.tenderness import active_tenderness

KEY = "todays-knots"
# In the routines' context: the journal keeps it with each session, and a session's
# routine name is shown through core.routines.routine_name.
NAME = QT_TRANSLATE_NOOP("routines", "Today's knots")
_BALL_ON = QT_TRANSLATE_NOOP("todays_knots", "Ball on your {knot}")
_SUMMARY = QT_TRANSLATE_NOOP("todays_knots", "Ball holds and stretches for your {knots}.")
_MOVE_TO = QT_TRANSLATE_NOOP("todays_knots", "Move the ball to your {knot}. Settle into position.")
DEFAULT_KNOTS = 4
MAX_KNOTS = 8
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)


def knots_by_priority(journal: Journal) -> list[Knot]:
    """Active knots, most tender now first (core.tenderness), then longest since their
    last hold."""
    tenderness = active_tenderness(journal)
    last_hold = journal.last_holds()
    knots = journal.knots([KnotStatus.ACTIVE])
    return sorted(
        knots,
        key=lambda k: (-tenderness.get(k.id, -1), last_hold.get(k.id, _NEVER), k.label),
    )


def knot_finder(journal: Journal) -> KnotFinder:
    """Links a routine's hold on a muscle and side to the user's most tender active knot
    there (None where there is none)."""
    best: dict[tuple[str, Side], str] = {}
    for knot in reversed(knots_by_priority(journal)):  # the most tender is written last
        best[(knot.muscle, knot.side)] = knot.id
    return lambda muscle, side: best.get((muscle, side))


def build(
    journal: Journal,
    count: int = DEFAULT_KNOTS,
    hold_seconds: int | None = None,
    stretch_seconds: int | None = None,
) -> Routine | None:
    """The session for up to `count` knots, or None when no knot is active. Holds and
    stretches last `hold_seconds` and `stretch_seconds` (Settings → Sessions) where
    given, within each step's own limits; else as their step files say."""
    chosen = knots_by_priority(journal)[: max(1, min(count, MAX_KNOTS))]
    if not chosen:
        return None
    holds = {step.muscle: step for step in step_library("holds")}
    stretches = {step.muscle: step for step in step_library("stretches")}
    steps: list[Step] = []
    for knot in chosen:
        hold = holds.get(knot.muscle)
        if hold is None:
            continue
        hold = _lasting(hold, hold_seconds)
        if steps:
            steps.append(_move_to(knot))
        title = translate("todays_knots", _BALL_ON)
        title = title.format(knot=in_sentence(knot.label, title, _BALL_ON))
        steps.append(replace(hold.for_knot(knot.id, knot.side), title=title))
    sides: dict[str, set[Side]] = {}
    for knot in chosen:
        sides.setdefault(knot.muscle, set()).add(knot.side)
    for muscle, on in sides.items():
        stretch = stretches.get(muscle)
        if stretch is not None:
            stretch = _lasting(stretch, stretch_seconds)
            steps.append(replace(stretch, sides=_sides(stretch.sides, on)))
    if not steps:  # no shipped step for any of these muscles
        return None
    summary = translate("todays_knots", _SUMMARY)
    summary = summary.format(
        knots=", ".join(in_sentence(k.label, summary, _SUMMARY) for k in chosen)
    )
    return Routine(KEY, NAME, summary, tuple(steps), builtin=True)


def _move_to(knot: Knot) -> Step:
    limits = LIMITS[StepKind.TRANSITION]
    text = translate("todays_knots", _MOVE_TO)
    return Step(
        kind=StepKind.TRANSITION,
        text=text.format(knot=in_sentence(knot.label, text, _MOVE_TO)),
        seconds=limits.default_s,
        min_seconds=limits.min_s,
        max_seconds=limits.max_s,
        muscle=knot.muscle,
        sides=Sides.CENTRE,
        title=translate("todays_knots", "Move the ball"),
    )


def _lasting(step: Step, seconds: int | None) -> Step:
    """`step` timed for `seconds`, kept within its own minimum and maximum."""
    if seconds is None:
        return step
    return replace(step, seconds=max(step.min_seconds, min(seconds, step.max_seconds)))


def _sides(written: Sides, knot_sides: set[Side]) -> Sides:
    """A sided stretch is done on the sides the knots are on."""
    if written is Sides.CENTRE:
        return written
    if knot_sides == {Side.LEFT}:
        return Sides.LEFT
    if knot_sides == {Side.RIGHT}:
        return Sides.RIGHT
    return Sides.BOTH
