"""Idle cost: Unknot's memory, CPU and wake-ups while it sits idle with its window open and
closed to the tray, beside Safe Eyes and Workrave measured in the same run.

    .venv/bin/python -m bench.idle [--idle 60] [--runs 5] [--write-md docs/BENCHMARKS.md]

../shared/bench/idle_probe.py measures each program's whole process tree: PSS after a
settle (10 s after start), then CPU and context switches per second (every thread's
voluntary and involuntary switches: its wake-ups) over --idle seconds. Each round has
two parts, one after the other:

- window open: ../shared/bench/peers.sh itself (Xvfb :97, no tray, no window manager):
  Safe Eyes, Workrave, then Unknot with its window shown;
- tray: bench/screen.py's screen on :110 with a system tray (Debian's trayer) and no
  window manager, set up as peers.sh sets up its own: Safe Eyes, Workrave, Unknot started
  with --minimized, and Unknot started with its window shown, which this script then
  closes (WM_DELETE_WINDOW, as the close button) as soon as it is shown; that run settles
  CLOSED_SETTLE_S, as closing shows the tray's 8 s message. Each program's tray icon is
  checked (trayer must hold it) before its idle time starts.

Every Unknot run has a fresh --data-dir, past the first-run welcome. A round in which a
reminder fell due (its pop-up is not idle) is dropped and run again; after three, exit 3.
Other processes that map Qt's libraries share pages with Unknot and lower its PSS: the
most seen during each Unknot run is reported. Needs Debian's xvfb xdotool dbus-x11
x11-utils trayer safeeyes workrave.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench.common import machine_facts, past_the_welcome, write_section
from bench.screen import VirtualScreen
from bench.x11 import Display, X11Error, tray_icons

SECTION = "## Idle cost"
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
TRAY_DISPLAY = 110
SETTLE_S, CLOSED_SETTLE_S = 10, 16
MIN_RUNS = 5
TARGET_WAKEUPS = 0.5  # per second
TARGET_PSS_VS_SAFE_EYES = 0.8
TARGET_CPU_PCT = 0.05  # the earlier absolute target, kept beside "no more than Workrave"
REMINDER_DUE = "unknot.ui.reminders: due:"  # ui/reminder_driver.py logs each one
MODES = ("window open", "in the tray (--minimized)", "closed to the tray")
PEERS = {"safe-eyes": "bash -c 'exec safeeyes'", "workrave": "workrave"}
Row = dict[str, Any]  # one JSON line of idle_probe.py, with 'mode' and checks added


def json_lines(text: str) -> list[Row]:
    """The probes' JSON results, one a line; anything else is left out."""
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


class QtSharers(threading.Thread):
    """Counts, every few seconds, the processes outside this run that map Qt's core
    library (they share pages with Unknot and lower its PSS); `most` is the peak."""

    def __init__(self, ours: str, delay: float = 0) -> None:
        super().__init__(daemon=True)
        self.ours, self.most, self._done = ours, 0, threading.Event()
        self.delay = delay

    def run(self) -> None:
        if self._done.wait(self.delay):
            return
        while not self._done.wait(3):
            self.most = max(self.most, self.count())

    def wait_for_none(self, limit: float = 300) -> None:
        """Wait (at most `limit` seconds) until no process outside this run maps Qt."""
        deadline = time.monotonic() + limit
        if self.count():
            print("waiting for other Qt processes to end (they lower Unknot's PSS)", flush=True)
        while self.count() and time.monotonic() < deadline:
            time.sleep(5)

    def count(self) -> int:
        """Processes mapping libQt6Core whose command line is not this run's."""
        found = 0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                if self.ours in (entry / "cmdline").read_text(errors="replace"):
                    continue
                found += "libQt6Core" in (entry / "maps").read_text(errors="replace")
            except OSError:
                continue
        return found

    def stop(self) -> int:
        """Stop counting; the peak."""
        self._done.set()
        self.join()
        return self.most


def reminders_due(data: Path) -> list[str]:
    """The log lines of reminders that fell due in the data folder `data`."""
    log = data / "logs" / "unknot.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    return [line for line in text.splitlines() if REMINDER_DUE in line]


def warm_up(app: Path, ours: Path) -> str:
    """The command that runs Unknot with its bytecode cached under `ours` (as an installed
    app has it; this checkout's environment may say PYTHONDONTWRITEBYTECODE), after one
    start that fills the cache."""
    command = ["env", "-u", "PYTHONDONTWRITEBYTECODE", f"PYTHONPYCACHEPREFIX={ours}/pycache"]
    command += [sys.executable, str(app / "main.py")]
    data = past_the_welcome(Path(tempfile.mkdtemp(prefix="warm-up-", dir=ours)))
    with VirtualScreen(TRAY_DISPLAY, tray=True) as screen:
        process = subprocess.Popen(
            [*command, "--data-dir", str(data), "--minimized"],
            env=screen.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(SETTLE_S / 2)
        process.terminate()
        process.wait(60)
    return shlex.join(command)


def window_open(idle: int, unknot: str, ours: str) -> list[Row]:
    """Safe Eyes, Workrave and Unknot (window shown), by peers.sh itself."""
    sharers = QtSharers(ours, delay=2 * (SETTLE_S + idle + 1))  # Unknot's turn comes third
    sharers.wait_for_none()
    sharers.start()
    command = ["bash", str(SHARED / "peers.sh"), str(idle), f"unknot={unknot}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")} | {"TITLE": "Unknot"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    rows = json_lines(done.stdout)
    most = sharers.stop()
    for row in rows:
        row["mode"] = MODES[0]
        row["tray_icons"] = None
        if row["name"] == "unknot":
            row["qt_sharers"] = most
    return rows


def probe(
    screen: VirtualScreen, name: str, command: str, idle: int, settle: int, title: str | None
) -> subprocess.Popen[str]:
    """Start idle_probe.py on the tray screen (it starts `command`)."""
    line = [sys.executable, str(SHARED / "idle_probe.py"), "--name", name]
    line += ["--idle", str(idle), "--settle", str(settle)]
    line += ["--window-title", title] if title else []
    return subprocess.Popen(
        [*line, "--", "bash", "-c", f"exec {command}"],
        env=screen.env,
        stdout=subprocess.PIPE,
        text=True,
    )


def close_when_shown(display: Display) -> bool:
    """Wait for Unknot's window, close it as its close button would; True once it hid."""
    try:
        _, window = display.wait_mapped("Unknot", 30)
        time.sleep(0.3)  # let the first paint happen, as a person would see it
        display.close_window(window)
        display.wait_unmapped(window, 10)
    except X11Error as error:
        print(f"closing Unknot's window: {error}", file=sys.stderr)
        return False
    return True


def in_tray(screen: VirtualScreen, name: str, command: str, idle: int, ours: str) -> Row:
    """One program on the tray screen; its row, with the tray icons seen before idling."""
    closing = name == "unknot-closed"
    settle = CLOSED_SETTLE_S if closing else SETTLE_S
    sharers = QtSharers(ours)
    if name.startswith("unknot"):
        sharers.wait_for_none()
    with Display(screen.display) as display:
        display.drain()
        began = time.monotonic()
        process = probe(screen, name, command, idle, settle, "Unknot" if closing else None)
        hidden = close_when_shown(display) if closing else None
    if name.startswith("unknot"):
        sharers.start()
    time.sleep(max(0.0, began + settle - 1.5 - time.monotonic()))
    icons = tray_icons(screen.display)
    out, _ = process.communicate()
    rows = json_lines(out)
    if not rows:
        raise SystemExit(f"no result for {name} (see /tmp/idle_probe_{name}.log)")
    row = rows[0] | {"tray_icons": icons, "hidden": hidden}
    row["mode"] = MODES[2] if closing else MODES[1] if name == "unknot" else "tray"
    row["name"] = "unknot" if name.startswith("unknot") else name
    if name.startswith("unknot"):
        row["qt_sharers"] = sharers.stop()
    return row


def tray_part(idle: int, unknot: str, ours: Path) -> list[Row]:
    """Safe Eyes, Workrave, Unknot --minimized and Unknot closed, on the tray screen."""
    rows = []
    with VirtualScreen(TRAY_DISPLAY, tray=True) as screen:
        for name, command in PEERS.items():
            rows.append(in_tray(screen, name, command, idle, str(ours)))
        for name, extra in (("unknot", " --minimized"), ("unknot-closed", "")):
            data = past_the_welcome(Path(tempfile.mkdtemp(prefix="data-", dir=ours)))
            command = f"{unknot} --data-dir {shlex.quote(str(data))}{extra}"
            rows.append(in_tray(screen, name, command, idle, str(ours)) | {"data": str(data)})
    return rows


def one_round(idle: int, unknot: str, ours: Path) -> list[Row]:
    """Both parts once; every Unknot row says where its data folder is."""
    data = past_the_welcome(Path(tempfile.mkdtemp(prefix="data-", dir=ours)))
    rows = window_open(idle, f"{unknot} --data-dir {shlex.quote(str(data))}", str(ours))
    for row in rows:
        row["data"] = str(data) if row["name"] == "unknot" else None
    return rows + tray_part(idle, unknot, ours)


# ----------------------------------------------------------------------------- figures


def screen_of(row: Row) -> str:
    """Which screen a row ran on."""
    return "no tray" if row["mode"] == MODES[0] else "tray"


def median(rows: list[Row], key: str) -> float:
    """The median of `key` over rows."""
    return statistics.median(float(row[key]) for row in rows)


def grouped(rows: list[Row]) -> dict[tuple[str, str], list[Row]]:
    """Rows by (screen, what ran): ('no tray', 'safe-eyes'), ('tray', 'closed to …'), …"""
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        what = row["mode"] if row["name"] == "unknot" else row["name"]
        groups.setdefault((screen_of(row), what), []).append(row)
    return groups


def per_round(rows: list[Row], mode: str, key: str, peer: str) -> list[float]:
    """Unknot's `key` in `mode` divided by the peer's on the same screen, round by round."""
    screen = "no tray" if mode == MODES[0] else "tray"
    ours = [r for r in rows if r["name"] == "unknot" and r["mode"] == mode]
    theirs = [r for r in rows if r["name"] == peer and screen_of(r) == screen]
    return [a[key] / b[key] for a, b in zip(ours, theirs, strict=True)]


def verdict(passed: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if passed else "FAIL"


def target_rows(rows: list[Row]) -> list[str]:
    """The targets table, one row per target and mode ('TARGET — MODE')."""
    groups, lines = grouped(rows), []
    for mode in MODES:
        screen = "no tray" if mode == MODES[0] else "tray"
        ours = groups[(screen, mode)]
        ratios = per_round(rows, mode, "pss_mb", "safe-eyes")
        ratio = statistics.median(ratios)
        lines.append(
            f"| PSS ÷ Safe Eyes's — {mode} | {ratio:.3f} × | {min(ratios):.3f} × "
            f"| {max(ratios):.3f} × | ≤ {TARGET_PSS_VS_SAFE_EYES:.2f} × "
            f"| {verdict(ratio <= TARGET_PSS_VS_SAFE_EYES)} | per round, same screen |"
        )
        cpu, workrave = (
            median(ours, "idle_cpu_pct"),
            median(groups[(screen, "workrave")], "idle_cpu_pct"),
        )
        cpus = [row["idle_cpu_pct"] for row in ours]
        lines.append(
            f"| idle CPU vs Workrave's — {mode} | {cpu:.3f} % | {min(cpus):.3f} % "
            f"| {max(cpus):.3f} % | ≤ Workrave's | {verdict(cpu <= workrave)} "
            f"| Workrave {workrave:.3f} % |"
        )
        wakes = [row["ctx_switches_per_s"] for row in ours]
        wake = statistics.median(wakes)
        lines.append(
            f"| wake-ups — {mode} | {wake:.2f} /s | {min(wakes):.2f} /s | {max(wakes):.2f} /s "
            f"| ≤ {TARGET_WAKEUPS} /s | {verdict(wake <= TARGET_WAKEUPS)} | |"
        )
        lines.append(
            f"| idle CPU — {mode} | {cpu:.3f} % | {min(cpus):.3f} % | {max(cpus):.3f} % "
            f"| ≤ {TARGET_CPU_PCT} % | {verdict(cpu <= TARGET_CPU_PCT)} | earlier target |"
        )
    return lines


def icon_cell(group: list[Row]) -> str:
    """Whether the program's tray icon was in the tray in every run."""
    if group[0]["tray_icons"] is None:
        return "—"
    held = sum(
        1
        for row in group
        if row["name"].replace("-", "") in " ".join(row["tray_icons"]).lower().replace("-", "")
    )
    return "yes" if held == len(group) else f"{held} of {len(group)}"


def program_table(rows: list[Row]) -> str:
    """Every program's medians, screen by screen."""
    lines = [
        "| screen | program | first window | PSS | RSS | idle CPU | wake-ups (min–max) "
        "| tray icon | other Qt processes |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | :---: | ---: |",
    ]
    for (screen, what), group in grouped(rows).items():
        windows = [row["window_s"] for row in group if row["window_s"] is not None]
        window = f"{statistics.median(windows):.2f} s" if windows else "—"
        wakes = [row["ctx_switches_per_s"] for row in group]
        sharers = [row["qt_sharers"] for row in group if "qt_sharers" in row]
        name = f"unknot, {what}" if what in MODES else what
        lines.append(
            f"| {screen} | {name} | {window} | {median(group, 'pss_mb'):.1f} MB "
            f"| {median(group, 'rss_mb'):.1f} MB | {median(group, 'idle_cpu_pct'):.3f} % "
            f"| {statistics.median(wakes):.2f} /s ({min(wakes):.2f}–{max(wakes):.2f}) "
            f"| {icon_cell(group)} | {max(sharers) if sharers else '—'} |"
        )
    return "\n".join(lines)


# ----------------------------------------------------------------------------- report


def machine(app: Path) -> dict[str, str]:
    """The machine, PySide6, the peers' Debian versions and the app's commit."""
    query = ["dpkg-query", "-W", "-f", "${Package} ${Version}, ", "safeeyes", "workrave", "trayer"]
    peers = subprocess.run(query, capture_output=True, text=True, check=False).stdout
    described = subprocess.run(
        ["git", "-C", str(app), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return machine_facts() | {
        "PySide6": version("PySide6"),
        "peers and tray (Debian)": peers.rstrip(", "),
        "app": f"{app} at {described or 'an unknown commit'}",
    }


def section(rows: list[Row], facts: dict[str, Any]) -> str:
    """The '## Idle cost' section of docs/BENCHMARKS.md."""
    idle, runs = facts["idle"], facts["runs"]
    tick = 100 / os.sysconf("SC_CLK_TCK") / idle
    paragraphs = [
        "Each program alone on a virtual X screen (Xvfb, 1600 x 1000) with a private "
        "session bus and an empty HOME, measured by ../shared/bench/idle_probe.py: after a "
        f"{SETTLE_S} s settle, {idle} s of idle. CPU is the whole process tree's user + "
        "system time as a share of one core, counted in clock ticks (one tick is "
        f"{tick:.3f} % here); wake-ups are every thread's context switches (voluntary + "
        "involuntary) per second; PSS and RSS are summed over the tree after the settle. "
        "First window: start to the first visible window named Unknot (idle_probe.py polls "
        "every 50 ms). " + facts["when"],
        "Two screens per round. No tray: ../shared/bench/peers.sh itself (Xvfb :97, no "
        "window manager, no tray): Safe Eyes, Workrave, then Unknot with its window shown. "
        "Tray: the same set-up on :110 plus a system tray (trayer) and still no window "
        "manager: Safe Eyes, Workrave, Unknot started with --minimized (its log says "
        "'started in the tray'), and Unknot started normally whose window this script "
        "closes (WM_DELETE_WINDOW, what the close button sends) as soon as it is shown; "
        f"that run settles {CLOSED_SETTLE_S} s, as the first close shows an 8 s message "
        "from the tray. A program's tray icon counts when trayer holds it 1.5 s before the "
        "idle time starts. Every Unknot run has a fresh --data-dir whose settings say the "
        "first-run welcome is done (the safety text accepted), as on every start after the "
        "first; the peers run with their defaults.",
        f"Medians over {runs} rounds (ratios: Unknot's PSS over the Safe Eyes PSS of the "
        "same round and screen). PSS shares pages among the processes that map the same "
        "files: the last column counts the most processes outside this run that mapped "
        "Qt's core library while Unknot was measured (another engineer's tests, say); when "
        "it is not 0, Unknot's PSS reads lower than it would alone, and RSS is the safer "
        f"comparison. {facts['dropped']}",
    ]
    text = "\n\n".join(textwrap.fill(p, width=90, break_on_hyphens=False) for p in paragraphs)
    listed = "\n".join(f"- {key}: {value}" for key, value in facts["machine"].items())
    targets = [
        "| measure | median | min | max | target | pass | note |",
        "| --- | ---: | ---: | ---: | ---: | :---: | --- |",
        *target_rows(rows),
    ]
    minutes = runs * (7 * (idle + SETTLE_S + 2) + 6) // 60 + 1
    command = (
        f".venv/bin/python -m bench.idle --idle {idle} --runs {runs} --write-md docs/BENCHMARKS.md"
    )
    return (
        f"{SECTION}\n\n{text}\n\n{listed}\n\n{program_table(rows)}\n\nUnknot's targets:\n\n"
        + "\n".join(targets)
        + f"\n\nTo reproduce (about {minutes} minutes):\n\n```sh\n{command}\n```\n"
    )


def warnings(rows: list[Row]) -> list[str]:
    """What makes a row doubtful: a program that died, an Unknot not in the tray."""
    found = []
    for row in rows:
        where = f"{row['name']} ({row['mode']})"
        if not row["alive"]:
            found.append(f"{where} was no longer running at the end")
        if row["name"] == "unknot" and row["mode"] != MODES[0]:
            if "Unknot" not in (row["tray_icons"] or []):
                found.append(f"{where}: no Unknot icon in the tray")
            if row.get("hidden") is False:
                found.append(f"{where}: the window did not close")
            log = Path(row["data"], "logs", "unknot.log")
            if row["mode"] == MODES[1] and "started in the tray" not in log.read_text():
                found.append(f"{where}: the log does not say 'started in the tray'")
    return found


def main(argv: list[str] | None = None) -> int:
    """Measure, print the tables, optionally write the section; 0 when Unknot passes."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--idle", type=int, default=60, metavar="SECONDS")
    parser.add_argument("--runs", type=int, default=MIN_RUNS, help=f"rounds (>= {MIN_RUNS})")
    parser.add_argument("--app", type=Path, default=ROOT, help="run DIR/main.py")
    parser.add_argument("--write-md", type=Path, metavar="PATH", help="update this markdown")
    parser.add_argument("--with-peers", action="store_true", help=argparse.SUPPRESS)  # always
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS and args.write_md is not None:
        parser.error(f"--runs must be at least {MIN_RUNS} to write the results")
    app = args.app.resolve()
    facts: dict[str, Any] = {"idle": args.idle, "runs": args.runs, "machine": machine(app)}
    facts["when"] = f"Run on {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}."
    rows: list[Row] = []
    dropped: list[list[str]] = []  # the due reminders of each dropped round
    with tempfile.TemporaryDirectory(prefix="unknot-idle-") as folder:
        unknot = warm_up(app, Path(folder))
        while len(rows) < args.runs * 7:
            if len(dropped) == 3:
                lines = [line for due in dropped for line in due]
                print("not idle, reminders kept falling due:", *lines, sep="\n  ", file=sys.stderr)
                return 3
            print(f"round {len(rows) // 7 + 1} of {args.runs}", flush=True)
            new = one_round(args.idle, unknot, Path(folder))
            for row in new:
                print(json.dumps(row), flush=True)
            if len(new) != 7:
                raise SystemExit(
                    f"{len(new)} results in a round, not 7 (see /tmp/idle_probe_*.log)"
                )
            due = [
                line for row in new if row.get("data") for line in reminders_due(Path(row["data"]))
            ]
            if due:  # a reminder's pop-up is not idle: the round's figures say nothing
                dropped.append(due)
                continue
            rows += new
        doubts = warnings(rows)
    facts["dropped"] = (
        f"{len(dropped)} round(s) dropped because a reminder fell due." if dropped else ""
    )
    print(program_table(rows), "", *target_rows(rows), *doubts, sep="\n")
    passed = all(line.split("|")[6].strip() == "PASS" for line in target_rows(rows))
    if args.write_md is not None:
        write_section(args.write_md, SECTION, section(rows, facts))
        from bench.summary import update

        update(args.write_md)
        print(f"\nwrote the '{SECTION[3:]}' section and the summary of {args.write_md}")
    return 0 if passed and not doubts else 1


if __name__ == "__main__":
    sys.exit(main())
