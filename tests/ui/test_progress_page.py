"""The Progress page: knots most tender first with their changes, and the chosen knot's
plan and suggestion, with the safety text a click away."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.demo import fill_demo
from core.journal import Journal
from core.knot_history import Period
from core.paths import Paths
from core.records import Rating, RatingContext
from tests.core.journal_helpers import make_knot
from tests.helpers import ROOT, app_env
from ui.main_window import MainWindow
from ui.progress_page import ProgressPage, signed
from ui.report_dialog import ReportDialog, make_report


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
    assert page.detail.knot_title.text() == "Left rhomboids"
    assert page.detail.due.text() == "A focused session is due today."
    assert page.detail.suggestion.text() == (
        "Rising: consider seeing a professional: tenderness rose from 3 to 7 over the last 14 days."
    )
    shown: list[str] = []
    monkeypatch.setattr(window, "show_safety", lambda: shown.append("safety"))
    page.safety_requested.disconnect()
    page.safety_requested.connect(window.show_safety)
    page.detail.safety_button.click()
    assert shown == ["safety"]
    page.table.setCurrentCell(1, 0)
    assert page.detail.knot_title.text() == "Right upper trapezius"
    assert page.detail.suggestion.text() == "Carry on with the plan"
    journal.add_rating(Rating(calm.id, now + timedelta(minutes=1), 5))
    page.refresh()
    assert page.detail.knot_title.text() == "Right upper trapezius"  # the choice is kept


def test_progress_without_knots_says_where_to_start(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    window.show_page("Progress")
    page = window.progress_page
    assert not page.empty_label.isHidden() and page.table.isHidden()


def demo_window(qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal) -> MainWindow:
    fill_demo(journal, weeks=8)
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    window.show_page("Progress")
    return window


def test_the_charts_show_the_chosen_knot_over_the_chosen_span(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    page = demo_window(qtbot, paths, clock, journal).progress_page
    charts = page.detail.charts
    assert charts is not None  # built offscreen; a Qt warning would fail this test
    history = page.history
    assert history is not None and history.knot.id == page.chosen()
    daily, weekly = charts.tenderness.chart().series()[1], charts.tenderness.chart().series()[0]
    assert isinstance(daily, QScatterSeries) and isinstance(weekly, QLineSeries)
    assert daily.count() == len(history.days) > 20 and weekly.count() == len(history.weeks)
    assert len(history.care) == 12  # the default span: 12 weeks
    assert charts.tenderness.accessibleDescription().startswith("Tenderness from ")
    assert page.detail.drops_summary.text().endswith("tender just after the hold.")
    page.table.setCurrentCell(2, 0)
    assert page.history is not None and page.history.knot.id == page.rows[2].knot.id
    page.detail.span.setCurrentIndex(0)  # the last 4 weeks
    assert page.history is not None and len(page.history.care) == 4
    page.detail.span.setCurrentIndex(3)  # the last year: counted by month
    grid = page.self_care.grid
    assert grid.columnCount() == 8 and grid.item(6, 7) is not None
    assert "You met the water goal" in page.self_care.words.text()
    assert page.history is not None and page.history.period is Period.MONTH


def test_the_table_and_a_knot_export_as_csv(
    qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal, tmp_path: Path
) -> None:
    page = demo_window(qtbot, paths, clock, journal).progress_page
    targets = iter([tmp_path / "knots.csv", tmp_path / "knot.csv"])
    page.save_dialog = lambda *args: (str(next(targets)), "")
    page.export_button.click()
    lines = (tmp_path / "knots.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("knot,muscle,side,status")
    assert [line.split(",")[0] for line in lines[1:]] == [row.knot.label for row in page.rows]
    page.detail.export_button.click()
    weeks = (tmp_path / "knot.csv").read_text(encoding="utf-8-sig").splitlines()
    assert weeks[0].startswith("period_start,mean_tenderness") and len(weeks) == 13


def test_the_report_button_saves_a_pdf_where_the_user_says(
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = demo_window(qtbot, paths, clock, journal)
    made: list[Path | None] = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Close)
    out = tmp_path / "for-my-physio"  # the .pdf is added
    monkeypatch.setattr(
        "ui.main_window.make_report",
        lambda parent, journal, clock, goal: made.append(
            make_report(parent, journal, clock, goal, ask_path=lambda *_: (str(out), ""))
        ),
    )
    window.progress_page.report_button.click()
    assert made == [tmp_path / "for-my-physio.pdf"]
    assert (tmp_path / "for-my-physio.pdf").read_bytes().startswith(b"%PDF-")


def test_qtcharts_is_loaded_only_when_progress_is_first_opened(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from core.clock import SystemClock\n"
        "from core.journal import Journal\n"
        "from core.paths import Paths\n"
        "from core.demo import fill_demo\n"
        "from ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"paths = Paths.under(__import__('pathlib').Path({str(tmp_path)!r})); paths.create()\n"
        "journal = Journal.open(paths.data, SystemClock())\n"
        "fill_demo(journal, weeks=2)\n"
        "window = MainWindow(paths, SystemClock(), journal)\n"
        "before = 'PySide6.QtCharts' in sys.modules\n"
        "window.show_page('Progress')\n"
        "print(before, 'PySide6.QtCharts' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=app_env(), cwd=ROOT, capture_output=True,
        text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.stdout.split() == ["False", "True"], result.stderr
