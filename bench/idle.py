"""Idle cost: Unknot's wake-ups, CPU and memory while it sits idle, beside its peers.

    python -m bench.idle [--idle 60] [--with-peers] [--write-md docs/BENCHMARKS.md]

Unknot starts with a fresh temporary --data-dir on a virtual X screen (Xvfb) with a
private session bus and a throwaway HOME, and ../shared/bench/idle_probe.py measures its
whole process tree: window_s (start to its first visible window), pss_mb after a 10 s
settle, then idle CPU and context switches per second (every thread's voluntary and
involuntary switches: its wake-ups) over --idle seconds. With --with-peers the shared
../shared/bench/peers.sh itself runs, so Safe Eyes and Workrave are measured the same
way in the same run. Targets: at most 0.5 wake-ups per second and 0.05 % CPU. A run
in which a reminder fell due (its pop-up is not idle) is refused: exit 3, run it again.
Needs Debian's xvfb xdotool dbus-x11 dbus-bin (and safeeyes workrave for --with-peers).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import machine_facts, write_section

SECTION = "## Idle cost"
TARGET_WAKEUPS = 0.5
TARGET_CPU_PCT = 0.05
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
Row = dict[str, Any]  # one JSON line of idle_probe.py
REMINDER_DUE = "unknot.ui.reminders: due:"  # ui/reminder_driver.py logs each one


def output(command: list[str], env: dict[str, str] | None = None) -> str:
    """What a command prints (its errors are ignored: a missing result says enough)."""
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False).stdout


def json_lines(text: str) -> list[Row]:
    """The probes' JSON results, one a line; anything else is left out."""
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def with_peers(idle: int, command: str) -> list[Row]:
    """Safe Eyes, Workrave and Unknot, one after another, by peers.sh itself."""
    peers = ["bash", str(SHARED / "peers.sh"), str(idle), f"unknot={command}"]
    return json_lines(output(peers, {**os.environ, "TITLE": "Unknot"}))


def alone(idle: int, command: str) -> list[Row]:
    """Unknot only, set up as peers.sh sets up each program: a virtual screen of the same
    size, a private session bus that also stands in for the system bus, an empty HOME."""
    screen = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1600x1000x24"]
    bus = ["dbus-run-session", "--", "bash", "-c"]
    bus += ['DBUS_SYSTEM_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS exec "$@"', "bus"]
    probe = [sys.executable, str(SHARED / "idle_probe.py"), "--name", "unknot", "--idle"]
    probe += [str(idle), "--window-title", "Unknot", "--", "bash", "-c", f"exec {command}"]
    with tempfile.TemporaryDirectory(prefix="unknot-idle-home-") as home:
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": f"{home}/.config"}
        env["XDG_DATA_HOME"] = f"{home}/.local/share"
        return json_lines(output([*screen, *bus, *probe], env))


def passes(row: Row) -> bool:
    """Whether one result meets both idle targets (and the program was still running)."""
    wakeups, cpu = row["ctx_switches_per_s"], row["idle_cpu_pct"]
    return bool(row["alive"]) and wakeups <= TARGET_WAKEUPS and cpu <= TARGET_CPU_PCT


def table(rows: list[Row]) -> str:
    """The markdown table: one row per program; the targets are Unknot's."""
    lines = [
        "| program | first window | PSS | RSS | processes | idle CPU | wake-ups | pass |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
    ]
    for row in rows:
        window = "—" if row["window_s"] is None else f"{row['window_s']:.2f} s"
        verdict = ("PASS" if passes(row) else "FAIL") if row["name"] == "unknot" else "—"
        lines.append(
            f"| {row['name']} | {window} | {row['pss_mb']} MB | {row['rss_mb']} MB"
            f" | {row['procs']} | {row['idle_cpu_pct']:.3f} % | {row['ctx_switches_per_s']:.2f} /s"
            f" | {verdict} |"
        )
    lines.append(
        f"| target (Unknot) | — | — | — | — | ≤ {TARGET_CPU_PCT} % | ≤ {TARGET_WAKEUPS} /s | |"
    )
    return "\n".join(lines)


def section(rows: list[Row], idle: int, peers: bool) -> str:
    """The markdown section for docs/BENCHMARKS.md."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    from PySide6 import __version__ as pyside

    facts = machine_facts() | {"PySide6": pyside}
    if peers:
        query = ["dpkg-query", "-W", "-f", "${Package} ${Version}, ", "safeeyes", "workrave"]
        facts["peers (Debian)"] = output(query).rstrip(", ")
    listed = "\n".join(f"- {key}: {value}" for key, value in facts.items())
    tick = 100 / os.sysconf("SC_CLK_TCK") / idle
    return f"""{SECTION}

Each program alone on a virtual X screen (Xvfb, 1600 x 1000, no window manager and no
tray) with a private session bus and an empty HOME; Unknot with a fresh --data-dir, the
peers with their defaults. After a 10 s settle, {idle} s of idle: CPU is the whole
process tree's user + system time as a share of one core, counted in clock ticks (one
tick is {tick:.3f} % here); wake-ups are every thread's context switches (voluntary +
involuntary) per second; PSS and RSS are summed over the tree (PSS also depends on what
else shares the libraries). First window: start to the first visible window named
Unknot. Run on {when}.

{listed}

{table(rows)}

```sh
.venv/bin/python -m bench.idle --idle {idle}{" --with-peers" * peers} --write-md docs/BENCHMARKS.md
```
"""


def main() -> int:
    """Measure, print the table, optionally write the markdown; 0 when Unknot passes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=int, default=60, metavar="SECONDS")
    parser.add_argument("--with-peers", action="store_true")
    parser.add_argument("--write-md", type=Path, metavar="PATH")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="unknot-idle-data-") as data:
        command = shlex.join([sys.executable, str(ROOT / "main.py"), "--data-dir", data])
        rows = (with_peers if args.with_peers else alone)(args.idle, command)
        log = Path(data, "logs", "unknot.log")
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        due = [line for line in text.splitlines() if REMINDER_DUE in line]
    for row in rows:
        print(json.dumps(row))
    ours = [row for row in rows if row["name"] == "unknot"]
    if not ours:
        print("no result for Unknot (see /tmp/idle_probe_unknot.log)", file=sys.stderr)
        return 2
    print(table(rows))
    if due:  # a reminder's pop-up is not idle: the figures say nothing
        print("not idle, a reminder fell due; run it again:", *due, sep="\n  ", file=sys.stderr)
        return 3
    if args.write_md:
        write_section(args.write_md, SECTION, section(rows, args.idle, args.with_peers))
    return 0 if passes(ours[0]) else 1


if __name__ == "__main__":
    sys.exit(main())
