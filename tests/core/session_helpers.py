"""Driving a GuidedSession as the UI does, and small routine builders for session tests.

The UI calls `tick()` at the monotonic moment `next_due()` names and nothing else in
between; `run_until` does exactly that on the fake clock, so every test sees the same
ticks the window's single-shot timer would make.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from core.clock import FakeClock
from core.cues import Cue, CueKind
from core.journal import Journal
from core.records import Knot, Rating, RatingContext, Side, StepKind, View
from core.routines import LIMITS, Routine, Sides, Step
from core.session import GuidedSession
from core.session_plan import Phase

T0 = 1000.0  # the fake clock's monotonic reading when a test begins
MAX_TICKS = 10_000


@dataclass
class Run:
    """The cues and tick moments of one stretch of running."""

    cues: list[Cue] = field(default_factory=list)
    ticks: list[float] = field(default_factory=list)

    def kinds(self) -> list[CueKind]:
        return [cue.kind for cue in self.cues]

    def of(self, kind: CueKind) -> list[Cue]:
        return [cue for cue in self.cues if cue.kind is kind]

    def dues(self, kind: CueKind) -> list[float]:
        return [cue.due for cue in self.of(kind)]


Until = Callable[[GuidedSession], bool] | float


def run_until(session: GuidedSession, clock: FakeClock, until: Until) -> Run:
    """Tick at every next_due() until `until(session)` holds, or for `until` seconds.

    With seconds, the clock ends exactly that much later (ticks due by then are made).
    With a predicate, it fails when only the user could move the session on."""
    run = Run()
    target = clock.monotonic() + until if isinstance(until, int | float) else None
    for _ in range(MAX_TICKS):
        if target is None and until(session):  # type: ignore[operator]
            return run
        due = session.next_due()
        if due is None or (target is not None and due > target):
            if target is None:
                raise AssertionError(f"nothing is due and the session waits in {session.phase}")
            clock.advance(target - clock.monotonic())
            return run
        assert due >= clock.monotonic(), f"next_due {due} lies in the past"
        clock.advance(due - clock.monotonic())
        assert clock.monotonic() == due
        run.ticks.append(due)
        run.cues += session.tick()
    raise AssertionError("the session never got there")


def tick_once(session: GuidedSession, clock: FakeClock) -> tuple[float, list[Cue]]:
    """Advance to next_due() and tick once; (the moment, its cues)."""
    due = session.next_due()
    assert due is not None and due >= clock.monotonic()
    clock.advance(due - clock.monotonic())
    return due, session.tick()


def in_phase(phase: Phase) -> Callable[[GuidedSession], bool]:
    return lambda session: session.phase is phase


def finished(session: GuidedSession) -> bool:
    return not session.is_open()


# ----------------------------------------------------------------------------- routines


def step(kind: StepKind, text: str = "Do it gently.", **changes: Any) -> Step:
    """A step of `kind` with its kind's defaults, as a routine file without the key would."""
    limits = LIMITS[kind]
    made = Step(
        kind=kind,
        text=text,
        seconds=limits.default_s,
        min_seconds=limits.min_s,
        max_seconds=limits.max_s,
        muscle="upper_trapezius" if limits.needs_muscle else "",
        sides=limits.default_sides,
        reps=limits.default_reps,
        prepare_seconds=limits.prepare_s,
    )
    return replace(made, **changes)


def hold(**changes: Any) -> Step:
    """A 60 s ball hold on the right upper trapezius with 8 s to get ready."""
    return step(StepKind.HOLD, "Lean into the ball.", **{"sides": Sides.RIGHT, **changes})


def stretch(**changes: Any) -> Step:
    return step(StepKind.STRETCH, "Tilt your head away.", **changes)


def foam_roll(**changes: Any) -> Step:
    return step(StepKind.FOAM_ROLL, "Roll slowly.", **{"muscle": "quadriceps", **changes})


def rest(seconds: int = 10) -> Step:
    return step(StepKind.REST, "Breathe.", seconds=seconds)


def transition(seconds: int = 8) -> Step:
    return step(StepKind.TRANSITION, "Move the ball.", seconds=seconds)


def routine_of(*steps: Step, key: str = "test") -> Routine:
    return Routine(key, "Test routine", "For the tests.", tuple(steps))


def write_toml(folder: Path, name: str, text: str) -> Path:
    """A routine (or step library) file in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- knots


def add_knot(
    journal: Journal,
    clock: FakeClock,
    muscle: str = "upper_trapezius",
    side: Side = Side.RIGHT,
    label: str | None = None,
    tenderness: int | None = None,
    **changes: Any,
) -> Knot:
    """An active knot in the journal, with one check-in rating if `tenderness` is given."""
    name = muscle.replace("_", " ")
    knot = Knot(
        view=View.BACK,
        x=0.4,
        y=0.2,
        muscle=muscle,
        side=side,
        label=label or f"{side.value.capitalize()} {name}",
        created=clock.now(),
        **changes,
    )
    journal.add_knot(knot)
    if tenderness is not None:
        journal.add_rating(Rating(knot.id, clock.now(), tenderness, RatingContext.CHECK_IN))
    return knot


def links(*knots: Knot) -> Callable[[str, Side], str | None]:
    """A knot finder that links holds to these knots by muscle and side."""
    found = {(k.muscle, k.side): k.id for k in knots}
    return lambda muscle, side: found.get((muscle, side))


def at(session: GuidedSession, offset_s: float) -> datetime:
    """The journal time `offset_s` seconds after the session began."""
    assert session.started is not None
    return session.started + timedelta(seconds=offset_s)
