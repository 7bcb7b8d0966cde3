"""A journal that already holds a time no calendar (or no sane one) reaches: a hold step
dated 9999-12-31, a rating a million years ahead, water before 1970. Written with raw
sqlite3, as an old import or a hand edit could have left it. The window opens and says
what is odd, every page draws, the report and the export still work, and the user can
remove or fix each row. Before, the window never opened and the report failed with
"year 10000 is out of range"."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.demo import fill_demo
from core.exchange import export_csv, export_json
from core.journal import Journal
from core.odd_times import OddTimesWatch, find_odd_times, settle_odd_time
from core.paths import Paths
from core.records import text_to_ms
from core.report_data import report_data
from core.settings import SettingsStore
from tests.helpers import MAIN, ROOT, app_env, run_cli
from tests.ui.test_smoke import wait_for_log
from ui.app import AppShell
from ui.main_window import NAVIGATION

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FAR = text_to_ms("9999-12-31T00:00:00.000Z")
BEYOND = 10**16  # some 317 000 years ahead: no datetime holds it
SCREENSHOT = Path("/tmp/hostile-odd-times.png")


def poison(journal_file: Path) -> None:
    """Odd times in the key and the other columns of several tables, as raw SQL."""
    db = sqlite3.connect(journal_file)
    with db:
        hold = db.execute(
            "SELECT min(started_ms) FROM steps WHERE kind = 'hold' AND knot IS NOT NULL"
        ).fetchone()[0]
        db.execute("UPDATE steps SET started_ms = ?, sample = 0 WHERE started_ms = ?", (FAR, hold))
        knot, at, context = db.execute("SELECT knot, at_ms, context FROM ratings").fetchone()
        db.execute(
            "UPDATE ratings SET at_ms = ? WHERE knot = ? AND at_ms = ? AND context = ?",
            (BEYOND, knot, at, context),
        )
        db.execute(  # the smallest number SQLite keeps as an integer
            "UPDATE water SET at_ms = ? WHERE at_ms = (SELECT min(at_ms) FROM water)", (-(2**63),)
        )
        db.execute("UPDATE knots SET created_ms = ? WHERE id = (SELECT min(id) FROM knots)", (FAR,))
        db.execute(
            "UPDATE sessions SET ended_ms = ?"
            " WHERE started_ms = (SELECT max(started_ms) FROM sessions)",
            (BEYOND,),
        )
        db.execute(
            "UPDATE posture_checks SET at_ms = ?"
            " WHERE at_ms = (SELECT max(at_ms) FROM posture_checks)",
            (FAR,),
        )
        db.execute(
            "UPDATE daily_check_ins SET at_ms = ?"
            " WHERE day = (SELECT min(day) FROM daily_check_ins)",
            (BEYOND,),
        )
        db.execute(
            "INSERT INTO reminder_events VALUES ('water', ?, ?, 'done', 0)", (BEYOND, -BEYOND)
        )
        db.execute("INSERT INTO notes VALUES (?, 'from the far future', 0)", (FAR,))
        db.execute("INSERT INTO notes VALUES (?, 'the largest integer', 0)", (2**63 - 1,))
    db.close()


@pytest.fixture
def odd_journal(paths: Paths, clock: FakeClock) -> Journal:
    journal = Journal.open(paths.data, clock)
    fill_demo(journal, weeks=3)
    journal.close()
    poison(paths.data / "journal.sqlite3")
    return Journal.open(paths.data, clock)


def test_the_odd_rows_are_found_and_described(odd_journal: Journal, clock: FakeClock) -> None:
    odd = find_odd_times(odd_journal, clock.now())
    odd_journal.close()
    lines = sorted(o.describe() for o in odd)
    assert lines == sorted(
        [
            "a knot dated 9999-12-31",
            "a session dated after the year 9999",  # its end: 317 000 years ahead
            "a rating dated after the year 9999",
            "a hold step dated 9999-12-31",
            "a glass of water dated before the year 1",
            "a posture check dated 9999-12-31",
            "a daily check-in dated after the year 9999",
            "a reminder answer dated after the year 9999",
            "a reminder answer dated before the year 1",
            "a note dated 9999-12-31",
            "a note dated after the year 9999",
        ]
    )
    assert {(o.table, o.column): o.removes for o in odd} == {
        ("knots", "created_ms"): False,  # fixed: removing a knot would take its ratings
        ("sessions", "ended_ms"): False,  # only its end is odd
        ("ratings", "at_ms"): True,
        ("steps", "started_ms"): True,
        ("water", "at_ms"): True,
        ("posture_checks", "at_ms"): True,
        ("daily_check_ins", "at_ms"): False,  # known by its day; when it was answered is odd
        ("reminder_events", "due_ms"): True,  # its due time is its key
        ("reminder_events", "fired_ms"): False,
        ("notes", "at_ms"): True,
    }


def test_report_and_export_work_on_a_journal_with_odd_times(
    odd_journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    data = report_data(odd_journal, clock.now(), clock.zone(), 8, 2000)
    assert data.period
    rows = export_json(odd_journal, tmp_path / "out.json", clock.now())
    assert rows == export_csv(odd_journal, tmp_path / "csv")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    steps = [s["started_utc"] for s in document["tables"]["steps"]]
    assert "9999-12-31T00:00:00.000Z" in steps  # exported as stored where a date holds it
    odd_journal.close()


def test_the_window_opens_says_what_is_odd_and_the_user_removes_or_fixes_each(
    qapp: QApplication,
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    odd_journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(qapp, "quit", lambda: None)
    # AppShell changes this app-wide flag: put it back for the next test.
    monkeypatch.setattr(qapp, "setQuitOnLastWindowClosed", lambda quits: None)
    SettingsStore(paths.config, clock).change(safety_accepted=True)
    shell = AppShell(qapp, paths, clock, odd_journal, False)
    qtbot.addWidget(shell.window)
    shell.start(minimized=False)
    window = shell.window
    for title in NAVIGATION:  # every page draws over the odd rows
        window.show_page(title)
        qtbot.wait(1)
    window.show_page("Today")
    notice = window.today_page.odd_notice
    qtbot.waitUntil(notice.isVisible)
    assert "cannot be right" in notice.heading.text()
    window.resize(900, 800)
    window.grab().save(str(SCREENSHOT))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    buttons = notice.buttons()
    assert len(buttons) == 5 and len(notice.odd) == 11
    assert notice.more.text() == "and 6 more"
    names = [b.accessibleName() for b in buttons]
    assert "Remove: a hold step dated 9999-12-31" in names
    while notice.buttons():
        notice.buttons()[0].click()
    assert not notice.isVisible()
    assert find_odd_times(odd_journal, clock.now()) == []
    knots = odd_journal.knots()
    assert all(k.created <= clock.now() for k in knots)
    session = odd_journal.last_session()
    assert session is not None and session.ended == session.started  # fixed to its start
    shell.quit()
    odd_journal.close()


def test_the_real_app_starts_on_a_journal_with_odd_times(
    odd_journal: Journal, paths: Paths, clock: FakeClock
) -> None:
    """As the user met it: before, `unknot` stopped with "year 10000 is out of range"
    before its window showed."""
    odd_journal.close()
    SettingsStore(paths.config, clock).change(safety_accepted=True)
    process = subprocess.Popen(
        [sys.executable, str(MAIN), "--data-dir", str(paths.data)],
        cwd=ROOT,
        env=app_env(QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_log(paths.logs / "unknot.log", "main window shown", process)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0 and stderr == b""
    log = (paths.logs / "unknot.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "event loop ended with 0" in log
    out = paths.data.parent
    for args in (
        ["report", "--out", str(out / "r.pdf")],
        ["export", "--format", "csv", "--out", str(out / "csv")],
    ):
        done = run_cli("--data-dir", str(paths.data), *args, timeout=60)
        assert done.returncode == 0 and done.stderr == "", done.stderr
    assert (out / "r.pdf").stat().st_size > 1000 and (out / "csv" / "steps.csv").exists()


def test_a_time_that_is_no_number_is_listed_and_fixed_and_export_keeps_it(
    qapp: QApplication,
    qtbot: QtBot,
    paths: Paths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Text or bytes where a time belongs (a hand edit): the window opens, the report
    and export work, the row is listed, exported as stored, and fixed or removed."""
    journal = Journal.open(paths.data, clock)
    fill_demo(journal, weeks=2)
    journal.close()
    db = sqlite3.connect(paths.data / "journal.sqlite3")
    with db:
        db.execute(
            "UPDATE daily_check_ins SET at_ms = 'noon'"
            " WHERE day = (SELECT min(day) FROM daily_check_ins)"
        )
        db.execute(
            "INSERT INTO reminder_events VALUES ('water', 1772441000000, X'00ff', 'done', 0)"
        )
        knot, at, context = db.execute(
            "SELECT knot, at_ms, context FROM ratings ORDER BY at_ms DESC"
        ).fetchone()
        db.execute(
            "UPDATE ratings SET at_ms = 'yesterday' WHERE knot = ? AND at_ms = ? AND context = ?",
            (knot, at, context),
        )
    db.close()
    journal = Journal.open(paths.data, clock)
    monkeypatch.setattr(qapp, "quit", lambda: None)
    monkeypatch.setattr(qapp, "setQuitOnLastWindowClosed", lambda quits: None)
    SettingsStore(paths.config, clock).change(safety_accepted=True)
    shell = AppShell(qapp, paths, clock, journal, False)
    qtbot.addWidget(shell.window)
    shell.start(minimized=False)
    for title in NAVIGATION:
        shell.window.show_page(title)
        qtbot.wait(1)
    assert report_data(journal, clock.now(), clock.zone(), 8, 2000).period
    odd = find_odd_times(journal, clock.now())
    assert sorted(o.describe() for o in odd) == [
        "a daily check-in whose time is not a number",
        "a rating whose time is not a number",
        "a reminder answer whose time is not a number",
    ]
    export_json(journal, tmp_path / "out.json", clock.now())
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert "noon" in [row["at_utc"] for row in document["tables"]["daily_check_ins"]]
    assert "00ff" in [row["fired_utc"] for row in document["tables"]["reminder_events"]]
    assert "yesterday" in [row["at_utc"] for row in document["tables"]["ratings"]]
    for each in odd:
        settle_odd_time(journal, each, clock.now())
    assert find_odd_times(journal, clock.now()) == []
    shell.quit()
    journal.close()


def test_odd_times_are_looked_for_once_per_opening_not_on_every_redraw(
    odd_journal: Journal, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    looks: list[int] = []
    real = odd_journal.odd_times
    monkeypatch.setattr(odd_journal, "odd_times", lambda *a: looks.append(1) or real(*a))
    watch = OddTimesWatch(odd_journal)
    first = watch.current(clock.now())
    odd_journal.add_row("water", {"at_utc": "2026-03-02T10:00:00.000Z", "ml": 250, "sample": 0})
    assert watch.current(clock.now()) == first and len(looks) == 1  # a write: no new look
    watch.settle(first[0], clock.now())
    assert len(watch.current(clock.now())) == len(first) - 1 and len(looks) == 2
    backup = tmp_path / "backup.sqlite3"
    odd_journal.backup_to(backup)
    odd_journal.restore_from(backup, tmp_path / "before.sqlite3")
    watch.current(clock.now())
    assert len(looks) == 3  # a restore is another journal: looked at again
