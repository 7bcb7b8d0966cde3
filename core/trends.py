"""Which way a knot's tenderness is heading.

The two-week trend is the least-squares slope of the knot's resting ratings (check-ins
and ratings before a hold) over the last 14 days, as points of change over those 14
days. Ratings taken just after a hold are left out: they measure the hold's immediate
effect, not where the knot stands, and would make any knot that gets treated look
better. At least two resting ratings at least two days apart are needed; a change of
one point or more either way is a direction, less is steady.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.records import RatingContext, RatingHistory, to_ms

TREND_DAYS = 14
TREND_MIN_SPAN = timedelta(days=2)
TREND_THRESHOLD = 1.0
"""Points of change over TREND_DAYS that count as a direction."""

RESTING = frozenset({RatingContext.CHECK_IN.value, RatingContext.BEFORE_HOLD.value})
_DAY_MS = 86_400_000


class Trend(StrEnum):
    """Where a knot's tenderness went over the last two weeks."""

    RISING = "rising"
    EASING = "easing"
    STEADY = "steady"
    UNKNOWN = "unknown"

    @property
    def phrase(self) -> str:
        """Words for a screen reader or a tooltip."""
        return translate(
            "trends",
            {
                Trend.RISING: QT_TRANSLATE_NOOP("trends", "rising over two weeks"),
                Trend.EASING: QT_TRANSLATE_NOOP("trends", "easing over two weeks"),
                Trend.STEADY: QT_TRANSLATE_NOOP("trends", "steady over two weeks"),
                Trend.UNKNOWN: QT_TRANSLATE_NOOP("trends", "not enough ratings for a trend"),
            }[self],
        )


def slope_per_day(days: Sequence[float], values: Sequence[float]) -> float:
    """Least-squares slope of values against days (needs two distinct days)."""
    count = len(days)
    mean_x = sum(days) / count
    mean_y = sum(values) / count
    spread = sum((x - mean_x) ** 2 for x in days)
    if spread == 0:
        raise ValueError("a slope needs at least two distinct moments")
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(days, values, strict=True)) / spread


def two_week_trend(history: RatingHistory, now: datetime) -> Trend:
    """The trend of a knot's resting ratings over the 14 days up to `now`."""
    start_ms = to_ms(now - timedelta(days=TREND_DAYS))
    days: list[float] = []
    values: list[float] = []
    for at_ms, tenderness, context in zip(
        history.at_ms, history.tenderness, history.context, strict=True
    ):
        if at_ms >= start_ms and context in RESTING:
            days.append((at_ms - start_ms) / _DAY_MS)
            values.append(float(tenderness))
    span_days = max(days) - min(days) if days else 0.0
    if len(days) < 2 or span_days < TREND_MIN_SPAN / timedelta(days=1):
        return Trend.UNKNOWN
    change = slope_per_day(days, values) * TREND_DAYS
    if change >= TREND_THRESHOLD:
        return Trend.RISING
    if change <= -TREND_THRESHOLD:
        return Trend.EASING
    return Trend.STEADY
