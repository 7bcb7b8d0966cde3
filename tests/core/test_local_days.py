"""The cached local day of a stored moment agrees with asking the zone every time, in
zones with summer time, half-hour and quarter-hour offsets, across their changes."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from core.clock import SYSTEM_ZONE
from core.local_days import LocalDays, local_days

ZONES = [
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("America/St_Johns"),  # UTC−3:30, summer time changing at 2:00 local
    ZoneInfo("Asia/Kathmandu"),  # UTC+5:45
    ZoneInfo("Australia/Lord_Howe"),  # a half-hour summer-time change
    ZoneInfo("Pacific/Apia"),  # skipped a whole day in 2011
    SYSTEM_ZONE,
]


def year_ms(year: int) -> int:
    return int(datetime(year, 1, 1, tzinfo=UTC).timestamp() * 1000)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(ZONES), st.integers(year_ms(2000), year_ms(2040)))
def test_day_of_agrees_with_the_zone(zone: tzinfo, ms: int) -> None:
    expected = datetime.fromtimestamp(ms / 1000, UTC).astimezone(zone).date()
    assert local_days(zone).day_of(ms) == expected


def test_every_minute_around_a_change_of_clocks() -> None:
    finder = LocalDays(ZoneInfo("America/St_Johns"))
    start = int(datetime(2026, 3, 8, 0, 0, tzinfo=UTC).timestamp() * 1000)  # the spring change
    for minute in range(0, 2 * 24 * 60, 7):
        ms = start + minute * 60_000
        zone = ZoneInfo("America/St_Johns")
        assert finder.day_of(ms) == datetime.fromtimestamp(ms / 1000, UTC).astimezone(zone).date()


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.lists(st.integers(year_ms(2010), year_ms(2012)), max_size=300),
    st.lists(st.integers(-3, 3), max_size=30),
)
def test_days_of_is_each_moments_day_once_in_order(
    zone: tzinfo, spread: list[int], near_midnight: list[int]
) -> None:
    """Moments anywhere in two years (across Apia's skipped day), and moments a few
    minutes either side of local midnights."""
    midnights = [
        int(datetime(2011, 3, day, tzinfo=zone).timestamp() * 1000) for day in range(1, 29)
    ]
    close = [midnights[i % 28] + minutes * 60_000 for i, minutes in enumerate(near_midnight)]
    moments = sorted(spread + close)
    expected = sorted(
        {datetime.fromtimestamp(ms / 1000, UTC).astimezone(zone).date() for ms in moments}
    )
    assert local_days(zone).days_of(moments) == expected
