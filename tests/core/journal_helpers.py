"""Small builders for journal tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from core.clock import FakeClock
from core.journal import Journal
from core.records import Knot, Side, View

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def make_knot(clock: FakeClock, label: str = "Right upper trapezius", **changes: object) -> Knot:
    fields: dict[str, object] = {
        "view": View.BACK,
        "x": 0.42,
        "y": 0.21,
        "muscle": "upper_trapezius",
        "side": Side.RIGHT,
        "label": label,
        "created": clock.now(),
    }
    fields.update(changes)
    return Knot(**fields)  # type: ignore[arg-type]


def open_journal(folder: Path, clock: FakeClock | None = None) -> Journal:
    folder.mkdir(parents=True, exist_ok=True)
    return Journal.open(folder, clock or FakeClock(START))
