"""The journal: one SQLite file that keeps everything the user records. The only SQL here.

WAL mode, foreign keys on, every write in one transaction, schema version in
PRAGMA user_version with migrations applied in order inside a transaction. A file that
is not a database or fails PRAGMA quick_check is moved aside, never deleted; a file
from a newer version of Unknot is refused and left exactly as it was.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import sqlite3
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from core.clock import Clock
from core.errors import UnknotError
from core.files import create_private_file, free_name, move_aside
from core.i18n import translate
from core.journal_rows import (
    DAY_MS,
    MONDAY_ZERO,
    check_in_row,
    from_db,
    knot_from,
    knot_row,
    rating_row,
    session_from,
    session_row,
    step_row,
    to_db,
    treatment_row,
)
from core.local_days import local_days
from core.odd_times import OddTime
from core.pending_writes import PendingWrite, PendingWrites, WriteRefused
from core.reading import check_regular_or_absent
from core.records import (
    READABLE_FIRST_MS,
    READABLE_LAST_MS,
    TABLES,
    TABLES_BY_NAME,
    CheckIn,
    ColumnType,
    Knot,
    KnotStatus,
    PostureAnswer,
    Rating,
    RatingContext,
    RatingHistory,
    ReminderKind,
    ReminderOutcome,
    Session,
    SessionState,
    Side,
    StepDone,
    StepKind,
    TableSpec,
    Treatment,
    TreatmentKind,
    WeekSummary,
    from_ms,
    ms_to_text,
    to_ms,
    to_utc_text,
)
from core.recovery_file import (
    UnsavedReport,
    new_recovery_path,
    read_recovery,
    recovery_files,
    recovery_path,
    write_recovery,
)
from core.validation import InvalidValue, validate_row
from core.wal_check import keep_mismatched_wal

log = logging.getLogger("unknot.journal")

# SQLite sorts text and bytes above every number: a reader bounded above by this keeps a
# time left as text by a hand edit out (core/odd_times.py lists it for the user).
_WHOLE_MAX = 2**63 - 1

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


def _tables_at(version: int) -> set[str]:
    """The tables a journal of schema `version` holds (what migrations 1..version make)."""
    found = re.findall(r"CREATE TABLE (\w+)", "\n".join(MIGRATIONS[:version]), re.IGNORECASE)
    return set(found)


_GENERATIONS = itertools.count(1)  # one per journal opened or restored, in this process
_SESSION_COLUMNS = "started_ms, ended_ms, routine, state, sample"  # as session_from reads
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
    unsaved: UnsavedReport = field(default_factory=UnsavedReport)
    wal_copy: Path | None = None  # a -wal that did not match, copied before opening
    wal_damage: str = ""

    def wal_notice(self) -> str:
        """One line about a -wal copied before opening, or ''."""
        if self.wal_copy is None:
            return ""
        text = translate(
            "journal",
            "Part of your journal was damaged ({damage}), so its newest changes may be"
            " missing. Nothing was deleted: a copy was kept as {path}.",
        )
        return text.format(damage=self.wal_damage, path=self.wal_copy)

    def notices(self) -> list[str]:
        """What to tell the user once about this opening, besides a journal moved aside."""
        return [n for n in (self.wal_notice(), self.unsaved.notice()) if n]


def inspect_file(path: Path) -> tuple[str, int]:
    """(damage, schema version) of an existing journal file; damage is '' when sound.

    The version is read from the file's header bytes first, so a file from a newer
    Unknot is never opened by SQLite (which would create -wal and -shm beside it).
    A sound-looking file is then checked read-only with PRAGMA quick_check, and must
    hold the tables of its version (another program's database is not ours to migrate).
    When SQLite cannot open a file without saying it is damaged (a read-only folder,
    a lock), that is JournalWriteError, not damage: a sound journal is never moved aside.
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
        if not _is_damage(error):
            raise _open_failed(path, error) from error
        return translate("journal", "SQLite cannot open it ({error})").format(error=error), 0
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            return "", version
        rows = connection.execute("PRAGMA quick_check").fetchall()
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):
            raise _open_failed(path, error) from error
        return translate("journal", "SQLite cannot read it ({error})").format(error=error), 0
    finally:
        connection.close()
    if rows != [("ok",)]:
        lines = [line for line in rows[0][0].splitlines() if not line.startswith("***")]
        text = translate("journal", "PRAGMA quick_check found damage: {damage}")
        return text.format(damage="; ".join(lines)), version
    if (version == 0 and tables) or not _tables_at(version) <= tables:
        return translate("journal", "it is an SQLite database, but not an Unknot journal"), version
    return "", version


def _is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is bad (corrupt, or not a database)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is None or code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _open_failed(path: Path, error: sqlite3.Error) -> JournalWriteError:
    """The error for a journal SQLite cannot open or use; it names a read-only folder,
    as SQLite then says only "unable to open database file"."""
    if os.access(path.parent, os.W_OK):
        text = translate("journal", "{path}: cannot open the journal ({error})")
    else:
        text = translate(
            "journal", "{path}: cannot open the journal: its folder is read-only ({error})"
        )
    return JournalWriteError(text.format(path=path, error=error))


class Journal:
    """The open journal. Every method that writes does so in one transaction."""

    def __init__(self, connection: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self._db = connection
        self.path = path
        self.clock = clock
        self.report = OpenReport()
        # Writes that failed wait here, retried before every later write and at close.
        self.pending = PendingWrites(self.apply)
        self.generation = next(_GENERATIONS)  # a new one after a restore: caches read it
        self._recovery_files: list[Path] = []  # read at opening, still needed

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, data_dir: Path, clock: Clock) -> Journal:
        """Open (or create) the journal in `data_dir`; see `report` for what happened."""
        path = data_dir / FILE_NAME
        moved, damage = None, ""
        check_regular_or_absent(path)  # SQLite would block on a FIFO, or read a device
        try:
            wal_copy, wal_damage = keep_mismatched_wal(path, clock.now())
        except OSError as error:
            text = translate(
                "journal",
                "{path}: its -wal file does not match it and no copy of it could be kept"
                " ({reason}); the journal was not opened, nothing was changed",
            )
            raise JournalWriteError(text.format(path=path, reason=error.strerror)) from error
        try:
            exists = path.exists()
            damage, version = inspect_file(path) if exists else ("", 0)
        except OSError as error:
            text = translate("journal", "{path}: cannot read the journal ({reason})")
            raise JournalWriteError(text.format(path=path, reason=error.strerror)) from error
        if exists:
            if version > SCHEMA_VERSION:
                text = translate(
                    "journal",
                    "{path}: written by a newer Unknot (journal version {version}; this one "
                    "reads up to {readable}); it was left untouched, update Unknot",
                )
                raise JournalTooNew(
                    text.format(path=path, version=version, readable=SCHEMA_VERSION)
                )
            if damage:
                try:
                    moved = move_aside(path, clock.now(), "corrupt")
                except OSError as error:
                    text = translate(
                        "journal",
                        "{path}: the journal could not be read ({damage}) nor moved aside"
                        " ({reason}); it was left as it is",
                    )
                    reason = error.strerror
                    raise JournalWriteError(
                        text.format(path=path, damage=damage, reason=reason)
                    ) from error
                log.error("journal %s damaged (%s); moved to %s", path, damage, moved)
        if not path.exists():  # new, or the damaged one was just moved aside
            cls._create_file(path)
        connection = cls._connect(path)
        journal = cls(connection, path, clock)
        try:
            journal._migrate()
            unsaved = journal._replay_unsaved()
            interrupted = journal._close_open_sessions()
        except BaseException as error:
            connection.close()
            if isinstance(error, sqlite3.Error):
                raise _open_failed(path, error) from error
            raise
        journal.report = OpenReport(
            moved_aside=moved,
            damage=damage,
            interrupted_sessions=interrupted,
            unsaved=unsaved,
            wal_copy=wal_copy,
            wal_damage=wal_damage,
        )
        return journal

    @staticmethod
    def _create_file(path: Path) -> None:
        try:
            create_private_file(path)
        except OSError as error:
            text = translate("journal", "{path}: cannot create the journal ({reason})")
            raise JournalWriteError(text.format(path=path, reason=error.strerror)) from error

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("PRAGMA busy_timeout = 5000")
            connection.execute("PRAGMA page_size = 8192")  # takes effect on a new file only
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            raise _open_failed(path, error) from error
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
            "SELECT s.started_ms, (SELECT st.started_ms + 1000 * st.actual_s FROM steps st"
            " WHERE st.started_ms >= s.started_ms AND st.session_ms = s.started_ms"
            " ORDER BY st.started_ms DESC LIMIT 1)"
            " FROM sessions s WHERE s.state = 'open'"
        ).fetchall()
        if not rows:
            return 0
        with self._write():
            self._db.executemany(
                "UPDATE sessions SET state = 'interrupted', ended_ms = ? WHERE started_ms = ?",
                [
                    (started if last_end is None else last_end, started)
                    for started, last_end in rows
                ],
            )
        return len(rows)

    def _replay_unsaved(self) -> UnsavedReport:
        """Make the writes kept in the recovery files at earlier quits, oldest first;
        each file goes once all its writes are committed. A damaged one is moved aside
        and reported; while one cannot be read, none is replayed (core/recovery_file.py)."""
        paths, writes, report = [], [], UnsavedReport()
        for path in recovery_files(self.path.parent):
            try:
                writes.extend(read_recovery(path))
            except OSError as error:  # unreadable: all are left, in order, for a later start
                log.error("%s: cannot read the unsaved changes (%s)", path, error)
                return UnsavedReport(moved_aside=path, damage=str(error.strerror or error))
            except UnknotError as error:
                report = report if report.moved_aside else self._move_damaged(path, error)
                continue
            paths.append(path)
        if not paths:
            return report
        self.pending.keep(writes)
        saved = self.pending.flush()
        self._recovery_files = [] if saved else paths
        if saved:
            self._remove(paths)
        log.warning("%d unsaved writes from the last run found; saved: %s", len(writes), saved)
        return replace(report, found=len(writes), saved=saved)

    def _move_damaged(self, path: Path, error: UnknotError) -> UnsavedReport:
        try:
            moved = move_aside(path, self.clock.now(), "damaged")
        except OSError as move_error:
            log.error("%s; it cannot be moved aside (%s)", error, move_error)
            return UnsavedReport(moved_aside=path, damage=str(error))
        log.error("%s; moved to %s", error, moved)
        return UnsavedReport(moved_aside=moved, damage=str(error))

    @staticmethod
    def _remove(paths: list[Path]) -> None:
        for path in paths:
            try:
                path.unlink(missing_ok=True)
            except OSError as error:  # replayed again: rows already there are skipped
                log.error("%s: cannot remove it (%s)", path, error)

    def apply(self, write: PendingWrite) -> None:
        """Make one queued write through the journal method it names. A write replayed
        from the recovery file that adds a row already there is skipped (it was
        committed before the file could be removed)."""
        table = write.table()
        try:
            if write.replayed and table is not None:
                self._add(table, write.row(), skip_existing=True)
            elif not (write.replayed and self._made_already(write)):
                getattr(self, write.operation)(*write.args)
        except JournalWriteError as error:
            if isinstance(error.__cause__, sqlite3.IntegrityError):  # for good, not the disk
                raise WriteRefused(str(error)) from error
            raise

    def _made_already(self, write: PendingWrite) -> bool:
        """True for a correction or a treatment from the recovery file that is in the
        journal already (made before the file could be removed)."""
        if write.operation == "replace_rating":
            new = write.args[1]
            return bool(
                self._db.execute(
                    "SELECT 1 FROM ratings WHERE knot = (SELECT id FROM knots WHERE uid = ?)"
                    " AND at_ms = ? AND context = ?",
                    (new.knot_id, to_ms(new.at), new.context.value),
                ).fetchone()
            )
        if write.operation == "add_treatment":
            uid = write.args[0].id
            return bool(
                self._db.execute("SELECT 1 FROM treatments WHERE uid = ?", (uid,)).fetchone()
            )
        return False

    def close(self) -> None:
        """Make the writes still waiting, or keep them in a new recovery file for the
        next start; then close. The connection is closed whatever happens before."""
        try:
            try:
                self._keep_waiting()
            finally:
                self._keep_refused()
        except Exception:  # the app is closing: log it whole, never stop the close
            log.exception("what waited could not all be kept at close")
        finally:
            self._db.close()

    def _keep_waiting(self) -> None:
        folder = self.path.parent
        if self.pending.flush() or self._keep(new_recovery_path(folder), self.pending.waiting()):
            self._remove(self._recovery_files)  # what they held is committed or kept anew
            self._recovery_files = []

    def _keep_refused(self) -> None:
        if not self.pending.refused_writes:
            return  # else never replayed: kept for a person to look at
        path = recovery_path(self.path.parent)
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        refused = free_name(path.parent, f"{path.stem}.refused-{stamp}", path.suffix)
        self._keep(refused, self.pending.refused_writes)

    def _keep(self, path: Path, writes: list[PendingWrite]) -> bool:
        """Write `writes` to `path`; a failure is logged (the app is closing)."""
        try:
            write_recovery(path, writes)
            log.error("%d writes could not be made; kept in %s", len(writes), path)
            return True
        except OSError as error:
            log.error("%d writes could not be made nor kept (%s)", len(writes), error)
            return False

    def writes(self) -> int:
        """How many rows this connection has changed so far: a cheap "has anything
        changed since?" for results derived from the journal."""
        return int(self._db.total_changes)

    def change_key(self) -> tuple[int, int]:
        """Differs whenever what the journal holds may have changed: after a write, a
        restore, or on another journal opened since. Key caches on this."""
        return (self.generation, self.writes())

    def schema_version(self) -> int:
        """PRAGMA user_version."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction; any failure rolls it back and becomes one clear error.
        Writes still waiting in `pending` are tried first, so they keep their order."""
        if self.pending and not self.pending.flushing:
            self.pending.flush()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            text = translate("journal", "{path}: cannot write the journal ({error})")
            raise JournalWriteError(text.format(path=self.path, error=error)) from error
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException as error:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                text = translate("journal", "{path}: cannot save to the journal ({error})")
                raise JournalWriteError(text.format(path=self.path, error=error)) from error
            raise

    # ------------------------------------------------------------------ rows in and out

    def _ids(self, table: str) -> dict[str, int]:
        """uid → internal id of every knot or treatment."""
        spec = TABLES_BY_NAME[table]
        return dict(self._db.execute(f"SELECT uid, id FROM {spec.name}").fetchall())

    def _store(self, table: str, rows: Iterable[Mapping[str, Any]], skip_existing: bool) -> int:
        """Write exchange-form rows (already valid) inside the caller's transaction;
        return how many were added. An existing key is skipped or is an error."""
        spec = TABLES_BY_NAME[table]
        maps = {
            c.refers_to: self._ids(c.refers_to)
            for c in spec.columns
            if c.type is ColumnType.REF and c.refers_to in ("knots", "treatments")
        }
        converters = [to_db(c, maps.get(c.refers_to or "")) for c in spec.columns]
        statement = (
            f"INSERT INTO {spec.name} ({', '.join(spec.db_names())})"
            f" VALUES ({', '.join('?' * len(spec.columns))})"
            + (" ON CONFLICT DO NOTHING" if skip_existing else "")
        )
        before = self._db.total_changes
        self._db.executemany(
            statement,
            (
                [convert(row[c.name]) for c, convert in zip(spec.columns, converters, strict=True)]
                for row in rows
            ),
        )
        return self._db.total_changes - before

    def _add(self, table: str, *rows: Mapping[str, Any], skip_existing: bool = False) -> None:
        """Validate and write rows of one table in one transaction."""
        spec = TABLES_BY_NAME[table]
        valid = [validate_row(table, spec, dict(row)) for row in rows]
        with self._write():
            self._store(table, valid, skip_existing=skip_existing)

    def insert_rows(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> dict[str, int]:
        """Insert rows in exchange form (validated by the caller, references checked),
        all in one transaction; rows whose key is already there are skipped.

        Returns how many rows of each table were added.
        """
        added: dict[str, int] = {}
        with self._write():
            for spec in TABLES:
                if spec.name in tables:
                    added[spec.name] = self._store(spec.name, tables[spec.name], True)
        return added

    def table_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of a table in exchange form, in key order."""
        spec = TABLES_BY_NAME[table]
        maps = {
            c.refers_to: {v: k for k, v in self._ids(c.refers_to).items()}
            for c in spec.columns
            if c.type is ColumnType.REF and c.refers_to in ("knots", "treatments")
        }
        converters = [from_db(c, maps.get(c.refers_to or "")) for c in spec.columns]
        order = ", ".join(_order_term(TABLES_BY_NAME[table], name) for name in spec.key)
        cursor = self._db.execute(
            f"SELECT {', '.join(spec.db_names())} FROM {spec.name} ORDER BY {order}"
        )
        names = spec.column_names()
        for row in cursor:
            yield {n: convert(v) for n, convert, v in zip(names, converters, row, strict=True)}

    def existing_keys(self, table: str) -> set[str]:
        """The exchange keys of a table others refer to (knots, treatments, sessions)."""
        if table == "sessions":
            return {ms_to_text(ms) for (ms,) in self._db.execute("SELECT started_ms FROM sessions")}
        return set(self._ids(table))

    def count(self, table: str) -> int:
        """How many rows a table holds."""
        spec = TABLES_BY_NAME[table]
        return int(self._db.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0])

    # ------------------------------------------------------------------ knots and ratings

    def add_knot(self, knot: Knot) -> None:
        """Record a new knot."""
        self._add("knots", knot_row(knot))

    def update_knot(self, knot: Knot) -> None:
        """Store every editable field of an existing knot."""
        row = validate_row("knots", TABLES_BY_NAME["knots"], knot_row(knot))
        with self._write():
            cursor = self._db.execute(
                "UPDATE knots SET view=?, x=?, y=?, muscle=?, side=?, label=?, activity=?,"
                " depth=?, onset=?, status=?, notes=? WHERE uid=?",
                (
                    *(row[name] for name in ("view", "x", "y", "muscle", "side", "label")),
                    *(row[name] for name in ("activity", "depth", "onset", "status", "notes")),
                    knot.id,
                ),
            )
            if cursor.rowcount != 1:  # deleted meanwhile: writing again cannot help
                raise WriteRefused(translate("journal", "no knot with id {id}").format(id=knot.id))

    def delete_knot(self, knot_id: str) -> None:
        """Delete a knot and its ratings (the user asked, and confirmed)."""
        with self._write():
            self._db.execute("DELETE FROM knots WHERE uid = ?", (knot_id,))

    def knots(self, statuses: Iterable[KnotStatus] = tuple(KnotStatus)) -> list[Knot]:
        """Knots with the given statuses, oldest first."""
        wanted = [s.value for s in statuses]
        marks = ",".join("?" * len(wanted))
        rows = self._db.execute(
            "SELECT uid, created_ms, view, x, y, muscle, side, label, activity, depth, onset,"
            f" status, notes, sample FROM knots WHERE status IN ({marks})"
            " ORDER BY created_ms, uid",
            wanted,
        ).fetchall()
        return [knot_from(row) for row in rows]

    def knot(self, knot_id: str) -> Knot | None:
        """One knot by its id, whatever its status."""
        row = self._db.execute(
            "SELECT uid, created_ms, view, x, y, muscle, side, label, activity, depth, onset,"
            " status, notes, sample FROM knots WHERE uid = ?",
            (knot_id,),
        ).fetchone()
        return None if row is None else knot_from(row)

    def add_rating(self, rating: Rating) -> None:
        """Record one tenderness rating."""
        self._add("ratings", rating_row(rating))

    def replace_rating(self, old: Rating, new: Rating) -> None:
        """Swap one rating for another in one transaction (the user corrected it)."""
        row = validate_row("ratings", TABLES_BY_NAME["ratings"], rating_row(new))
        with self._write():
            cursor = self._db.execute(
                "DELETE FROM ratings WHERE knot = (SELECT id FROM knots WHERE uid = ?)"
                " AND at_ms = ? AND context = ?",
                (old.knot_id, to_ms(old.at), old.context.value),
            )
            if cursor.rowcount != 1:  # gone meanwhile: writing again cannot help
                text = translate("journal", "no rating of knot {id} at {at}")
                raise WriteRefused(text.format(id=old.knot_id, at=to_utc_text(old.at)))
            self._store("ratings", [row], skip_existing=False)

    def newest_rating(self, knot_id: str, contexts: Iterable[str] | None = None) -> Rating | None:
        """A knot's most recent rating, of any context or of one of `contexts` (one seek;
        which one is the knot's tenderness now is core.tenderness's to say)."""
        row = self._db.execute(
            "SELECT at_ms, tenderness, context, session_ms FROM ratings"
            " WHERE knot = (SELECT id FROM knots WHERE uid = ?) AND at_ms BETWEEN ? AND ?"
            + _contexts_sql("context", contexts)
            + " ORDER BY at_ms DESC LIMIT 1",
            (knot_id, -(2**62), _WHOLE_MAX),  # as ratings_for: text is not the newest
        ).fetchone()
        if row is None:
            return None
        return RatingHistory(knot_id, (row[0],), (row[1],), (row[2],), (row[3],)).rating(0)

    def ratings_for(
        self, knot_id: str, since: datetime | None = None, newest_only: bool = False
    ) -> RatingHistory:
        """One knot's rating history, oldest first: all of it, or from `since` on, or
        only the newest rating."""
        order = "ORDER BY at_ms DESC LIMIT 1" if newest_only else "ORDER BY at_ms"
        rows = self._db.execute(
            "SELECT at_ms, tenderness, context, session_ms FROM ratings"
            " WHERE knot = (SELECT id FROM knots WHERE uid = ?) AND at_ms BETWEEN ? AND ? " + order,
            (knot_id, -(2**62) if since is None else to_ms(since), _WHOLE_MAX),
        ).fetchall()
        columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 4
        return RatingHistory(knot_id, *columns)

    def ratings_around(
        self, knot_id: str, since: datetime, marks: Sequence[datetime], resting: Iterable[str]
    ) -> RatingHistory:
        """Part of one knot's history, oldest first: every rating from `since` on; the
        first rating and the first in a `resting` context; and for each of `marks`, the
        three newest ratings at or before it and the three newest at or before it in a
        `resting` context. A plan and its
        changes need only these, and a knot of ten years has thousands of ratings."""
        columns = "at_ms, tenderness, context, session_ms"
        knot = "knot = (SELECT id FROM knots WHERE uid = :knot)"
        contexts = _context_list(resting)
        parts = [
            f"SELECT {columns} FROM ratings WHERE {knot} AND at_ms BETWEEN :since AND :whole",
            f"SELECT * FROM (SELECT {columns} FROM ratings WHERE {knot} AND at_ms <= :whole"
            " ORDER BY at_ms LIMIT 1)",
            f"SELECT * FROM (SELECT {columns} FROM ratings WHERE {knot} AND at_ms <= :whole"
            f" AND context IN ({contexts}) ORDER BY at_ms LIMIT 1)",
        ]
        values: dict[str, Any] = {"knot": knot_id, "since": to_ms(since), "whole": _WHOLE_MAX}
        for number, mark in enumerate(marks):
            values[f"m{number}"] = to_ms(mark)
            near = f"{knot} AND at_ms <= :m{number}"
            parts.append(
                f"SELECT * FROM (SELECT {columns} FROM ratings WHERE {near}"
                " ORDER BY at_ms DESC LIMIT 3)"
            )
            parts.append(
                f"SELECT * FROM (SELECT {columns} FROM ratings WHERE {near}"
                f" AND context IN ({contexts}) ORDER BY at_ms DESC LIMIT 3)"
            )
        query = " UNION ".join(parts) + " ORDER BY at_ms, context"
        rows = self._db.execute(query, values).fetchall()
        found: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 4
        return RatingHistory(knot_id, *found)

    def latest_tenderness(self, contexts: Iterable[str] | None = None) -> dict[str, int]:
        """The newest rating of every active knot that has one, of any context or of one
        of `contexts` (one seek each; core.tenderness says which is the tenderness now)."""
        rows = self._db.execute(
            "SELECT k.uid, (SELECT r.tenderness FROM ratings r WHERE r.knot = k.id"
            " AND r.at_ms <= ?"
            + _contexts_sql("r.context", contexts)
            + " ORDER BY r.at_ms DESC LIMIT 1) AS newest FROM knots k"
            " WHERE k.status = 'active' AND newest IS NOT NULL",
            (_WHOLE_MAX,),
        ).fetchall()
        return dict(rows)

    # ------------------------------------------------------------------ sessions

    def start_session(self, session: Session) -> None:
        """Record that a session began (state open until it ends)."""
        self._add("sessions", session_row(session))

    def add_step(self, step: StepDone) -> None:
        """Record one finished step, the moment it ends."""
        self._add("steps", step_row(step))

    def end_session(self, started: datetime, state: SessionState, ended: datetime) -> None:
        """Close a session as completed, interrupted or aborted."""
        if state is SessionState.OPEN:
            raise ValueError("a session ends in completed, interrupted or aborted")
        with self._write():
            self._db.execute(
                "UPDATE sessions SET state = ?, ended_ms = ? WHERE started_ms = ?",
                (state.value, to_ms(ended), to_ms(started)),
            )

    def session(self, started: datetime) -> Session | None:
        """The session that started at `started`, or None."""
        row = self._db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE started_ms = ?",
            (to_ms(started),),
        ).fetchone()
        return None if row is None else session_from(row)

    def last_session(self) -> Session | None:
        """The most recently started session, or None."""
        row = self._db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions ORDER BY started_ms DESC LIMIT 1"
        ).fetchone()
        return None if row is None else session_from(row)

    def sessions_between(self, start: datetime, end: datetime) -> int:
        """How many sessions started in [start, end)."""
        row = self._db.execute(
            "SELECT count(*) FROM sessions WHERE started_ms >= ? AND started_ms < ?",
            (to_ms(start), to_ms(end)),
        ).fetchone()
        return int(row[0])

    def steps_of(self, started: datetime) -> list[StepDone]:
        """The finished steps of the session that started at `started`, in order."""
        start = to_ms(started)
        # A session's steps lie between its start and its end (open: the next session).
        end = self._db.execute(
            "SELECT coalesce(ended_ms, (SELECT min(started_ms) FROM sessions WHERE"
            " started_ms > ?), 9223372036854775807) FROM sessions WHERE started_ms = ?",
            (start, start),
        ).fetchone()
        rows = self._db.execute(
            "SELECT st.started_ms, st.kind, k.uid, st.muscle, st.side, st.planned_s,"
            " st.actual_s, st.sample FROM steps st LEFT JOIN knots k ON k.id = st.knot"
            " WHERE st.started_ms BETWEEN ? AND ? AND st.session_ms = ?"
            " ORDER BY st.started_ms",
            (start, end[0] if end else start, start),
        ).fetchall()
        session = from_ms(start)
        return [
            StepDone(
                session=session,
                started=from_ms(r[0]),
                kind=StepKind(r[1]),
                knot_id=r[2],
                muscle=r[3],
                side=Side(r[4]),
                planned_s=r[5],
                actual_s=r[6],
                sample=bool(r[7]),
            )
            for r in rows
        ]

    def session_ratings(self, started: datetime) -> list[Rating]:
        """The ratings taken in the session that started at `started`, in order."""
        rows = self._db.execute(
            "SELECT k.uid, r.at_ms, r.tenderness, r.context FROM ratings r"
            " JOIN knots k ON k.id = r.knot WHERE r.session_ms = ? ORDER BY r.at_ms",
            (to_ms(started),),
        ).fetchall()
        session = from_ms(to_ms(started))
        return [
            Rating(uid, from_ms(at), tenderness, RatingContext(context), session)
            for uid, at, tenderness, context in rows
        ]

    def last_holds(self) -> dict[str, datetime]:
        """When each knot was last held with the ball (knots never held are absent)."""
        rows = self._db.execute(
            "SELECT k.uid, max(st.started_ms) FROM steps st JOIN knots k ON k.id = st.knot"
            " WHERE st.knot IS NOT NULL AND st.kind = 'hold' GROUP BY st.knot"
        ).fetchall()
        return {uid: from_ms(ms) for uid, ms in rows}

    def holds_of(self, knot_id: str, since: datetime | None = None) -> list[tuple[datetime, int]]:
        """When each ball hold on one knot started and how many seconds it lasted, oldest
        first: all of them, or from `since` on."""
        rows = self._db.execute(
            "SELECT st.started_ms, st.actual_s FROM steps st JOIN knots k ON k.id = st.knot"
            " WHERE k.uid = ? AND st.kind = 'hold' AND st.started_ms >= ?"
            " ORDER BY st.started_ms",
            (knot_id, -(2**62) if since is None else to_ms(since)),
        ).fetchall()
        return [(from_ms(ms), int(seconds or 0)) for ms, seconds in rows]

    def treatment_days(self, knot_id: str) -> list[date]:
        """The days of professional treatments that included one knot, oldest first."""
        rows = self._db.execute(
            "SELECT t.on_date FROM treatments t JOIN treatment_knots tk ON tk.treatment = t.id"
            " JOIN knots k ON k.id = tk.knot WHERE k.uid = ? ORDER BY t.on_date",
            (knot_id,),
        ).fetchall()
        return [date.fromisoformat(d) for (d,) in rows]

    def first_day(self, zone: tzinfo) -> date | None:
        """The local day of the journal's first entry of any kind in `zone` (None: it
        holds none yet). Each look is one seek of a key, so years of rows add no work."""
        moments = [
            self._db.execute(f"SELECT min({column}) FROM {table}").fetchone()[0]  # our names
            for table, column in _FIRST_MOMENTS
        ]
        moments.append(
            self._db.execute(
                "SELECT min((SELECT min(r.at_ms) FROM ratings r WHERE r.knot = k.id)) FROM knots k"
            ).fetchone()[0]
        )
        moments += [
            self._db.execute(
                "SELECT min(due_ms) FROM reminder_events WHERE kind = ?", (kind.value,)
            ).fetchone()[0]
            for kind in ReminderKind
        ]
        days = [local_days(zone).day_of(ms) for ms in moments if ms is not None]
        for table, column in (("daily_check_ins", "day"), ("treatments", "on_date")):
            (first,) = self._db.execute(f"SELECT min({column}) FROM {table}").fetchone()
            if first is not None:
                days.append(date.fromisoformat(first))
        return min(days, default=None)

    def first_care_day(self, knot_id: str, zone: tzinfo) -> date | None:
        """The first day of focused care of one knot in `zone` (a ball hold on it or a
        treatment that included it), or None before the first."""
        (first_ms,) = self._db.execute(
            "SELECT min(st.started_ms) FROM steps st JOIN knots k ON k.id = st.knot"
            " WHERE k.uid = ? AND st.kind = 'hold'",
            (knot_id,),
        ).fetchone()
        days = self.treatment_days(knot_id)[:1]
        if first_ms is not None:
            days.append(local_days(zone).day_of(first_ms))
        return min(days, default=None)

    def care_days(self, knot_id: str, zone: tzinfo, since: datetime | None = None) -> list[date]:
        """One knot's days of focused care in `zone`, oldest first (all, or from the day
        of `since` on): days with a ball hold on it (several holds on one day are one
        session) and days of treatments that included it. Years of holds are many
        thousand rows, so their days are found with core.local_days, which looks at the
        zone about once a day, not once a hold."""
        rows = self._db.execute(
            "SELECT st.started_ms FROM steps st JOIN knots k ON k.id = st.knot"
            " WHERE k.uid = ? AND st.kind = 'hold' AND st.started_ms >= ?"
            " ORDER BY st.started_ms",
            (knot_id, -(2**62) if since is None else to_ms(since)),
        ).fetchall()
        held = local_days(zone).days_of(ms for (ms,) in rows)
        first = date.min if since is None else since.astimezone(zone).date()
        treated = [day for day in self.treatment_days(knot_id) if day >= first]
        return sorted(set(held).union(treated))

    # ------------------------------------------------------------------ the rest of the day

    def add_treatment(self, treatment: Treatment) -> None:
        """Record a professional treatment and the knots it treated, in one transaction."""
        treatments, links = TABLES_BY_NAME["treatments"], TABLES_BY_NAME["treatment_knots"]
        row = validate_row("treatments", treatments, treatment_row(treatment))
        knots = [
            validate_row("treatment_knots", links, {"treatment_id": treatment.id, "knot_id": k})
            for k in treatment.knot_ids
        ]
        with self._write():
            self._store("treatments", [row], skip_existing=False)
            self._store("treatment_knots", knots, skip_existing=False)

    def treatments(self) -> list[Treatment]:
        """Every professional treatment, oldest first, with the knots it treated."""
        rows = self._db.execute(
            "SELECT id, uid, on_date, kind, notes, sample FROM treatments ORDER BY on_date, id"
        ).fetchall()
        links: dict[int, list[str]] = {}
        for treatment, knot in self._db.execute(
            "SELECT tk.treatment, k.uid FROM treatment_knots tk JOIN knots k ON k.id = tk.knot"
            " ORDER BY k.id"
        ):
            links.setdefault(treatment, []).append(knot)
        return [
            Treatment(
                on=date.fromisoformat(on),
                kind=TreatmentKind(kind),
                knot_ids=tuple(links.get(row_id, ())),
                notes=notes,
                id=uid,
                sample=bool(sample),
            )
            for row_id, uid, on, kind, notes, sample in rows
        ]

    def add_row(self, table: str, row: Mapping[str, Any]) -> None:
        """Record one row of a log table (water, posture_checks, reminder_events, notes)
        in exchange form; see core.records.TABLES for the columns.

        A reminder event is known by its kind and due moment; when the wall clock went
        back and the same reminder came again, its first answer stands (a second one
        would fail for ever and hold up every write queued after it)."""
        if table not in {"water", "posture_checks", "reminder_events", "notes"}:
            raise ValueError(f"add_row does not write {table}")
        self._add(table, row, skip_existing=table == "reminder_events")

    def water_on(self, day_start: datetime, day_end: datetime) -> int:
        """Millilitres logged between two moments."""
        row = self._db.execute(
            "SELECT coalesce(sum(ml), 0) FROM water WHERE at_ms >= ? AND at_ms < ?",
            (to_ms(day_start), to_ms(day_end)),
        ).fetchone()
        return int(row[0])

    def posture_on(self, day_start: datetime, day_end: datetime) -> dict[PostureAnswer, int]:
        """How many posture checks got each answer between two moments."""
        rows = self._db.execute(
            "SELECT answer, count(*) FROM posture_checks WHERE at_ms >= ? AND at_ms < ?"
            " GROUP BY answer",
            (to_ms(day_start), to_ms(day_end)),
        ).fetchall()
        counts = dict.fromkeys(PostureAnswer, 0)
        counts.update({PostureAnswer(answer): int(n) for answer, n in rows})
        return counts

    def notes_between(self, start: datetime, end: datetime) -> list[tuple[datetime, str]]:
        """(when, text) of the journal notes written between two moments, oldest first."""
        rows = self._db.execute(
            "SELECT at_ms, text FROM notes WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms",
            (to_ms(start), to_ms(end)),
        ).fetchall()
        return [(from_ms(ms), text) for ms, text in rows]

    def reminder_events(self, since: datetime) -> list[tuple[str, datetime, str]]:
        """(kind, due, outcome) of every reminder event due since `since`, oldest first."""
        rows = self._db.execute(
            "SELECT kind, due_ms, outcome FROM reminder_events WHERE due_ms >= ?"
            " ORDER BY due_ms, kind",
            (to_ms(since),),
        ).fetchall()
        return [(kind, from_ms(ms), outcome) for kind, ms, outcome in rows]

    def weekly_summary(self, utc_offset: timedelta) -> list[WeekSummary]:
        """Every knot's weeks (Monday start, local): mean tenderness, ratings, hold time."""
        shift = int(utc_offset.total_seconds() * 1000)
        # 1970-01-01 was a Thursday: day n lies in Monday-week (n + 3) // 7.
        week = f"(({{col}} + {shift:d}) / {DAY_MS} + 3) / 7"
        ratings = self._db.execute(
            f"SELECT knot, {week.format(col='at_ms')} AS wk, avg(tenderness), count(*)"
            " FROM ratings GROUP BY knot, wk"
        ).fetchall()
        holds = self._db.execute(
            f"SELECT knot, {week.format(col='started_ms')} AS wk, sum(actual_s) FROM steps"
            " WHERE knot IS NOT NULL AND kind = 'hold' GROUP BY knot, wk"
        ).fetchall()
        merged: dict[tuple[int, int], list[Any]] = {(k, w): [m, n, 0] for k, w, m, n in ratings}
        for knot, wk, seconds in holds:
            merged.setdefault((knot, wk), [None, 0, 0])[2] = seconds
        uids = {v: k for k, v in self._ids("knots").items()}
        return sorted(
            (
                WeekSummary(uids[k], _week_start(w), m, n, int(s))
                for (k, w), (m, n, s) in merged.items()
            ),
            key=lambda summary: (summary.knot_id, summary.week_start),
        )

    # ------------------------------------------------------------------ daily check-ins

    def set_check_in(self, check_in: CheckIn) -> None:
        """Record the day's check-in, replacing any earlier answer of that day (the user
        changed it), in one transaction."""
        row = validate_row(
            "daily_check_ins", TABLES_BY_NAME["daily_check_ins"], check_in_row(check_in)
        )
        if row["stress"] is None and row["desk_hours"] is None:
            text = translate(
                "journal",
                "daily_check_ins: the check-in of {day} needs stress or desk_hours (or both)",
            )
            raise InvalidValue(text.format(day=row["day"]))
        with self._write():
            self._db.execute("DELETE FROM daily_check_ins WHERE day = ?", (row["day"],))
            self._store("daily_check_ins", [row], skip_existing=False)

    def check_in_on(self, day: date) -> CheckIn | None:
        """The check-in of one local day, or None."""
        found = self.check_ins(day, day)
        return found[0] if found else None

    def check_ins(self, first_day: date, last_day: date) -> list[CheckIn]:
        """The check-ins from `first_day` to `last_day` (both included), oldest first."""
        rows = self._db.execute(
            "SELECT day, stress, desk_hours, at_ms, sample FROM daily_check_ins"
            " WHERE day BETWEEN ? AND ? ORDER BY day",
            (first_day.isoformat(), last_day.isoformat()),
        ).fetchall()
        return [
            CheckIn(date.fromisoformat(day), stress, desk_hours, from_ms(at), bool(sample))
            for day, stress, desk_hours, at, sample in rows
        ]

    # ------------------------------------------------------------------ self-care per day
    # Each takes local days (both included) and the zone they are in, reads the rows of
    # that span by their moment (a key or index range) and sorts them into days here, so
    # a day is midnight to midnight even across a change to or from summer time.

    def water_by_day(self, first_day: date, last_day: date, zone: tzinfo) -> dict[date, int]:
        """Millilitres logged on each local day; days with none are absent."""
        days = _LocalDays(first_day, last_day, zone)
        totals: dict[date, int] = {}
        for at_ms, ml in self._db.execute(
            "SELECT at_ms, ml FROM water WHERE at_ms >= ? AND at_ms < ?", days.span
        ):
            day = days.of(at_ms)
            totals[day] = totals.get(day, 0) + ml
        return totals

    def posture_checks_by_day(
        self, first_day: date, last_day: date, zone: tzinfo
    ) -> dict[date, int]:
        """How many posture check-ins (either answer) were logged on each local day."""
        days = _LocalDays(first_day, last_day, zone)
        counts: dict[date, int] = {}
        for (at_ms,) in self._db.execute(
            "SELECT at_ms FROM posture_checks WHERE at_ms >= ? AND at_ms < ?", days.span
        ):
            day = days.of(at_ms)
            counts[day] = counts.get(day, 0) + 1
        return counts

    def reminder_outcomes_by_day(
        self, kind: ReminderKind, first_day: date, last_day: date, zone: tzinfo
    ) -> dict[date, dict[ReminderOutcome, int]]:
        """How the reminders of one kind due on each local day ended (done, snoozed,
        skipped, missed); days with none are absent."""
        days = _LocalDays(first_day, last_day, zone)
        counts: dict[date, dict[ReminderOutcome, int]] = {}
        for due_ms, outcome in self._db.execute(
            "SELECT due_ms, outcome FROM reminder_events"
            " WHERE kind = ? AND due_ms >= ? AND due_ms < ?",
            (kind.value, *days.span),
        ):
            day = counts.setdefault(days.of(due_ms), dict.fromkeys(ReminderOutcome, 0))
            day[ReminderOutcome(outcome)] += 1
        return counts

    def session_days(
        self, kind: StepKind, first_day: date, last_day: date, zone: tzinfo, on_knot: bool = False
    ) -> set[date]:
        """The local days on which a session with a `kind` step started (with
        `on_knot`, a step on a marked knot)."""
        days = _LocalDays(first_day, last_day, zone)
        start, end = days.span
        rows = self._db.execute(
            "SELECT DISTINCT session_ms FROM steps WHERE started_ms >= ? AND started_ms < ?"
            " AND session_ms >= ? AND session_ms < ? AND kind = ?"
            + (" AND knot IS NOT NULL" if on_knot else ""),
            (start, end + DAY_MS, start, end, kind.value),  # a session may end after midnight
        )
        return {days.of(session_ms) for (session_ms,) in rows}

    def ratings_by_day(
        self,
        first_day: date,
        last_day: date,
        zone: tzinfo,
        contexts: Iterable[RatingContext] = tuple(RatingContext),
        statuses: Iterable[KnotStatus] = tuple(KnotStatus),
    ) -> list[tuple[str, date, int]]:
        """(knot id, local day, tenderness) of the ratings taken in those contexts on
        the knots with those statuses, in no particular order."""
        days = _LocalDays(first_day, last_day, zone)
        wanted = [c.value for c in contexts]
        kept = [s.value for s in statuses]
        # CROSS JOIN keeps knots outside, so each knot's span is one seek in the ratings'
        # key (knot, at_ms, …); the other order scans every rating of every year.
        rows = self._db.execute(
            "SELECT k.uid, r.at_ms, r.tenderness FROM knots k CROSS JOIN ratings r"
            " ON r.knot = k.id"
            f" WHERE k.status IN ({','.join('?' * len(kept))})"
            " AND r.at_ms >= ? AND r.at_ms < ?"
            f" AND r.context IN ({','.join('?' * len(wanted))})",
            (*kept, *days.span, *wanted),
        )
        return [(uid, days.of(at_ms), tenderness) for uid, at_ms, tenderness in rows]

    # ------------------------------------------------------------------ sample data

    def has_sample_data(self) -> bool:
        """True when demo rows are present (demo always writes sample knots and
        sessions, so the big step and rating tables need not be scanned)."""
        return any(
            self._db.execute(f"SELECT 1 FROM {name} WHERE sample = 1 LIMIT 1").fetchone()
            for name in _SAMPLE_TABLES
            if name not in ("steps", "ratings")
        )

    def remove_sample_data(self) -> int:
        """Delete every row marked as sample, in one step; return how many."""
        removed = 0
        with self._write():
            for name in reversed(_SAMPLE_TABLES):
                removed += self._db.execute(f"DELETE FROM {name} WHERE sample = 1").rowcount
        return removed

    # ------------------------------------------------------------------ readers

    @classmethod
    def open_read_only(
        cls, data_dir: Path, clock: Clock, *, beside_writer: bool = False
    ) -> Journal | None:
        """The journal in `data_dir` opened for reading only (export, report), so that
        they work when its folder cannot be written: a read-only or a full disk.

        None when the file needs `open` (absent, of another version, or failing PRAGMA
        quick_check, so that it is created, migrated, refused or moved aside as usual).
        SQLite reads a WAL journal only if it can create the -shm beside it; when it
        cannot, and there is no -wal holding changes the main file lacks, the file is
        read as `immutable` (nobody can change it there either). Writing through the
        returned journal fails ("attempt to write a readonly database").

        Writes kept in a recovery file are not in the journal yet: None while there is
        one, so that `open` makes them first; unless the reader is `beside_writer` (the
        running app holds the lock and makes them itself), when `report.unsaved` says
        they are not in what it reads.
        """
        path = data_dir / FILE_NAME
        check_regular_or_absent(path)  # a FIFO would block the read below, a device feed it
        try:
            with path.open("rb") as handle:
                header = handle.read(100)
        except FileNotFoundError:
            return None
        except OSError as error:
            text = translate("journal", "{path}: cannot read the journal ({reason})")
            raise JournalWriteError(text.format(path=path, reason=error.strerror)) from error
        if not header.startswith(SQLITE_HEADER) or len(header) < 100:
            return None
        if int.from_bytes(header[60:64], "big") > SCHEMA_VERSION:
            return None  # from a newer Unknot: open refuses it without opening it
        waiting = recovery_files(data_dir)
        if waiting and not beside_writer:
            return None
        wal = path.with_name(path.name + "-wal")
        check_regular_or_absent(wal)  # SQLite would open a FIFO there, and block
        modes = ["mode=ro"]
        if not (wal.exists() and wal.stat().st_size > 0):
            modes.append("mode=ro&immutable=1")
        for mode in modes:
            try:
                connection = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True)
            except sqlite3.Error:
                continue
            try:
                connection.execute("PRAGMA query_only = ON")
                version = int(connection.execute("PRAGMA user_version").fetchone()[0])
                sound = connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            except sqlite3.Error as error:
                connection.close()
                if _is_damage(error):
                    return None
                continue
            if version != SCHEMA_VERSION or not sound:
                connection.close()
                return None
            connection.isolation_level = None
            log.info("journal %s opened read-only (%s)", path, mode)
            journal = cls(connection, path, clock)
            wal_copy, wal_damage = cls._keep_read_only_wal(path, clock)
            unsaved = UnsavedReport(left_out=waiting[0] if waiting else None)
            journal.report = OpenReport(wal_copy=wal_copy, wal_damage=wal_damage, unsaved=unsaved)
            return journal
        return None

    @staticmethod
    def _keep_read_only_wal(path: Path, clock: Clock) -> tuple[Path | None, str]:
        """(copy, what is wrong) for a -wal that does not match the journal opened
        read-only, as `open` keeps it. Checked once the read-only opening has succeeded,
        so that an opening that falls back to `open` does not copy it twice; a read-only
        connection never changes nor deletes the -wal, so the copy is the same."""
        try:
            return keep_mismatched_wal(path, clock.now())
        except OSError as error:
            # No copy can be made here (a read-only or full disk); the -wal stays as it is.
            log.warning("%s: a -wal that may not match could not be kept: %s", path, error)
            return None, ""

    # ------------------------------------------------------------------ odd stored times

    def odd_times(self, low: int, high: int) -> list[OddTime]:
        """Every stored time outside [low, high] (core/odd_times.py), with its row's key."""
        found: list[OddTime] = []
        for spec in TABLES:
            keys = [c.db for c in spec.columns if c.name in spec.key]
            kind = "kind" if spec.name == "steps" else "NULL"
            for column in spec.columns:
                if column.type is not ColumnType.UTC:
                    continue
                rows = self._db.execute(
                    f"SELECT {column.db}, {kind}, {', '.join(keys)} FROM {spec.name}"
                    # SQLite orders text and blobs after every number: `> high` finds
                    # them too (a typeof() test here made the look five times slower).
                    f" WHERE {column.db} < ? OR {column.db} > ?",
                    (low, high),
                )
                for ms, step_kind, *key in rows:
                    removes = column.name in spec.key
                    whole = ms if isinstance(ms, int) else None
                    found.append(
                        OddTime(spec.name, column.db, tuple(key), whole, removes, step_kind)
                    )
        return found

    def settle_odd_time(self, odd: OddTime, low: int, high: int, now: datetime) -> None:
        """Remove the row of `odd` (its key is the odd time), or set the odd time to a
        sane one: the row's own key time (a session's start for its end, a reminder's
        due time for when it fired), a knot's first rating, else `now`."""
        spec = TABLES_BY_NAME[odd.table]
        keys = [c.db for c in spec.columns if c.name in spec.key]
        where = " AND ".join(f"{name} = ?" for name in keys)
        with self._write():
            if odd.removes:
                self._db.execute(f"DELETE FROM {spec.name} WHERE {where}", odd.key)
                return
            if odd.table == "knots":
                found = self._db.execute(
                    "SELECT min(at_ms) FROM ratings WHERE knot ="
                    " (SELECT id FROM knots WHERE uid = ?) AND at_ms BETWEEN ? AND ?",
                    (*odd.key, low, high),
                ).fetchone()[0]
            else:
                times = [
                    c.db for c in spec.columns if c.name in spec.key and c.type is ColumnType.UTC
                ]
                found = next((odd.key[keys.index(t)] for t in times), None)
            sane = found if isinstance(found, int) and low <= found <= high else to_ms(now)
            self._db.execute(
                f"UPDATE {spec.name} SET {odd.column} = ? WHERE {where}", (sane, *odd.key)
            )

    # ------------------------------------------------------------------ backups

    def backup_to(self, destination: Path) -> None:
        """Copy the whole journal to `destination` with SQLite's online backup API.

        Written under a temporary name first and checked whole there (PRAGMA
        quick_check) before it is renamed into place, so a failed backup leaves no half
        or damaged file.
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
            _check_copy(partial)
            partial.replace(destination)
        except (OSError, sqlite3.Error) as error:
            for leftover in ("", "-wal", "-shm"):
                partial.with_name(partial.name + leftover).unlink(missing_ok=True)
            text = translate("journal", "{path}: backup failed ({error})")
            raise JournalWriteError(text.format(path=destination, error=error)) from error

    def restore_from(self, backup: Path, safety_copy: Path) -> None:
        """Replace the journal's contents with a backup, after copying the current
        journal to `safety_copy`. The backup is checked first; a bad one changes nothing."""
        damage, version = inspect_file(backup)
        if damage:
            text = translate("journal", "{path}: cannot restore this backup: {damage}")
            raise UnknotError(text.format(path=backup, damage=damage))
        if version > SCHEMA_VERSION:
            text = translate("journal", "{path}: made by a newer Unknot (version {version})")
            raise UnknotError(text.format(path=backup, version=version))
        self.backup_to(safety_copy)
        source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            source.backup(self._db)
        except sqlite3.Error as error:
            text = translate("journal", "{path}: restore failed ({error})")
            raise JournalWriteError(text.format(path=self.path, error=error)) from error
        finally:
            self.generation = next(_GENERATIONS)
            source.close()
        self._migrate()


def _check_copy(path: Path) -> None:
    """Raise sqlite3.DatabaseError unless the copy at `path`, read back from the disk
    by a connection of its own, passes PRAGMA quick_check."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()
    if rows != [("ok",)]:
        lines = [line for line in rows[0][0].splitlines() if not line.startswith("***")]
        raise sqlite3.DatabaseError("; ".join(lines) or "PRAGMA quick_check failed")


def _statements(script: str) -> list[str]:
    """A migration script's statements, without its -- comments."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _order_term(spec: TableSpec, key: str) -> str:
    column = next(c for c in spec.columns if c.name == key)
    if column.type is ColumnType.REF and column.refers_to in ("knots", "treatments"):
        return f"(SELECT uid FROM {column.refers_to} WHERE id = {column.db})"
    return column.db


class _LocalDays:
    """Local days from `first` to `last` as stored milliseconds: `span` is [first
    midnight, the midnight after `last`), and `of` finds the day of a moment in it."""

    def __init__(self, first: date, last: date, zone: tzinfo) -> None:
        if last < first:
            raise ValueError(f"the last day {last} comes before the first {first}")
        self.first = first
        self.edges = [
            to_ms(datetime.combine(first + timedelta(days=n), time(0), tzinfo=zone))
            for n in range((last - first).days + 2)
        ]
        self.span = (self.edges[0], self.edges[-1])

    def of(self, ms: int) -> date:
        return self.first + timedelta(days=bisect_right(self.edges, ms) - 1)


# Where first_day looks (with the ratings and reminder events, by their keys' prefixes):
# the tables whose time is their key, and the knots (a few rows).
_FIRST_MOMENTS = (
    ("knots", "created_ms"),
    ("sessions", "started_ms"),
    ("water", "at_ms"),
    ("posture_checks", "at_ms"),
    ("notes", "at_ms"),
)


def _week_start(week: int) -> date:
    """The Monday of week number `week` since MONDAY_ZERO; an odd stored time's week is
    clamped to one a date can hold (core.records.readable_ms)."""
    low, high = (bound // DAY_MS // 7 for bound in (READABLE_FIRST_MS, READABLE_LAST_MS))
    return MONDAY_ZERO + timedelta(weeks=min(max(week, low + 1), high - 1))


def _context_list(contexts: Iterable[str]) -> str:
    """Rating contexts as an SQL list; only RatingContext's own names get in."""
    return ", ".join(f"'{RatingContext(context).value}'" for context in sorted(contexts))


def _contexts_sql(column: str, contexts: Iterable[str] | None) -> str:
    """An " AND column IN (...)" clause for `contexts`, or nothing when None."""
    return "" if contexts is None else f" AND {column} IN ({_context_list(contexts)})"
