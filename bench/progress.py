"""Progress and report benchmark: the Progress page and the therapist report on ten years.

    .venv/bin/python -m bench.progress [--dir DIR] [--runs 5] [--write-md docs/BENCHMARKS.md]

The journal is bench/journal_scale.py's ten-year journal (built with its own functions,
or reused from DIR), plus ten years of what the self-care figures read (core/factors.py):
water, posture checks, reminder events and daily check-ins, and a few hundred journal
notes and professional treatments, all from a seeded random generator and added with
Journal.insert_rows. Use a DIR of its own: journal_scale's file-size figure would count
these rows too.

Every measure runs in a child process on Qt's offscreen platform with the data folder
given as `Paths.under(DIR)`, TZ set to a fixed +01:00 and a clock stopped at the end of
the data (StoppedClock: a FakeClock that answers in the kinds of zone SystemClock does):

- opening Progress: a fresh process per run builds ui.main_window.MainWindow, shows it
  (on Today), then times `show_page("Progress")` + processEvents + a grab of the page,
  so first-time imports (PySide6.QtCharts, loaded when Progress is first shown) count;
  then, in the same process, Today and Progress again (the refresh);
- switching knot: `table.setCurrentCell(row, 0)` + processEvents + repaint, every row;
- the report: `python main.py --data-dir DIR report --out X.pdf --weeks N` end to end,
  for 8 and 520 weeks with the stopped clock (main.py has no clock option, so the child
  runs what main.main() runs and hands ui.report_command.report the clock), and once
  more exactly as a user runs it, on the system clock.

One warm-up run of each child goes first, untimed, so the files are in the OS page cache.
Exit status 0 when every target passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bench.common import machine_facts, section_text
from bench.journal_scale import (
    END_MS,
    KNOTS,
    RATINGS,
    SESSIONS,
    START_MS,
    STEPS,
    UTC_OFFSET,
    Measure,
    cells,
    finish,
    prepare,
    query,
    row,
    validated,
)
from core.clock import SYSTEM_ZONE, FakeClock
from core.journal import FILE_NAME, Journal
from core.paths import Paths
from core.records import (
    PostureAnswer,
    ReminderKind,
    ReminderOutcome,
    TreatmentKind,
    from_ms,
    ms_to_text,
    new_id,
    to_ms,
)

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Progress and report"
SEED = 20_260_102
MIN_RUNS = 3
ZONE = timezone(UTC_OFFSET)  # the same fixed +01:00 as journal_scale's weeks
NOW = from_ms(END_MS).astimezone(ZONE)  # the clock: the end of the ten-year data
CHILD_TZ = "<+01>-1"  # the children's TZ: the system's zone is that same +01:00
REPORT_WEEKS = (8, 520)

TARGET_OPEN_MS = 300.0
TARGET_SWITCH_MS = 50.0
TARGET_REPORT_S = 3.0  # for the default 8 weeks

NOTES, TREATMENTS = 300, 200
EXTRA_NAMES = {
    "water": "water entries",
    "posture_checks": "posture check-ins",
    "reminder_events": "reminder events",
    "daily_check_ins": "daily check-ins",
    "notes": "journal notes",
    "treatments": "treatments",
    "treatment_knots": "treatment–knot links",
}
EXTRA_TABLES = tuple(EXTRA_NAMES)  # the first four are daily
# Reminders on a working day: (kind, first due hour, minutes apart, last due hour).
REMINDER_DAY = (
    (ReminderKind.WATER, 9.0, 60, 17.0),
    (ReminderKind.POSTURE, 9.25, 45, 17.0),
    (ReminderKind.MICRO_BREAK, 9.5, 40, 17.0),
    (ReminderKind.MOVEMENT_BREAK, 10.0, 120, 16.0),
    (ReminderKind.DAILY_SESSION, 18.0, 60, 18.0),
)
OUTCOMES = (
    ReminderOutcome.DONE,
    ReminderOutcome.SNOOZED,
    ReminderOutcome.SKIPPED,
    ReminderOutcome.MISSED,
)
OUTCOME_WEIGHTS = (60, 10, 12, 18)
NOTE_TEXTS = (
    "Neck stiff after a long day of calls.",
    "Slept badly; shoulders tight in the morning.",
    "Long walk, felt looser afterwards.",
    "Deadline week, a lot of hours at the desk.",
    "New chair arrived; the lower back is happier.",
    "Headache at the base of the skull in the afternoon.",
)
Row = dict[str, Any]


class StoppedClock(FakeClock):
    """A FakeClock stopped at the end of the data that answers as SystemClock does:
    now() in the local UTC offset (a datetime.timezone), zone() the system's zone
    (core.clock.SYSTEM_ZONE, whose conversions run Python code). Local days found in
    that zone cost what they cost in the app."""

    def __init__(self) -> None:
        super().__init__(NOW, SYSTEM_ZONE)

    def now(self) -> datetime:
        """The stopped moment in the local UTC offset, like datetime.now().astimezone()."""
        return super().now().astimezone()


# ----------------------------------------------------------------------------- the data


def local_ms(day: date, hours: float) -> int:
    """`hours` after local midnight of `day`, in stored milliseconds."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=ZONE)
    return to_ms(midnight + timedelta(hours=hours))


def days() -> Iterator[date]:
    """Every local day of the ten-year data up to the clock's day."""
    day, last = from_ms(START_MS).astimezone(ZONE).date(), NOW.date()
    while day <= last:
        yield day
        day += timedelta(days=1)


def daily_rows(day: date, rng: random.Random) -> dict[str, list[Row]]:
    """One day of water, posture checks, reminder events and the daily check-in; a
    working day (Monday to Friday, not on holiday) has more of each."""
    working = day.weekday() < 5 and rng.random() > 0.08
    tables: dict[str, list[Row]] = {t: [] for t in EXTRA_TABLES[:4]}
    glasses = rng.randint(4, 9) if working else rng.randint(1, 5)
    for at in sorted(set(rng.sample(range(8 * 60, 21 * 60), glasses))):
        moment = local_ms(day, at / 60) + rng.randrange(60_000)
        ml = rng.choice((200, 250, 250, 300, 500))
        tables["water"].append(row("water", ms_to_text(moment), ml, 0))
    checks = rng.randint(0, 6) if working else rng.randint(0, 1)
    for at in sorted(set(rng.sample(range(9 * 60, 18 * 60), checks))):
        moment = local_ms(day, at / 60) + rng.randrange(60_000)
        answer = rng.choices((PostureAnswer.GOOD, PostureAnswer.ADJUSTED), (6, 4))[0]
        tables["posture_checks"].append(row("posture_checks", ms_to_text(moment), answer.value, 0))
    for kind, first, minutes, last in REMINDER_DAY if working else REMINDER_DAY[-1:]:
        due = first
        while due <= last:
            due_ms = local_ms(day, due)
            outcome = rng.choices(OUTCOMES, OUTCOME_WEIGHTS)[0]
            fired = None if outcome is ReminderOutcome.MISSED else due_ms + rng.randrange(2_000)
            tables["reminder_events"].append(
                row(
                    "reminder_events",
                    kind.value,
                    ms_to_text(due_ms),
                    None if fired is None else ms_to_text(fired),
                    outcome.value,
                    0,
                )
            )
            due += minutes / 60
    if rng.random() < 0.75:
        stress = max(0, min(10, round(rng.gauss(5 if working else 3, 2))))
        desk = round(rng.uniform(6, 10) if working else rng.uniform(0, 2), 1)
        answers = rng.choice(((stress, desk), (stress, desk), (stress, None), (None, desk)))
        answered = ms_to_text(local_ms(day, 18.5) + rng.randrange(3_600_000))
        tables["daily_check_ins"].append(
            row("daily_check_ins", day.isoformat(), *answers, answered, 0)
        )
    for name in tables:  # nothing after the clock
        tables[name] = [r for r in tables[name] if not _after_now(r)]
    return tables


def _after_now(values: Row) -> bool:
    moment = values.get("at_utc") or values.get("due_utc")
    return isinstance(moment, str) and moment > ms_to_text(END_MS)


def knot_lives(data_dir: Path) -> list[tuple[str, int, int]]:
    """(uid, first rating, last rating) of every knot, oldest first."""
    return [
        (uid, first, last)
        for uid, first, last in query(
            data_dir / FILE_NAME,
            "SELECT k.uid, min(r.at_ms), max(r.at_ms) FROM knots k JOIN ratings r"
            " ON r.knot = k.id GROUP BY k.id ORDER BY k.created_ms, k.uid",
        )
    ]


def notes_and_treatments(
    lives: Sequence[tuple[str, int, int]], rng: random.Random
) -> dict[str, list[Row]]:
    """NOTES journal notes at random moments, and TREATMENTS professional treatments on
    random days, each of one to three knots that were being rated then."""
    span = END_MS - START_MS
    moments = sorted(START_MS + m for m in rng.sample(range(span), NOTES))
    notes = [
        row("notes", ms_to_text(at), f"{rng.choice(NOTE_TEXTS)} ({n + 1})", 0)
        for n, at in enumerate(moments)
    ]
    treatments: list[Row] = []
    links: list[Row] = []
    for day_ms in sorted(rng.sample(range(START_MS, END_MS, 86_400_000), TREATMENTS)):
        alive = [uid for uid, first, last in lives if first <= day_ms <= last]
        if not alive:
            continue
        uid, kind = new_id(), rng.choice(list(TreatmentKind))
        on = from_ms(day_ms).astimezone(ZONE).date().isoformat()
        treatments.append(row("treatments", uid, on, kind.value, "Worked on the neck.", 0))
        for knot in rng.sample(alive, min(len(alive), rng.randint(1, 3))):
            links.append(row("treatment_knots", uid, knot))
    return {"notes": notes, "treatments": treatments, "treatment_knots": links}


def extra_counts(data_dir: Path) -> dict[str, int]:
    """How many rows each of the added tables holds."""
    path = data_dir / FILE_NAME
    return {name: query(path, f"SELECT count(*) FROM {name}")[0][0] for name in EXTRA_TABLES}


def add_extras(data_dir: Path) -> float | None:
    """Add the self-care, notes and treatments unless they are there; seconds taken."""
    found = extra_counts(data_dir)
    if all(found.values()):
        print(f"reusing the self-care, notes and treatments in {data_dir}", flush=True)
        return None
    if any(found.values()):
        raise SystemExit(
            f"{data_dir}: holds some of the added tables ({found}); use an empty --dir"
        )
    print("adding ten years of self-care, notes and treatments", flush=True)
    began, rng = time.perf_counter(), random.Random(SEED)
    journal = Journal.open(data_dir, FakeClock(NOW, ZONE))
    try:
        year: dict[str, list[Row]] = {name: [] for name in EXTRA_TABLES[:4]}
        for day in days():
            for name, rows in daily_rows(day, rng).items():
                year[name] += rows
            if day == NOW.date() or (day.month, day.day) == (12, 31):
                journal.insert_rows({name: validated(name, rows) for name, rows in year.items()})
                year = {name: [] for name in year}
        others = notes_and_treatments(knot_lives(data_dir), rng)
        journal.insert_rows({name: validated(name, rows) for name, rows in others.items()})
    finally:
        journal.close()
    query(data_dir / FILE_NAME, "PRAGMA wal_checkpoint(TRUNCATE)")
    seconds = time.perf_counter() - began
    print(f"added in {seconds:.1f} s", flush=True)
    return seconds


# ----------------------------------------------------------------------------- children


def child_environment() -> dict[str, str]:
    """The environment of every child: offscreen Qt, the repository importable."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path, "TZ": CHILD_TZ}


def run_child(arguments: list[str]) -> dict[str, Any]:
    """Run this module as a child with `arguments`; the JSON line it prints."""
    command = [sys.executable, "-m", "bench.progress", "--child", *arguments]
    done = subprocess.run(
        command, cwd=ROOT, env=child_environment(), capture_output=True, text=True, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def child_open(data_dir: Path) -> None:
    """In a fresh process: the window on Today, then Progress opened twice and every
    knot chosen in turn; prints the times as one JSON line."""
    from PySide6.QtWidgets import QApplication

    from core.progress import all_knots
    from ui.main_window import MainWindow

    app = QApplication(["unknot"])
    paths = Paths.under(data_dir)
    paths.create()
    clock = StoppedClock()
    journal = Journal.open(paths.data, clock)
    began = time.perf_counter()
    window = MainWindow(paths, clock, journal)
    window.show()
    app.processEvents()
    built = time.perf_counter()
    page = window.progress_page
    charts_before = "PySide6.QtCharts" in sys.modules

    def open_progress() -> list[float]:
        moments = [time.perf_counter()]
        window.show_page("Progress")
        moments.append(time.perf_counter())
        app.processEvents()
        moments.append(time.perf_counter())
        page.grab()
        moments.append(time.perf_counter())
        return [(b - a) * 1000 for a, b in itertools.pairwise(moments)]

    first = open_progress()
    charts_after = "PySide6.QtCharts" in sys.modules
    window.show_page("Today")
    app.processEvents()
    second = open_progress()
    rows = page.table.rowCount()
    switches = []
    for index in [*range(1, rows), 0]:
        start = time.perf_counter()
        page.table.setCurrentCell(index, 0)
        app.processEvents()
        page.repaint()
        switches.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    all_knots(journal, clock.now())  # the rows alone, as the refresh reads them
    rows_ms = (time.perf_counter() - start) * 1000
    result = {
        "window_ms": (built - began) * 1000,
        "all_knots_ms": rows_ms,
        "first": first,
        "second": second,
        "switches": switches,
        "rows": rows,
        "charts_before": charts_before,
        "charts_after": charts_after,
    }
    window.close()
    journal.close()
    print(json.dumps(result))


def child_report(data_dir: Path, out: Path, weeks: int) -> int:
    """main.py's report command as main.main() runs it (its parser, the folders, the
    log), but with the clock fixed at the end of the data: main.py has no clock option,
    and ui.report_command.report takes one."""
    import main
    from core.logs import configure_logging
    from ui.report_command import report

    argv = ["--data-dir", str(data_dir), "report", "--out", str(out), "--weeks", str(weeks)]
    args = main.build_parser().parse_args(argv)
    paths = Paths.resolve(args.data_dir)
    paths.create()
    configure_logging(paths.logs)
    return report(paths, args.out, args.weeks, StoppedClock())


def time_report(data_dir: Path, weeks: int, fixed_clock: bool, folder: Path) -> tuple[float, str]:
    """Seconds from start to exit of one report process, and what it printed."""
    out = folder / f"report-{weeks}.pdf"
    out.unlink(missing_ok=True)
    if fixed_clock:
        command = [sys.executable, "-m", "bench.progress", "--child", "report"]
        command += [str(data_dir), str(out), str(weeks)]
    else:
        command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)]
        command += ["report", "--out", str(out), "--weeks", str(weeks)]
    began = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, env=child_environment(), capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - began
    if done.returncode != 0 or not out.exists():
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    out.unlink()
    return seconds, done.stdout.strip()


# ----------------------------------------------------------------------------- measuring


def measure(data_dir: Path, runs: int, facts: dict[str, Any]) -> list[Measure]:
    """Every measure, one warm-up run of each kind first."""
    print("measuring Progress (a fresh process per run, after one warm-up)", flush=True)
    run_child(["open", str(data_dir)])
    opens = [run_child(["open", str(data_dir)]) for _ in range(runs)]
    facts["rows"] = opens[0]["rows"]
    facts["window_ms"] = statistics.median(o["window_ms"] for o in opens)
    facts["charts_lazy"] = all(not o["charts_before"] and o["charts_after"] for o in opens)
    first = [sum(o["first"]) for o in opens]
    second = [sum(o["second"]) for o in opens]
    switches = [ms for o in opens for ms in o["switches"]]
    p95 = statistics.quantiles(switches, n=20)[18]
    parts = ("show_page (refresh)", "processEvents", "grab")
    results = [
        Measure(
            "Progress, first open", "ms", first, TARGET_OPEN_MS, "fresh process, QtCharts loaded"
        ),
        *(
            Measure(f"of which {part}", "ms", [o["first"][n] for o in opens], None, "first open")
            for n, part in enumerate(parts)
        ),
        Measure("Progress, second open", "ms", second, TARGET_OPEN_MS, "Today, then Progress"),
        *(
            Measure(f"of which {part}", "ms", [o["second"][n] for o in opens], None, "second open")
            for n, part in enumerate(parts)
        ),
        Measure(
            "core.progress.all_knots alone",
            "ms",
            [o["all_knots_ms"] for o in opens],
            None,
            "the table's rows, as the refresh reads them",
        ),
        Measure(
            "switching knot",
            "ms",
            switches,
            TARGET_SWITCH_MS,
            f"{len(switches)} switches: every row, {runs} processes",
        ),
        Measure("switching knot, p95", "ms", [p95], None, "no target of its own"),
    ]
    with tempfile.TemporaryDirectory(prefix="unknot-bench-report-") as folder:
        for weeks in REPORT_WEEKS:
            print(f"measuring the report, {weeks} weeks", flush=True)
            time_report(data_dir, weeks, True, Path(folder))
            timed = [time_report(data_dir, weeks, True, Path(folder)) for _ in range(runs)]
            facts[f"report_{weeks}"] = pages(timed[0][1])
            results.append(
                Measure(
                    f"report --weeks {weeks}",
                    "s",
                    [seconds for seconds, _ in timed],
                    TARGET_REPORT_S if weeks == 8 else None,
                    f"{facts[f'report_{weeks}']}; clock at the data's end",
                )
            )
        print("measuring the report on the system clock", flush=True)
        time_report(data_dir, 8, False, Path(folder))
        timed = [time_report(data_dir, 8, False, Path(folder)) for _ in range(runs)]
        facts["report_today"] = pages(timed[0][1])
        results.append(
            Measure(
                "report --weeks 8, system clock",
                "s",
                [seconds for seconds, _ in timed],
                None,
                f"{facts['report_today']}; after the data's end",
            )
        )
    return results


def pages(printed: str) -> str:
    """'3 pages' from the report command's 'wrote a 3-page report …'."""
    found = re.search(r"wrote a (\d+)-page report", printed)
    return f"{found.group(1)} pages" if found else "? pages"


# ----------------------------------------------------------------------------- report


def machine() -> dict[str, str]:
    """The machine's facts, with SQLite's and PySide6's versions."""
    from PySide6 import __version__ as pyside

    return {**machine_facts(), "SQLite": sqlite3.sqlite_version, "PySide6": pyside}


def section(results: list[Measure], facts: dict[str, Any], runs: int) -> str:
    """The '## Progress and report' section of docs/BENCHMARKS.md."""
    counts = facts["counts"]
    built = [
        f"{what} took {seconds:.1f} s"
        for what, seconds in (
            ("building the journal", facts["build_seconds"]),
            ("adding the self-care, notes and treatments", facts["extra_seconds"]),
        )
        if seconds
    ]
    when = f"Run on {facts['date']}; " + ("; ".join(built) or "the journal was reused") + "."
    lazy = "loaded" if facts["charts_lazy"] else "NOT loaded (it was imported before)"
    paragraphs = (
        "bench/journal_scale.py's ten-year journal (built with its own functions) plus ten "
        "years of what the self-care figures read (core/factors.py) and a few hundred notes "
        "and treatments, from a seeded random generator, in a data folder passed as "
        "`Paths.under(DIR)`. Every measure runs in a child process on Qt's offscreen "
        f"platform with TZ={CHILD_TZ} (a fixed UTC{NOW:%z}, as journal_scale's weeks) and "
        f"the clock stopped at the end of the data, {NOW:%Y-%m-%d %H:%M} local: a FakeClock "
        "that answers as SystemClock does, now() in the local UTC offset and zone() the "
        "system's zone (core.clock.SYSTEM_ZONE, whose conversions run Python code), so "
        f"local days cost what they cost in the app. {when}",
        f"Data: {KNOTS} knots ({facts['rows']} of them active or resolved: the rows of the "
        f"Progress table), {SESSIONS:,} sessions, {STEPS:,} steps, {RATINGS:,} ratings, "
        + ", ".join(f"{n:,} {EXTRA_NAMES[name]}" for name, n in counts.items())
        + ".",
        "Opening Progress: each run is a fresh process that opens the journal, builds "
        f"MainWindow and shows it on Today (median {facts['window_ms']:.0f} ms, not "
        "counted), then times `show_page(\"Progress\")` (the page's refresh: every knot's "
        "numbers and plan, the self-care, the chosen knot's history and charts), "
        "`processEvents()` (layout and the window's paint) and a grab of the page (painted "
        f"once more, into a pixmap), so first-time imports count: PySide6.QtCharts was {lazy} "
        "in that time. The second open is Today, then Progress again, in the same process. "
        "Switching knot: `table.setCurrentCell(row, 0)` + `processEvents()` + `repaint()` "
        "of the page, for every row in turn, in each process. One warm-up process goes "
        f"first, untimed; then {runs} timed ones. A target is met by the median.",
        "The report: `python main.py --data-dir DIR report --out X.pdf --weeks N`, timed "
        "from start to exit. main.py has no clock option, so for the rows with the clock "
        "at the data's end the child runs what main.main() runs for `report` (its parser, "
        "the folders, the log) and hands ui.report_command.report the stopped clock. The "
        "last row runs main.py exactly as a user does, on this machine's clock: that is "
        "after the data's end, so its eight weeks hold no sessions or ratings. The target "
        "is for the default 8 weeks; 520 weeks (ten years, the most the command allows) "
        "has none and is given as measured. One warm-up run of each goes first.",
    )
    rows = [f"| {r.name} | {' | '.join(cells(r))} | {r.note} |" for r in results]
    command = f".venv/bin/python -m bench.progress --runs {runs} --write-md docs/BENCHMARKS.md"
    return section_text(SECTION, paragraphs, facts["machine"], rows, command)


# ----------------------------------------------------------------------------- main


def run(data_dir: Path, runs: int, md: Path | None) -> int:
    """Build or reuse, measure, report; 0 when every target passes."""
    data_dir.mkdir(parents=True, exist_ok=True)
    facts: dict[str, Any] = {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "build_seconds": prepare(data_dir),
        "extra_seconds": add_extras(data_dir),
        "counts": extra_counts(data_dir),
    }
    results = measure(data_dir, runs, facts)
    text = section(results, facts, runs) if md is not None else ""
    return finish(results, facts["machine"], md, SECTION, text, width=34)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the benchmark (or one of its children)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="build (or reuse) the journal here")
    parser.add_argument("--runs", type=int, default=5, help=f"runs per measure (>= {MIN_RUNS})")
    parser.add_argument("--write-md", type=Path, metavar="PATH", help="update this markdown")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child[0] == "open":
            child_open(Path(args.child[1]))
            return 0
        return child_report(Path(args.child[1]), Path(args.child[2]), int(args.child[3]))
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")
    if args.dir is not None:
        return run(args.dir, args.runs, args.write_md)
    with tempfile.TemporaryDirectory(prefix="unknot-bench-") as folder:
        return run(Path(folder), args.runs, args.write_md)


if __name__ == "__main__":
    sys.exit(main())
