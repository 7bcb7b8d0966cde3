"""Plan guidance outside the window: `progress` and `progress --json` (core/commands.py).

For every active or resolved knot (the Progress page's rows, core.progress, most tender
first): its muscle, side, status, tenderness now (core.tenderness), the change over two
and four weeks, the trend, where it stands on its plan, whether a session is due today,
and the suggestion with its numbers. The JSON form is documented in
docs/progress-format.md; FORMAT_VERSION changes only when a field changes meaning or
goes away (new fields may be added within a version).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from core.body import catalogue
from core.plan import Suggestion, started_on
from core.progress import KnotProgress
from core.records import to_utc_text

FORMAT = "unknot-progress"
FORMAT_VERSION = 1


def muscle_name(muscle_id: str) -> str:
    """The muscle's plain name (its id when the catalogue no longer has it)."""
    try:
        return catalogue().muscle(muscle_id).name
    except KeyError:
        return muscle_id


def knot_json(row: KnotProgress) -> dict[str, Any]:
    """One knot's entry in the JSON form."""
    knot, plan = row.knot, row.plan
    return {
        "id": knot.id,
        "name": knot.label,
        "muscle": knot.muscle,
        "muscle_name": muscle_name(knot.muscle),
        "side": knot.side.value,
        "status": knot.status.value,
        "started": started_on(knot).isoformat(),
        "tenderness_now": row.now,
        "after_last_hold": row.after_hold,
        "change_2_weeks": row.change_2w,
        "change_4_weeks": row.change_4w,
        "trend_2_weeks": row.trend.value,
        "plan": {
            "course": plan.course.value,
            "standing": plan.standing,
            "focused_sessions": plan.sessions,
            "first_session": None if plan.started is None else plan.started.isoformat(),
            "session_due_today": plan.due_today,
        },
        "suggestion": {
            "kind": plan.suggestion.value,
            "headline": plan.suggestion.headline,
            "reason": plan.reason,
        },
    }


def progress_json(rows: Sequence[KnotProgress], made: datetime, today: date) -> dict[str, Any]:
    """The whole JSON document: format, version, when, and a knot per row."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "made_utc": to_utc_text(made),
        "day": today.isoformat(),
        "knots": [knot_json(row) for row in rows],
    }


def signed(change: int | None) -> str:
    """+2, −3, 0, or 'no data'."""
    if change is None:
        return "no data"
    return f"+{change}" if change > 0 else f"−{-change}" if change < 0 else "0"


def knot_lines(row: KnotProgress) -> list[str]:
    """One knot as a few plain lines (the CLI's words are English, as its messages)."""
    knot, plan = row.knot, row.plan
    now = "not rated at rest yet" if row.now is None else f"{row.now}/10"
    if row.after_hold is not None:
        now += f" (after the last hold: {row.after_hold})"
    suggestion = plan.suggestion.headline
    if plan.suggestion is not Suggestion.NONE and plan.reason:
        suggestion += f": {plan.reason}"
    return [
        f"{knot.label} ({muscle_name(knot.muscle)}, {knot.side.value}, {knot.status.value})",
        f"  tenderness now: {now}",
        f"  change: {signed(row.change_2w)} over 2 weeks, {signed(row.change_4w)} over 4 weeks;"
        f" trend: {row.trend.value}",
        f"  plan: {plan.standing}; session due today: {'yes' if plan.due_today else 'no'}",
        f"  suggestion: {suggestion}",
    ]


def progress_lines(rows: Sequence[KnotProgress]) -> list[str]:
    """Every knot's lines, a blank line between knots."""
    if not rows:
        return ["no knots are marked yet"]
    lines: list[str] = []
    for row in rows:
        if lines:
            lines.append("")
        lines.extend(knot_lines(row))
    return lines
