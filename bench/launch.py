"""Starting a program on a virtual screen and timing it to its window, on a machine that
others share: how much of the CPU other processes used meanwhile, so that a start-up
slowed by someone else's test run is measured again rather than counted.

The machine's busy time comes from /proc/stat; what the measured program, the virtual
screen's own processes (Xvfb, the session bus) and this process used is taken off, and the
rest is "foreign" CPU, in cores.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from bench.x11 import Display, X11Error

TICK = os.sysconf("SC_CLK_TCK")
MAX_FOREIGN_CORES = 0.2  # a start-up during which others used more is measured again
QUIET_SAMPLE_S = 1.0
TIMEOUT_S = 30.0


class BusyMachine(SystemExit):
    """Other processes kept the machine busy for too long to measure."""


def process_tree(pid: int) -> list[int]:
    """`pid` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo += children.get(found[-1], [])
    return found


def memory_mb(pids: list[int], key: str = "Pss:") -> float:
    """PSS (or, with key 'Rss:', RSS) of these processes together, in MB (MiB)."""
    total = 0
    for pid in pids:
        try:
            lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        total += sum(int(line.split()[1]) for line in lines if line.startswith(key))
    return total / 1024


def busy_ticks() -> int:
    """Clock ticks every CPU of the machine has spent busy since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return user + nice + system + irq + softirq + steal


def cpu_ticks(pids: list[int]) -> int:
    """Clock ticks these processes have used (their own and their reaped children's)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15])
    return total


def wait_until_quiet(own: list[int], tries: int = 120) -> None:
    """Return once others used at most MAX_FOREIGN_CORES over QUIET_SAMPLE_S; after
    `tries` busy samples, BusyMachine."""
    for _ in range(tries):
        mine, busy = cpu_ticks(own), busy_ticks()
        time.sleep(QUIET_SAMPLE_S)
        foreign = (busy_ticks() - busy - (cpu_ticks(own) - mine)) / TICK / QUIET_SAMPLE_S
        if foreign <= MAX_FOREIGN_CORES:
            return
    raise BusyMachine(f"other processes kept the machine busy for {tries} samples; try later")


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (Unknot quits cleanly on it), then wait; SIGKILL after a minute."""
    process.terminate()
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def shown(display: Display, process: subprocess.Popen[bytes], title: str, log: Path) -> float:
    """When the process's window named `title` is mapped; SystemExit if it never is."""
    began = time.monotonic()
    while True:
        try:
            return display.wait_mapped(title, 0.5)[0]
        except X11Error:
            if process.poll() is not None:
                code = process.returncode
                raise SystemExit(f"exit {code} before a window showed; see {log}") from None
            if time.monotonic() - began > TIMEOUT_S:
                raise SystemExit(f"no window {title!r} in {TIMEOUT_S:.0f} s; see {log}") from None


@dataclass
class Started:
    """One start-up: seconds to the window, foreign CPU meanwhile (cores), memory later."""

    seconds: float
    foreign: float
    pss: float = 0.0
    rss: float = 0.0


def start_once(
    display: Display,
    command: list[str],
    title: str,
    env: dict[str, str],
    log: Path,
    settle: float,
    own: list[int],
) -> Started:
    """Start `command` in ROOT, time it to its window, read its memory `settle` seconds
    later, stop it. `own`: the virtual screen's processes, counted as not foreign."""
    display.drain()
    own = [*own, os.getpid()]
    with log.open("ab") as out:
        busy, mine = busy_ticks(), cpu_ticks(own)
        began = time.monotonic()
        process = subprocess.Popen(
            command, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=out
        )
    try:
        moment = shown(display, process, title, log)
        used = busy_ticks() - busy - (cpu_ticks(own) - mine) - cpu_ticks([process.pid])
        result = Started(moment - began, max(used, 0) / TICK / (moment - began))
        time.sleep(settle)
        pids = process_tree(process.pid)
        result.pss, result.rss = memory_mb(pids), memory_mb(pids, "Rss:")
        return result
    finally:
        stop(process)


def start(
    display: Display,
    command: list[str],
    title: str,
    env: dict[str, str],
    log: Path,
    settle: float,
    own: list[int],
    tries: int = 20,
) -> tuple[Started, int]:
    """start_once on a quiet machine, again while others used more than
    MAX_FOREIGN_CORES during the start-up; the result and how many were discarded."""
    for discarded in range(tries):
        wait_until_quiet(own)
        result = start_once(display, command, title, env, log, settle, own)
        if result.foreign <= MAX_FOREIGN_CORES:
            return result, discarded
    raise BusyMachine(f"{tries} start-ups in a row were disturbed by other processes")
