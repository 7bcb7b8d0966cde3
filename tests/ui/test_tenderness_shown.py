"""The body map shows a knot's tenderness now (its newest resting rating), and a rating
after a hold beside it as "after the last hold", never as the knot's tenderness (issue 17)."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.records import Rating, RatingContext, Side
from tests.core.journal_helpers import make_knot
from tests.ui.test_body_map import centre_of, click, only_marker, page  # noqa: F401
from ui.body_map_page import BodyMapPage
from ui.main_window import MainWindow
from ui.progress_page import ProgressPage


def test_after_a_hold_the_map_and_panel_show_the_rating_before_it(
    qtbot: QtBot,
    page: BodyMapPage,  # noqa: F811
    journal: Journal,
    clock: FakeClock,
) -> None:
    click(qtbot, page, centre_of(page, "upper_trapezius", Side.LEFT))
    (knot,) = journal.knots()
    at = clock.now()
    journal.add_rating(Rating(knot.id, at, 7, RatingContext.BEFORE_HOLD))
    journal.add_rating(Rating(knot.id, at + timedelta(minutes=2), 4, RatingContext.AFTER_HOLD))
    clock.advance(300)
    page.refresh()
    assert only_marker(page).accessibleName() == "Left upper trapezius, tenderness 7, active"
    assert page.panel.tenderness_value.text() == "7/10"
    assert page.panel.last_rated.text() == "Last rated today at 09:00. After the last hold: 4."
    page.grab().save("/tmp/numbers-panel.png")


def test_progress_shows_the_rating_after_a_hold_beside_the_tenderness_now(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    knot = make_knot(clock, "Left rhomboids")
    journal.add_knot(knot)
    at = clock.now() - timedelta(hours=1)
    journal.add_rating(Rating(knot.id, at, 7, RatingContext.BEFORE_HOLD))
    journal.add_rating(Rating(knot.id, at + timedelta(minutes=2), 4, RatingContext.AFTER_HOLD))
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    window.show_page("Progress")
    progress = window.progress_page
    assert isinstance(progress, ProgressPage)
    assert progress.table.item(0, 1).text() == "7/10"
    assert progress.table.item(0, 1).toolTip() == "After the last hold: 4"
    assert progress.detail.facts.text().endswith(". After the last hold: 4.")
    window.resize(1100, 900)
    window.grab().save("/tmp/numbers-progress.png")
