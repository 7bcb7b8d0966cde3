"""Is each knot getting better? The all-knots view's numbers, from the journal.

For every knot that is not archived: its newest resting tenderness (a check-in or a
rating before a hold; one just after a hold measures the hold), the change against two and
four weeks ago (the newest rating at or before then), the two-week trend, and its plan
(core.plan): where it stands, whether a session is due, and what the ratings suggest.
Knots come most tender first; knots with no rating yet come last.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from core.journal import Journal
from core.plan import KnotPlan, focus_days, plan_for
from core.records import Knot, KnotStatus, RatingHistory, to_ms
from core.trends import RESTING, Trend, two_week_trend

SHOWN = (KnotStatus.ACTIVE, KnotStatus.RESOLVED)


@dataclass(frozen=True)
class KnotProgress:
    """One knot's row in the all-knots view."""

    knot: Knot
    now: int | None  # newest tenderness
    change_2w: int | None  # now minus two weeks ago (negative: better)
    change_4w: int | None
    trend: Trend
    plan: KnotPlan


def resting(history: RatingHistory) -> list[tuple[int, int]]:
    """(at_ms, tenderness) of the ratings that say where a knot stands: check-ins and
    ratings before a hold (core.trends), or every rating when there are none of those."""
    pairs = [
        (at_ms, tenderness)
        for at_ms, tenderness, context in zip(
            history.at_ms, history.tenderness, history.context, strict=True
        )
        if context in RESTING
    ]
    return pairs or list(zip(history.at_ms, history.tenderness, strict=True))


def tenderness_at(pairs: list[tuple[int, int]], moment: datetime) -> int | None:
    """The newest tenderness at or before `moment`, if there is one."""
    limit = to_ms(moment)
    found = None
    for at_ms, tenderness in pairs:
        if at_ms > limit:
            break
        found = tenderness
    return found


def progress_of(
    knot: Knot, history: RatingHistory, journal: Journal, now: datetime
) -> KnotProgress:
    """One knot's numbers on `now` (an aware local time)."""
    zone = now.tzinfo
    assert zone is not None, "progress needs an aware local time"
    holds, treated = journal.care_of(knot.id)
    plan = plan_for(knot, history, focus_days(holds, treated, zone), now.date(), zone)
    pairs = resting(history)
    current = pairs[-1][1] if pairs else None

    def change(weeks: int) -> int | None:
        then = tenderness_at(pairs, now - timedelta(weeks=weeks))
        return None if current is None or then is None else current - then

    return KnotProgress(knot, current, change(2), change(4), two_week_trend(history, now), plan)


def all_knots(journal: Journal, now: datetime) -> list[KnotProgress]:
    """Every active or resolved knot's row, most tender first."""
    rows = [
        progress_of(knot, journal.ratings_for(knot.id), journal, now)
        for knot in journal.knots(SHOWN)
    ]
    return sorted(rows, key=lambda row: (row.now is None, -(row.now or 0), row.knot.label))
