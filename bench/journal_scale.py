"""Journal scale benchmark: ten years of heavy use against Unknot's speed and size targets.

    .venv/bin/python -m bench.journal_scale [--dir DIR] [--runs 5] [--write-md docs/BENCHMARKS.md]

Builds a journal of 40 knots, 60,000 sessions, 400,000 steps and 200,000 ratings with
Journal.insert_rows, from exchange-format rows made by a seeded random generator (the same
data every run but for the knots' UUIDs), checks every row went in, then measures the file
size, Journal.open (and PRAGMA quick_check alone), ratings_for, weekly_summary and, last,
add_step. With --dir DIR the journal is built once and reused (the add_step measure's
session is deleted again); otherwise a temporary folder is used. Exit status 0 when every
target passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import machine_facts, number, section_text, write_section
from core.clock import SystemClock
from core.journal import FILE_NAME, SCHEMA_VERSION, Journal
from core.records import (
    TABLES_BY_NAME,
    Activity,
    Depth,
    KnotStatus,
    RatingContext,
    Session,
    SessionState,
    Side,
    StepDone,
    StepKind,
    View,
    from_ms,
    ms_to_text,
    new_id,
    to_ms,
)
from core.validation import validate_row

Row = dict[str, Any]

SEED = 20_260_101
YEARS = 10
DAY_MS = 86_400_000
START_MS = to_ms(datetime(2016, 1, 4, 6, 0, tzinfo=UTC))
END_MS = START_MS + round(365.25 * YEARS) * DAY_MS
BENCH_SESSION_MS = END_MS + DAY_MS  # the add_step measure's session, after all the rest
KNOTS, SESSIONS, STEPS, RATINGS = 40, 60_000, 400_000, 200_000
EXPECTED = {"knots": KNOTS, "sessions": SESSIONS, "steps": STEPS, "ratings": RATINGS}
SESSIONS_PER_CHUNK = 3_000  # about 20,000 steps and 10,000 ratings per insert_rows call
MIN_RUNS = 5
MIN_INSERTS = 200
UTC_OFFSET = timedelta(hours=1)  # weeks are local weeks; a fixed offset keeps runs alike

# The targets, for a 2-core machine.
TARGET_OPEN_MS = 50.0
TARGET_RATINGS_MS = 20.0
TARGET_WEEKLY_MS = 100.0
TARGET_INSERT_MS = 5.0
TARGET_FILE_MB = 150.0

SECTION = "## Journal scale"

# (muscle, view, x on the user's left side, y): 20 muscles, each knotted on both sides.
MUSCLES: tuple[tuple[str, View, float, float], ...] = (
    ("upper_trapezius", View.BACK, 0.40, 0.17),
    ("levator_scapulae", View.BACK, 0.43, 0.14),
    ("splenius_capitis", View.BACK, 0.46, 0.10),
    ("suboccipitals", View.BACK, 0.47, 0.08),
    ("rhomboid_major", View.BACK, 0.44, 0.25),
    ("middle_trapezius", View.BACK, 0.40, 0.23),
    ("infraspinatus", View.BACK, 0.36, 0.26),
    ("supraspinatus", View.BACK, 0.37, 0.20),
    ("teres_major", View.BACK, 0.34, 0.30),
    ("erector_spinae", View.BACK, 0.46, 0.40),
    ("quadratus_lumborum", View.BACK, 0.44, 0.47),
    ("gluteus_medius", View.BACK, 0.38, 0.53),
    ("piriformis", View.BACK, 0.42, 0.56),
    ("gastrocnemius", View.BACK, 0.43, 0.82),
    ("sternocleidomastoid", View.FRONT, 0.46, 0.12),
    ("scalenes", View.FRONT, 0.44, 0.14),
    ("pectoralis_major", View.FRONT, 0.39, 0.24),
    ("pectoralis_minor", View.FRONT, 0.40, 0.22),
    ("forearm_extensors", View.FRONT, 0.24, 0.45),
    ("masseter", View.FRONT, 0.46, 0.07),
)
STRETCHES = ("upper_trapezius", "levator_scapulae", "pectoralis_major", "forearm_extensors")
ROLLS = ("erector_spinae", "gluteus_medius", "gastrocnemius", "latissimus_dorsi")
ROUTINES = ("desk_neck", "shoulders_reset", "evening_back", "forearms", "knot_plan")
KINDS = (StepKind.HOLD, StepKind.STRETCH, StepKind.FOAM_ROLL)  # every third step is a rest
KIND_WEIGHTS = (45, 25, 15)
ENDS = (SessionState.COMPLETED, SessionState.INTERRUPTED, SessionState.ABORTED)
PAIR_CHANCE = 0.42  # a hold is rated before and after it


# ----------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class KnotPlan:
    """A knot of the generated history: when it lived (ms) and how tender it was."""

    id: str
    muscle: str
    side: Side
    born: int
    gone: int
    weight: float
    tender_start: float
    tender_end: float

    def tenderness(self, at: int, rng: random.Random) -> int:
        """A rating that drifts from tender_start to tender_end over the knot's life."""
        share = (at - self.born) / (self.gone - self.born)
        level = self.tender_start + (self.tender_end - self.tender_start) * share
        return max(0, min(10, round(rng.gauss(level, 1.2))))


def row(table: str, *values: Any) -> Row:
    """An exchange-form row from its values in the column order of core.records.TABLES."""
    return dict(zip(TABLES_BY_NAME[table].column_names(), values, strict=True))


def plan_knots(rng: random.Random) -> list[KnotPlan]:
    """40 knots: six chronic ones for the whole ten years, the rest for months."""
    plans = []
    for index in range(KNOTS):
        if index < 6:  # the desk worker's chronic neck and shoulder knots
            born = START_MS + round(rng.uniform(0, 20) * DAY_MS)
            gone = END_MS + DAY_MS
            weight = rng.uniform(1.5, 3.0)
        else:
            born = START_MS + round(rng.uniform(0, 365.25 * YEARS - 120) * DAY_MS)
            gone = min(END_MS + DAY_MS, born + round(rng.uniform(90, 1100) * DAY_MS))
            weight = rng.uniform(0.5, 1.5)
        side = Side.LEFT if index % 2 == 0 else Side.RIGHT
        tender = (rng.uniform(5, 9), rng.uniform(1, 4))
        plans.append(KnotPlan(new_id(), MUSCLES[index // 2][0], side, born, gone, weight, *tender))
    return plans


def knot_rows(plans: list[KnotPlan], rng: random.Random) -> list[Row]:
    """The knots table in the exchange form."""
    rows = []
    for plan in plans:
        muscle, view, x, y = next(m for m in MUSCLES if m[0] == plan.muscle)
        status = KnotStatus.ACTIVE
        if plan.gone <= END_MS:
            status = KnotStatus.ARCHIVED if rng.random() < 0.2 else KnotStatus.RESOLVED
        side, x = plan.side.value, x if plan.side is Side.LEFT else 1.0 - x
        label = f"{muscle.replace('_', ' ').capitalize()}, {side}"
        kinds = (rng.choice(list(Activity)).value, rng.choice(list(Depth)).value)
        onset = from_ms(plan.born).date() - timedelta(days=rng.randint(0, 30))
        head = (plan.id, ms_to_text(plan.born), view.value, x, y, muscle, side, label)
        rows.append(row("knots", *head, *kinds, onset.isoformat(), status.value, "", 0))
    return rows


def pick_knot(plans: list[KnotPlan], at: int, rng: random.Random) -> KnotPlan | None:
    """One of the knots alive at `at`, the chronic ones more often."""
    alive = [p for p in plans if p.born <= at < p.gone]
    return rng.choices(alive, weights=[p.weight for p in alive])[0] if alive else None


def rating(plan: KnotPlan, at: int, context: RatingContext, session: str | None, n: int) -> Row:
    """One ratings row (key: knot_id, at_utc, context)."""
    return row("ratings", plan.id, ms_to_text(at), context.value, n, session, 0)


def generate(plans: list[KnotPlan], rng: random.Random) -> Iterator[dict[str, list[Row]]]:
    """Sessions with their steps and ratings, oldest first, SESSIONS_PER_CHUNK at a time.

    Sessions are evenly spread (about 16 a day, 88 minutes apart, each under 15 minutes)
    with up to 2 minutes of jitter, so their starts differ; 6 or 7 steps each, one after
    the other, so the totals are exactly SESSIONS and STEPS and no two steps of a session
    share a start. Ratings are before/after pairs around holds plus check-ins at random
    moments (never twice for one knot at one moment), topped up or cut per chunk so the
    total is exactly RATINGS.
    """
    spacing = (END_MS - START_MS) / SESSIONS
    sevens = set(rng.sample(range(SESSIONS), STEPS - 6 * SESSIONS))
    check_ins: set[tuple[str, int]] = set()
    ratings_so_far = 0
    for first in range(0, SESSIONS, SESSIONS_PER_CHUNK):
        last = min(SESSIONS, first + SESSIONS_PER_CHUNK)
        sessions: list[Row] = []
        steps: list[Row] = []
        ratings: list[Row] = []
        for index in range(first, last):
            moment = START_MS + round(spacing * index) + rng.randrange(120_000)
            session = ms_to_text(moment)
            for step_number in range(7 if index in sevens else 6):
                rest = step_number % 3 == 2
                kind = StepKind.REST if rest else rng.choices(KINDS, KIND_WEIGHTS)[0]
                plan = pick_knot(plans, moment, rng) if kind is StepKind.HOLD else None
                if kind is StepKind.HOLD and plan is None:
                    kind = StepKind.STRETCH
                planned = {StepKind.REST: 15, StepKind.HOLD: 90}.get(kind, 60)
                actual = planned + rng.randint(-10, 5)
                if plan is not None:
                    muscle, side = plan.muscle, plan.side
                elif rest:
                    muscle, side = "", Side.BOTH
                else:
                    muscle = rng.choice(STRETCHES if kind is StepKind.STRETCH else ROLLS)
                    side = rng.choice((Side.LEFT, Side.RIGHT, Side.BOTH))
                knot = None if plan is None else plan.id
                started = ms_to_text(moment)  # a step is known by the moment it started
                steps.append(
                    row(
                        "steps",
                        started,
                        session,
                        kind.value,
                        knot,
                        muscle,
                        side.value,
                        planned,
                        actual,
                        0,
                    )
                )
                if plan is not None and rng.random() < PAIR_CHANCE:
                    before = plan.tenderness(moment, rng)
                    after = max(0, before - rng.randint(0, 2))
                    ended = moment + 1000 * actual
                    ratings.append(rating(plan, moment, RatingContext.BEFORE_HOLD, session, before))
                    ratings.append(rating(plan, ended, RatingContext.AFTER_HOLD, session, after))
                moment += 1000 * actual + rng.randrange(1000, 8000)
            state, routine = rng.choices(ENDS, (90, 6, 4))[0].value, rng.choice(ROUTINES)
            sessions.append(row("sessions", session, ms_to_text(moment), routine, state, 0))
        wanted = round(RATINGS * last / SESSIONS) - ratings_so_far
        del ratings[max(0, wanted) :]
        window_start, window = START_MS + round(spacing * first), round(spacing * (last - first))
        while len(ratings) < wanted:
            at = window_start + rng.randrange(window)
            plan = pick_knot(plans, at, rng)
            if plan is not None and (plan.id, at) not in check_ins:
                check_ins.add((plan.id, at))
                tender = plan.tenderness(at, rng)
                ratings.append(rating(plan, at, RatingContext.CHECK_IN, None, tender))
        ratings.sort(key=lambda r: str(r["at_utc"]))
        ratings_so_far += len(ratings)
        yield {"sessions": sessions, "steps": steps, "ratings": ratings}


def validated(table: str, rows: list[Row]) -> list[Row]:
    """Rows checked against the table spec as import checks them (exactly its columns)."""
    return [validate_row(f"{table}[{i}]", TABLES_BY_NAME[table], r) for i, r in enumerate(rows)]


def build(data_dir: Path) -> float:
    """Build the ten-year journal in `data_dir` with Journal.insert_rows; seconds taken."""
    rng = random.Random(SEED)
    began = time.perf_counter()
    plans = plan_knots(rng)
    journal = Journal.open(data_dir, SystemClock())
    try:
        journal.insert_rows({"knots": validated("knots", knot_rows(plans, rng))})
        for chunk_index, chunk in enumerate(generate(plans, rng)):
            if chunk_index == 0:  # the generator's rows match the spec; the rest are alike
                chunk = {table: validated(table, rows) for table, rows in chunk.items()}
            added = journal.insert_rows(chunk)
            if added != {table: len(rows) for table, rows in chunk.items()}:
                raise SystemExit(f"insert_rows skipped rows whose key was there: {added}")
    finally:
        journal.close()
    return time.perf_counter() - began


def prepare(data_dir: Path) -> float | None:
    """Build the journal in `data_dir` (or reuse it), check every row is in; build seconds."""
    path, seconds = data_dir / FILE_NAME, None
    if path.exists():
        print(f"reusing the journal in {data_dir}", flush=True)
        remove_session(path)  # in case an earlier run stopped in the add_step measure
    else:
        print(f"building the ten-year journal in {data_dir}", flush=True)
        seconds = build(data_dir)
        print(f"built in {seconds:.1f} s", flush=True)
    found = {table: query(path, f"SELECT count(*) FROM {table}")[0][0] for table in EXPECTED}
    if found != EXPECTED:
        raise SystemExit(f"{path}: holds {found}, not {EXPECTED}; use an empty --dir")
    return seconds


# ----------------------------------------------------------------------------- measuring


@dataclass
class Measure:
    """One measured figure, with its target when it has one."""

    name: str
    unit: str
    values: list[float]
    target: float | None = None
    note: str = ""

    @property
    def median(self) -> float:
        """The figure compared with the target."""
        return statistics.median(self.values)

    @property
    def passed(self) -> bool | None:
        """None when the figure has no target of its own."""
        return None if self.target is None else self.median <= self.target


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds per call of `action`, `runs` times."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return times


def query(path: Path, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
    """Rows of one statement, on a connection of its own (autocommit)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def quick_check(path: Path) -> None:
    """PRAGMA quick_check on a read-only connection of its own, as Journal.open runs it."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise SystemExit(f"{path}: PRAGMA quick_check found damage")
    finally:
        connection.close()


def remove_session(path: Path) -> None:
    """Delete the add_step measure's session and its steps, then checkpoint."""
    query(path, "DELETE FROM steps WHERE session_ms = ?", (BENCH_SESSION_MS,))
    query(path, "DELETE FROM sessions WHERE started_ms = ?", (BENCH_SESSION_MS,))
    query(path, "PRAGMA wal_checkpoint(TRUNCATE)")


def measure(data_dir: Path, runs: int, facts: dict[str, Any]) -> list[Measure]:
    """The five measures of the issue on the built journal, add_step last."""
    path, clock = data_dir / FILE_NAME, SystemClock()
    query(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    wal = path.with_name(path.name + "-wal")
    size = (path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 1e6
    print("measuring", flush=True)
    opens = timed(lambda: Journal.open(data_dir, clock).close(), runs)
    checks = timed(lambda: quick_check(path), runs)
    facts["check_share"] = share = statistics.median(checks) / statistics.median(opens)
    (busiest, busiest_n), (middle, middle_n) = facts["busiest_knot"], facts["median_knot"]
    journal = Journal.open(data_dir, clock)
    try:
        for uid, n in ((busiest, busiest_n), (middle, middle_n)):
            if len(journal.ratings_for(uid)) != n:
                raise SystemExit(f"ratings_for({uid}) did not return its {n} ratings")
        busy = timed(functools.partial(journal.ratings_for, busiest), runs)
        median = timed(functools.partial(journal.ratings_for, middle), runs)
        facts["knot_weeks"] = weeks = len(journal.weekly_summary(UTC_OFFSET))
        weekly = timed(lambda: journal.weekly_summary(UTC_OFFSET), runs)
        count = max(MIN_INSERTS, 40 * runs)
        inserts = time_inserts(journal, busiest, count)
    finally:
        journal.close()
    remove_session(path)
    p95 = sorted(inserts)[math.ceil(0.95 * count) - 1]
    return [
        Measure("Journal.open + close", "ms", opens, TARGET_OPEN_MS, "integrity check included"),
        Measure("of which PRAGMA quick_check", "ms", checks, None, f"{share:.0%} of open; alone"),
        Measure("ratings_for, busiest knot", "ms", busy, TARGET_RATINGS_MS, f"{busiest_n:,} rows"),
        Measure("ratings_for, median knot", "ms", median, None, f"{middle_n:,} rows"),
        Measure(
            "weekly_summary, all knots", "ms", weekly, TARGET_WEEKLY_MS, f"{weeks:,} knot-weeks"
        ),
        Measure("add_step", "ms", inserts, TARGET_INSERT_MS, f"{count} steps, one per transaction"),
        Measure("add_step, p95", "ms", [p95], None, "no target of its own"),
        Measure("file size (+ -wal)", "MB", [size], TARGET_FILE_MB, "after a TRUNCATE checkpoint"),
    ]


def time_inserts(journal: Journal, knot_id: str, count: int) -> list[float]:
    """Insert `count` hold steps one at a time into a new session, as a session does."""
    started = from_ms(BENCH_SESSION_MS)
    journal.start_session(Session(routine="bench", started=started))
    times = []
    for index in range(count):
        at = started + timedelta(seconds=90 * index)
        step = StepDone(started, StepKind.HOLD, at, 90, 88, "upper_trapezius", Side.LEFT, knot_id)
        began = time.perf_counter()
        journal.add_step(step)
        times.append((time.perf_counter() - began) * 1000)
    journal.end_session(started, SessionState.COMPLETED, started + timedelta(hours=8))
    return times


# ----------------------------------------------------------------------------- report


def machine(folder: Path) -> dict[str, str]:
    """The machine's facts, SQLite's version, and the disk's fsync time in `folder`."""
    probe, fsyncs = folder / "fsync-probe", []
    with probe.open("wb") as handle:
        for _ in range(50):
            handle.write(b"x" * 4096)
            handle.flush()
            began = time.perf_counter()
            os.fsync(handle.fileno())
            fsyncs.append((time.perf_counter() - began) * 1000)
    probe.unlink()
    return {
        **machine_facts(),
        "SQLite": sqlite3.sqlite_version,
        "fsync of a 4 KiB write (median of 50)": number(statistics.median(fsyncs), "ms"),
    }


def cells(item: Measure) -> list[str]:
    """median, min, max, target, pass."""
    target = "—" if item.target is None else f"≤ {number(item.target, item.unit)}"
    verdict = "—" if item.passed is None else ("PASS" if item.passed else "FAIL")
    figures = (item.median, min(item.values), max(item.values))
    return [*(number(value, item.unit) for value in figures), target, verdict]


def section(results: list[Measure], facts: dict[str, Any], runs: int) -> str:
    """The '## Journal scale' section of docs/BENCHMARKS.md."""
    built = facts["build_seconds"]
    when = f"Run on {facts['date']}; " + (
        f"building the journal took {built:.1f} s." if built else "the journal was reused."
    )
    start, end = from_ms(START_MS), from_ms(END_MS)
    paragraphs = (
        f"Ten years of heavy use in one journal (schema version {SCHEMA_VERSION}), built "
        "with `Journal.insert_rows` from rows in the exchange format (docs/journal-format.md; "
        f"{SESSIONS_PER_CHUNK:,} sessions with their steps and ratings per call) made by a "
        "seeded random generator, so every run holds the same data apart from the knots' "
        "UUIDs, then timed with the app's own calls. The targets are the issue's, for a "
        "2-core machine. " + when,
        f"Data: {KNOTS} knots, {SESSIONS:,} sessions, {STEPS:,} steps, {RATINGS:,} ratings "
        f"over {YEARS} years ({start:%Y-%m-%d} to {end:%Y-%m-%d}), counted in the file after "
        "the build. Six chronic knots are followed for all ten years and get most of the "
        f"holds and ratings: the busiest knot has {facts['busiest_knot'][1]:,} ratings, the "
        f"median knot {facts['median_knot'][1]:,}. weekly_summary (UTC offset +01:00) "
        f"returns {facts['knot_weeks']:,} knot-weeks.",
        f"Each time is the median of {runs} runs in one process, so the file is in the OS "
        "page cache. The quick_check row is the integrity check `Journal.open` runs on every "
        "open, timed alone on a read-only connection of its own: "
        f"{facts['check_share']:.0%} of the open time. add_step is measured last, each "
        "single-step transaction timed separately (min and max are over all the steps); "
        "with synchronous = FULL each waits for an fsync, which is cheap on this machine's "
        "disk (see above) and will cost more on a slow one.",
    )
    rows = [f"| {r.name} | {' | '.join(cells(r))} | {r.note} |" for r in results]
    command = f".venv/bin/python -m bench.journal_scale --runs {runs} --write-md docs/BENCHMARKS.md"
    return section_text(SECTION, paragraphs, facts["machine"], rows, command)


# ----------------------------------------------------------------------------- main


def run(data_dir: Path, runs: int, md: Path | None) -> int:
    """Build or reuse, measure, report; 0 when every target passes."""
    data_dir.mkdir(parents=True, exist_ok=True)
    facts: dict[str, Any] = {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(data_dir),
        "build_seconds": prepare(data_dir),
    }
    ranked = query(
        data_dir / FILE_NAME,
        "SELECT k.uid, count(r.knot) AS n FROM knots k LEFT JOIN ratings r ON r.knot = k.id"
        " GROUP BY k.id ORDER BY n DESC, k.uid",
    )
    facts["busiest_knot"], facts["median_knot"] = ranked[0], ranked[len(ranked) // 2]
    results = measure(data_dir, runs, facts)
    text = section(results, facts, runs) if md is not None else ""
    return finish(results, facts["machine"], md, SECTION, text, width=30)


def finish(
    results: list[Measure],
    machine: dict[str, str],
    md: Path | None,
    title: str,
    text: str,
    width: int,
) -> int:
    """Print the machine and the results; write the section `text` into `md` when
    given; 0 when every target passes, 1 otherwise."""
    print()
    for key, value in machine.items():
        print(f"{key}: {value}")
    for item in results:
        median, low, high, target, verdict = cells(item)
        print(
            f"  {item.name:<{width}} median {median:>10}  min {low:>10}  max {high:>10}"
            f"  {target:>12}  {verdict:>4}  {item.note}"
        )
    if md is not None:
        write_section(md, title, text)
        print(f"\nwrote the '{title[3:]}' section of {md}")
    return 0 if all(item.passed is not False for item in results) else 1


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the benchmark."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="build (or reuse) the journal here")
    parser.add_argument("--runs", type=int, default=MIN_RUNS, help="runs per measure (>= 5)")
    parser.add_argument("--write-md", type=Path, metavar="PATH", help="update this markdown")
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")
    if args.dir is not None:
        return run(args.dir, args.runs, args.write_md)
    with tempfile.TemporaryDirectory(prefix="unknot-bench-") as folder:
        return run(Path(folder), args.runs, args.write_md)


if __name__ == "__main__":
    sys.exit(main())
