"""The journal's records as plain values, and one spec of every table's columns.

The spec (TABLES) is the single list of what each table holds and what each value may
be. The journal builds its generic export and import statements from it, the exchange
format validates imported rows against it, and a test checks it against the schema.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum


class View(StrEnum):
    """Which drawing of the body a knot is marked on."""

    FRONT = "front"
    BACK = "back"


class Side(StrEnum):
    """The user's own side (their left, not the viewer's)."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    CENTRE = "centre"


class Activity(StrEnum):
    """Active: hurts at rest. Latent: hurts only when pressed."""

    ACTIVE = "active"
    LATENT = "latent"


class Depth(StrEnum):
    """How deep in the muscle layers a knot lies."""

    SUPERFICIAL = "superficial"
    DEEP = "deep"


class KnotStatus(StrEnum):
    """Where a knot stands."""

    ACTIVE = "active"
    RESOLVED = "resolved"
    ARCHIVED = "archived"


class RatingContext(StrEnum):
    """When a tenderness rating was taken."""

    BEFORE_HOLD = "before_hold"
    AFTER_HOLD = "after_hold"
    CHECK_IN = "check_in"


class SessionState(StrEnum):
    """A session is open while it runs; then one of the three ends."""

    OPEN = "open"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    ABORTED = "aborted"


class StepKind(StrEnum):
    """What a step of a session did."""

    HOLD = "hold"
    STRETCH = "stretch"
    FOAM_ROLL = "foam_roll"
    REST = "rest"


class TreatmentKind(StrEnum):
    """A professional treatment the user had."""

    DEEP_TISSUE = "deep_tissue"
    TRIGGER_POINT = "trigger_point"
    MYOFASCIAL_RELEASE = "myofascial_release"
    OTHER = "other"


class PostureAnswer(StrEnum):
    """The answer to a posture check."""

    GOOD = "good"
    ADJUSTED = "adjusted"


class ReminderKind(StrEnum):
    """The reminders Unknot gives."""

    WATER = "water"
    POSTURE = "posture"
    MICRO_BREAK = "micro_break"
    MOVEMENT_BREAK = "movement_break"
    DAILY_SESSION = "daily_session"


class ReminderOutcome(StrEnum):
    """What became of one reminder."""

    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"


def new_id() -> str:
    """A fresh stable id (a UUID), so that exports from two machines merge."""
    return str(uuid.uuid4())


def to_utc_text(moment: datetime) -> str:
    """An aware datetime as the journal stores it: UTC, ISO 8601, milliseconds, 'Z'."""
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def from_utc_text(text: str) -> datetime:
    """The inverse of to_utc_text: an aware UTC datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Knot:
    """One trigger point the user follows over time."""

    view: View
    x: float
    y: float
    muscle: str
    side: Side
    label: str
    created: datetime
    activity: Activity = Activity.ACTIVE
    depth: Depth = Depth.SUPERFICIAL
    onset: date | None = None
    status: KnotStatus = KnotStatus.ACTIVE
    notes: str = ""
    id: str = field(default_factory=new_id)
    sample: bool = False


@dataclass(frozen=True)
class Rating:
    """Tenderness 0–10 of one knot at one moment."""

    knot_id: str
    at: datetime
    tenderness: int
    context: RatingContext = RatingContext.CHECK_IN
    session_id: str | None = None
    id: str = field(default_factory=new_id)
    sample: bool = False


@dataclass(frozen=True)
class Session:
    """One run of a routine or of a plan built from knots."""

    routine: str
    started: datetime
    state: SessionState = SessionState.OPEN
    ended: datetime | None = None
    id: str = field(default_factory=new_id)
    sample: bool = False


@dataclass(frozen=True)
class StepDone:
    """One finished step of a session, written when it ends."""

    session_id: str
    kind: StepKind
    started: datetime
    planned_s: int
    actual_s: int
    muscle: str = ""
    side: Side = Side.BOTH
    knot_id: str | None = None
    id: str = field(default_factory=new_id)
    sample: bool = False


@dataclass(frozen=True)
class Treatment:
    """A professional treatment: a massage, trigger-point therapy and the like."""

    on: date
    kind: TreatmentKind
    knot_ids: tuple[str, ...] = ()
    notes: str = ""
    id: str = field(default_factory=new_id)
    sample: bool = False


@dataclass(frozen=True)
class WeekSummary:
    """One knot's week: mean tenderness, how many ratings, how long it was held."""

    knot_id: str
    week_start: date
    mean_tenderness: float | None
    ratings: int
    hold_seconds: int


# ----------------------------------------------------------------------- the table spec


class ColumnType(StrEnum):
    """What a column holds, for validation of imported values."""

    ID = "id"  # a UUID
    REF = "ref"  # a UUID of a row in another table (may be null when nullable)
    UTC = "utc"  # an ISO 8601 UTC time ending in Z
    DATE = "date"  # an ISO date
    INT = "int"
    REAL = "real"
    TEXT = "text"
    ENUM = "enum"
    BOOL = "bool"


@dataclass(frozen=True)
class Column:
    """One column: its name, its type and the values it may take."""

    name: str
    type: ColumnType
    nullable: bool = False
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 200
    refers_to: str | None = None


@dataclass(frozen=True)
class TableSpec:
    """A table as export and import see it."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ("id",)

    def column_names(self) -> tuple[str, ...]:
        """Column names, in order."""
        return tuple(column.name for column in self.columns)


def _enum(name: str, values: type[StrEnum], nullable: bool = False) -> Column:
    return Column(name, ColumnType.ENUM, nullable, choices=tuple(v.value for v in values))


_ID = Column("id", ColumnType.ID)
_SAMPLE = Column("sample", ColumnType.BOOL)
NOTES_MAX = 10_000
SECONDS_MAX = 24 * 3600

# In dependency order: a table only refers to tables before it.
TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "knots",
        (
            _ID,
            Column("created_utc", ColumnType.UTC),
            _enum("view", View),
            Column("x", ColumnType.REAL, low=0.0, high=1.0),
            Column("y", ColumnType.REAL, low=0.0, high=1.0),
            Column("muscle", ColumnType.TEXT, max_length=80),
            _enum("side", Side),
            Column("label", ColumnType.TEXT, max_length=200),
            _enum("activity", Activity),
            _enum("depth", Depth),
            Column("onset", ColumnType.DATE, nullable=True),
            _enum("status", KnotStatus),
            Column("notes", ColumnType.TEXT, max_length=NOTES_MAX),
            _SAMPLE,
        ),
    ),
    TableSpec(
        "sessions",
        (
            _ID,
            Column("started_utc", ColumnType.UTC),
            Column("ended_utc", ColumnType.UTC, nullable=True),
            Column("routine", ColumnType.TEXT, max_length=200),
            _enum("state", SessionState),
            _SAMPLE,
        ),
    ),
    TableSpec(
        "ratings",
        (
            _ID,
            Column("knot_id", ColumnType.REF, refers_to="knots"),
            Column("at_utc", ColumnType.UTC),
            Column("tenderness", ColumnType.INT, low=0, high=10),
            _enum("context", RatingContext),
            Column("session_id", ColumnType.REF, nullable=True, refers_to="sessions"),
            _SAMPLE,
        ),
    ),
    TableSpec(
        "steps",
        (
            _ID,
            Column("session_id", ColumnType.REF, refers_to="sessions"),
            _enum("kind", StepKind),
            Column("knot_id", ColumnType.REF, nullable=True, refers_to="knots"),
            Column("muscle", ColumnType.TEXT, max_length=80),
            _enum("side", Side),
            Column("planned_s", ColumnType.INT, low=0, high=SECONDS_MAX),
            Column("actual_s", ColumnType.INT, low=0, high=SECONDS_MAX),
            Column("started_utc", ColumnType.UTC),
            _SAMPLE,
        ),
    ),
    TableSpec(
        "treatments",
        (
            _ID,
            Column("on_date", ColumnType.DATE),
            _enum("kind", TreatmentKind),
            Column("notes", ColumnType.TEXT, max_length=NOTES_MAX),
            _SAMPLE,
        ),
    ),
    TableSpec(
        "treatment_knots",
        (
            Column("treatment_id", ColumnType.REF, refers_to="treatments"),
            Column("knot_id", ColumnType.REF, refers_to="knots"),
        ),
        key=("treatment_id", "knot_id"),
    ),
    TableSpec(
        "water",
        (
            _ID,
            Column("at_utc", ColumnType.UTC),
            Column("ml", ColumnType.INT, low=1, high=5000),
            _SAMPLE,
        ),
    ),
    TableSpec(
        "posture_checks",
        (_ID, Column("at_utc", ColumnType.UTC), _enum("answer", PostureAnswer), _SAMPLE),
    ),
    TableSpec(
        "reminder_events",
        (
            _ID,
            _enum("kind", ReminderKind),
            Column("due_utc", ColumnType.UTC),
            Column("fired_utc", ColumnType.UTC, nullable=True),
            _enum("outcome", ReminderOutcome),
            _SAMPLE,
        ),
    ),
    TableSpec(
        "notes",
        (
            _ID,
            Column("at_utc", ColumnType.UTC),
            Column("text", ColumnType.TEXT, max_length=NOTES_MAX),
            _SAMPLE,
        ),
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}
