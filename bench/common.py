"""What every benchmark's report shares: the machine's facts, figures with units, and
replacing one section of docs/BENCHMARKS.md while keeping the others; and a data folder
past the first-run welcome, for the benchmarks that start the app."""

from __future__ import annotations

import contextlib
import os
import platform
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path


def past_the_welcome(data_dir: Path) -> Path:
    """Make `data_dir` (a `--data-dir`) a folder whose user has been through the first-run
    welcome (its settings say the safety text was accepted), as every start after the
    first finds it: no welcome over the window, and the reminders run. Returns it."""
    config = data_dir / "config"
    config.mkdir(mode=0o700, parents=True, exist_ok=True)
    (config / "settings.json").write_text('{"safety_accepted": true}\n', encoding="utf-8")
    return data_dir


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
    if abs(value) < 0.1:
        return f"{value:.3f} {unit}"
    return f"{value:.{2 if abs(value) < 10 else 1}f} {unit}"


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


def section_text(
    title: str,
    paragraphs: Sequence[str],
    machine: Mapping[str, str],
    rows: Sequence[str],
    command: str,
) -> str:
    """A benchmark's section: the first paragraph, the machine, the other paragraphs,
    the table of results (`rows`, already in markdown) and the command that made it."""
    text = textwrap.fill(paragraphs[0], width=90, break_on_hyphens=False)
    text += "\n\n" + "\n".join(f"- {key}: {value}" for key, value in machine.items()) + "\n\n"
    text += "\n\n".join(textwrap.fill(p, width=90, break_on_hyphens=False) for p in paragraphs[1:])
    table = [
        "| measure | median | min | max | target | pass | note |",
        "| --- | ---: | ---: | ---: | ---: | :---: | --- |",
        *rows,
    ]
    return (
        f"{title}\n\n{text}\n\n" + "\n".join(table) + "\n\nTo reproduce (`--dir DIR` keeps "
        f"the journal for later runs):\n\n```sh\n{command}\n```\n"
    )
