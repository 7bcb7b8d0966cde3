"""What a session did, read back from the journal: the summary at its end, and the
account of a session that a crash left interrupted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from core.i18n import translate
from core.journal import Journal
from core.plan import next_advice
from core.records import RatingContext, SessionState, StepKind
from core.routines import routine_name


@dataclass(frozen=True)
class KnotResult:
    """One knot treated: tenderness before → after, and what comes next for it."""

    knot_id: str
    label: str
    before: int | None
    after: int | None
    advice: str

    def change(self) -> str:
        """'7 → 4', or what is known of it."""
        before = "–" if self.before is None else str(self.before)
        after = "–" if self.after is None else str(self.after)
        return f"{before} → {after}"


@dataclass(frozen=True)
class SessionSummary:
    """A session's routine, how it ended, its time, its steps and its knots."""

    routine: str  # its name in the user's language
    state: SessionState
    started: datetime
    ended: datetime | None
    active_seconds: int
    steps: int
    holds: int
    knots: tuple[KnotResult, ...]

    def describe_time(self) -> str:
        """'12 min 30 s' of active time (holds, stretches, rolls, rests)."""
        minutes, seconds = divmod(self.active_seconds, 60)
        if minutes:
            text = translate("session_summary", "{minutes} min {seconds} s")
            return text.format(minutes=minutes, seconds=f"{seconds:02d}")
        return translate("session_summary", "{seconds} s").format(seconds=seconds)


def summarise(journal: Journal, started: datetime, today: date) -> SessionSummary | None:
    """The session that started at `started`, as the journal has it (None if unknown)."""
    session = journal.session(started)
    if session is None:
        return None
    steps = journal.steps_of(started)
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    order: list[str] = []
    for rating in journal.session_ratings(started):
        if rating.knot_id not in order:
            order.append(rating.knot_id)
        if rating.context is RatingContext.BEFORE_HOLD:
            first.setdefault(rating.knot_id, rating.tenderness)
        elif rating.context is RatingContext.AFTER_HOLD:
            last[rating.knot_id] = rating.tenderness
    for step in steps:
        if step.knot_id and step.knot_id not in order:
            order.append(step.knot_id)
    results = []
    for knot_id in order:
        knot = journal.knot(knot_id)
        if knot is None:
            continue
        results.append(
            KnotResult(
                knot_id,
                knot.label,
                first.get(knot_id),
                last.get(knot_id),
                next_advice(knot, today),
            )
        )
    return SessionSummary(
        routine=routine_name(session.routine),
        state=session.state,
        started=session.started,
        ended=session.ended,
        active_seconds=sum(step.actual_s for step in steps),
        steps=len(steps),
        holds=sum(1 for step in steps if step.kind is StepKind.HOLD),
        knots=tuple(results),
    )
