"""The journal's one queue of writes, the recovery file it leaves when a write still
fails at quit, and the change key that caches use (a restore changes it)."""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from core import recovery_file
from core.backups import restore_backup
from core.clock import FakeClock
from core.errors import UnknotError
from core.journal import Journal
from core.pending_writes import PendingWrite
from core.records import (
    CheckIn,
    KnotStatus,
    Rating,
    RatingContext,
    Session,
    SessionState,
    Side,
    StepDone,
    StepKind,
    to_utc_text,
)
from core.recovery_file import read_recovery, recovery_path
from core.reminder_desk import ReminderDesk
from core.settings import Settings
from tests.core.journal_helpers import make_knot, open_journal


class Failing:
    """Makes one journal method fail while `on`, as a full disk would."""

    def __init__(self, journal: Journal, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.on = True
        self.calls = 0
        real = getattr(journal, name)

        def write(*args: Any) -> None:
            self.calls += 1
            if self.on:
                raise UnknotError("the disk is full")
            real(*args)

        monkeypatch.setattr(journal, name, write)


def unreadable(_path: Path) -> list[PendingWrite]:
    raise PermissionError(13, "Permission denied")


def disk_full(*_args: Any, **_kwargs: Any) -> None:
    raise UnknotError("the disk is full")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal(tmp_path: Path, clock: FakeClock) -> Iterator[Journal]:
    opened = open_journal(tmp_path / "data", clock)
    yield opened
    opened.close()


def every_kind_of_write(journal: Journal, clock: FakeClock) -> list[PendingWrite]:
    knot = make_knot(clock)
    journal.add_knot(knot)
    start = clock.now()
    clock.advance(60)
    return [
        PendingWrite("start_session", (Session("Neck", start),)),
        PendingWrite(
            "add_step",
            (
                StepDone(
                    start, StepKind.HOLD, start, 60, 55, "upper_trapezius", Side.RIGHT, knot.id
                ),
            ),
        ),
        PendingWrite(
            "add_rating", (Rating(knot.id, clock.now(), 4, RatingContext.AFTER_HOLD, start),)
        ),
        PendingWrite("end_session", (start, SessionState.COMPLETED, clock.now())),
        PendingWrite(
            "add_row", ("water", {"at_utc": to_utc_text(clock.now()), "ml": 250, "sample": False})
        ),
        PendingWrite("set_check_in", (CheckIn(date(2026, 3, 2), 6, 7.5, clock.now()),)),
    ]


def test_one_queue_per_journal_retried_before_every_later_write(
    journal: Journal, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    knot = make_knot(clock)
    journal.add_knot(knot)
    failing = Failing(journal, "add_rating", monkeypatch)
    rating = Rating(knot.id, clock.now(), 5)
    journal.pending.save(PendingWrite("add_rating", (rating,)))
    assert len(journal.pending) == 1 and "the disk is full" in journal.pending.error
    failing.on = False
    clock.advance(60)
    journal.add_knot(make_knot(clock, label="Second"))  # any later write retries first
    assert len(journal.pending) == 0 and journal.pending.error == ""
    assert journal.ratings_for(knot.id).tenderness == (5,)
    assert failing.calls == 2


def test_writes_are_data_that_go_to_the_file_and_back(
    journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    writes = every_kind_of_write(journal, clock)
    path = tmp_path / "kept.json"
    recovery_file.write_recovery(path, writes)
    back = read_recovery(path)
    assert [w.row() for w in back] == [w.row() for w in writes]
    assert [w.operation for w in back] == [w.operation for w in writes]
    assert all(w.replayed for w in back)
    json.loads(path.read_text(encoding="utf-8"))  # plain JSON, readable by a person
    for write in back:
        journal.apply(write)
    for write in back:
        journal.apply(write)  # replayed twice (the file outlived a crash): no error, no twin
    assert journal.count("ratings") == 1 and journal.count("steps") == 1
    session = journal.session(writes[0].args[0].started)
    assert session is not None and session.state is SessionState.COMPLETED
    assert journal.check_in_on(date(2026, 3, 2)) == writes[-1].args[0]


def test_what_fails_at_quit_is_kept_privately_and_made_once_at_the_next_start(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    journal = open_journal(folder, clock)
    writes = every_kind_of_write(journal, clock)
    used: list[Path] = []
    real_atomic = recovery_file.atomic_write

    @contextmanager
    def spy(path: Path) -> Iterator[BinaryIO]:
        used.append(path)
        with real_atomic(path) as handle:
            yield handle

    monkeypatch.setattr(recovery_file, "atomic_write", spy)
    failing = {name: Failing(journal, name, monkeypatch) for name in ("start_session",)}
    for write in writes:
        journal.pending.save(write)
    assert len(journal.pending) == len(writes)
    journal.close()
    path = recovery_path(folder)
    assert used == [path] and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert failing["start_session"].calls >= 1

    again = open_journal(folder, clock)
    assert again.report.unsaved.found == len(writes) and again.report.unsaved.saved
    assert not path.exists() and len(again.pending) == 0
    assert again.count("sessions") == 1 and again.count("water") == 1
    again.close()
    third = open_journal(folder, clock)
    assert third.report.unsaved.found == 0 and third.count("water") == 1
    third.close()


def test_the_file_stays_until_its_rows_are_committed(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    journal = open_journal(folder, clock)
    writes = every_kind_of_write(journal, clock)
    journal.close()
    path = recovery_path(folder)
    recovery_file.write_recovery(path, writes)
    real_add = Journal._add
    failing = True

    def add(self: Journal, table: str, *rows: Any, skip_existing: bool = False) -> None:
        if failing:
            raise UnknotError("the disk is full")
        real_add(self, table, *rows, skip_existing=skip_existing)

    monkeypatch.setattr(Journal, "_add", add)
    again = open_journal(folder, clock)
    assert again.report.unsaved.found == len(writes) and not again.report.unsaved.saved
    assert "still wait to be saved" in again.report.unsaved.notice()
    assert path.exists() and len(again.pending) == len(writes)
    failing = False
    clock.advance(timedelta(minutes=1).total_seconds())
    again.close()  # the writes are made at close: only then does the file go
    assert not path.exists()
    last = open_journal(folder, clock)
    assert last.count("steps") == 1 and last.report.unsaved.found == 0
    last.close()


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": "unknot-unsaved-writes", "version": 1, "writes": [{"operation": "add_',
        b"not json at all",
        b'{"format": "something else", "version": 1, "writes": []}',
        json.dumps(
            {
                "format": "unknot-unsaved-writes",
                "version": 1,
                "writes": [
                    {"operation": "add_row", "table": "water", "row": {"at_utc": "x", "ml": 1}}
                ],
            }
        ).encode(),
        json.dumps(
            {
                "format": "unknot-unsaved-writes",
                "version": 1,
                "writes": [{"operation": "delete_knot", "row": {}}],
            }
        ).encode(),
    ],
)
def test_a_damaged_file_is_moved_aside_and_reported_never_dropped(
    tmp_path: Path, clock: FakeClock, content: bytes
) -> None:
    folder = tmp_path / "data"
    open_journal(folder, clock).close()
    path = recovery_path(folder)
    path.write_bytes(content)
    journal = open_journal(folder, clock)
    moved = journal.report.unsaved.moved_aside
    assert moved is not None and moved.parent == folder and moved.read_bytes() == content
    assert not path.exists()
    assert str(moved) in journal.report.unsaved.notice()
    assert "cannot be read" in journal.report.unsaved.damage
    journal.close()


def test_a_restore_makes_cached_answers_stale(
    tmp_path: Path, clock: FakeClock, journal: Journal
) -> None:
    empty = tmp_path / "empty.sqlite3"
    journal.backup_to(empty)
    journal.add_knot(make_knot(clock, status=KnotStatus.ACTIVE))
    settings = replace(Settings(), daily_session_on=True)
    desk = ReminderDesk(journal, clock, settings)
    today = clock.now().date()
    assert desk.wants_session(today) is True  # a new knot: its first session is due
    key = journal.change_key()
    restore_backup(journal, empty, tmp_path / "backups", clock.now())
    assert journal.change_key() != key
    assert journal.knots() == []
    assert desk.wants_session(today) is False  # not the answer cached from before


def test_an_unreadable_file_is_left_where_it_is_and_reported(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    open_journal(folder, clock).close()
    path = recovery_path(folder)
    path.write_bytes(b"{}")
    monkeypatch.setattr("core.journal.read_recovery", unreadable)
    journal = open_journal(folder, clock)
    assert journal.report.unsaved.moved_aside == path and path.read_bytes() == b"{}"
    assert str(path) in journal.report.unsaved.notice()
    journal.close()


def test_a_write_the_journal_refuses_for_good_is_set_aside_not_holding_up_the_rest(
    journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    gone = Rating(make_knot(clock).id, clock.now(), 5)  # its knot was deleted meanwhile
    glass = {"at_utc": to_utc_text(clock.now()), "ml": 250, "sample": False}
    journal.pending.keep([PendingWrite("add_rating", (gone,))])
    journal.pending.save(PendingWrite("add_row", ("water", glass)))
    assert len(journal.pending) == 0 and journal.count("water") == 1
    assert journal.pending.error.startswith("Not saved: ")
    journal.close()
    (kept,) = journal.path.parent.glob("unsaved-writes.refused-*.json")
    assert [w.row() for w in read_recovery(kept)] == [PendingWrite("add_rating", (gone,)).row()]
    assert not recovery_path(journal.path.parent).exists()  # never replayed by itself


def test_a_row_already_there_is_refused_for_good(journal: Journal, clock: FakeClock) -> None:
    knot = make_knot(clock)
    journal.add_knot(knot)
    rating = Rating(knot.id, clock.now(), 5)
    journal.add_rating(rating)
    journal.pending.save(PendingWrite("add_rating", (rating,)))  # the same key again
    assert len(journal.pending) == 0 and journal.pending.refused_writes
    assert journal.pending.error.startswith("Not saved: ")


def glass(clock: FakeClock, ml: int) -> PendingWrite:
    row = {"at_utc": to_utc_text(clock.now()), "ml": ml, "sample": False}
    return PendingWrite("add_row", ("water", row))


def test_a_recovery_file_not_read_at_start_is_never_replaced_at_quit(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was: unreadable at the start, left where it was, then replaced at quit by what
    waited then, so the writes it held were gone."""
    folder = tmp_path / "data"
    open_journal(folder, clock).close()
    first = recovery_path(folder)
    recovery_file.write_recovery(first, [glass(clock, 100)])
    kept = first.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr("core.journal.read_recovery", unreadable)
        journal = open_journal(folder, clock)
        assert journal.report.unsaved.moved_aside == first
        clock.advance(60)
        failing = Failing(journal, "add_row", patch)
        journal.pending.save(glass(clock, 200))
        journal.close()
    assert failing.calls >= 2 and first.read_bytes() == kept  # untouched
    second = folder / "unsaved-writes-2.json"
    assert [w.row()["ml"] for w in read_recovery(second)] == [200]

    again = open_journal(folder, clock)  # readable now: both, oldest first, then gone
    assert again.report.unsaved.found == 2 and again.report.unsaved.saved
    assert [ml for (ml,) in again._db.execute("SELECT ml FROM water ORDER BY rowid")] == [100, 200]
    assert recovery_file.recovery_files(folder) == []
    again.close()


def test_writes_kept_again_at_quit_go_to_a_new_file_and_the_old_ones_go(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    open_journal(folder, clock).close()
    recovery_file.write_recovery(recovery_path(folder), [glass(clock, 100)])
    recovery_file.write_recovery(folder / "unsaved-writes-3.json", [glass(clock, 150)])
    with monkeypatch.context() as patch:
        patch.setattr(Journal, "_add", disk_full)  # the disk is still full
        journal = open_journal(folder, clock)
        assert journal.report.unsaved.found == 2 and not journal.report.unsaved.saved
        journal.close()
    (only,) = recovery_file.recovery_files(folder)
    assert only.name == "unsaved-writes-4.json"  # after every name there, never over one
    assert [w.row()["ml"] for w in read_recovery(only)] == [100, 150]


def test_a_write_failing_for_an_unforeseen_reason_is_set_aside_at_close(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    """It was: the exception left close(), the refused writes were never kept and the
    connection never closed."""
    folder = tmp_path / "data"
    journal = open_journal(folder, clock)
    bug = PendingWrite("add_rating", (Rating(make_knot(clock).id, clock.now(), 5),))

    def add_rating(*_args: Any) -> None:
        raise RuntimeError("a bug in a write")

    monkeypatch.setattr(journal, "add_rating", add_rating)
    monkeypatch.setattr(journal, "add_row", disk_full)
    journal.pending.save(bug)  # the bug: set aside at once, the queue goes on
    assert journal.pending.error == "Not saved: something went wrong; see the log"
    journal.pending.save(glass(clock, 100))  # the disk: waits
    assert len(journal.pending) == 1 and journal.pending.refused_writes == [bug]
    monkeypatch.undo()
    journal.close()
    with pytest.raises(sqlite3.ProgrammingError):
        journal.count("water")  # closed
    assert "RuntimeError: a bug in a write" in caplog.text  # with its traceback
    (refused,) = folder.glob("unsaved-writes.refused-*.json")
    assert [w.row() for w in read_recovery(refused)] == [bug.row()]
    again = open_journal(folder, clock)
    assert again.count("water") == 1  # made at close
    again.close()


def test_close_always_closes_and_keeps_the_refused_writes(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    open_journal(folder, clock).close()
    recovery_file.write_recovery(recovery_path(folder), [glass(clock, 100)])
    with monkeypatch.context() as patch:
        patch.setattr(Journal, "_add", disk_full)
        journal = open_journal(folder, clock)
    gone = PendingWrite("add_rating", (Rating(make_knot(clock).id, clock.now(), 5),))
    journal.pending.keep([gone])  # its knot is gone: refused at close

    def locked(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", locked)
    journal.close()  # the file is written: removing it fails, and nothing else does
    monkeypatch.undo()
    with pytest.raises(sqlite3.ProgrammingError):
        journal.count("water")
    assert len(list(folder.glob("unsaved-writes.refused-*.json"))) == 1
    again = open_journal(folder, clock)  # replayed again: the row there is skipped
    assert again.count("water") == 1 and again.report.unsaved.saved
    again.close()
