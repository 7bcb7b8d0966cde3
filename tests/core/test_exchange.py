"""Export and import: the versioned JSON format, CSV tables, and every refusal."""

from __future__ import annotations

import csv
import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.clock import FakeClock
from core.errors import UnknotError
from core.exchange import (
    FORMAT_VERSION,
    MAX_IMPORT_BYTES,
    ImportRefused,
    ImportResult,
    export_csv,
    export_json,
    import_file,
)
from core.journal import Journal
from core.records import TABLES, Rating, Session, StepDone, StepKind, new_id, to_utc_text
from tests.core.journal_helpers import START, make_knot, open_journal


def filled_journal(folder: Path) -> Journal:
    clock = FakeClock(START)
    journal = open_journal(folder, clock)
    knot = make_knot(clock, notes="“sore” after calls — ü ✓")
    journal.add_knot(knot)
    journal.add_rating(Rating(knot.id, clock.now(), 7))
    session = Session("Today's knots", clock.now())
    journal.start_session(session)
    journal.add_step(StepDone(session.started, StepKind.HOLD, clock.now(), 60, 64, knot_id=knot.id))
    journal.add_row("water", {"at_utc": to_utc_text(clock.now()), "ml": 250, "sample": 0})
    return journal


def tables_of(journal: Journal) -> dict[str, list[dict[str, Any]]]:
    return {spec.name: list(journal.table_rows(spec.name)) for spec in TABLES}


def write_doc(path: Path, tables: dict[str, Any], version: Any = FORMAT_VERSION) -> Path:
    path.write_text(json.dumps({"format": "unknot-journal", "version": version, "tables": tables}))
    return path


def test_export_import_export_gives_the_same_data(tmp_path: Path) -> None:
    source = filled_journal(tmp_path / "a")
    out = tmp_path / "export.json"
    assert export_json(source, out, START) == 5
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    target = open_journal(tmp_path / "b")
    result = import_file(target, out)
    assert result.added == {name: len(rows) for name, rows in tables_of(source).items()}
    assert tables_of(target) == tables_of(source)
    again = import_file(target, out)  # importing twice adds nothing the second time
    assert sum(again.added.values()) == 0 and again.already_present == 5
    assert tables_of(target) == tables_of(source)


def test_export_refuses_to_overwrite_and_names_the_path(tmp_path: Path) -> None:
    journal = filled_journal(tmp_path / "a")
    out = tmp_path / "x.json"
    out.write_text("my earlier export")
    with pytest.raises(UnknotError, match=r"x\.json: already exists"):
        export_json(journal, out, START)
    assert out.read_text() == "my earlier export"
    with pytest.raises(UnknotError, match="no such folder"):
        export_json(journal, tmp_path / "nope" / "x.json", START)


def test_csv_export_writes_one_file_per_table_with_headers(tmp_path: Path) -> None:
    journal = filled_journal(tmp_path / "a")
    out = tmp_path / "csv"
    export_csv(journal, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.name}.csv" for t in TABLES)
    with (out / "ratings.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(next(t for t in TABLES if t.name == "ratings").column_names())
    assert rows[1][3] == "7"
    knots = (out / "knots.csv").read_text(encoding="utf-8")
    assert "“sore” after calls — ü ✓" in knots
    assert stat.S_IMODE((out / "knots.csv").stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def valid_tables() -> dict[str, Any]:
    knot_id = new_id()
    return {
        "knots": [
            {
                "id": knot_id,
                "created_utc": "2026-03-02T09:00:00.000Z",
                "view": "back",
                "x": 0.4,
                "y": 0.2,
                "muscle": "upper_trapezius",
                "side": "right",
                "label": "Right upper trapezius",
                "activity": "active",
                "depth": "deep",
                "onset": "2025-10-01",
                "status": "active",
                "notes": "",
                "sample": 0,
            }
        ],
        "ratings": [
            {
                "knot_id": knot_id,
                "at_utc": "2026-03-02T09:00:00.000Z",
                "context": "check_in",
                "tenderness": 6,
                "session_utc": None,
                "sample": 0,
            }
        ],
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda t: t["ratings"][0].update(tenderness=11),
            r"tables\.ratings\[0\]\.tenderness: 11 is outside 0–10",
        ),
        (lambda t: t["ratings"][0].update(tenderness=-1), "is outside 0–10"),
        (lambda t: t["ratings"][0].update(tenderness=5.5), "is not a whole number"),
        (
            lambda t: t["ratings"][0].update(knot_id=new_id()),
            r"ratings\[0\]\.knot_id: refers to knot",
        ),
        (lambda t: t["knots"][0].update(x=2), r"knots\[0\]\.x: 2 is outside 0–1"),
        (lambda t: t["knots"][0].update(view="side"), "is not one of front, back"),
        (lambda t: t["knots"][0].update(notes="x" * 20_000), "longer than 10000"),
        (lambda t: t["knots"][0].update(id="abc"), "is not an id"),
        (
            lambda t: t["ratings"][0].update(session_utc="2026-03-02T08:00:00.000Z"),
            r"ratings\[0\]\.session_utc: refers to session 2026-03-02T08:00:00.000Z",
        ),
        (lambda t: t["knots"][0].update(created_utc="yesterday"), "is not a UTC time"),
        (lambda t: t["knots"][0].pop("label"), r"knots\[0\]\.label: missing"),
        (lambda t: t["knots"][0].update(colour="red"), "not a column"),
        (lambda t: t.update(secrets=[]), "not a journal table"),
        (lambda t: t["knots"].append(dict(t["knots"][0])), "appears twice"),
        (
            lambda t: t.update(
                steps=[
                    {
                        "session_utc": "2026-03-02T09:00:00.000Z",
                        "started_utc": "2026-03-02T09:00:00.000Z",
                        "kind": "hold",
                        "knot_id": None,
                        "muscle": "",
                        "side": "both",
                        "planned_s": 60,
                        "actual_s": -5,
                        "sample": 0,
                    }
                ]
            ),
            r"steps\[0\]\.actual_s: -5 is outside",
        ),
    ],
)
def test_import_refuses_bad_values_with_what_and_where(
    tmp_path: Path, change: Any, message: str
) -> None:
    journal = open_journal(tmp_path / "j")
    tables = valid_tables()
    change(tables)
    path = write_doc(tmp_path / "in.json", tables)
    with pytest.raises(ImportRefused, match=message) as refused:
        import_file(journal, path)
    assert str(refused.value).startswith(str(path))
    assert "\n" not in str(refused.value)
    assert all(journal.count(t.name) == 0 for t in TABLES)  # nothing written


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"format": "unknot-journal", "version": 1, "tables": {',
            r"in\.json:1:\d+: not valid JSON",
        ),
        (b"\xff\xfe garbage", "not UTF-8"),
        (b'{"format": "unknot-journal", "version": 99, "tables": {}}', "unknown format version 99"),
        (b'{"format": "something-else"}', "not an Unknot journal export"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply|not an Unknot"),
        (
            b'{"format": "unknot-journal", "version": 1, "tables": {"water": [{"ml": '
            + b"9" * 5000
            + b"}]}}",
            "not valid JSON|not a",
        ),
        (
            b'{"format": "unknot-journal", "version": 1, "tables": {"water": [{"ml": NaN}]}}',
            "not valid JSON",
        ),
    ],
    ids=[
        "malformed",
        "not-utf8",
        "future-version",
        "foreign",
        "deep-nesting",
        "huge-number",
        "nan",
    ],
)
def test_import_refuses_bad_files(tmp_path: Path, content: bytes, message: str) -> None:
    journal = open_journal(tmp_path / "j")
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=message):
        import_file(journal, path)


def test_import_refuses_a_too_large_file_before_reading_it(tmp_path: Path) -> None:
    journal = open_journal(tmp_path / "j")
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: large on paper, cheap on disk
    with pytest.raises(ImportRefused, match="larger than the 64 MB"):
        import_file(journal, path)


def test_import_may_refer_to_knots_already_in_the_journal(tmp_path: Path) -> None:
    journal = filled_journal(tmp_path / "j")
    knot_id = journal.knots()[0].id
    rating = {
        "knot_id": knot_id,
        "at_utc": "2026-03-09T09:00:00.000Z",
        "context": "after_hold",
        "tenderness": 4,
        "session_utc": None,
        "sample": 0,
    }
    result = import_file(journal, write_doc(tmp_path / "in.json", {"ratings": [rating]}))
    assert result.added["ratings"] == 1
    assert [r.tenderness for r in journal.ratings_for(knot_id)] == [7, 4]


def test_rows_are_known_by_what_they_are_so_a_merge_adds_only_new_ones(tmp_path: Path) -> None:
    journal = filled_journal(tmp_path / "j")
    out = tmp_path / "e.json"
    export_json(journal, out, START)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["tables"]["ratings"][0]["tenderness"] = 2  # same knot, moment and context
    document["tables"]["water"].append(
        {"at_utc": "2026-03-02T12:00:00.000Z", "ml": 330, "sample": 0}
    )
    out.unlink()
    out.write_text(json.dumps(document))
    result = import_file(journal, out)
    assert result.added == {name: (1 if name == "water" else 0) for name in result.added}
    assert [r.tenderness for r in journal.ratings_for(journal.knots()[0].id)] == [7]  # kept


# ------------------------------------------------------------------ the round-trip property

texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))


@st.composite
def journals(draw: st.DrawFn) -> dict[str, list[dict[str, Any]]]:
    knots = []
    for _ in range(draw(st.integers(0, 4))):
        knots.append(
            {
                "id": new_id(),
                "created_utc": to_utc_text(draw(moments)),
                "view": draw(st.sampled_from(["front", "back"])),
                "x": draw(st.floats(0, 1)),
                "y": draw(st.floats(0, 1)),
                "muscle": draw(texts),
                "side": draw(st.sampled_from(["left", "right", "both", "centre"])),
                "label": draw(texts),
                "activity": draw(st.sampled_from(["active", "latent"])),
                "depth": draw(st.sampled_from(["superficial", "deep"])),
                "onset": draw(st.none() | st.dates().map(lambda d: d.isoformat())),
                "status": draw(st.sampled_from(["active", "resolved", "archived"])),
                "notes": draw(texts),
                "sample": draw(st.sampled_from([0, 1])),
            }
        )
    sessions = {
        to_utc_text(moment): {
            "started_utc": to_utc_text(moment),
            "ended_utc": draw(st.none() | moments.map(to_utc_text)),
            "routine": draw(texts),
            "state": draw(st.sampled_from(["open", "completed", "interrupted", "aborted"])),
            "sample": 0,
        }
        for moment in draw(st.lists(moments, max_size=3))
    }
    session_keys = st.none() | st.sampled_from(sorted(sessions)) if sessions else st.none()
    ratings = {
        (row["knot_id"], row["at_utc"], row["context"]): row
        for row in (
            {
                "knot_id": draw(st.sampled_from([k["id"] for k in knots])),
                "at_utc": to_utc_text(draw(moments)),
                "context": draw(st.sampled_from(["before_hold", "after_hold", "check_in"])),
                "tenderness": draw(st.integers(0, 10)),
                "session_utc": draw(session_keys),
                "sample": 0,
            }
            for _ in range(draw(st.integers(0, 6) if knots else st.just(0)))
        )
    }
    water = {
        to_utc_text(moment): {
            "at_utc": to_utc_text(moment),
            "ml": draw(st.integers(1, 5000)),
            "sample": 0,
        }
        for moment in draw(st.lists(moments, max_size=3))
    }
    notes = {
        to_utc_text(moment): {"at_utc": to_utc_text(moment), "text": draw(texts), "sample": 0}
        for moment in draw(st.lists(moments, max_size=3))
    }
    return {
        "knots": knots,
        "sessions": list(sessions.values()),
        "ratings": list(ratings.values()),
        "water": list(water.values()),
        "notes": list(notes.values()),
    }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=journals())
def test_round_trip_property(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, Any]
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    first = open_journal(folder / "a")
    first.insert_rows(data)
    out = folder / "e.json"
    export_json(first, out, START + timedelta(days=1))
    second = open_journal(folder / "b")
    import_file(second, out)
    assert tables_of(second) == tables_of(first)


def test_every_table_and_column_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "journal-format.md").read_text(
        encoding="utf-8"
    )
    for spec in TABLES:
        section = doc.split(f"### `{spec.name}`", 1)
        assert len(section) == 2, spec.name
        body = section[1].split("### ", 1)[0]
        for column in spec.columns:
            assert f"| `{column.name}` |" in body, f"{spec.name}.{column.name}"


def test_an_import_result_counts_in_words_one_and_many() -> None:
    one = ImportResult({"knots": 1, "ratings": 2, "water": 1, "steps": 0}, already_present=1)
    assert one.describe() == (
        "added 1 knot, 2 ratings, 1 water entry; 1 row was already in the journal"
    )
    many = ImportResult({"daily_check_ins": 3}, already_present=0)
    assert many.describe() == "added 3 daily check-ins; 0 rows were already in the journal"
