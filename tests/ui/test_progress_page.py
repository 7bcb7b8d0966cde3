"""The Progress page: knots most tender first with their changes, and the chosen knot's
plan and suggestion, with the safety text a click away."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.records import Rating, RatingContext
from tests.core.journal_helpers import make_knot
from ui.main_window import MainWindow
from ui.progress_page import ProgressPage, signed


def test_signed_changes() -> None:
    assert [signed(-2), signed(3), signed(0), signed(None)] == ["−2", "+3", "0", "—"]


def test_progress_lists_knots_and_shows_the_plan_and_the_numbers_behind_a_suggestion(
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = clock.now()
    rising = replace(make_knot(clock, "Left rhomboids"), onset=now.date() - timedelta(weeks=12))
    calm = make_knot(clock, "Right upper trapezius")
    journal.add_knot(rising)
    journal.add_knot(calm)
    for days_ago, tenderness in ((12, 3), (8, 4), (4, 6), (0, 7)):
        journal.add_rating(
            Rating(rising.id, now - timedelta(days=days_ago), tenderness, RatingContext.CHECK_IN)
        )
    journal.add_rating(Rating(calm.id, now, 2))
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    window.show_page("Progress")
    page = window.progress_page
    assert isinstance(page, ProgressPage)
    cells = [[page.table.item(r, c).text() for c in range(6)] for r in range(2)]
    assert cells[0][:5] == ["Left rhomboids", "7/10", "—", "—", "rising"]
    assert cells[0][5] == "not started: a session a week for 4–8 weeks"
    assert cells[1][:2] == ["Right upper trapezius", "2/10"]
    assert page.knot_title.text() == "Left rhomboids"
    assert page.due.text() == "A focused session is due today."
    assert page.suggestion.text() == (
        "Rising: consider seeing a professional: tenderness rose from 3 to 7 over the last 14 days."
    )
    shown: list[str] = []
    monkeypatch.setattr(window, "show_safety", lambda: shown.append("safety"))
    page.safety_requested.disconnect()
    page.safety_requested.connect(window.show_safety)
    page.safety_button.click()
    assert shown == ["safety"]
    page.table.setCurrentCell(1, 0)
    assert page.knot_title.text() == "Right upper trapezius"
    assert page.suggestion.text() == "Carry on with the plan"
    journal.add_rating(Rating(calm.id, now + timedelta(minutes=1), 5))
    page.refresh()
    assert page.knot_title.text() == "Right upper trapezius"  # the choice is kept


def test_progress_without_knots_says_where_to_start(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    window.show_page("Progress")
    page = window.progress_page
    assert not page.empty_label.isHidden() and page.table.isHidden()
