"""The summary at the top of docs/BENCHMARKS.md: every target with its measured figure and
PASS or the gap, read back from the sections' own tables (each written by its benchmark),
so it is remade whenever a benchmark rewrites its section.

    .venv/bin/python -m bench.summary [--write-md docs/BENCHMARKS.md]

A target row is a table row whose `pass` column says PASS or FAIL. Rows of ISSUE_SECTIONS
are listed one by one, except that rows named 'TARGET — CASE' are grouped into one line per
TARGET; every other section is one line (how many of its targets pass, and which do not).
Timer accuracy's result is a sentence, read with TIMER_RESULT. A missed target is shown
with the gap and, where REASONS knows it, why.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from bench.common import write_section

SECTION = "## Summary"
ISSUE_SECTIONS = ("Start-up", "Idle cost", "Lazy loading")
TIMER_RESULT = re.compile(
    r"Median error ([-+\d.]+ ms), worst \|error\|\s+([\d.]+ ms): target ≤ ([\d.]+ ms), "
    r"\*\*(PASS|FAIL)\*\*"
)
# Why a target is missed, where known (measured with cProfile and -X importtime; see the
# sections). Keyed by (section, target); shown only while the target is missed.
REASONS = {
    ("Start-up", "ten-year journal ÷ minimal"): (
        "as the empty journal's ratio below: the journal itself adds little since the "
        "reminders read only the weeks a plan looks at (0.67 s before that change)"
    ),
    ("Start-up", "empty journal ÷ minimal"): (
        "on top of the minimal window's time, importing the app's own modules (ui.app "
        "imports every page and most of core; the start-up section gives the -X importtime "
        "figure) and building "
        "every page of the main window before it is shown (about 70 ms under cProfile); "
        "importing and building the pages other than Today when first opened would close "
        "most of the gap"
    ),
    ("Idle cost", "PSS ÷ Safe Eyes's — closed to the tray"): (
        "once its window has been shown, Unknot keeps the window's shared-memory backing "
        "store (1.6 MB, memfd:xorg in its smaps) and about 1 MB more heap after the window "
        "is closed to the tray, so it sits a few tenths of a MB above 0.8 × Safe Eyes "
        "(started with --minimized it is about 3 MB lower); freeing the native window "
        "(and so its backing store) when hiding to the tray would meet the target"
    ),
    ("Idle cost", "PSS ÷ Safe Eyes's — window open"): (
        "the margin is thin: Unknot's PSS is Qt's libraries (about 21 MB), the PySide6 "
        "bindings (11 MB), other libraries (10 MB) and Python's and Qt's heap (33 MB)"
    ),
    ("Body map", "repaint while zooming (figure redrawn), 50 knots, 200 %, zoom 3x"): (
        "redrawing the figure at 6× device pixels (zoom 3 at 200 % scaling) on every zoom "
        "step; the other seven repaint cases are within the target"
    ),
}


@dataclass
class Target:
    """One target row of one section's table."""

    section: str
    name: str
    figure: str
    target: str
    passed: bool


def sections(text: str) -> dict[str, list[str]]:
    """Each '## ' section's lines, by title."""
    found: dict[str, list[str]] = {}
    title = ""
    for line in text.splitlines():
        if line.startswith("## "):
            title = line[3:].strip()
            found[title] = []
        elif title:
            found[title].append(line)
    return found


def cells(line: str) -> list[str]:
    """The cells of a markdown table row."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def targets(title: str, lines: list[str]) -> list[Target]:
    """The target rows of a section's tables (and timer accuracy's sentence)."""
    found, header = [], None
    for line in lines:
        if not line.startswith("|"):
            header = None
            continue
        row = cells(line)
        if header is None:
            header = [name.lower() for name in row]
            continue
        if set(line) <= set("|-: ") or "pass" not in header or len(row) != len(header):
            continue
        values = dict(zip(header, row, strict=True))
        verdict = values["pass"]
        if verdict not in ("PASS", "FAIL"):
            continue
        p99 = values.get("p99") if title == "Body map" else None
        figure = f"{p99} p99" if p99 else values.get("median") or values.get(header[1], "")
        name = values.get("measure") or row[0]
        found.append(Target(title, name, figure, values.get("target", "—"), verdict != "FAIL"))
    sentence = TIMER_RESULT.search(" ".join(lines))
    if sentence:
        median, worst, target, verdict = sentence.groups()
        figure = f"median {median}, worst {worst}"
        found.append(Target(title, "end of a hold", figure, f"≤ {target}", verdict == "PASS"))
    return found


def reason(item: Target) -> str:
    """Why a target is missed, or an honest 'not analysed'."""
    return REASONS.get((item.section, item.name), "reason not analysed yet")


def issue_rows(items: list[Target]) -> list[str]:
    """One line per target; 'TARGET — CASE' rows grouped by TARGET."""
    groups: dict[str, list[Target]] = {}
    for item in items:
        groups.setdefault(item.name.split(" — ")[0], []).append(item)
    rows = []
    for name, group in groups.items():
        figures = "; ".join(
            f"{item.name.split(' — ')[1]}: {item.figure}" if " — " in item.name else item.figure
            for item in group
        )
        missed = [item for item in group if not item.passed]
        result = "PASS" if not missed else "gap: " + "; ".join(reason(i) for i in missed)
        target = group[0].target
        rows.append(f"| {group[0].section}: {name} ({target}) | {figures} | {result} |")
    return rows


def other_row(title: str, items: list[Target]) -> str:
    """One line for a whole section: its figures (or how many pass), and the gaps."""
    missed = [item for item in items if not item.passed]
    count = "1 target" if len(items) == 1 else f"{len(items)} targets"
    if len(items) <= 5:
        figure = "; ".join(f"{item.name}: {item.figure} ({item.target})" for item in items)
    else:
        figure = f"{len(items) - len(missed)} of {len(items)} met"
    result = (
        "PASS"
        if not missed
        else "gap: "
        + "; ".join(
            f"{item.name}: {item.figure} (target {item.target}); {reason(item)}" for item in missed
        )
    )
    return f"| {title} ({count}) | {figure} | {result} |"


def summary(text: str) -> str:
    """The summary section for the document `text`."""
    found = sections(text)
    rows = []
    for title in ISSUE_SECTIONS:
        rows += issue_rows(targets(title, found.get(title, [])))
        if title not in found:
            rows.append(f"| {title} | not measured yet | — |")
    for title, lines in found.items():
        items = targets(title, lines)
        if title not in (*ISSUE_SECTIONS, SECTION[3:]) and items:
            rows.append(other_row(title, items))
    return "\n".join(
        [
            SECTION,
            "",
            textwrap.fill(
                "Every target against the latest run of its section below (each section "
                "gives its machine, date and command). Start-up, idle cost and lazy loading "
                "are the targets of issue 9, one line each; the other sections' targets, one "
                "line per section. A missed target says by how much and why.",
                width=90,
            ),
            "",
            "| target | measured (median unless said) | result |",
            "| --- | --- | --- |",
            *rows,
            "",
            "bench.startup and bench.idle remake this table when they write their sections; alone:",
            "",
            "```sh",
            ".venv/bin/python -m bench.summary --write-md docs/BENCHMARKS.md",
            "```",
            "",
        ]
    )


def update(path: Path) -> None:
    """Write the summary into `path`: in place, or before the first section."""
    text = path.read_text(encoding="utf-8")
    new = summary(text)
    if f"\n{SECTION}\n" in f"\n{text}":
        write_section(path, SECTION, new)
        return
    head, sep, rest = text.partition("\n## ")
    path.write_text(head.rstrip("\n") + "\n\n" + new + "\n" + sep.lstrip("\n") + rest)


def main(argv: list[str] | None = None) -> int:
    """Print the summary; with --write-md, also write it."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--write-md", type=Path, metavar="PATH", help="update this markdown")
    args = parser.parse_args(argv)
    path = args.write_md or Path(__file__).resolve().parents[1] / "docs" / "BENCHMARKS.md"
    print(summary(path.read_text(encoding="utf-8")))
    if args.write_md:
        update(args.write_md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
