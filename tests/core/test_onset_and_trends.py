"""A knot's start in words and dates, and its two-week trend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from core.onset import AgoUnit, describe_onset, onset_from_ago
from core.records import RatingContext, RatingHistory, to_ms
from core.trends import Trend, slope_per_day, two_week_trend

TODAY = date(2026, 3, 31)
NOW = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (0, AgoUnit.DAYS, date(2026, 3, 31)),
        (3, AgoUnit.DAYS, date(2026, 3, 28)),
        (2, AgoUnit.WEEKS, date(2026, 3, 17)),
        (1, AgoUnit.MONTHS, date(2026, 2, 28)),
        (13, AgoUnit.MONTHS, date(2025, 2, 28)),
        (2, AgoUnit.YEARS, date(2024, 3, 31)),
    ],
)
def test_onset_from_ago(amount: int, unit: AgoUnit, expected: date) -> None:
    assert onset_from_ago(amount, unit, TODAY) == expected


def test_onset_cannot_be_ahead() -> None:
    with pytest.raises(ValueError, match="future"):
        onset_from_ago(-1, AgoUnit.DAYS, TODAY)


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "today"),
        (1, "yesterday"),
        (5, "5 days ago"),
        (21, "about 3 weeks ago"),
        (150, "about 5 months ago"),
        (800, "about 2 years ago"),
    ],
)
def test_describe_onset(days: int, words: str) -> None:
    assert describe_onset(TODAY - timedelta(days=days), TODAY) == words


def test_describe_unknown_onset() -> None:
    assert describe_onset(None, TODAY) == "not known"


def history(*points: tuple[float, int, RatingContext]) -> RatingHistory:
    """Ratings given as (days before NOW, tenderness, context)."""
    ordered = sorted(points, key=lambda p: -p[0])
    return RatingHistory(
        "k",
        tuple(to_ms(NOW - timedelta(days=d)) for d, _, _ in ordered),
        tuple(t for _, t, _ in ordered),
        tuple(c.value for _, _, c in ordered),
        tuple(None for _ in ordered),
    )


CHECK = RatingContext.CHECK_IN


def test_falling_ratings_ease_and_rising_ones_rise() -> None:
    assert two_week_trend(history((13, 7, CHECK), (7, 6, CHECK), (1, 5, CHECK)), NOW) is (
        Trend.EASING
    )
    assert two_week_trend(history((10, 3, CHECK), (2, 5, CHECK)), NOW) is Trend.RISING
    assert two_week_trend(history((10, 5, CHECK), (5, 6, CHECK), (1, 5, CHECK)), NOW) is (
        Trend.STEADY
    )


def test_after_hold_ratings_and_old_ratings_do_not_count() -> None:
    after = RatingContext.AFTER_HOLD
    # before-hold 6s and after-hold 2s: the knot is where it was
    before = RatingContext.BEFORE_HOLD
    ratings = history((12, 6, before), (12, 2, after), (2, 6, CHECK), (2, 2, after))
    assert two_week_trend(ratings, NOW) is Trend.STEADY
    # a rating from three weeks ago is outside the window: one rating left, no trend
    assert two_week_trend(history((21, 9, CHECK), (1, 3, CHECK)), NOW) is Trend.UNKNOWN


def test_too_few_or_too_close_ratings_give_no_trend() -> None:
    assert two_week_trend(history(), NOW) is Trend.UNKNOWN
    assert two_week_trend(history((3, 8, CHECK)), NOW) is Trend.UNKNOWN
    assert two_week_trend(history((1.5, 8, CHECK), (0.5, 2, CHECK)), NOW) is Trend.UNKNOWN


def test_slope_needs_two_moments() -> None:
    assert slope_per_day([0, 2], [4, 8]) == 2
    with pytest.raises(ValueError, match="two distinct"):
        slope_per_day([1, 1], [3, 4])
