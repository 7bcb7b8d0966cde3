"""What every benchmark's report shares: the machine's facts, figures with units, and
replacing one section of docs/BENCHMARKS.md while keeping the others."""

from __future__ import annotations

import contextlib
import os
import platform
from pathlib import Path


def machine_facts() -> dict[str, str]:
    """CPU, cores, RAM, OS and Python of this machine."""
    cpu, ram = platform.processor() or platform.machine(), "unknown"
    with contextlib.suppress(OSError, IndexError):
        cpus = [x for x in Path("/proc/cpuinfo").read_text().splitlines() if "model name" in x]
        cpu = cpus[0].split(":", 1)[1].strip()
    with contextlib.suppress(OSError, ValueError, IndexError):
        mem = [x for x in Path("/proc/meminfo").read_text().splitlines() if "MemTotal:" in x]
        ram = f"{int(mem[0].split()[1]) / 1024 / 1024:.1f} GiB"
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": platform.platform(),
        "Python": platform.python_version(),
    }


def number(value: float, unit: str) -> str:
    """A figure with its unit, to a sensible precision."""
    if value < 0.1:
        return f"{value:.3f} {unit}"
    return f"{value:.{2 if value < 10 else 1}f} {unit}"


def write_section(path: Path, title: str, text: str) -> None:
    """Replace (or add) the section headed `title` ('## …'), keeping every other one."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines = old.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == title), None)
    if start is None:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), None)
        after = "" if end is None else "\n" + "\n".join(lines[end:])
        new = "\n".join(lines[:start]) + "\n" + text + after
    path.write_text(new.rstrip("\n") + "\n", encoding="utf-8")
