"""The check every fault case ends with: what was saved before the fault is still there.

`Saved` lists what a test knows was written (knots, ratings, sessions, steps, and rows
of the other tables in exchange form); `Saved.of(journal)` takes everything a journal
holds now. `assert_nothing_lost(where, saved)` opens the journal(s) the way the app does
on its next start (core/journal.py's Journal.open, which also marks sessions left open
as interrupted) and reads every record back through the journal's public methods.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.clock import FakeClock
from core.journal import FILE_NAME, Journal
from core.records import (
    Knot,
    Rating,
    Session,
    SessionState,
    StepDone,
    from_ms,
    text_to_ms,
    to_ms,
)

# The tables read back row by row (the others have their own methods above).
ROW_TABLES = (
    "treatments",
    "treatment_knots",
    "water",
    "posture_checks",
    "reminder_events",
    "notes",
    "daily_check_ins",
)

Where = Journal | Path


@dataclass
class Saved:
    """What was written to the journal, as its public methods give it back."""

    knots: list[Knot] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    steps: list[StepDone] = field(default_factory=list)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def of(cls, journal: Journal) -> Saved:
        """Everything `journal` holds now."""
        knots = journal.knots()
        sessions = [_session(journal, row["started_utc"]) for row in journal.table_rows("sessions")]
        return cls(
            knots=knots,
            ratings=[r for knot in knots for r in journal.ratings_for(knot.id)],
            sessions=sessions,
            steps=[s for session in sessions for s in journal.steps_of(session.started)],
            rows={table: list(journal.table_rows(table)) for table in ROW_TABLES},
        )

    def add(self, *records: Knot | Rating | Session | StepDone) -> Saved:
        """Note records the journal has confirmed writing; returns self."""
        for record in records:
            if isinstance(record, Knot):
                self.knots.append(record)
            elif isinstance(record, Rating):
                self.ratings.append(record)
            elif isinstance(record, Session):
                self.sessions.append(record)
            else:
                self.steps.append(record)
        return self

    def add_row(self, table: str, row: dict[str, Any]) -> Saved:
        """Note one row of another table, in exchange form; returns self."""
        self.rows.setdefault(table, []).append(row)
        return self

    def merge(self, other: Saved) -> Saved:
        """Both together (a new Saved)."""
        rows = {t: [*self.rows.get(t, []), *other.rows.get(t, [])] for t in ROW_TABLES}
        return Saved(
            [*self.knots, *other.knots],
            [*self.ratings, *other.ratings],
            [*self.sessions, *other.sessions],
            [*self.steps, *other.steps],
            {t: r for t, r in rows.items() if r},
        )

    def count(self) -> int:
        """How many records in all."""
        records = len(self.knots) + len(self.ratings) + len(self.sessions) + len(self.steps)
        return records + sum(len(rows) for rows in self.rows.values())


def _session(journal: Journal, started_utc: str) -> Session:
    session = journal.session(from_ms(text_to_ms(started_utc)))
    assert session is not None
    return session


# ----------------------------------------------------------------------------- keys
# Records compared by what the journal stores: times to the millisecond.


def _knot_key(knot: Knot) -> tuple[Any, ...]:
    return (
        knot.id,
        to_ms(knot.created),
        knot.view,
        knot.x,
        knot.y,
        knot.muscle,
        knot.side,
        knot.label,
        knot.activity,
        knot.depth,
        knot.onset,
        knot.notes,
    )


def _rating_key(rating: Rating) -> tuple[Any, ...]:
    session = None if rating.session is None else to_ms(rating.session)
    return (rating.knot_id, to_ms(rating.at), rating.tenderness, rating.context, session)


def _step_key(step: StepDone) -> tuple[Any, ...]:
    return (
        to_ms(step.session),
        to_ms(step.started),
        step.kind,
        step.planned_s,
        step.actual_s,
        step.muscle,
        step.side,
        step.knot_id,
    )


def _row_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(sorted(row.items()))


def _session_found(wanted: Session, found: Session | None) -> bool:
    """A session saved open may since have ended in any state; an ended one keeps its."""
    if found is None or found.routine != wanted.routine:
        return False
    if wanted.state is SessionState.OPEN:
        return True
    ended = None if wanted.ended is None else to_ms(wanted.ended)
    found_ended = None if found.ended is None else to_ms(found.ended)
    return (found.state, found_ended) == (wanted.state, ended)


# ----------------------------------------------------------------------------- the check


@contextmanager
def opened(where: Where) -> Iterator[Journal]:
    """`where` as an open journal: itself, a data folder, or a journal file of any
    name (a backup, a moved-aside copy: read from a copy, so it stays as it is)."""
    if isinstance(where, Journal):
        yield where
        return
    with ExitStack() as stack:
        folder = where
        if where.is_file() and where.name != FILE_NAME:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="unknot-")))
            shutil.copyfile(where, folder / FILE_NAME)
        elif where.is_file():
            folder = where.parent
        journal = Journal.open(folder, FakeClock())
        stack.callback(journal.close)
        assert journal.report.moved_aside is None, (
            f"{where}: the journal was moved aside on opening ({journal.report.damage})"
        )
        yield journal


def assert_nothing_lost(
    where: Where | Sequence[Where], saved: Saved, *, exactly: bool = False
) -> None:
    """Every record of `saved` is in the journal at `where` (with several, in at least
    one of them: a journal and its backup, say), read back through its public methods.

    With `exactly`, the journal(s) hold nothing else either (an import that was refused
    left the journal as it was)."""
    places = [where] if isinstance(where, Journal | Path) else list(where)
    assert places, "no journal to look in"
    missing: list[str] = []
    with ExitStack() as stack:
        journals = [stack.enter_context(opened(place)) for place in places]
        held = [Saved.of(journal) for journal in journals]
        knots = {_knot_key(k) for h in held for k in h.knots}
        ratings = {_rating_key(r) for h in held for r in h.ratings}
        steps = {_step_key(s) for h in held for s in h.steps}
        rows = {(t, _row_key(r)) for h in held for t, rs in h.rows.items() for r in rs}
        missing += [f"knot {k.label!r} ({k.id})" for k in saved.knots if _knot_key(k) not in knots]
        missing += [
            f"rating {_rating_key(r)}" for r in saved.ratings if _rating_key(r) not in ratings
        ]
        missing += [f"step {_step_key(s)}" for s in saved.steps if _step_key(s) not in steps]
        missing += [
            f"{table} row {row}"
            for table, table_rows in saved.rows.items()
            for row in table_rows
            if (table, _row_key(row)) not in rows
        ]
        for session in saved.sessions:
            if not any(_session_found(session, j.session(session.started)) for j in journals):
                missing.append(
                    f"session {session.routine!r} of {session.started} ({session.state})"
                )
        extra = sum(h.count() for h in held) - saved.count()
    assert not missing, f"{len(missing)} saved records are gone: " + "; ".join(missing[:10])
    if exactly:
        assert extra == 0, f"the journal holds {extra} records more than were saved"
