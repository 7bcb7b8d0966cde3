"""Journal writes that must not be lost: kept in order when one fails, and written
before the next one (or when asked), so a full disk or a locked file costs nothing the
user did.

There is one queue per open journal (`Journal.pending`), shared by the session, the
reminders, the check-in, the body map (knots, their edits, ratings and deletions) and
treatments. A write is data, not a closure: the name of the journal
method and its record (`PendingWrite`), so what still waits when the app quits can be
kept in a file (core/recovery_file.py) and replayed through the same journal methods at
the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from core.errors import UnknotError
from core.i18n import translate
from core.journal_rows import (
    UnknownReference,
    check_in_row,
    knot_row,
    rating_row,
    session_row,
    step_row,
    treatment_row,
)
from core.knot_names import shown_name
from core.records import (
    Activity,
    CheckIn,
    Depth,
    Knot,
    KnotStatus,
    Rating,
    RatingContext,
    Session,
    SessionState,
    Side,
    StepDone,
    StepKind,
    Treatment,
    TreatmentKind,
    View,
    from_ms,
    text_to_ms,
    to_utc_text,
)
from core.validation import InvalidValue

log = logging.getLogger("unknot.journal")

# The journal methods a queued write may call, and the table each one adds a row to
# (None: the others change rows, and replaying them again is harmless: an edit of a
# knot is made again, the latest last; a deletion or a correction already made is
# skipped; a treatment already there is skipped).
OPERATIONS: dict[str, str | None] = {
    "start_session": "sessions",
    "add_step": "steps",
    "end_session": None,
    "add_rating": "ratings",
    "add_row": "",  # the table is in the row
    "set_check_in": None,
    "add_knot": "knots",
    "update_knot": None,
    "delete_knot": None,
    "replace_rating": None,
    "add_treatment": None,
}


def _moment(text: Any) -> datetime:
    if not isinstance(text, str):
        raise ValueError(
            translate("pending_writes", "not a moment: {text}").format(text=repr(text))
        )
    return from_ms(text_to_ms(text))


def _maybe_moment(text: Any) -> datetime | None:
    return None if text is None else _moment(text)


def _rating(row: Mapping[str, Any]) -> Rating:
    return Rating(
        row["knot_id"],
        _moment(row["at_utc"]),
        row["tenderness"],
        RatingContext(row["context"]),
        _maybe_moment(row["session_utc"]),
        bool(row["sample"]),
    )


def _knot(row: Mapping[str, Any]) -> Knot:
    side = Side(row["side"])
    return Knot(
        id=row["id"],
        created=_moment(row["created_utc"]),
        view=View(row["view"]),
        x=row["x"],
        y=row["y"],
        muscle=row["muscle"],
        side=side,
        label=shown_name(row["label"], row["muscle"], side),
        activity=Activity(row["activity"]),
        depth=Depth(row["depth"]),
        onset=None if row["onset"] is None else date.fromisoformat(row["onset"]),
        status=KnotStatus(row["status"]),
        notes=row["notes"],
        sample=bool(row["sample"]),
    )


def _treatment(row: Mapping[str, Any]) -> Treatment:
    knots = row["knot_ids"]
    if not isinstance(knots, list) or not all(isinstance(k, str) for k in knots):
        raise ValueError(translate("pending_writes", "not a list of knots"))
    return Treatment(
        on=date.fromisoformat(row["on_date"]),
        kind=TreatmentKind(row["kind"]),
        knot_ids=tuple(knots),
        notes=row["notes"],
        id=row["id"],
        sample=bool(row["sample"]),
    )


@dataclass(frozen=True)
class PendingWrite:
    """One journal write as data: `operation` names the Journal method, `args` are
    what it is called with (records, moments, an exchange row)."""

    operation: str
    args: tuple[Any, ...]
    replayed: bool = False  # read back from the recovery file

    def __post_init__(self) -> None:
        if self.operation not in OPERATIONS:
            raise ValueError(f"not a journal write: {self.operation}")

    @classmethod
    def check_in(cls, check_in: CheckIn) -> PendingWrite:
        """Record (or replace) the day's check-in."""
        return cls("set_check_in", (check_in,))

    @classmethod
    def treatment(cls, treatment: Treatment) -> PendingWrite:
        """Log a massage or therapy session."""
        return cls("add_treatment", (treatment,))

    def table(self) -> str | None:
        """The table this write adds one row to, or None when it changes rows."""
        table = OPERATIONS[self.operation]
        return str(self.args[0]) if table == "" else table

    def row(self) -> dict[str, Any]:
        """What the write holds, in exchange form (text, numbers, None): what goes
        into the recovery file, and the row for the table it adds to."""
        op, args = self.operation, self.args
        if op == "start_session":
            return session_row(args[0])
        if op == "add_step":
            return step_row(args[0])
        if op == "add_rating":
            return rating_row(args[0])
        if op == "set_check_in":
            return check_in_row(args[0])
        if op == "add_row":
            return dict(args[1])
        if op in ("add_knot", "update_knot"):
            return knot_row(args[0])
        if op == "delete_knot":
            return {"knot_id": args[0]}
        if op == "replace_rating":
            return {"old": rating_row(args[0]), "new": rating_row(args[1])}
        if op == "add_treatment":
            return treatment_row(args[0]) | {"knot_ids": list(args[0].knot_ids)}
        started, state, ended = args
        return {
            "started_utc": to_utc_text(started),
            "state": SessionState(state).value,
            "ended_utc": to_utc_text(ended),
        }

    def to_data(self) -> dict[str, Any]:
        """The write as JSON data."""
        data: dict[str, Any] = {"operation": self.operation, "row": self.row()}
        if self.operation == "add_row":
            data["table"] = self.args[0]
        return data

    @classmethod
    def from_data(cls, data: Any) -> PendingWrite:
        """The write `to_data` gave, marked `replayed`; ValueError, KeyError or
        TypeError when it is not one."""
        return replace(cls._from_data(data), replayed=True)

    @classmethod
    def _from_data(cls, data: Any) -> PendingWrite:
        if not isinstance(data, Mapping) or not isinstance(data.get("row"), Mapping):
            raise ValueError(translate("pending_writes", "not a write"))
        op, row = data["operation"], data["row"]
        if op in ("add_knot", "update_knot"):
            return cls(op, (_knot(row),))
        if op == "delete_knot":
            if not isinstance(row["knot_id"], str):
                raise ValueError(translate("pending_writes", "not a knot"))
            return cls(op, (row["knot_id"],))
        if op == "replace_rating":
            return cls(op, (_rating(row["old"]), _rating(row["new"])))
        if op == "add_treatment":
            return cls(op, (_treatment(row),))
        if op == "start_session":
            session = Session(
                row["routine"],
                _moment(row["started_utc"]),
                SessionState(row["state"]),
                _maybe_moment(row["ended_utc"]),
                bool(row["sample"]),
            )
            return cls(op, (session,))
        if op == "add_step":
            step = StepDone(
                _moment(row["session_utc"]),
                StepKind(row["kind"]),
                _moment(row["started_utc"]),
                row["planned_s"],
                row["actual_s"],
                row["muscle"],
                Side(row["side"]),
                row["knot_id"],
                bool(row["sample"]),
            )
            return cls(op, (step,))
        if op == "add_rating":
            return cls(op, (_rating(row),))
        if op == "set_check_in":
            check_in = CheckIn(
                date.fromisoformat(row["day"]),
                row["stress"],
                row["desk_hours"],
                _moment(row["at_utc"]),
                bool(row["sample"]),
            )
            return cls(op, (check_in,))
        if op == "add_row":
            if not isinstance(data["table"], str):
                raise ValueError(translate("pending_writes", "no table"))
            return cls(op, (data["table"], dict(row)))
        if op == "end_session":
            state = SessionState(row["state"])
            return cls(op, (_moment(row["started_utc"]), state, _moment(row["ended_utc"])))
        text = translate("pending_writes", "not a journal write: {operation}")
        raise ValueError(text.format(operation=repr(op)))


class WriteRefused(UnknotError):
    """The journal refused a write for good (a row already there, say): writing it
    again cannot help."""


def refused(error: BaseException) -> bool:
    """True when writing again cannot help: the journal refused the write itself (a
    value it does not take, a knot that is gone, a row already there), not the disk."""
    return isinstance(error, InvalidValue | UnknownReference | WriteRefused)


class PendingWrites:
    """The journal's queue of writes; `error` says why the oldest one has not been
    written yet. `apply` makes one write (the journal's `Journal.apply`).

    A write the journal refuses for good (see `refused`) would hold up every write
    behind it for ever; it is set aside in `refused_writes` instead (the journal keeps
    those in a file when it closes), and the queue goes on. So is a write that fails
    for an unforeseen reason (a bug): logged with its traceback, never retried."""

    def __init__(self, apply: Callable[[PendingWrite], None]) -> None:
        self._apply = apply
        self._queue: list[PendingWrite] = []
        self._flushing = False
        self.error = ""
        self.refused_writes: list[PendingWrite] = []

    def __len__(self) -> int:
        return len(self._queue)

    def waiting(self) -> list[PendingWrite]:
        """The writes not made yet, oldest first."""
        return list(self._queue)

    def save(self, write: PendingWrite) -> None:
        """Write now, after any write still waiting; a failure keeps it for later."""
        self._queue.append(write)
        self.flush()

    def keep(self, writes: Iterable[PendingWrite]) -> None:
        """Queue writes without trying them now (the next flush makes them)."""
        self._queue.extend(writes)

    @property
    def flushing(self) -> bool:
        """True while the queue is being written (the journal then does not flush it
        again at the start of each of those writes)."""
        return self._flushing

    def flush(self) -> bool:
        """Write what is waiting, oldest first; True when nothing is left."""
        if self._flushing:
            return not self._queue
        self._flushing = True
        refusal = ""
        try:
            while self._queue:
                try:
                    self._apply(self._queue[0])
                except Exception as error:  # one bad write never blocks the queue
                    reason: object = error
                    if not isinstance(error, UnknotError | OSError):
                        log.exception("a write failed unexpectedly and is set aside")
                        reason = translate("pending_writes", "something went wrong; see the log")
                    elif not refused(error):
                        self.error = translate("pending_writes", "Not saved yet: {error}").format(
                            error=error
                        )
                        log.warning("a write failed and is kept for later: %s", error)
                        return False
                    self.refused_writes.append(self._queue[0])
                    refusal = translate("pending_writes", "Not saved: {error}").format(error=reason)
                    log.error("a write was refused and is set aside: %s", error)
                self._queue.pop(0)
        finally:
            self._flushing = False
        self.error = refusal
        return True
