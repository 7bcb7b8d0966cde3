"""The daily check-in in the journal: the migration that adds it, one answer a day that
a new answer replaces, export and import, validation, sample data."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.clock import FakeClock
from core.exchange import ImportRefused, export_json, import_file
from core.journal import FILE_NAME, SCHEMA_VERSION, Journal, JournalWriteError
from core.records import TABLES, CheckIn
from core.validation import InvalidValue
from tests.core.journal_helpers import START, open_journal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DAY = START.date()


def rows_of(journal: Journal) -> dict[str, list[dict[str, Any]]]:
    return {spec.name: list(journal.table_rows(spec.name)) for spec in TABLES}


def write_doc(path: Path, rows: list[dict[str, Any]]) -> Path:
    doc = {"format": "unknot-journal", "version": 1, "tables": {"daily_check_ins": rows}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_version_1_journal_keeps_every_row_and_gains_the_table(tmp_path: Path) -> None:
    fixture = FIXTURES / "journal-v1.sqlite3"
    source = sqlite3.connect(f"{fixture.as_uri()}?mode=ro", uri=True)
    assert source.execute("PRAGMA user_version").fetchone()[0] == 1
    names = [r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert "daily_check_ins" not in names
    before = {name: source.execute(f"SELECT * FROM {name}").fetchall() for name in names}
    source.close()
    assert sum(len(rows) for rows in before.values()) >= 7

    shutil.copy(fixture, tmp_path / FILE_NAME)
    journal = Journal.open(tmp_path, FakeClock(START))
    assert journal.schema_version() == SCHEMA_VERSION == 2
    assert journal.report.moved_aside is None
    migrated = sqlite3.connect(tmp_path / FILE_NAME)
    for name, rows in before.items():
        assert migrated.execute(f"SELECT * FROM {name}").fetchall() == rows, name
    migrated.close()
    assert journal.count("daily_check_ins") == 0
    journal.set_check_in(CheckIn(DAY, 3, 6.5, START))
    assert journal.check_in_on(DAY) == CheckIn(DAY, 3, 6.5, START)


def test_a_new_answer_replaces_the_days_check_in(journal: Journal, clock: FakeClock) -> None:
    assert journal.check_in_on(DAY) is None
    journal.set_check_in(CheckIn(DAY, 6, None, clock.now()))
    assert journal.check_in_on(DAY) == CheckIn(DAY, 6, None, START)
    clock.advance(3600)
    journal.set_check_in(CheckIn(DAY, 4, 7.5, clock.now()))
    assert journal.count("daily_check_ins") == 1
    assert journal.check_in_on(DAY) == CheckIn(DAY, 4, 7.5, START + timedelta(hours=1))
    journal.set_check_in(CheckIn(DAY, None, 8.0, clock.now()))
    assert journal.check_in_on(DAY) == CheckIn(DAY, None, 8.0, START + timedelta(hours=1))


def test_check_ins_between_two_days_are_read_oldest_first(
    journal: Journal, clock: FakeClock
) -> None:
    days = [DAY - timedelta(days=n) for n in (0, 3, 1, 9)]
    for number, day in enumerate(days):
        journal.set_check_in(CheckIn(day, number, 7.0 + number, clock.now()))
    found = journal.check_ins(DAY - timedelta(days=3), DAY)
    assert [c.day for c in found] == sorted(days[:3])
    assert [c.stress for c in found] == [1, 2, 0]
    assert journal.check_ins(DAY + timedelta(days=1), DAY + timedelta(days=5)) == []
    assert journal.check_in_on(DAY - timedelta(days=2)) is None


@pytest.mark.parametrize(
    ("stress", "desk_hours", "message"),
    [
        (11, 7.0, r"^daily_check_ins\.stress: 11 is outside 0–10$"),
        (-1, 7.0, r"^daily_check_ins\.stress: -1 is outside 0–10$"),
        (4, 25.0, r"^daily_check_ins\.desk_hours: 25\.0 is outside 0–24$"),
        (None, None, r"^daily_check_ins: the check-in of 2026-03-02 needs stress or desk_hours"),
    ],
)
def test_out_of_range_answers_are_refused_and_nothing_is_written(
    journal: Journal, stress: int | None, desk_hours: float | None, message: str
) -> None:
    journal.set_check_in(CheckIn(DAY, 5, 8.0, START))
    with pytest.raises(InvalidValue, match=message):
        journal.set_check_in(CheckIn(DAY, stress, desk_hours, START + timedelta(hours=1)))
    assert journal.check_in_on(DAY) == CheckIn(DAY, 5, 8.0, START)


def test_export_and_import_carry_check_ins(tmp_path: Path) -> None:
    source = open_journal(tmp_path / "a")
    source.set_check_in(CheckIn(DAY, 4, 7.5, START))
    source.set_check_in(CheckIn(DAY - timedelta(days=1), None, 9.0, START - timedelta(days=1)))
    source.set_check_in(CheckIn(DAY - timedelta(days=2), 8, None, START - timedelta(days=2)))
    out = tmp_path / "export.json"
    assert export_json(source, out, START) == 3
    exported = json.loads(out.read_text(encoding="utf-8"))["tables"]["daily_check_ins"]
    assert exported[0] == {
        "day": "2026-02-28",
        "stress": 8,
        "desk_hours": None,
        "at_utc": "2026-02-28T09:00:00.000Z",
        "sample": 0,
    }
    target = open_journal(tmp_path / "b")
    target.set_check_in(CheckIn(DAY, 1, 2.0, START))  # the target's own answer for that day
    result = import_file(target, out)
    assert result.added["daily_check_ins"] == 2 and result.already_present == 1
    assert target.check_in_on(DAY) == CheckIn(DAY, 1, 2.0, START)  # never overwritten
    assert target.check_ins(DAY - timedelta(days=2), DAY - timedelta(days=1)) == source.check_ins(
        DAY - timedelta(days=2), DAY - timedelta(days=1)
    )
    again = import_file(target, out)
    assert again.added["daily_check_ins"] == 0
    fresh = open_journal(tmp_path / "c")
    import_file(fresh, out)
    assert rows_of(fresh) == rows_of(source)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("stress", 11, r"tables\.daily_check_ins\[0\]\.stress: 11 is outside 0–10$"),
        ("desk_hours", 25, r"tables\.daily_check_ins\[0\]\.desk_hours: 25 is outside 0–24$"),
        ("stress", 4.5, r"tables\.daily_check_ins\[0\]\.stress: 4\.5 is not a whole number$"),
        ("day", "2026-02-30", r"tables\.daily_check_ins\[0\]\.day: .* is not a date like"),
    ],
)
def test_import_refuses_a_bad_check_in_with_one_clear_line(
    journal: Journal, tmp_path: Path, column: str, value: object, message: str
) -> None:
    row = {"day": "2026-03-01", "stress": 3, "desk_hours": 7.5, "at_utc": "2026-03-01T17:00:00Z"}
    row = {**row, "sample": 0, column: value}
    with pytest.raises(ImportRefused, match=message) as refused:
        import_file(journal, write_doc(tmp_path / "bad.json", [row]))
    assert "\n" not in str(refused.value)
    assert journal.count("daily_check_ins") == 0


def test_an_imported_check_in_with_neither_answer_writes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    empty = {"day": "2026-03-01", "stress": None, "desk_hours": None}
    good = {"day": "2026-02-28", "stress": 2, "desk_hours": None}
    rows = [{**r, "at_utc": "2026-03-01T17:00:00.000Z", "sample": 0} for r in (good, empty)]
    with pytest.raises(JournalWriteError, match="a check-in needs stress or desk_hours"):
        import_file(journal, write_doc(tmp_path / "empty.json", rows))
    assert journal.count("daily_check_ins") == 0


def test_sample_check_ins_go_with_the_sample_data(journal: Journal, clock: FakeClock) -> None:
    journal.set_check_in(CheckIn(DAY, 2, 8.0, clock.now()))
    assert not journal.has_sample_data()
    yesterday = DAY - timedelta(days=1)
    journal.set_check_in(CheckIn(yesterday, 7, 9.5, clock.now(), sample=True))
    assert journal.has_sample_data()
    assert journal.remove_sample_data() == 1
    assert journal.check_ins(date(2026, 1, 1), DAY) == [CheckIn(DAY, 2, 8.0, START)]
