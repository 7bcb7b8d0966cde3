"""Converting between the journal's records, exchange rows and stored values.

No SQL here: core/journal.py runs the statements; these functions only shape values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from core.errors import UnknotError
from core.knot_names import shown_name, stored_name
from core.records import (
    Activity,
    CheckIn,
    Column,
    ColumnType,
    Depth,
    Knot,
    KnotStatus,
    Rating,
    Session,
    SessionState,
    Side,
    StepDone,
    Treatment,
    View,
    from_ms,
    ms_to_text,
    text_to_ms,
    to_utc_text,
)


class UnknownReference(UnknotError):
    """A row names a knot or treatment the journal does not hold."""


DAY_MS = 86_400_000
MONDAY_ZERO = date(1969, 12, 29)  # the Monday of week 0 in weekly_summary


def to_db(column: Column, ids: dict[str, int] | None) -> Callable[[Any], Any]:
    """How an exchange value of `column` is stored."""
    if column.type is ColumnType.UTC or column.refers_to == "sessions":
        return lambda value: None if value is None else text_to_ms(value)
    if ids is not None:

        def internal_id(value: Any) -> Any:
            if value is None:
                return None
            try:
                return ids[value]
            except KeyError:
                raise UnknownReference(
                    f"{column.name}: no {(column.refers_to or 'row').rstrip('s')} with id {value}"
                ) from None

        return internal_id
    return lambda value: value


def from_db(column: Column, uids: dict[int, str] | None) -> Callable[[Any], Any]:
    """How a stored value of `column` reads in exchange form."""
    if column.type is ColumnType.UTC or column.refers_to == "sessions":
        return lambda value: None if value is None else ms_to_text(value)
    if uids is not None:
        return lambda value: None if value is None else uids[value]
    return lambda value: value


def knot_row(knot: Knot) -> dict[str, Any]:
    return {
        "id": knot.id,
        "created_utc": to_utc_text(knot.created),
        "view": knot.view.value,
        "x": knot.x,
        "y": knot.y,
        "muscle": knot.muscle,
        "side": knot.side.value,
        "label": stored_name(knot.label, knot.muscle, knot.side),
        "activity": knot.activity.value,
        "depth": knot.depth.value,
        "onset": None if knot.onset is None else knot.onset.isoformat(),
        "status": knot.status.value,
        "notes": knot.notes,
        "sample": int(knot.sample),
    }


def knot_from(row: tuple[Any, ...]) -> Knot:
    return Knot(
        id=row[0],
        created=from_ms(row[1]),
        view=View(row[2]),
        x=row[3],
        y=row[4],
        muscle=row[5],
        side=Side(row[6]),
        label=shown_name(row[7], row[5], Side(row[6])),
        activity=Activity(row[8]),
        depth=Depth(row[9]),
        onset=None if row[10] is None else date.fromisoformat(row[10]),
        status=KnotStatus(row[11]),
        notes=row[12],
        sample=bool(row[13]),
    )


def session_row(session: Session) -> dict[str, Any]:
    return {
        "started_utc": to_utc_text(session.started),
        "ended_utc": None if session.ended is None else to_utc_text(session.ended),
        "routine": session.routine,
        "state": session.state.value,
        "sample": int(session.sample),
    }


def session_from(row: tuple[Any, ...]) -> Session:
    return Session(
        started=from_ms(row[0]),
        ended=None if row[1] is None else from_ms(row[1]),
        routine=row[2],
        state=SessionState(row[3]),
        sample=bool(row[4]),
    )


def treatment_row(treatment: Treatment) -> dict[str, Any]:
    return {
        "id": treatment.id,
        "on_date": treatment.on.isoformat(),
        "kind": treatment.kind.value,
        "notes": treatment.notes,
        "sample": int(treatment.sample),
    }


def rating_row(rating: Rating) -> dict[str, Any]:
    """A rating as an exchange row."""
    return {
        "knot_id": rating.knot_id,
        "at_utc": to_utc_text(rating.at),
        "context": rating.context.value,
        "tenderness": rating.tenderness,
        "session_utc": None if rating.session is None else to_utc_text(rating.session),
        "sample": int(rating.sample),
    }


def step_row(step: StepDone) -> dict[str, Any]:
    """A finished step as an exchange row."""
    return {
        "session_utc": to_utc_text(step.session),
        "started_utc": to_utc_text(step.started),
        "kind": step.kind.value,
        "knot_id": step.knot_id,
        "muscle": step.muscle,
        "side": step.side.value,
        "planned_s": step.planned_s,
        "actual_s": step.actual_s,
        "sample": int(step.sample),
    }


def check_in_row(check_in: CheckIn) -> dict[str, Any]:
    """A daily check-in as an exchange row."""
    return {
        "day": check_in.day.isoformat(),
        "stress": check_in.stress,
        "desk_hours": check_in.desk_hours,
        "at_utc": to_utc_text(check_in.at),
        "sample": int(check_in.sample),
    }
