"""The journal's records as plain values, and one spec of every table's columns.

Identity: a knot and a treatment have a UUID, so exports from two machines merge. Every
other record is known by what it is: a session or a step by the moment it started (they
happen one after another), a rating by its knot, moment and context, a water, posture
or note entry by its moment, a daily check-in by its local date. Times are kept to the
millisecond, in UTC.

The spec (TABLES) is the single list of what each table holds in the exchange format and
what each value may be; Journal converts between it and the stored columns, the
exchange format validates imported rows against it, and tests check it against the
schema and against docs/journal-format.md.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Final, NamedTuple

from core.i18n import QT_TRANSLATE_NOOP, translate


class _Worded(StrEnum):
    """An enum whose members have words for the UI (`_WORDS`); the values stay as stored."""

    @property
    def label(self) -> str:
        """Its name in the UI, in the user's language (lower case as in a sentence,
        except the treatments' names)."""
        return translate("records", _WORDS[type(self), self.value])


class View(_Worded):
    """Which drawing of the body a knot is marked on."""

    FRONT = "front"
    BACK = "back"


class Side(_Worded):
    """The user's own side (their left, not the viewer's)."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    CENTRE = "centre"


class Activity(_Worded):
    """Active: hurts at rest. Latent: hurts only when pressed."""

    ACTIVE = "active"
    LATENT = "latent"


class Depth(_Worded):
    """How deep in the muscle layers a knot lies."""

    SUPERFICIAL = "superficial"
    DEEP = "deep"


class KnotStatus(_Worded):
    """Where a knot stands."""

    ACTIVE = "active"
    RESOLVED = "resolved"
    ARCHIVED = "archived"


class RatingContext(_Worded):
    """When a tenderness rating was taken."""

    BEFORE_HOLD = "before_hold"
    AFTER_HOLD = "after_hold"
    CHECK_IN = "check_in"


class SessionState(_Worded):
    """A session is open while it runs; then one of the three ends."""

    OPEN = "open"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    ABORTED = "aborted"


class StepKind(_Worded):
    """What a step of a session did."""

    HOLD = "hold"
    STRETCH = "stretch"
    FOAM_ROLL = "foam_roll"
    REST = "rest"
    TRANSITION = "transition"  # moving the ball or roller to the next place


class TreatmentKind(_Worded):
    """A professional treatment the user had."""

    DEEP_TISSUE = "deep_tissue"
    TRIGGER_POINT = "trigger_point"
    MYOFASCIAL_RELEASE = "myofascial_release"
    OTHER = "other"


class PostureAnswer(_Worded):
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


class ReminderOutcome(_Worded):
    """What became of one reminder."""

    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"


# What the UI calls each member (a table, so lupdate finds the words).
_WORDS: dict[tuple[type[StrEnum], str], str] = {
    (View, View.FRONT.value): QT_TRANSLATE_NOOP("records", "front"),
    (View, View.BACK.value): QT_TRANSLATE_NOOP("records", "back"),
    (Side, Side.LEFT.value): QT_TRANSLATE_NOOP("records", "left"),
    (Side, Side.RIGHT.value): QT_TRANSLATE_NOOP("records", "right"),
    (Side, Side.BOTH.value): QT_TRANSLATE_NOOP("records", "both sides"),
    (Side, Side.CENTRE.value): QT_TRANSLATE_NOOP("records", "centre"),
    (Activity, Activity.ACTIVE.value): QT_TRANSLATE_NOOP("records", "active"),
    (Activity, Activity.LATENT.value): QT_TRANSLATE_NOOP("records", "latent"),
    (Depth, Depth.SUPERFICIAL.value): QT_TRANSLATE_NOOP("records", "superficial"),
    (Depth, Depth.DEEP.value): QT_TRANSLATE_NOOP("records", "deep"),
    (KnotStatus, KnotStatus.ACTIVE.value): QT_TRANSLATE_NOOP("records", "active"),
    (KnotStatus, KnotStatus.RESOLVED.value): QT_TRANSLATE_NOOP("records", "resolved"),
    (KnotStatus, KnotStatus.ARCHIVED.value): QT_TRANSLATE_NOOP("records", "archived"),
    (RatingContext, RatingContext.BEFORE_HOLD.value): QT_TRANSLATE_NOOP("records", "before a hold"),
    (RatingContext, RatingContext.AFTER_HOLD.value): QT_TRANSLATE_NOOP("records", "after a hold"),
    (RatingContext, RatingContext.CHECK_IN.value): QT_TRANSLATE_NOOP("records", "check-in"),
    (SessionState, SessionState.OPEN.value): QT_TRANSLATE_NOOP("records", "open"),
    (SessionState, SessionState.COMPLETED.value): QT_TRANSLATE_NOOP("records", "completed"),
    (SessionState, SessionState.INTERRUPTED.value): QT_TRANSLATE_NOOP("records", "interrupted"),
    (SessionState, SessionState.ABORTED.value): QT_TRANSLATE_NOOP("records", "aborted"),
    (StepKind, StepKind.HOLD.value): QT_TRANSLATE_NOOP("records", "ball hold"),
    (StepKind, StepKind.STRETCH.value): QT_TRANSLATE_NOOP("records", "stretch"),
    (StepKind, StepKind.FOAM_ROLL.value): QT_TRANSLATE_NOOP("records", "foam roll"),
    (StepKind, StepKind.REST.value): QT_TRANSLATE_NOOP("records", "rest"),
    (StepKind, StepKind.TRANSITION.value): QT_TRANSLATE_NOOP("records", "move on"),
    (TreatmentKind, TreatmentKind.DEEP_TISSUE.value): QT_TRANSLATE_NOOP(
        "records", "Deep-tissue massage"
    ),
    (TreatmentKind, TreatmentKind.TRIGGER_POINT.value): QT_TRANSLATE_NOOP(
        "records", "Trigger-point therapy"
    ),
    (TreatmentKind, TreatmentKind.MYOFASCIAL_RELEASE.value): QT_TRANSLATE_NOOP(
        "records", "Myofascial release"
    ),
    (TreatmentKind, TreatmentKind.OTHER.value): QT_TRANSLATE_NOOP("records", "Other treatment"),
    (PostureAnswer, PostureAnswer.GOOD.value): QT_TRANSLATE_NOOP("records", "good"),
    (PostureAnswer, PostureAnswer.ADJUSTED.value): QT_TRANSLATE_NOOP("records", "adjusted"),
    (ReminderOutcome, ReminderOutcome.DONE.value): QT_TRANSLATE_NOOP("records", "done"),
    (ReminderOutcome, ReminderOutcome.SNOOZED.value): QT_TRANSLATE_NOOP("records", "snoozed"),
    (ReminderOutcome, ReminderOutcome.SKIPPED.value): QT_TRANSLATE_NOOP("records", "skipped"),
    (ReminderOutcome, ReminderOutcome.MISSED.value): QT_TRANSLATE_NOOP("records", "missed"),
}


def new_id() -> str:
    """A fresh stable id (a UUID), so that exports from two machines merge."""
    return str(uuid.uuid4())


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def to_ms(moment: datetime) -> int:
    """An aware datetime as the journal stores it: whole milliseconds since 1970, UTC."""
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    return (moment - EPOCH) // _MS


# What a reader can turn into a date and still do date arithmetic on (a year of room on
# either side of what datetime holds). A stored value beyond is clamped, never raised on:
# one odd row must not stop the app (find it with Journal.odd_times, then fix it).
READABLE_FIRST_MS: Final = -62_104_060_800_000  # 0002-01-01
READABLE_LAST_MS: Final = 253_370_678_400_000  # 9998-12-31
# Times an import or a write accepts: from 1970 to this many years after now.
SANE_YEARS_AHEAD: Final = 100


def readable_ms(ms: object) -> int:
    """`ms` clamped into what readers can turn into a date; a stored value that is no
    number at all (text or bytes left by a hand edit) reads as 1970-01-01."""
    if isinstance(ms, float) and math.isfinite(ms):
        ms = int(ms)
    if not isinstance(ms, int):
        return 0
    return min(max(ms, READABLE_FIRST_MS), READABLE_LAST_MS)


def sane_ms_range(now: datetime) -> tuple[int, int]:
    """The stored times a journal should hold: from 1970 to SANE_YEARS_AHEAD after `now`."""
    return 0, to_ms(now) + SANE_YEARS_AHEAD * 366 * 86_400_000


def from_ms(ms: object) -> datetime:
    """The inverse of to_ms: an aware UTC datetime (a value no date can hold is clamped)."""
    return EPOCH + timedelta(milliseconds=readable_ms(ms))


def ms_to_text(ms: object) -> str:
    """Stored milliseconds as exchange text: ISO 8601 UTC with milliseconds and 'Z'.
    A stored value that is no whole number (text or bytes written by hand) comes out
    as it is, so an export keeps it for the user to see."""
    if isinstance(ms, float) and ms.is_integer():
        ms = int(ms)
    if not isinstance(ms, int):
        return ms.hex() if isinstance(ms, bytes) else str(ms)
    moment = exact_ms(ms) or from_ms(ms)
    return f"{moment.year:04d}" + moment.strftime("-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def exact_ms(ms: int) -> datetime | None:
    """`ms` as an aware UTC datetime when one holds it (years 1 to 9999), else None."""
    try:
        return EPOCH + timedelta(milliseconds=ms)
    except OverflowError:
        return None


def text_to_ms(text: str) -> int:
    """Exchange text (ISO 8601 UTC, 'Z') as stored milliseconds."""
    return to_ms(datetime.fromisoformat(text.replace("Z", "+00:00")))


def to_utc_text(moment: datetime) -> str:
    """An aware datetime as exchange text."""
    return ms_to_text(to_ms(moment))


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


MAX_TENDERNESS = 10
# Typing a rating: 1 then 0 within this many seconds is 10 (the body map and sessions).
TEN_KEY_WINDOW_S = 1.0


@dataclass(frozen=True)
class Rating:
    """Tenderness 0–10 of one knot at one moment."""

    knot_id: str
    at: datetime
    tenderness: int
    context: RatingContext = RatingContext.CHECK_IN
    session: datetime | None = None  # the start of the session it was taken in
    sample: bool = False


@dataclass(frozen=True)
class RatingHistory:
    """One knot's ratings, oldest first, as parallel columns.

    A knot followed for years can have tens of thousands of ratings; columns of plain
    numbers load fast and are what trends and charts use. Iterating gives records.
    (Whether a rating is sample data is the knot's to say: demo knots are sample.)
    """

    knot_id: str
    at_ms: tuple[int, ...]
    tenderness: tuple[int, ...]
    context: tuple[str, ...]
    session_ms: tuple[int | None, ...]

    def __len__(self) -> int:
        return len(self.at_ms)

    def __iter__(self) -> Iterator[Rating]:
        return (self.rating(i) for i in range(len(self)))

    def rating(self, index: int) -> Rating:
        """One rating as a record (negative indexes count from the newest)."""
        session = self.session_ms[index]
        return Rating(
            knot_id=self.knot_id,
            at=from_ms(self.at_ms[index]),
            tenderness=self.tenderness[index],
            context=RatingContext(self.context[index]),
            session=None if session is None else from_ms(session),
        )


@dataclass(frozen=True)
class Session:
    """One run of a routine or of a plan built from knots; known by when it started."""

    routine: str
    started: datetime
    state: SessionState = SessionState.OPEN
    ended: datetime | None = None
    sample: bool = False


@dataclass(frozen=True)
class StepDone:
    """One finished step of a session, written when it ends."""

    session: datetime  # the start of its session
    kind: StepKind
    started: datetime
    planned_s: int
    actual_s: int
    muscle: str = ""
    side: Side = Side.BOTH
    knot_id: str | None = None
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


MAX_STRESS = 10
MAX_DESK_HOURS = 24.0


@dataclass(frozen=True)
class CheckIn:
    """The optional daily check-in: stress 0–10 and hours at the desk on one local day.

    Either may be left out (None), not both; `at` is when it was last answered. A new
    answer on the same day replaces the old one.
    """

    day: date
    stress: int | None
    desk_hours: float | None
    at: datetime
    sample: bool = False


class WeekSummary(NamedTuple):
    """One knot's week: mean tenderness, how many ratings, how long it was held.

    A named tuple rather than a frozen dataclass: a ten-year summary has thousands of
    them, and a tuple is several times cheaper to make.
    """

    knot_id: str
    week_start: date
    mean_tenderness: float | None
    ratings: int
    hold_seconds: int


# ----------------------------------------------------------------------- the table spec


class ColumnType(StrEnum):
    """What a column holds, for validation of imported values."""

    ID = "id"  # a UUID
    REF = "ref"  # the key of a row in another table (may be null when nullable)
    UTC = "utc"  # an ISO 8601 UTC time ending in Z, stored as milliseconds
    DATE = "date"  # an ISO date
    INT = "int"
    REAL = "real"
    TEXT = "text"
    ENUM = "enum"
    BOOL = "bool"


@dataclass(frozen=True)
class Column:
    """One exchange column: its name, type and allowed values, and its stored name.

    A REF names the table it refers to; its value is that table's exchange key (a UUID
    for knots and treatments, a start time for sessions).
    """

    name: str
    type: ColumnType
    nullable: bool = False
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 200
    refers_to: str | None = None
    stored_as: str = ""

    @property
    def db(self) -> str:
        """The column's name in the database."""
        return self.stored_as or self.name


@dataclass(frozen=True)
class TableSpec:
    """A table as export and import see it; `key` names the columns that identify a row."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    def column_names(self) -> tuple[str, ...]:
        """Exchange column names, in order."""
        return tuple(column.name for column in self.columns)

    def db_names(self) -> tuple[str, ...]:
        """Stored column names, in the same order."""
        return tuple(column.db for column in self.columns)


def _enum(name: str, values: type[StrEnum], nullable: bool = False) -> Column:
    return Column(name, ColumnType.ENUM, nullable, choices=tuple(v.value for v in values))


def _utc(name: str, nullable: bool = False) -> Column:
    return Column(name, ColumnType.UTC, nullable, stored_as=name.removesuffix("_utc") + "_ms")


_SAMPLE = Column("sample", ColumnType.BOOL)
_KNOT_REF = Column("knot_id", ColumnType.REF, refers_to="knots", stored_as="knot")
NOTES_MAX = 10_000
SECONDS_MAX = 24 * 3600

# In dependency order: a table refers only to tables before it.
TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "knots",
        (
            Column("id", ColumnType.ID, stored_as="uid"),
            _utc("created_utc"),
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
        key=("id",),
    ),
    TableSpec(
        "sessions",
        (
            _utc("started_utc"),
            _utc("ended_utc", nullable=True),
            Column("routine", ColumnType.TEXT, max_length=200),
            _enum("state", SessionState),
            _SAMPLE,
        ),
        key=("started_utc",),
    ),
    TableSpec(
        "ratings",
        (
            _KNOT_REF,
            _utc("at_utc"),
            _enum("context", RatingContext),
            Column("tenderness", ColumnType.INT, low=0, high=10),
            Column(
                "session_utc",
                ColumnType.REF,
                nullable=True,
                refers_to="sessions",
                stored_as="session_ms",
            ),
            _SAMPLE,
        ),
        key=("knot_id", "at_utc", "context"),
    ),
    TableSpec(
        "steps",
        (
            _utc("started_utc"),
            Column("session_utc", ColumnType.REF, refers_to="sessions", stored_as="session_ms"),
            _enum("kind", StepKind),
            Column("knot_id", ColumnType.REF, nullable=True, refers_to="knots", stored_as="knot"),
            Column("muscle", ColumnType.TEXT, max_length=80),
            _enum("side", Side),
            Column("planned_s", ColumnType.INT, low=0, high=SECONDS_MAX),
            Column("actual_s", ColumnType.INT, low=0, high=SECONDS_MAX),
            _SAMPLE,
        ),
        key=("started_utc",),
    ),
    TableSpec(
        "treatments",
        (
            Column("id", ColumnType.ID, stored_as="uid"),
            Column("on_date", ColumnType.DATE),
            _enum("kind", TreatmentKind),
            Column("notes", ColumnType.TEXT, max_length=NOTES_MAX),
            _SAMPLE,
        ),
        key=("id",),
    ),
    TableSpec(
        "treatment_knots",
        (
            Column("treatment_id", ColumnType.REF, refers_to="treatments", stored_as="treatment"),
            _KNOT_REF,
        ),
        key=("treatment_id", "knot_id"),
    ),
    TableSpec(
        "water",
        (_utc("at_utc"), Column("ml", ColumnType.INT, low=1, high=5000), _SAMPLE),
        key=("at_utc",),
    ),
    TableSpec(
        "posture_checks",
        (_utc("at_utc"), _enum("answer", PostureAnswer), _SAMPLE),
        key=("at_utc",),
    ),
    TableSpec(
        "reminder_events",
        (
            _enum("kind", ReminderKind),
            _utc("due_utc"),
            _utc("fired_utc", nullable=True),
            _enum("outcome", ReminderOutcome),
            _SAMPLE,
        ),
        key=("kind", "due_utc"),
    ),
    TableSpec(
        "notes",
        (_utc("at_utc"), Column("text", ColumnType.TEXT, max_length=NOTES_MAX), _SAMPLE),
        key=("at_utc",),
    ),
    TableSpec(
        "daily_check_ins",
        (
            Column("day", ColumnType.DATE),
            Column("stress", ColumnType.INT, nullable=True, low=0, high=MAX_STRESS),
            Column("desk_hours", ColumnType.REAL, nullable=True, low=0.0, high=MAX_DESK_HOURS),
            _utc("at_utc"),
            _SAMPLE,
        ),
        key=("day",),
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}

# The exchange key of each table that others refer to, and the stored column behind it.
REFERENCE_KEYS = {"knots": "id", "treatments": "id", "sessions": "started_utc"}
