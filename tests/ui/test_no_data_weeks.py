"""Progress's self-care grid and the report's self-care table say "no data" for a week
before the journal began, not "0/7 days" (issue 17)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.core.test_factors import week
from ui.report_pdf import self_care_row
from ui.self_care_box import week_cells


def test_a_week_before_the_journal_says_no_data() -> None:
    before = replace(week(date(2026, 3, 16)), before_journal=True)
    assert week_cells(before, None) == ("no data",) * 4 + ("—",) * 3
    assert self_care_row(before)[1:] == ("no data",) * 4 + ("–", "–")
    begun = week(date(2026, 3, 23))
    assert week_cells(begun, None)[:2] == ("0/7 days", "0")
    assert self_care_row(begun)[1] == "0 of 7 days"
