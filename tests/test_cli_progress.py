"""`progress` and `progress --json` as a user types them (issue 17): every knot's
tenderness now, changes, trend, plan standing, whether a session is due, and the
suggestion with its numbers; the JSON carries a format version (docs/progress-format.md)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

import main
from core.clock import SystemClock
from core.journal import Journal
from core.paths import Paths
from core.records import Rating, RatingContext, Side
from tests.core.journal_helpers import make_knot
from tests.helpers import MAIN, ROOT, app_env, run_cli


@pytest.fixture(autouse=True)
def _no_leftover_log_handler() -> Iterator[None]:
    """main.main() sends the root logger to the data folder's log; undo that after."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_unknot", False)]:
        root.removeHandler(handler)
        handler.close()


def _journal_with_two_knots(folder: Path) -> None:
    """A knot held an hour ago (7 before, 4 after) and one rated only after holds."""
    paths = Paths.under(folder)
    paths.create()
    clock = SystemClock()
    journal = Journal.open(paths.data, clock)
    try:
        held = make_knot(
            clock,  # type: ignore[arg-type]
            "Left levator scapulae",
            muscle="levator_scapulae",
            side=Side.LEFT,
        )
        after_only = make_knot(clock, "Right upper trapezius")  # type: ignore[arg-type]
        journal.add_knot(held)
        journal.add_knot(after_only)
        hour_ago = clock.now() - timedelta(hours=1)
        journal.add_rating(Rating(held.id, hour_ago, 7, RatingContext.BEFORE_HOLD))
        journal.add_rating(
            Rating(held.id, hour_ago + timedelta(minutes=2), 4, RatingContext.AFTER_HOLD)
        )
        journal.add_rating(Rating(after_only.id, hour_ago, 2, RatingContext.AFTER_HOLD))
    finally:
        journal.close()


def test_progress_prints_each_knot_with_its_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with_two_knots(tmp_path)
    assert main.main(["--data-dir", str(tmp_path), "progress"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    held, after_only = out.split("\n\n")
    assert held.splitlines() == [
        "Left levator scapulae (Levator scapulae, left, active)",
        "  tenderness now: 7/10 (after the last hold: 4)",
        "  change: no data over 2 weeks, no data over 4 weeks; trend: unknown",
        "  plan: not started: 1–3 focused sessions may bring relief; session due today: yes",
        "  suggestion: Carry on with the plan",
    ]
    assert "  tenderness now: not rated at rest yet (after the last hold: 2)" in after_only
    assert after_only.splitlines()[-1] == (
        "  suggestion: No resting rating yet: rate it before a hold or in a check-in:"
        " only ratings after a hold so far: 2"
    )


def test_progress_json_is_the_documented_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with_two_knots(tmp_path)
    assert main.main(["--data-dir", str(tmp_path), "progress", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["format"], document["format_version"]) == ("unknot-progress", 1)
    held, after_only = document["knots"]
    assert {key: held[key] for key in ("name", "muscle", "side", "status")} == {
        "name": "Left levator scapulae",
        "muscle": "levator_scapulae",
        "side": "left",
        "status": "active",
    }
    assert (held["tenderness_now"], held["after_last_hold"]) == (7, 4)
    assert (held["change_2_weeks"], held["change_4_weeks"], held["trend_2_weeks"]) == (
        None,
        None,
        "unknown",
    )
    assert held["plan"] == {
        "course": "acute",
        "standing": "not started: 1–3 focused sessions may bring relief",
        "focused_sessions": 0,
        "first_session": None,
        "session_due_today": True,
    }
    assert held["suggestion"]["kind"] == "none"
    assert (after_only["tenderness_now"], after_only["after_last_hold"]) == (None, 2)
    assert after_only["suggestion"] == {
        "kind": "no_resting_rating",
        "headline": "No resting rating yet: rate it before a hold or in a check-in",
        "reason": "only ratings after a hold so far: 2",
    }
    documented = (Path(main.__file__).parent / "docs" / "progress-format.md").read_text("utf-8")
    for key in (*held, *held["plan"], *held["suggestion"], *document):
        assert f"`{key}`" in documented, key


def test_progress_as_a_user_types_it(tmp_path: Path) -> None:
    empty = run_cli("--data-dir", str(tmp_path / "empty"), "progress")
    assert (empty.returncode, empty.stdout, empty.stderr) == (0, "no knots are marked yet\n", "")
    wrong = run_cli("--data-dir", str(tmp_path / "empty"), "progress", "--jsn")
    assert wrong.returncode == 2 and len(wrong.stderr.splitlines()) == 1
    run_cli("--data-dir", str(tmp_path / "demo"), "demo", "--weeks", "6")
    shown = run_cli("--data-dir", str(tmp_path / "demo"), "progress", "--json")
    assert shown.returncode == 0, shown.stderr
    assert len(json.loads(shown.stdout)["knots"]) == 7
    # As `progress | head -0`: the reader is gone before the first line is written.
    piped = subprocess.Popen(
        [sys.executable, str(MAIN), "--data-dir", str(tmp_path / "demo"), "progress"],
        cwd=ROOT,
        env=app_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert piped.stdout is not None and piped.stderr is not None
    piped.stdout.close()
    told = piped.stderr.read()
    piped.stderr.close()
    assert piped.wait(timeout=60) == 141
    assert told == b""  # was "unknot: Broken pipe"
