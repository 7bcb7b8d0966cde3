"""Start-up benchmark: from process start to Unknot's main window shown, beside a minimal
PySide6 window, and what importing QtCharts, QtMultimedia and QtTextToSpeech lazily saves.

    .venv/bin/python -m bench.startup [--runs 7] [--dir DIR] [--write-md docs/BENCHMARKS.md]

Everything runs on one virtual X screen (bench/screen.py: Xvfb :111, no window manager, a
private session bus, an empty HOME). A start-up is timed from just before the process is
started to the X server's MapNotify of its main window (bench/x11.py), i.e. the moment the
window is shown; PSS (whole process tree) is read SETTLE_S seconds later. Each round runs,
one after another: a minimal PySide6 window (a QMainWindow holding a QLabel, the same
Python), Unknot on an empty journal, Unknot on the ten-year journal, Unknot on an empty
journal with the three lazy modules imported first (a sitecustomize.py on PYTHONPATH) and
Unknot on an empty journal without a bytecode cache; then, each in a fresh process after
QtWidgets and a QApplication, the import of each lazy module alone and of all three. A
warm-up round goes first, untimed: it creates and migrates the journals, as a first start
does, and fills the bytecode cache (PYTHONPYCACHEPREFIX in the run's folder: an installed
app has its .pyc files). Medians are over --runs rounds. On a shared machine each start
waits for a quiet second and is measured again when other processes used more than a
fifth of a core during it (bench/launch.py).

The ten-year journal is bench/progress.py's (journal_scale's ten years plus the self-care,
notes and treatments), built in DIR or reused from it, and copied into the run's own data
folder, so the app's backups and logs never land in DIR. After the warm-up, `python -X
importtime` runs the app on each journal to list the modules loaded by the time its window
is shown: the lazy modules must not be among them.

--app DIR runs DIR/main.py instead of this checkout's (e.g. a clean clone of HEAD while the
working tree is half-edited). Exit status 0 when every target passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.common import machine_facts, past_the_welcome, section_text, write_section
from bench.journal_scale import Measure, cells, finish, prepare
from bench.launch import MAX_FOREIGN_CORES, Started, shown, start, stop, wait_until_quiet
from bench.progress import add_extras
from bench.screen import VirtualScreen
from bench.x11 import Display
from core.journal import FILE_NAME

ROOT = Path(__file__).resolve().parents[1]
SECTION, LAZY_SECTION = "## Start-up", "## Lazy loading"
DISPLAY_NUMBER = 111
MIN_RUNS = 5
TARGET_S = 0.6
TARGET_RATIO = 2.5
SETTLE_S = 4.0  # after the window is shown; the daily backup runs 3 s after start
QT_BASE = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
LAZY = ("PySide6.QtCharts", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
APP_TITLE = "Unknot"
MINIMAL_TITLE = "Minimal PySide6 window"
MINIMAL = f"""import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle({MINIMAL_TITLE!r})
window.setCentralWidget(QLabel("Hello"))
window.show()
sys.exit(app.exec())
"""
IMPORT_AFTER_WIDGETS = """import importlib, json, sys, time
from PySide6.QtWidgets import QApplication
def memory():
    with open("/proc/self/smaps_rollup") as f:
        return {l.split()[0]: int(l.split()[1]) / 1024 for l in f if l[:4] in ("Pss:", "Rss:")}
app = QApplication(sys.argv[:1])
before, began = memory(), time.perf_counter()
for name in sys.argv[1:]:
    importlib.import_module(name)
ms, after = (time.perf_counter() - began) * 1000, memory()
print(json.dumps({"ms": ms, "pss": after["Pss:"] - before["Pss:"]}))
"""


@dataclass
class Variant:
    """One program started and timed in every round."""

    name: str
    command: list[str]
    title: str
    env: dict[str, str] = field(default_factory=dict)
    runs: list[Started] = field(default_factory=list)
    discarded: int = 0

    def figures(self, key: str) -> list[float]:
        """Every timed run's `key` ('seconds', 'pss' or 'rss')."""
        return [getattr(run, key) for run in self.runs]


def imported_at_start(
    display: Display, command: list[str], env: dict[str, str], log: Path
) -> dict[str, float]:
    """The modules `python -X importtime` reports by SETTLE_S after the window shows,
    each with its cumulative import time in ms."""
    trace = log.with_suffix(".importtime")
    with trace.open("wb") as err, log.open("ab") as out:
        process = subprocess.Popen(
            [command[0], "-X", "importtime", *command[1:]],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )
    try:
        shown(display, process, APP_TITLE, log)
        time.sleep(SETTLE_S)
    finally:
        stop(process)
    imported: dict[str, float] = {}
    for line in trace.read_text(errors="replace").splitlines()[1:]:
        if line.startswith("import time:"):
            _, cumulative, name = line.split("|")
            imported.setdefault(name.strip(), int(cumulative) / 1000)
    return imported


def import_cost(modules: tuple[str, ...], env: dict[str, str]) -> dict[str, float]:
    """In a fresh process after QtWidgets and a QApplication: ms and PSS MB the import
    of `modules` adds."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_AFTER_WIDGETS, *modules],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"importing {' '.join(modules)} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(lines[-1])
    return result


# ----------------------------------------------------------------------------- runs


def variants(app: Path, work: Path) -> list[Variant]:
    """The programs of each round, with their data folders under `work`."""
    python, main = sys.executable, str(app / "main.py")
    site = work / "eager-site"
    site.mkdir()
    (site / "sitecustomize.py").write_text("".join(f"import {m}\n" for m in LAZY))

    def unknot(name: str, folder: str, **env: str) -> Variant:
        data = past_the_welcome(work / folder)
        return Variant(name, [python, main, "--data-dir", str(data)], APP_TITLE, env)

    return [
        Variant("minimal", [python, "-c", MINIMAL], MINIMAL_TITLE),
        unknot("empty", "empty"),
        unknot("ten_years", "ten-years"),
        unknot("eager", "eager", PYTHONPATH=str(site)),
        unknot("no_cache", "empty", PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=""),
    ]


def child_environment(screen: VirtualScreen, work: Path) -> dict[str, str]:
    """The screen's environment with Python's bytecode cached (in `work`, not in the
    checkout), as an installed app has it."""
    env = {k: v for k, v in screen.env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"PYTHONPYCACHEPREFIX": str(work / "pycache")}


def copy_ten_years(source: Path, work: Path) -> None:
    """The ten-year journal (and its -wal, if any) into the run's own data folder."""
    target = past_the_welcome(work / "ten-years")
    for suffix in ("", "-wal"):
        if (source / (FILE_NAME + suffix)).exists():
            shutil.copy2(source / (FILE_NAME + suffix), target / (FILE_NAME + suffix))


def measure(app: Path, data: Path, work: Path, runs: int) -> dict[str, Any]:
    """Every round on one virtual screen; the raw figures."""
    copy_ten_years(data, work)
    programs = variants(app, work)
    imports: dict[str, list[dict[str, float]]] = {m: [] for m in (*LAZY, "all three")}
    log = work / "programs.log"
    with VirtualScreen(DISPLAY_NUMBER) as screen, Display(screen.display) as display:
        base = child_environment(screen, work)
        loaded: dict[str, dict[str, float]] = {}
        for round_index in range(runs + 1):  # round 0 is the warm-up
            if round_index == 1:  # after the warm-up has filled the bytecode cache
                for v in programs[1:3]:  # empty and ten_years
                    loaded[v.name] = imported_at_start(display, v.command, base, log)
            print(f"round {round_index}/{runs}", flush=True)
            for v in programs:
                env = {key: value for key, value in (base | v.env).items() if value}
                done, discarded = start(
                    display, v.command, v.title, env, log, SETTLE_S, screen.pids
                )
                if round_index:
                    v.runs.append(done)
                    v.discarded += discarded
            for name in imports:
                wait_until_quiet(screen.pids)
                cost = import_cost(LAZY if name == "all three" else (name,), base)
                if round_index:
                    imports[name].append(cost)
    return {"programs": {v.name: v for v in programs}, "imports": imports, "loaded": loaded}


def results(raw: dict[str, Any]) -> tuple[list[Measure], list[Measure]]:
    """The start-up measures and the lazy-loading measures."""
    p: dict[str, Variant] = raw["programs"]
    minimal, empty, ten, eager = p["minimal"], p["empty"], p["ten_years"], p["eager"]

    def ratio(v: Variant) -> list[float]:
        pairs = zip(v.figures("seconds"), minimal.figures("seconds"), strict=True)
        return [a / b for a, b in pairs]

    def saved(key: str, scale: float = 1) -> list[float]:
        pairs = zip(eager.figures(key), empty.figures(key), strict=True)
        return [(a - b) * scale for a, b in pairs]

    def rss(v: Variant) -> str:
        return f"RSS {statistics.median(v.figures('rss')):.0f} MB"

    startup = [
        Measure("minimal PySide6 window", "s", minimal.figures("seconds"), None, "QMainWindow"),
        Measure("Unknot, empty journal", "s", empty.figures("seconds"), TARGET_S),
        Measure("Unknot, ten-year journal", "s", ten.figures("seconds"), TARGET_S),
        Measure("empty journal ÷ minimal", "×", ratio(empty), TARGET_RATIO, "per round"),
        Measure("ten-year journal ÷ minimal", "×", ratio(ten), TARGET_RATIO, "per round"),
        Measure(
            "empty journal, no bytecode cache",
            "s",
            p["no_cache"].figures("seconds"),
            None,
            "PYTHONDONTWRITEBYTECODE=1",
        ),
        Measure("PSS, minimal window", "MB", minimal.figures("pss"), None, rss(minimal)),
        Measure("PSS, empty journal", "MB", empty.figures("pss"), None, rss(empty)),
        Measure("PSS, ten-year journal", "MB", ten.figures("pss"), None, rss(ten)),
    ]
    lazy = [
        Measure("start-up, eager imports", "s", eager.figures("seconds"), None, "empty journal"),
        Measure("start-up saved by lazy imports", "ms", saved("seconds", 1000)),
        Measure("PSS, eager imports", "MB", eager.figures("pss"), None, rss(eager)),
        Measure("PSS saved by lazy imports", "MB", saved("pss")),
        Measure("RSS saved by lazy imports", "MB", saved("rss")),
    ]
    for name, costs in raw["imports"].items():
        short = name.removeprefix("PySide6.")
        lazy.append(Measure(f"import {short}: time", "ms", [c["ms"] for c in costs]))
        lazy.append(Measure(f"import {short}: PSS added", "MB", [c["pss"] for c in costs]))
    return startup, lazy


# ----------------------------------------------------------------------------- report


def app_version(app: Path) -> str:
    """The app's checkout and commit, e.g. '/work/main at 097f9cf-dirty'."""
    done = subprocess.run(
        ["git", "-C", str(app), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    )
    return f"{app} at {done.stdout.strip() or 'an unknown commit'}"


def machine(app: Path) -> dict[str, str]:
    """The machine's facts, PySide6's version and the app's commit."""
    from PySide6 import __version__ as pyside

    return {**machine_facts(), "PySide6": pyside, "app": app_version(app)}


def qt_modules(modules: dict[str, float]) -> str:
    """'QtCore, QtGui, …': the PySide6 binding modules among `modules`."""
    names = {m.split(".")[1] for m in modules if m.startswith("PySide6.Qt")}
    return ", ".join(sorted(names))


def lazy_row(loaded: dict[str, dict[str, float]], lazy: list[Measure]) -> tuple[str, bool]:
    """The table row saying whether any lazy module was loaded at start-up, with what
    that saves (the RSS and the import time of all three, from `lazy`)."""
    found = sorted({m for modules in loaded.values() for m in modules if m in LAZY})
    passed = not found
    by_name = {m.name: m.median for m in lazy}
    saves = (
        f" (saves {by_name['RSS saved by lazy imports']:.1f} MB RSS and "
        f"{by_name['import all three: time']:.0f} ms of imports)"
    )
    figure = "none" + saves if passed else ", ".join(x.removeprefix("PySide6.") for x in found)
    verdict = "PASS" if passed else "FAIL"
    return (
        f"| lazy modules loaded when the window is shown | {figure} | — | — | none | {verdict}"
        " | `-X importtime`, both journals |",
        passed,
    )


def startup_section(measures: list[Measure], facts: dict[str, Any], runs: int) -> str:
    """The '## Start-up' section of docs/BENCHMARKS.md."""
    loaded: dict[str, float] = facts["loaded"]["empty"]

    def imports(*names: str) -> str:
        return f"{sum(loaded.get(name, 0) for name in names):.0f}"

    paragraphs = (
        "From just before the process is started to the X server's MapNotify of its main "
        "window (bench/x11.py listens to the root window: no polling, the moment the window "
        "is shown), on a virtual X screen (Xvfb 1600 x 1000, no window manager and no tray) "
        "with a private session bus and an empty HOME. The minimal window is a QMainWindow "
        "holding a QLabel, run by the same Python; the ratio rows divide each round's "
        "Unknot time by that round's minimal window. Every data folder is past the first-run "
        "welcome (its settings say the safety text was accepted), as on every start after "
        "the first. The empty journal is one the warm-up round created (a returning user "
        "with no data); the ten-year journal is "
        "bench/progress.py's (40 knots, 60,000 sessions, 400,000 steps, 200,000 ratings and "
        "ten years of water, posture and reminder events), copied into the run's own data "
        "folder and migrated by the warm-up round, as a first start would. Memory is PSS of "
        f"the process tree {SETTLE_S:.0f} s after the window is shown (the daily backup has "
        f"run by then). {facts['when']}",
        f"Where the time goes (`python -X importtime`, which adds its own overhead): "
        f"importing ui.app and everything it pulls in took {imports('ui.app')} ms with the "
        f"empty journal, of which PySide6's QtCore, QtGui and QtWidgets {imports(*QT_BASE)} "
        "ms (the minimal window pays those too); the rest is the app's own modules. The "
        "ten-year journal adds what the app reads from it before the window is shown (the "
        "summary at the top says what, from a cProfile run).",
        f"One warm-up round, untimed, then {runs} rounds; in each round the programs start "
        "one after another, each stopped (SIGTERM) before the next starts. Python's bytecode "
        "is cached (PYTHONPYCACHEPREFIX in the run's folder, filled by the warm-up), as for "
        "an installed app; the no-cache row shows what a checkout run with "
        "PYTHONDONTWRITEBYTECODE=1 pays. The machine is shared: each start waits until "
        f"other processes have used at most {MAX_FOREIGN_CORES} of a core for a second, and "
        "a start-up during which they used more is measured again (bench/launch.py; "
        f"{was(facts['discarded'])}). A target is met by the median. Load average (1 min) "
        f"{facts['load']}.",
    )
    rows = [f"| {m.name} | {' | '.join(cells(m))} | {m.note} |" for m in measures]
    command = f".venv/bin/python -m bench.startup --runs {runs} --write-md docs/BENCHMARKS.md"
    return section_text(SECTION, paragraphs, facts["machine"], rows, command)


def lazy_section(measures: list[Measure], facts: dict[str, Any], runs: int) -> str:
    """The '## Lazy loading' section of docs/BENCHMARKS.md."""
    loaded: dict[str, dict[str, float]] = facts["loaded"]
    row, _ = lazy_row(loaded, measures)
    paragraphs = (
        "QtCharts (the Progress page's charts), QtMultimedia (sound cues) and QtTextToSpeech "
        "(voice cues) are imported only when first needed. Checked with `python -X "
        "importtime main.py`, stopped "
        f"{SETTLE_S:.0f} s after the main window is shown: PySide6 modules loaded with the "
        f"empty journal: {qt_modules(loaded['empty'])} ({len(loaded['empty'])} modules in "
        f"all); with the ten-year journal: {qt_modules(loaded['ten_years'])} "
        f"({len(loaded['ten_years'])}). {facts['when']}",
        "What the laziness saves: in the same rounds as the start-up section, Unknot on an "
        "empty journal was also started with the three modules imported first (a "
        "sitecustomize.py on PYTHONPATH), and each round's difference to the normal start "
        "is given. The import rows time each module alone (and all three) in a fresh "
        "process that has already imported QtWidgets and made a QApplication, with the PSS "
        "the import adds. Importing is only part of the cost: a QTextToSpeech engine or a "
        "sound effect made at start-up would add more.",
    )
    rows = [row] + [f"| {m.name} | {' | '.join(cells(m))} | {m.note} |" for m in measures]
    command = f".venv/bin/python -m bench.startup --runs {runs} --write-md docs/BENCHMARKS.md"
    return section_text(LAZY_SECTION, paragraphs, facts["machine"], rows, command)


def was(count: int) -> str:
    """'1 was', '3 were'."""
    return f"{count} {'was' if count == 1 else 'were'}"


def load_average() -> str:
    """The 1-minute load average now."""
    return f"{os.getloadavg()[0]:.2f}"


def run(data: Path, app: Path, runs: int, md: Path | None) -> int:
    """Prepare the journal, measure, report; 0 when every target passes."""
    data.mkdir(parents=True, exist_ok=True)
    prepare(data)
    add_extras(data)
    facts: dict[str, Any] = {"machine": machine(app), "load": load_average()}
    began = datetime.now().astimezone()
    with tempfile.TemporaryDirectory(prefix="unknot-startup-") as work:
        raw = measure(app, data, Path(work), runs)
    facts["when"] = f"Run on {began:%Y-%m-%d %H:%M %Z}."
    facts["load"] += f" at the start, {load_average()} at the end"
    facts["loaded"] = raw["loaded"]
    facts["discarded"] = sum(v.discarded for v in raw["programs"].values())
    startup, lazy = results(raw)
    row, lazy_passed = lazy_row(raw["loaded"], lazy)
    print(row)
    code = finish(startup + lazy, facts["machine"], None, SECTION, "", width=32)
    if md is not None:
        write_section(md, SECTION, startup_section(startup, facts, runs))
        write_section(md, LAZY_SECTION, lazy_section(lazy, facts, runs))
        from bench.summary import update

        update(md)
        print(f"\nwrote the start-up and lazy-loading sections and the summary of {md}")
    return code if lazy_passed else 1


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the benchmark."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help=f"timed rounds (>= {MIN_RUNS})")
    parser.add_argument("--dir", type=Path, help="build (or reuse) the ten-year journal here")
    parser.add_argument("--app", type=Path, default=ROOT, help="run DIR/main.py")
    parser.add_argument("--write-md", type=Path, metavar="PATH", help="update this markdown")
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS and args.write_md is not None:
        parser.error(f"--runs must be at least {MIN_RUNS} to write the results")
    app = args.app.resolve()
    if args.dir is not None:
        return run(args.dir, app, args.runs, args.write_md)
    with tempfile.TemporaryDirectory(prefix="unknot-bench-") as folder:
        return run(Path(folder), app, args.runs, args.write_md)


if __name__ == "__main__":
    sys.exit(main())
