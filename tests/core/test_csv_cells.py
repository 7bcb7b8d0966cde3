"""CSV files a spreadsheet opens never run a cell as a formula (OWASP's CSV injection),
and what was neutralised comes back exactly: numbers stay numbers, text as it was."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from core.clock import FakeClock
from core.csv_cells import FORMULA_STARTS, csv_cell, neutralise, restore
from core.exchange import export_csv, export_json, import_file
from core.progress import all_knots
from core.progress_csv import KNOT_COLUMNS, knots_table, write_csv
from core.records import TABLES, Rating
from tests.core.journal_helpers import START, make_knot, open_journal

HOSTILE = ["=1+2", "+x", "-3", "@A", "\tX", "\rX", "'=quoted", "''@twice", "'tis fine"]


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_text_that_a_spreadsheet_would_run_gets_an_apostrophe() -> None:
    assert [neutralise(text) for text in HOSTILE] == [
        "'=1+2",
        "'+x",
        "'-3",
        "'@A",
        "'\tX",
        "'\rX",
        "''=quoted",
        "'''@twice",
        "'tis fine",
    ]
    assert neutralise("Right upper trapezius") == "Right upper trapezius"
    assert [csv_cell(v) for v in (-3, -1.5, 0, None, "-3")] == [-3, -1.5, 0, "", "'-3"]


@given(st.text(alphabet=st.sampled_from([*FORMULA_STARTS, "'", "a", "1", " "]), max_size=8))
def test_restore_undoes_neutralise_exactly(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(FORMULA_STARTS)
    assert restore(safe) == text


def test_the_journal_csv_export_neutralises_text_and_json_round_trips(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path / "a", clock)
    for label in HOSTILE:
        knot = make_knot(clock, label, notes=label)
        journal.add_knot(knot)
        journal.add_rating(Rating(knot.id, clock.now(), 3))
        clock.advance(60)
    out = tmp_path / "csv"
    export_csv(journal, out)
    rows = read_rows(out / "knots.csv")
    columns = rows[0]
    labels = [row[columns.index("label")] for row in rows[1:]]
    assert sorted(labels) == sorted(neutralise(label) for label in HOSTILE)
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), row
    # Every cell of every table reads back as the journal holds it.
    for spec in TABLES:
        back = [[restore(cell) for cell in row] for row in read_rows(out / f"{spec.name}.csv")]
        wanted = [
            ["" if v is None else str(v) for v in row.values()]
            for row in journal.table_rows(spec.name)
        ]
        assert back[1:] == wanted, spec.name
    # The JSON export is not for spreadsheets: it keeps the text as it is, and imports back.
    export = tmp_path / "journal.json"
    export_json(journal, export, clock.now())
    target = open_journal(tmp_path / "b", clock)
    import_file(target, export)
    assert sorted(k.label for k in target.knots()) == sorted(HOSTILE)
    for spec in TABLES:
        assert list(target.table_rows(spec.name)) == list(journal.table_rows(spec.name))


def test_the_progress_csv_neutralises_labels_and_keeps_negative_numbers(tmp_path: Path) -> None:
    clock = FakeClock(START)
    journal = open_journal(tmp_path / "a", clock)
    for label in HOSTILE:
        knot = make_knot(clock, label)
        journal.add_knot(knot)
        journal.add_rating(Rating(knot.id, clock.now(), 8))
    clock.advance(15 * 86400)
    for knot in journal.knots():
        journal.add_rating(Rating(knot.id, clock.now(), 2))
    out = tmp_path / "progress.csv"
    table = knots_table(all_knots(journal, clock.now()))
    write_csv(out, KNOT_COLUMNS, table)
    rows = read_rows(out)
    knots = [row[KNOT_COLUMNS.index("knot")] for row in rows[1:]]
    assert sorted(knots) == sorted(neutralise(label) for label in HOSTILE)
    changes = {row[KNOT_COLUMNS.index("change_2_weeks")] for row in rows[1:]}
    assert changes == {"-6"}  # a number, not text: no apostrophe
    assert [[restore(cell) for cell in row] for row in rows[1:]] == [
        ["" if cell is None else str(cell) for cell in row] for row in table
    ]
