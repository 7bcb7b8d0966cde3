"""The journal's records, transactions, durability and schema."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.journal import FILE_NAME, SCHEMA_VERSION
from core.journal_rows import UnknownReference
from core.records import (
    TABLES,
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
    new_id,
)
from core.validation import InvalidValue
from tests.core.journal_helpers import START, make_knot, open_journal


def test_new_journal_is_private_wal_with_foreign_keys(tmp_path: Path) -> None:
    journal = open_journal(tmp_path)
    path = tmp_path / FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert journal.schema_version() == SCHEMA_VERSION
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()
    with pytest.raises(UnknownReference, match="knot_id: no knot with id"):
        journal.add_rating(Rating(new_id(), START, 5))  # a knot that does not exist
    with pytest.raises(InvalidValue, match=r"ratings\.tenderness: 11 is outside 0–10"):
        journal.add_rating(Rating(new_id(), START, 11))


def test_schema_matches_the_table_spec(tmp_path: Path) -> None:
    open_journal(tmp_path).close()
    connection = sqlite3.connect(tmp_path / FILE_NAME)
    for spec in TABLES:
        stored = {r[1] for r in connection.execute(f"PRAGMA table_info({spec.name})")}
        assert set(spec.db_names()) <= stored, spec.name
        assert stored - set(spec.db_names()) <= {"id"}, spec.name  # internal row ids only
    connection.close()


def test_knots_and_ratings_round_trip_with_utc_times(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path, clock)
    knot = make_knot(clock, onset=date(2025, 12, 1), notes="after long calls")
    journal.add_knot(knot)
    for tenderness in (7, 6, 4):
        clock.advance(86400)
        journal.add_rating(Rating(knot.id, clock.now(), tenderness, RatingContext.CHECK_IN))
    assert journal.knots() == [knot]
    history = journal.ratings_for(knot.id)
    assert history.tenderness == (7, 6, 4)
    assert history.rating(0).at == START + timedelta(days=1)
    assert history.rating(0).at.utcoffset() == timedelta(0)
    assert history.rating(-1) == Rating(knot.id, START + timedelta(days=3), 4)
    stored = sqlite3.connect(tmp_path / FILE_NAME).execute("SELECT at_ms FROM ratings").fetchone()
    assert stored[0] == 1772528400000  # 2026-03-03 09:00 UTC in milliseconds


def test_update_status_and_delete_knot(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path, clock)
    knot = make_knot(clock)
    journal.add_knot(knot)
    journal.add_rating(Rating(knot.id, clock.now(), 5))
    from dataclasses import replace

    journal.update_knot(replace(knot, status=KnotStatus.RESOLVED, notes="gone"))
    assert journal.knots([KnotStatus.ACTIVE]) == []
    assert journal.knots([KnotStatus.RESOLVED])[0].notes == "gone"
    journal.delete_knot(knot.id)
    assert journal.knots() == [] and journal.count("ratings") == 0


def test_a_failed_write_leaves_nothing_half_written(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path, clock)
    knot = make_knot(clock)
    journal.add_knot(knot)
    treatment = Treatment(date(2026, 3, 1), TreatmentKind.DEEP_TISSUE, (knot.id, new_id()))
    with pytest.raises(UnknownReference):
        journal.add_treatment(treatment)
    assert journal.count("treatments") == 0 and journal.count("treatment_knots") == 0


def test_each_step_is_saved_as_it_ends_and_open_sessions_become_interrupted(
    tmp_path: Path,
) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path, clock)
    knot = make_knot(clock)
    journal.add_knot(knot)
    session = Session("Today's knots", clock.now())
    journal.start_session(session)
    for _ in range(3):
        started = clock.now()
        clock.advance(61)
        journal.add_step(
            StepDone(
                session.started,
                StepKind.HOLD,
                started,
                60,
                61,
                "upper_trapezius",
                Side.RIGHT,
                knot.id,
            )
        )
    # The app dies here: the connection is simply dropped, the session never ended.
    del journal
    reopened = open_journal(tmp_path, FakeClock(START + timedelta(hours=5)))
    assert reopened.report.interrupted_sessions == 1
    kept = reopened.session(session.started)
    assert kept is not None and kept.state is SessionState.INTERRUPTED
    assert kept.ended == START + timedelta(seconds=3 * 61)
    assert len(reopened.steps_of(session.started)) == 3


def test_completed_session_is_left_alone(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path, clock)
    session = Session("Neck and shoulders", clock.now())
    journal.start_session(session)
    clock.advance(600)
    journal.end_session(session.started, SessionState.COMPLETED, clock.now())
    journal.close()
    reopened = open_journal(tmp_path)
    assert reopened.report.interrupted_sessions == 0
    assert reopened.session(session.started).state is SessionState.COMPLETED  # type: ignore[union-attr]


def test_weekly_summary_groups_by_local_monday(tmp_path: Path) -> None:
    clock = FakeClock(START)  # Monday 2 March 2026, 09:00 UTC
    journal = open_journal(tmp_path, clock)
    knot = make_knot(clock)
    journal.add_knot(knot)
    session = Session("s", clock.now())
    journal.start_session(session)
    journal.add_rating(Rating(knot.id, clock.now(), 6))
    journal.add_step(StepDone(session.started, StepKind.HOLD, clock.now(), 60, 90, knot_id=knot.id))
    journal.add_rating(Rating(knot.id, START + timedelta(days=6, hours=14), 4))  # Sun 23:00 UTC
    weeks = journal.weekly_summary(timedelta(0))
    assert [(w.week_start, w.ratings, w.mean_tenderness, w.hold_seconds) for w in weeks] == [
        (date(2026, 3, 2), 2, 5.0, 90)
    ]
    # Two hours east of UTC, Sunday 23:00 UTC is already Monday: a second week.
    east = journal.weekly_summary(timedelta(hours=2))
    assert [w.week_start for w in east] == [date(2026, 3, 2), date(2026, 3, 9)]


def test_sample_rows_are_removed_in_one_step_and_user_rows_stay(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path, clock)
    mine = make_knot(clock, "Left rhomboids")
    sample = make_knot(clock, sample=True)
    journal.add_knot(mine)
    journal.add_knot(sample)
    journal.add_rating(Rating(sample.id, clock.now(), 5, sample=True))
    journal.add_rating(Rating(mine.id, clock.now(), 3))
    assert journal.has_sample_data()
    assert journal.remove_sample_data() == 2
    assert not journal.has_sample_data()
    assert journal.knots() == [mine] and journal.count("ratings") == 1


def test_latest_tenderness_of_active_knots(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path, clock)
    sore, calm, unrated = make_knot(clock, "a"), make_knot(clock, "b"), make_knot(clock, "c")
    gone = make_knot(clock, "d", status=KnotStatus.RESOLVED)
    for knot in (sore, calm, unrated, gone):
        journal.add_knot(knot)
    for knot, values in ((sore, (3, 8)), (calm, (6, 2)), (gone, (5,))):
        for value in values:
            clock.advance(60)
            journal.add_rating(Rating(knot.id, clock.now(), value))
    assert journal.latest_tenderness() == {sore.id: 8, calm.id: 2}
