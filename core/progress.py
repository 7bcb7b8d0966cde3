"""Is each knot getting better? The all-knots view's numbers, from the journal.

For every knot that is not archived: its tenderness now (core.tenderness: the newest
resting rating, a check-in or a rating before a hold; one just after a hold measures the
hold and is kept beside it), the change against two and four weeks ago (the newest
resting rating at or before then), the two-week trend, and its plan
(core.plan): where it stands, whether a session is due, and what the ratings suggest.
Knots come most tender first; knots with no rating yet come last.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from core.journal import Journal
from core.plan import KnotPlan, plan_for
from core.records import Knot, KnotStatus, RatingHistory, to_ms
from core.tenderness import in_history
from core.trends import RESTING, TREND_DAYS, Trend, two_week_trend

SHOWN = (KnotStatus.ACTIVE, KnotStatus.RESOLVED)
MS = timedelta(milliseconds=1)
FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class KnotProgress:
    """One knot's row in the all-knots view."""

    knot: Knot
    now: int | None  # tenderness now: the newest resting rating (core.tenderness)
    change_2w: int | None  # now minus two weeks ago (negative: better)
    change_4w: int | None
    trend: Trend
    plan: KnotPlan
    after_hold: int | None = None  # the rating after the last hold, if newer than `now`


def resting(history: RatingHistory) -> list[tuple[int, int]]:
    """(at_ms, tenderness) of the ratings that say where a knot stands: check-ins and
    ratings before a hold (core.trends); a rating after a hold never does."""
    return [
        (at_ms, tenderness)
        for at_ms, tenderness, context in zip(
            history.at_ms, history.tenderness, history.context, strict=True
        )
        if context in RESTING
    ]


def tenderness_at(pairs: list[tuple[int, int]], moment: datetime) -> int | None:
    """The newest tenderness at or before `moment`, if there is one."""
    limit = to_ms(moment)
    found = None
    for at_ms, tenderness in pairs:
        if at_ms > limit:
            break
        found = tenderness
    return found


def plan_history(
    journal: Journal, knot: Knot, days: Sequence[date], now: datetime
) -> RatingHistory:
    """The part of a knot's ratings its row and plan look at (core.plan.suggest, the
    trend, the changes): the last two weeks and a day, and the newest ratings at or
    before tomorrow, two and four weeks ago, and the plan's start. The same answers
    as the whole history (tests/core/test_progress.py checks), for a few rows a knot."""
    zone = now.tzinfo
    assert zone is not None, "progress needs an aware local time"
    end = datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=zone)
    marks = [end - MS, now - timedelta(weeks=2), now - timedelta(weeks=4), FAR_FUTURE]
    started = [day for day in days if day <= now.date()][:1]
    if started:
        marks.append(datetime.combine(started[0], time(0), tzinfo=zone) - MS)
    return journal.ratings_around(knot.id, end - timedelta(days=TREND_DAYS + 1), marks, RESTING)


def progress_of(
    knot: Knot, history: RatingHistory, days: Sequence[date], now: datetime
) -> KnotProgress:
    """One knot's numbers on `now` (an aware local time), from its ratings (all of
    them, or plan_history's part) and its days of focused care."""
    zone = now.tzinfo
    assert zone is not None, "progress needs an aware local time"
    plan = plan_for(knot, history, days, now.date(), zone)
    pairs = resting(history)
    tenderness = in_history(history)
    current = tenderness.value

    def change(weeks: int) -> int | None:
        then = tenderness_at(pairs, now - timedelta(weeks=weeks))
        return None if current is None or then is None else current - then

    trend = two_week_trend(history, now)
    return KnotProgress(
        knot, current, change(2), change(4), trend, plan, tenderness.after_hold_value
    )


def all_knots(journal: Journal, now: datetime) -> list[KnotProgress]:
    """Every active or resolved knot's row, most tender first."""
    zone = now.tzinfo
    assert zone is not None, "progress needs an aware local time"
    rows = []
    for knot in journal.knots(SHOWN):
        days = journal.care_days(knot.id, zone)
        rows.append(progress_of(knot, plan_history(journal, knot, days, now), days, now))
    return sorted(rows, key=lambda row: (row.now is None, -(row.now or 0), row.knot.label))
