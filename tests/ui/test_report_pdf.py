"""The report for a therapist: a real PDF of one to three pages, read back with QtPdf,
with every knot's muscle in its text; and what happens when it cannot be written."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from core.body import catalogue
from core.clock import FakeClock
from core.demo import fill_demo
from core.errors import UnknotError
from core.journal import Journal
from core.records import Rating, View
from core.report_data import report_data
from tests.core.journal_helpers import make_knot
from ui.report_pdf import MAX_PAGES, write_report


def read_pdf(path: Path) -> list[str]:
    """The text of each page."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    texts = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return texts


def test_the_demo_report_has_every_knots_muscle_and_the_self_care(
    qapp: object, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    fill_demo(journal, weeks=8)
    data = report_data(journal, clock.now(), clock.zone(), 8, 2000)
    out = tmp_path / "report.pdf"
    count = write_report(data, out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pages = read_pdf(out)
    assert len(pages) == count and 2 <= count <= MAX_PAGES  # seven knots' charts: page 2
    text = "\n".join(pages)
    for knot in journal.knots():
        assert catalogue().muscle(knot.muscle).name in text
    assert "a report for your therapist" in pages[0]
    assert "Knots, most tender first" in pages[0]
    assert data.period in pages[0]
    assert "Self-care between sessions" in text
    assert "Trigger-point therapy" in text  # the demo's treatments
    assert "not a diagnosis" in pages[-1]
    assert not list(tmp_path.glob(".*partial"))


def test_a_single_knot_fits_on_one_page(
    qapp: object, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    knot = make_knot(clock, "Right upper trapezius")
    journal.add_knot(knot)
    journal.add_rating(Rating(knot.id, clock.now() - timedelta(days=2), 6))
    out = tmp_path / "one.pdf"
    pages = write_report(report_data(journal, clock.now(), clock.zone(), 1, 2000), out)
    assert pages == 1
    assert "Upper trapezius" in read_pdf(out)[0]


def test_a_crowded_journal_is_cut_at_three_pages_and_says_so(
    qapp: object, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    fill_demo(journal, weeks=8)
    for region in list(catalogue().regions(View.BACK))[:20]:
        left, top, right, bottom = region.bounds
        knot = replace(
            make_knot(clock, region.label),
            muscle=region.muscle.id,
            side=region.side,
            x=(left + right) / 800,
            y=(top + bottom) / 2000,
            notes="Worse after long calls; easier after a walk. " * 4,
        )
        journal.add_knot(knot)
        for day in range(0, 56, 2):
            journal.add_rating(Rating(knot.id, clock.now() - timedelta(days=day), day % 9))
    out = tmp_path / "long.pdf"
    assert write_report(report_data(journal, clock.now(), clock.zone(), 8, 2000), out) == 3
    pages = read_pdf(out)
    assert len(pages) == MAX_PAGES
    assert "did not fit on three pages" in pages[-1]


def test_a_place_that_cannot_be_written_is_one_clear_error_and_leaves_nothing(
    qapp: object, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    blocker = folder / "a-file"
    blocker.write_text("not a folder")  # so a-file/r.pdf cannot be created, even by root
    data = report_data(journal, clock.now(), clock.zone(), 4, 2000)
    with pytest.raises(UnknotError, match="cannot write the report"):
        write_report(data, blocker / "r.pdf")
    assert [p.name for p in folder.iterdir()] == ["a-file"]


def test_a_name_that_is_not_utf8_gets_a_private_whole_pdf_and_nothing_else(
    qapp: object, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    import os

    from ui.report_pdf import pdf_problem

    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / os.fsdecode(b"r\xe9sum\xe9.pdf")  # Latin-1 bytes, as on an old disk
    pages = write_report(report_data(journal, clock.now(), clock.zone(), 4, 2000), out)
    assert [os.fsencode(p.name) for p in folder.iterdir()] == [b"r\xe9sum\xe9.pdf"]  # no .partial
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert pdf_problem(out.read_bytes(), pages) == ""
    assert "cut short" in pdf_problem(out.read_bytes()[:-200], pages)
    assert "has 1 of 2 pages" in pdf_problem(out.read_bytes(), 2)


def test_notes_and_labels_with_a_right_to_left_override_are_isolated_in_the_report(
    qapp: object,
    journal: Journal,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from core.bidi import FSI, PDI
    from ui.report_pdf import ReportCanvas

    knot = replace(make_knot(clock, "abc\u202edef"), notes="sore \u202eafter calls")
    journal.add_knot(knot)
    journal.add_rating(Rating(knot.id, clock.now() - timedelta(days=2), 6))
    drawn: list[str] = []
    real_text = ReportCanvas.text

    def text(self: ReportCanvas, words: str, *args: object, **kwargs: object) -> None:
        drawn.append(words)
        real_text(self, words, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ReportCanvas, "text", text)
    write_report(report_data(journal, clock.now(), clock.zone(), 1, 2000), tmp_path / "r.pdf")
    (note,) = [line for line in drawn if "after calls" in line]
    assert note.startswith(f"{FSI}1. abc\u202edef{PDI}, ")
    assert note.endswith(f": {FSI}sore \u202eafter calls{PDI}")
    labelled = [line for line in drawn if "abc\u202edef" in line]
    assert len(labelled) >= 2  # the notes and the plan guidance at least
    for line in labelled:  # wherever the label is drawn inside a line, it is isolated
        assert f"abc\u202edef{PDI}" in line and FSI in line.split("abc")[0], line
