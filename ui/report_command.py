"""`report --out PATH.pdf [--weeks N]`: the therapist report from the command line.

Drawing a PDF needs Qt's painting (not a window), so this lives in ui/ and runs Qt on
the offscreen platform: it works over SSH and with no desktop at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

from core.clock import Clock, SystemClock
from core.commands import open_journal
from core.errors import UnknotError
from core.paths import Paths
from core.report_data import check_weeks, report_data
from core.settings import SettingsStore
from ui.report_pdf import write_report


def check_target(out: str) -> Path:
    """The report's path, if it is one the report may be written to."""
    target = Path(out).expanduser()
    if target.suffix.lower() != ".pdf":
        raise UnknotError(f"{target}: the report is a PDF; give a name ending in .pdf")
    if target.exists():
        raise UnknotError(f"{target}: already exists; choose a new name (nothing was written)")
    if not target.parent.is_dir():
        raise UnknotError(f"{target.parent}: no such folder (nothing was written)")
    return target


def report(paths: Paths, out: str, weeks: int, clock: Clock | None = None) -> int:
    """Write the report for the last `weeks` weeks to a new file `out`."""
    check_weeks(weeks)
    target = check_target(out)
    clock = clock or SystemClock()
    if QGuiApplication.instance() is None:
        app = QGuiApplication(["unknot", "-platform", "offscreen"])
        app.setApplicationName("Unknot")
        QLocale.setDefault(QLocale("en"))  # the CLI writes English: month names too
    goal = SettingsStore(paths.config, clock).settings.water_goal_ml
    with open_journal(paths, clock) as journal:
        data = report_data(journal, clock.now(), clock.zone(), weeks, goal)
    pages = write_report(data, target)
    print(f"wrote a {pages}-page report for {data.period} to {target}")
    return 0
