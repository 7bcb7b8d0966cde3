"""Daily backups with the online backup API, rotation, and restore that keeps what was there."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.backups import (
    INDEX,
    backup_if_due,
    daily_backups,
    days_to_keep,
    newest_backup,
    next_backup_due,
    restore_backup,
)
from core.clock import FakeClock
from core.errors import UnknotError
from core.records import Rating
from tests.core.journal_helpers import START, make_knot, open_journal


def test_one_backup_a_day_private_and_complete(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path / "data", clock)
    knot = make_knot(clock)
    journal.add_knot(knot)
    folder = tmp_path / "data" / "backups"
    first = backup_if_due(journal, folder, date(2026, 3, 2))
    assert first == folder / "journal-2026-03-02.sqlite3"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert backup_if_due(journal, folder, date(2026, 3, 2)) is None  # at most once a day
    copy = sqlite3.connect(first)
    assert copy.execute("SELECT label FROM knots").fetchall() == [("Right upper trapezius",)]
    assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
    copy.close()
    assert not list(folder.glob("*.partial"))


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    journal = open_journal(tmp_path / "data", FakeClock(START))
    folder = tmp_path / "backups"
    day = date(2026, 1, 1)
    for offset in range(60):
        backup_if_due(journal, folder, day + timedelta(days=offset))
    kept = sorted(daily_backups(folder))
    last = day + timedelta(days=59)
    assert kept[-7:] == [last - timedelta(days=n) for n in range(6, -1, -1)]
    weekly = kept[:-7]
    assert len(weekly) == 4
    assert len({d.isocalendar()[:2] for d in weekly}) == 4
    assert newest_backup(folder) == folder / f"journal-{last.isoformat()}.sqlite3"


def test_days_to_keep_with_gaps() -> None:
    days = [date(2026, 1, 1) + timedelta(days=3 * n) for n in range(30)]
    keep = days_to_keep(days)
    assert len(keep) == 11
    assert set(sorted(days)[-7:]) <= keep


def test_rotation_never_touches_other_files(tmp_path: Path) -> None:
    journal = open_journal(tmp_path / "data", FakeClock(START))
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = folder / "journal-before-restore-20260101-000000.sqlite3"
    mine.write_bytes(b"keep me")
    for offset in range(30):
        backup_if_due(journal, folder, date(2026, 1, 1) + timedelta(days=offset))
    assert mine.read_bytes() == b"keep me"


def test_restore_first_backs_up_the_current_journal(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path / "data", clock)
    old_knot = make_knot(clock, "Left rhomboids")
    journal.add_knot(old_knot)
    folder = tmp_path / "data" / "backups"
    backup = backup_if_due(journal, folder, date(2026, 3, 2))
    assert backup is not None
    new_knot = make_knot(clock, "Right infraspinatus")
    journal.add_knot(new_knot)
    journal.add_rating(Rating(new_knot.id, clock.now(), 6))
    clock.advance(3600)
    safety = restore_backup(journal, backup, folder, clock.now())
    assert [k.label for k in journal.knots()] == ["Left rhomboids"]
    saved = sqlite3.connect(safety)
    assert saved.execute("SELECT count(*) FROM knots").fetchone() == (2,)
    saved.close()
    journal.add_rating(Rating(old_knot.id, clock.now(), 4))  # still a working journal
    journal.close()
    assert [k.label for k in open_journal(tmp_path / "data").knots()] == ["Left rhomboids"]


def test_restoring_a_bad_backup_changes_nothing(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path / "data", clock)
    journal.add_knot(make_knot(clock))
    bad = tmp_path / "journal-2026-01-01.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UnknotError, match="cannot restore this backup"):
        restore_backup(journal, bad, tmp_path / "backups", clock.now())
    assert len(journal.knots()) == 1
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_next_backup_is_due_just_after_the_coming_local_midnight() -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    assert next_backup_due(datetime(2026, 3, 2, 23, 59, tzinfo=berlin)) == datetime(
        2026, 3, 3, 0, 5, tzinfo=berlin
    )
    assert next_backup_due(datetime(2026, 3, 2, 0, 1, tzinfo=UTC)) == datetime(
        2026, 3, 3, 0, 5, tzinfo=UTC
    )


def test_a_backup_made_while_the_clock_said_2099_never_crowds_out_the_real_ones(
    tmp_path: Path,
) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path / "data", clock)
    folder = tmp_path / "data" / "backups"
    made: list[Path] = []

    def daily() -> None:
        backup = backup_if_due(journal, folder, clock.now().date())
        assert backup is not None
        made.append(backup)
        clock.advance(86400)

    for _ in range(10):
        daily()
    wrong = clock.now().replace(year=2099) - clock.now()
    clock.jump_wall(wrong)  # someone set the year wrong for a day
    daily()
    assert made[-1].name == "journal-2099-03-12.sqlite3"
    clock.jump_wall(-wrong)
    for count in range(1, 10):
        daily()
        assert newest_backup(folder) == made[-1]  # the last made, not the 2099 one
        real = [p for p in made if "2099" not in p.name]
        assert set(real[-7:]) <= set(daily_backups(folder).values()), count
    # Eight real backups since the wrong one: it is gone, the real weeks stay.
    kept = sorted(daily_backups(folder))
    assert all(day.year == 2026 for day in kept)
    real_days = [date.fromisoformat(p.name[8:18]) for p in made if "2099" not in p.name]
    assert kept == sorted(days_to_keep(real_days))
    assert kept[-7:] == real_days[-7:] and len(kept) == 7 + 1  # and the week before


def test_a_clock_set_back_to_2001_for_a_day_does_not_end_the_real_weeks(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path / "data", clock)
    folder = tmp_path / "backups"
    for _ in range(20):
        backup_if_due(journal, folder, clock.now().date())
        clock.advance(86400)
    wrong = clock.now().replace(year=2001) - clock.now()
    clock.jump_wall(wrong)
    backup_if_due(journal, folder, clock.now().date())
    assert newest_backup(folder) == folder / "journal-2001-03-22.sqlite3"
    clock.jump_wall(-wrong)
    real_days = [date(2026, 3, 2) + timedelta(days=n) for n in range(20)]
    for _ in range(10):
        clock.advance(86400)
        backup_if_due(journal, folder, clock.now().date())
        real_days.append(clock.now().date())
        assert daily_backups(folder).keys() - {date(2001, 3, 22)} == days_to_keep(real_days)
    kept = sorted(daily_backups(folder))
    assert all(day.year == 2026 for day in kept)
    assert len(kept) == 7 + 3  # the weeks of March before the last seven days
    assert newest_backup(folder) == folder / f"journal-{clock.now().date().isoformat()}.sqlite3"


def test_backups_an_older_unknot_made_are_ordered_by_date_before_the_new_ones(
    tmp_path: Path,
) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path / "data", clock)
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in ("2026-02-27", "2026-02-28"):
        (folder / f"journal-{day}.sqlite3").write_bytes(b"an older backup")
    assert newest_backup(folder) == folder / "journal-2026-02-28.sqlite3"
    (folder / INDEX).write_text("{not a list of backups")
    first = backup_if_due(journal, folder, date(2026, 3, 2))
    assert newest_backup(folder) == first
    damaged = [p.name for p in folder.iterdir() if p.name.startswith("made.damaged-")]
    assert len(damaged) == 1  # the damaged index is kept aside, not overwritten
    assert (folder / damaged[0]).read_text() == "{not a list of backups"
