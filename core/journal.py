"""The journal: one SQLite file that keeps everything the user records. The only SQL here.

WAL mode, foreign keys on, every write in one transaction, schema version in
PRAGMA user_version with migrations applied in order inside a transaction. A file that
is not a database or fails PRAGMA quick_check is moved aside, never deleted; a file
from a newer version of Unknot is refused and left exactly as it was.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from core.clock import Clock
from core.errors import UnknotError
from core.files import create_private_file, move_aside
from core.records import (
    TABLES,
    TABLES_BY_NAME,
    Activity,
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
    View,
    WeekSummary,
    from_utc_text,
    to_utc_text,
)

log = logging.getLogger("unknot.journal")

FILE_NAME = "journal.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _load_migrations() -> tuple[str, ...]:
    """The numbered .sql files; file n takes a journal from version n - 1 to n."""
    files = sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    numbers = [int(f.name[:4]) for f in files]
    if numbers != list(range(1, len(files) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n without gaps: {numbers}")
    return tuple(f.read_text(encoding="utf-8") for f in files)


# MIGRATIONS[n] takes a journal from schema version n to n + 1.
MIGRATIONS: tuple[str, ...] = _load_migrations()
SCHEMA_VERSION = len(MIGRATIONS)

_SAMPLE_TABLES = tuple(t.name for t in TABLES if "sample" in t.column_names())


class JournalTooNew(UnknotError):
    """The file was written by a newer Unknot; it is left untouched."""


class JournalWriteError(UnknotError):
    """A write failed (disk full, read-only folder, I/O error); nothing was half-written."""


@dataclass(frozen=True)
class OpenReport:
    """What happened when the journal was opened, for the user to hear about."""

    moved_aside: Path | None = None
    damage: str = ""
    interrupted_sessions: int = 0


def inspect_file(path: Path) -> tuple[str, int]:
    """(damage, schema version) of an existing journal file; damage is '' when sound.

    The version is read from the file's header bytes first, so a file from a newer
    Unknot is never opened by SQLite (which would create -wal and -shm beside it).
    A sound-looking file is then checked read-only with PRAGMA quick_check.
    """
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        return "the file is empty", 0
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        return "the file is not an SQLite database", 0
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        return "", version
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return f"SQLite cannot open it ({error})", 0
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            return "", version
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return f"SQLite cannot read it ({error})", 0
    finally:
        connection.close()
    if rows != [("ok",)]:
        lines = [line for line in rows[0][0].splitlines() if not line.startswith("***")]
        return f"PRAGMA quick_check found damage: {'; '.join(lines)}", version
    return "", version


class Journal:
    """The open journal. Every method that writes does so in one transaction."""

    def __init__(self, connection: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self._db = connection
        self.path = path
        self.clock = clock
        self.report = OpenReport()

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, data_dir: Path, clock: Clock) -> Journal:
        """Open (or create) the journal in `data_dir`; see `report` for what happened."""
        path = data_dir / FILE_NAME
        moved, damage = None, ""
        try:
            exists = path.exists()
            damage, version = inspect_file(path) if exists else ("", 0)
        except OSError as error:
            raise JournalWriteError(
                f"{path}: cannot read the journal ({error.strerror})"
            ) from error
        if exists:
            if version > SCHEMA_VERSION:
                raise JournalTooNew(
                    f"{path}: written by a newer Unknot (journal version {version}; this one "
                    f"reads up to {SCHEMA_VERSION}); it was left untouched, update Unknot"
                )
            if damage:
                moved = move_aside(path, clock.now(), "corrupt")
                log.error("journal %s damaged (%s); moved to %s", path, damage, moved)
        else:
            cls._create_file(path)
        journal = cls(cls._connect(path), path, clock)
        journal._migrate()
        interrupted = journal._close_open_sessions()
        journal.report = OpenReport(
            moved_aside=moved, damage=damage, interrupted_sessions=interrupted
        )
        return journal

    @staticmethod
    def _create_file(path: Path) -> None:
        try:
            create_private_file(path)
        except OSError as error:
            raise JournalWriteError(
                f"{path}: cannot create the journal ({error.strerror})"
            ) from error

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("PRAGMA busy_timeout = 5000")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            raise JournalWriteError(f"{path}: cannot open the journal ({error})") from error
        return connection

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._write():
                for statement in _statements(MIGRATIONS[target - 1]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target:d}")
            log.info("journal migrated to version %d", target)

    def _close_open_sessions(self) -> int:
        """Sessions left open by a crash become interrupted, ended at their last step."""
        rows = self._db.execute(
            "SELECT s.id, s.started_utc, max(st.started_utc), "
            "(SELECT actual_s FROM steps WHERE session_id = s.id ORDER BY started_utc DESC"
            " LIMIT 1) FROM sessions s LEFT JOIN steps st ON st.session_id = s.id "
            "WHERE s.state = 'open' GROUP BY s.id"
        ).fetchall()
        if not rows:
            return 0
        with self._write():
            for session_id, started, last_step, last_actual in rows:
                ended = from_utc_text(started)
                if last_step is not None:
                    ended = from_utc_text(last_step) + timedelta(seconds=last_actual or 0)
                self._db.execute(
                    "UPDATE sessions SET state = 'interrupted', ended_utc = ? WHERE id = ?",
                    (to_utc_text(ended), session_id),
                )
        return len(rows)

    def close(self) -> None:
        """Checkpoint and close."""
        self._db.close()

    def schema_version(self) -> int:
        """PRAGMA user_version."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction; any failure rolls it back and becomes one clear error."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise JournalWriteError(f"{self.path}: cannot write the journal ({error})") from error
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException as error:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise JournalWriteError(
                    f"{self.path}: cannot save to the journal ({error})"
                ) from error
            raise

    # ------------------------------------------------------------------ knots and ratings

    def add_knot(self, knot: Knot) -> None:
        """Record a new knot."""
        with self._write():
            self._db.execute(
                "INSERT INTO knots (id, created_utc, view, x, y, muscle, side, label, activity,"
                " depth, onset, status, notes, sample) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                _knot_row(knot),
            )

    def update_knot(self, knot: Knot) -> None:
        """Store every editable field of an existing knot."""
        with self._write():
            cursor = self._db.execute(
                "UPDATE knots SET view=?, x=?, y=?, muscle=?, side=?, label=?, activity=?,"
                " depth=?, onset=?, status=?, notes=? WHERE id=?",
                (*_knot_row(knot)[2:13], knot.id),
            )
            if cursor.rowcount != 1:
                raise UnknotError(f"no knot with id {knot.id}")

    def delete_knot(self, knot_id: str) -> None:
        """Delete a knot and its ratings (the user asked, and confirmed)."""
        with self._write():
            self._db.execute("DELETE FROM knots WHERE id = ?", (knot_id,))

    def knots(self, statuses: Iterable[KnotStatus] = tuple(KnotStatus)) -> list[Knot]:
        """Knots with the given statuses, oldest first."""
        wanted = [s.value for s in statuses]
        marks = ",".join("?" * len(wanted))
        rows = self._db.execute(
            f"SELECT * FROM knots WHERE status IN ({marks}) ORDER BY created_utc, id", wanted
        ).fetchall()
        return [_knot_from(row) for row in rows]

    def add_rating(self, rating: Rating) -> None:
        """Record one tenderness rating."""
        with self._write():
            self._db.execute(
                "INSERT INTO ratings (id, knot_id, at_utc, tenderness, context, session_id,"
                " sample) VALUES (?,?,?,?,?,?,?)",
                (
                    rating.id,
                    rating.knot_id,
                    to_utc_text(rating.at),
                    rating.tenderness,
                    rating.context.value,
                    rating.session_id,
                    int(rating.sample),
                ),
            )

    def ratings_for(self, knot_id: str) -> list[Rating]:
        """One knot's full rating history, oldest first."""
        rows = self._db.execute(
            "SELECT id, knot_id, at_utc, tenderness, context, session_id, sample FROM ratings"
            " WHERE knot_id = ? ORDER BY at_utc",
            (knot_id,),
        ).fetchall()
        return [
            Rating(
                id=r[0],
                knot_id=r[1],
                at=from_utc_text(r[2]),
                tenderness=r[3],
                context=RatingContext(r[4]),
                session_id=r[5],
                sample=bool(r[6]),
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ sessions

    def start_session(self, session: Session) -> None:
        """Record that a session began (state open until it ends)."""
        with self._write():
            self._db.execute(
                "INSERT INTO sessions (id, started_utc, ended_utc, routine, state, sample)"
                " VALUES (?,?,?,?,?,?)",
                (
                    session.id,
                    to_utc_text(session.started),
                    None if session.ended is None else to_utc_text(session.ended),
                    session.routine,
                    session.state.value,
                    int(session.sample),
                ),
            )

    def add_step(self, step: StepDone) -> None:
        """Record one finished step, the moment it ends."""
        with self._write():
            self._db.execute(
                "INSERT INTO steps (id, session_id, kind, knot_id, muscle, side, planned_s,"
                " actual_s, started_utc, sample) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    step.id,
                    step.session_id,
                    step.kind.value,
                    step.knot_id,
                    step.muscle,
                    step.side.value,
                    step.planned_s,
                    step.actual_s,
                    to_utc_text(step.started),
                    int(step.sample),
                ),
            )

    def end_session(self, session_id: str, state: SessionState, ended: datetime) -> None:
        """Close a session as completed, interrupted or aborted."""
        if state is SessionState.OPEN:
            raise ValueError("a session ends in completed, interrupted or aborted")
        with self._write():
            self._db.execute(
                "UPDATE sessions SET state = ?, ended_utc = ? WHERE id = ?",
                (state.value, to_utc_text(ended), session_id),
            )

    def session(self, session_id: str) -> Session | None:
        """One session, or None."""
        row = self._db.execute(
            "SELECT id, started_utc, ended_utc, routine, state, sample FROM sessions WHERE id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            return None
        return Session(
            id=row[0],
            started=from_utc_text(row[1]),
            ended=None if row[2] is None else from_utc_text(row[2]),
            routine=row[3],
            state=SessionState(row[4]),
            sample=bool(row[5]),
        )

    def last_session(self) -> Session | None:
        """The most recently started session, or None."""
        row = self._db.execute(
            "SELECT id FROM sessions ORDER BY started_utc DESC LIMIT 1"
        ).fetchone()
        return None if row is None else self.session(row[0])

    def sessions_between(self, start: datetime, end: datetime) -> int:
        """How many sessions started in [start, end)."""
        row = self._db.execute(
            "SELECT count(*) FROM sessions WHERE started_utc >= ? AND started_utc < ?",
            (to_utc_text(start), to_utc_text(end)),
        ).fetchone()
        return int(row[0])

    def steps_of(self, session_id: str) -> list[StepDone]:
        """The finished steps of one session, in order."""
        rows = self._db.execute(
            "SELECT id, session_id, kind, knot_id, muscle, side, planned_s, actual_s,"
            " started_utc, sample FROM steps WHERE session_id = ? ORDER BY started_utc",
            (session_id,),
        ).fetchall()
        return [
            StepDone(
                id=r[0],
                session_id=r[1],
                kind=StepKind(r[2]),
                knot_id=r[3],
                muscle=r[4],
                side=Side(r[5]),
                planned_s=r[6],
                actual_s=r[7],
                started=from_utc_text(r[8]),
                sample=bool(r[9]),
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ the rest of the day

    def add_treatment(self, treatment: Treatment) -> None:
        """Record a professional treatment and the knots it treated."""
        with self._write():
            self._db.execute(
                "INSERT INTO treatments (id, on_date, kind, notes, sample) VALUES (?,?,?,?,?)",
                (
                    treatment.id,
                    treatment.on.isoformat(),
                    treatment.kind.value,
                    treatment.notes,
                    int(treatment.sample),
                ),
            )
            self._db.executemany(
                "INSERT INTO treatment_knots (treatment_id, knot_id) VALUES (?, ?)",
                [(treatment.id, knot_id) for knot_id in treatment.knot_ids],
            )

    def add_row(self, table: str, row: Mapping[str, Any]) -> None:
        """Record one row of a simple log table (water, posture_checks, reminder_events,
        notes) from its exchange form; see core.records.TABLES for the columns."""
        if table not in {"water", "posture_checks", "reminder_events", "notes"}:
            raise ValueError(f"add_row does not write {table}")
        self.insert_rows({table: [row]})

    def count(self, table: str) -> int:
        """How many rows a table holds."""
        spec = TABLES_BY_NAME[table]
        return int(self._db.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0])

    def water_on(self, day_start: datetime, day_end: datetime) -> int:
        """Millilitres logged between two moments."""
        row = self._db.execute(
            "SELECT coalesce(sum(ml), 0) FROM water WHERE at_utc >= ? AND at_utc < ?",
            (to_utc_text(day_start), to_utc_text(day_end)),
        ).fetchone()
        return int(row[0])

    def weekly_summary(self, utc_offset: timedelta) -> list[WeekSummary]:
        """Every knot's weeks (Monday start, local): mean tenderness, ratings, hold time."""
        shift = f"{int(utc_offset.total_seconds()):+d} seconds"
        week = "date(substr({col}, 1, 19), ?, '-6 days', 'weekday 1')"
        ratings = self._db.execute(
            f"SELECT knot_id, {week.format(col='at_utc')} AS wk, avg(tenderness), count(*)"
            " FROM ratings GROUP BY knot_id, wk",
            (shift,),
        ).fetchall()
        holds = self._db.execute(
            f"SELECT knot_id, {week.format(col='started_utc')} AS wk, sum(actual_s) FROM steps"
            " WHERE knot_id IS NOT NULL AND kind = 'hold' GROUP BY knot_id, wk",
            (shift,),
        ).fetchall()
        merged: dict[tuple[str, str], list[Any]] = {
            (k, w): [mean, n, 0] for k, w, mean, n in ratings
        }
        for knot_id, wk, seconds in holds:
            merged.setdefault((knot_id, wk), [None, 0, 0])[2] = seconds
        return [
            WeekSummary(k, date.fromisoformat(w), mean, n, int(seconds))
            for (k, w), (mean, n, seconds) in sorted(merged.items())
        ]

    # ------------------------------------------------------------------ sample data

    def has_sample_data(self) -> bool:
        """True when demo rows are present."""
        return any(
            self._db.execute(f"SELECT 1 FROM {name} WHERE sample = 1 LIMIT 1").fetchone()
            for name in _SAMPLE_TABLES
        )

    def remove_sample_data(self) -> int:
        """Delete every row marked as sample, in one step; return how many."""
        removed = 0
        with self._write():
            for name in reversed(_SAMPLE_TABLES):
                removed += self._db.execute(f"DELETE FROM {name} WHERE sample = 1").rowcount
        return removed

    # ------------------------------------------------------------------ exchange

    def table_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of a table as a dict of its exchange columns, in key order."""
        spec = TABLES_BY_NAME[table]
        names = spec.column_names()
        cursor = self._db.execute(
            f"SELECT {', '.join(names)} FROM {spec.name} ORDER BY {', '.join(spec.key)}"
        )
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def existing_keys(self, table: str) -> set[tuple[Any, ...]]:
        """The keys of every row of a table (for import's reference checks)."""
        spec = TABLES_BY_NAME[table]
        return set(self._db.execute(f"SELECT {', '.join(spec.key)} FROM {spec.name}"))

    def insert_rows(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> dict[str, int]:
        """Insert validated rows, all in one transaction; rows whose key exists are skipped.

        Returns how many rows of each table were added.
        """
        added: dict[str, int] = {}
        with self._write():
            for spec in TABLES:
                rows = tables.get(spec.name)
                if rows is None:
                    continue
                names = spec.column_names()
                statement = (
                    f"INSERT INTO {spec.name} ({', '.join(names)}) VALUES"
                    f" ({', '.join('?' * len(names))}) ON CONFLICT DO NOTHING"
                )
                before = self._db.total_changes
                self._db.executemany(statement, ([row[n] for n in names] for row in rows))
                added[spec.name] = self._db.total_changes - before
        return added

    # ------------------------------------------------------------------ backups

    def backup_to(self, destination: Path) -> None:
        """Copy the whole journal to `destination` with SQLite's online backup API.

        Written under a temporary name first, so a failed backup leaves no half file.
        """
        partial = destination.with_name(destination.name + ".partial")
        try:
            partial.unlink(missing_ok=True)
            create_private_file(partial)
            target = sqlite3.connect(partial)
            try:
                self._db.backup(target)
            finally:
                target.close()
            partial.replace(destination)
        except (OSError, sqlite3.Error) as error:
            partial.unlink(missing_ok=True)
            raise JournalWriteError(f"{destination}: backup failed ({error})") from error

    def restore_from(self, backup: Path, safety_copy: Path) -> None:
        """Replace the journal's contents with a backup, after copying the current
        journal to `safety_copy`. The backup is checked first; a bad one changes nothing."""
        damage, version = inspect_file(backup)
        if damage:
            raise UnknotError(f"{backup}: cannot restore this backup: {damage}")
        if version > SCHEMA_VERSION:
            raise UnknotError(f"{backup}: made by a newer Unknot (version {version})")
        self.backup_to(safety_copy)
        source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            source.backup(self._db)
        except sqlite3.Error as error:
            raise JournalWriteError(f"{self.path}: restore failed ({error})") from error
        finally:
            source.close()
        self._migrate()


def _statements(script: str) -> list[str]:
    """A migration script's statements, without its -- comments."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _knot_row(knot: Knot) -> tuple[Any, ...]:
    return (
        knot.id,
        to_utc_text(knot.created),
        knot.view.value,
        knot.x,
        knot.y,
        knot.muscle,
        knot.side.value,
        knot.label,
        knot.activity.value,
        knot.depth.value,
        None if knot.onset is None else knot.onset.isoformat(),
        knot.status.value,
        knot.notes,
        int(knot.sample),
    )


def _knot_from(row: tuple[Any, ...]) -> Knot:
    return Knot(
        id=row[0],
        created=from_utc_text(row[1]),
        view=View(row[2]),
        x=row[3],
        y=row[4],
        muscle=row[5],
        side=Side(row[6]),
        label=row[7],
        activity=Activity(row[8]),
        depth=Depth(row[9]),
        onset=None if row[10] is None else date.fromisoformat(row[10]),
        status=KnotStatus(row[11]),
        notes=row[12],
        sample=bool(row[13]),
    )
