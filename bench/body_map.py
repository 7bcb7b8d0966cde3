"""Body map benchmark: a full repaint with 50 knots on a view, and the hover hit test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.body_map [--runs 300]
        [--write-md docs/BENCHMARKS.md]

Fills a temporary journal with 50 knots on the back view, each on a muscle (placed by a
seeded random generator and hit-tested like a click) and rated over four weeks so every
marker has a number and most a trend arrow. Then, in the app's own BodyCanvas at the
size it has in a 1120 x 760 window:

- repaint: the canvas and its 50 markers rendered into an image (QWidget.render, the
  raster engine that paints windows), at 100 % and 200 % device pixel ratio, at
  whole-body zoom and zoomed in 3x; once as after a hover or a rating (the figure layer
  is cached, see ui/body_canvas.py), once with a new zoom each time, so the figure is
  drawn afresh as it is while zooming, panning or resizing;
- hover: a synthetic mouse-move event handed to the canvas, which maps the point,
  hit-tests core.body and names the muscle, at random points over the widget; and
  core.body's hit test alone.

Exit status 0 when every target passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from bench.common import machine_facts, number, write_section
from core.body import CANVAS_HEIGHT, CANVAS_WIDTH, catalogue
from core.clock import SystemClock
from core.journal import Journal
from core.knot_map import KnotMap
from core.records import Rating, View
from ui.body_canvas import BodyCanvas

KNOTS = 50
CANVAS_SIZE = (560, 620)  # the canvas's share of a 1120 x 760 window
TARGET_REPAINT_MS = 8.0
TARGET_HOVER_MS = 1.0
SECTION = "## Body map"


@dataclass
class Measure:
    """One timed operation: all its samples in milliseconds, and its target."""

    name: str
    values: list[float]
    target: float

    @property
    def median(self) -> float:
        """The median sample."""
        return statistics.median(self.values)

    @property
    def p99(self) -> float:
        """The 99th percentile sample."""
        return statistics.quantiles(self.values, n=100)[98]

    @property
    def passed(self) -> bool:
        """The target holds for the 99th percentile, not just the median."""
        return self.p99 <= self.target


def fill(journal: Journal, clock: SystemClock, rng: random.Random) -> None:
    """50 knots on muscles of the back view, each rated every few days for four weeks."""
    body = catalogue()
    model = KnotMap(journal, clock, body)
    model.switch_view(View.BACK)
    now = clock.now()
    while len(journal.knots()) < KNOTS:
        x, y = rng.uniform(0, CANVAS_WIDTH), rng.uniform(0, CANVAS_HEIGHT)
        knot = model.add_at(x, y)
        if knot is None:
            continue
        start = rng.randint(2, 9)
        for day in range(28, 0, -rng.randint(3, 5)):
            value = max(0, min(10, start + rng.choice((-1, 0, 1)) - (28 - day) // 7))
            journal.add_rating(Rating(knot.id, now - timedelta(days=day), value))


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds per call, after five warm-up calls."""
    for _ in range(5):
        action()
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def zooming(canvas: BodyCanvas, image: QImage, zoom: float) -> Callable[[], None]:
    """Render after a new zoom each time, so the figure is drawn afresh, as while zooming."""
    factors = itertools.cycle((1.0, 1.001))

    def step() -> None:
        canvas.set_zoom(zoom * next(factors))
        canvas.render(image)

    return step


def measure(canvas: BodyCanvas, runs: int, rng: random.Random) -> list[Measure]:
    """Repaints at two pixel ratios and two zooms, then hover and hit testing."""
    results = []
    for zoom in (1.0, 3.0):
        for ratio in (1, 2):
            image = QImage(
                canvas.width() * ratio,
                canvas.height() * ratio,
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(ratio)
            where = f"{len(canvas.markers)} knots, {ratio * 100} %, zoom {zoom:g}x"
            canvas.reset_zoom()
            canvas.set_zoom(zoom, canvas.to_widget(CANVAS_WIDTH / 2, 300))
            results.append(
                Measure(
                    f"repaint, {where}",
                    timed(lambda image=image: canvas.render(image), runs),
                    TARGET_REPAINT_MS,
                )
            )
            results.append(
                Measure(
                    f"repaint while zooming (figure redrawn), {where}",
                    timed(zooming(canvas, image, zoom), runs),
                    TARGET_REPAINT_MS,
                )
            )
    canvas.reset_zoom()
    points = [
        QPointF(rng.uniform(0, canvas.width()), rng.uniform(0, canvas.height()))
        for _ in range(runs * 10)
    ]
    events = iter(
        QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            canvas.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        for point in points * 2
    )
    results.append(
        Measure(
            "hover: mouse-move handler (map, hit test, name)",
            timed(lambda: canvas.mouseMoveEvent(next(events)), len(points)),
            TARGET_HOVER_MS,
        )
    )
    body = catalogue()
    canvas_points = iter(canvas.to_canvas(p) for p in points * 2)

    def hit() -> None:
        point = next(canvas_points)
        body.hit_test(View.BACK, point.x(), point.y())

    results.append(Measure("hit test alone (core.body)", timed(hit, len(points)), TARGET_HOVER_MS))
    return results


def section(results: list[Measure], runs: int) -> str:
    """The '## Body map' section of docs/BENCHMARKS.md."""
    when = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    machine = "\n".join(f"- {key}: {value}" for key, value in machine_facts().items())
    rows = [
        "| measure | median | p99 | max | target | pass |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
        *(
            f"| {m.name} | {number(m.median, 'ms')} | {number(m.p99, 'ms')} |"
            f" {number(max(m.values), 'ms')} | ≤ {number(m.target, 'ms')} |"
            f" {'PASS' if m.passed else 'FAIL'} |"
            for m in results
        ),
    ]
    command = (
        f"QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.body_map --runs {runs}"
        " --write-md docs/BENCHMARKS.md"
    )
    return (
        f"{SECTION}\n\n"
        f"{KNOTS} knots on the back view, each rated every few days for four weeks, in the "
        f"app's BodyCanvas at {CANVAS_SIZE[0]} x {CANVAS_SIZE[1]} logical pixels (its share "
        "of a 1120 x 760 window), Qt's offscreen platform, PySide6 "
        f"{_pyside_version()}. A repaint is the canvas and every marker rendered into an "
        f"image with the raster engine; {runs} runs after five warm-ups. Hover is "
        f"{runs * 10:,} synthetic mouse-move events at random points; the hit test alone is "
        f"core.body at the same points. A target passes when the 99th percentile meets it. "
        f"Run on {when}.\n\n{machine}\n\n" + "\n".join(rows) + f"\n\n```sh\n{command}\n```\n"
    )


def _pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


def main() -> int:
    """Measure, print, optionally write the markdown; 0 when every target passes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--write-md", type=Path, metavar="PATH")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    rng = random.Random(20261124)
    with tempfile.TemporaryDirectory() as folder:
        clock = SystemClock()
        journal = Journal.open(Path(folder), clock)
        fill(journal, clock, rng)
        model = KnotMap(journal, clock, catalogue())
        canvas = BodyCanvas(model)
        canvas.resize(*CANVAS_SIZE)
        canvas.show()
        app.processEvents()
        results = measure(canvas, args.runs, rng)
        canvas.close()
        journal.close()
    for m in results:
        verdict = "PASS" if m.passed else "FAIL"
        print(f"{m.name:58} median {m.median:7.3f} ms  p99 {m.p99:7.3f} ms  {verdict}")
    if args.write_md:
        write_section(args.write_md, SECTION, section(results, args.runs))
    return 0 if all(m.passed for m in results) else 1


if __name__ == "__main__":
    sys.exit(main())
