"""The system clock and the fake clock."""

from __future__ import annotations

import time as time_module
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.clock import FakeClock, SystemClock
from core.working_day import local

BERLIN = ZoneInfo("Europe/Berlin")


def test_system_clock_is_aware_and_monotonic_does_not_go_back() -> None:
    clock = SystemClock()
    assert clock.now().tzinfo is not None
    first = clock.monotonic()
    assert clock.monotonic() >= first


def test_advance_moves_both_clocks() -> None:
    clock = FakeClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    start = clock.monotonic()
    clock.advance(90.5)
    assert clock.monotonic() - start == 90.5
    assert clock.now() == datetime(2026, 1, 5, 9, 1, 30, 500000, tzinfo=UTC)


def test_jump_wall_and_suspend_leave_monotonic_alone() -> None:
    clock = FakeClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    start = clock.monotonic()
    clock.jump_wall(timedelta(hours=-1))
    clock.suspend(8 * 3600)
    assert clock.monotonic() == start
    assert clock.now() == datetime(2026, 1, 5, 16, 0, tzinfo=UTC)


def test_local_zone_applies_dst() -> None:
    # On 2026-03-29 at 01:00 UTC, Berlin goes from 02:00 CET straight to 03:00 CEST.
    clock = FakeClock(datetime(2026, 3, 29, 0, 30, tzinfo=UTC), tz=BERLIN)
    assert clock.now().hour == 1 and clock.now().utcoffset() == timedelta(hours=1)
    clock.advance(3600)
    assert clock.now().hour == 3 and clock.now().utcoffset() == timedelta(hours=2)


def test_fake_clock_refuses_naive_start_and_negative_time() -> None:
    with pytest.raises(ValueError, match="aware"):
        FakeClock(datetime(2026, 1, 1))
    clock = FakeClock()
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.suspend(-1)


def test_the_system_zone_follows_dst_on_other_days(monkeypatch: pytest.MonkeyPatch) -> None:
    """now().tzinfo is today's fixed offset; zone() knows the rules of other days."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time_module.tzset()
    try:
        zone = SystemClock().zone()
        winter = local(date(2026, 3, 27), time(9, 0), zone)
        summer = local(date(2026, 3, 30), time(9, 0), zone)
        assert winter.utcoffset() == timedelta(hours=1)
        assert summer.utcoffset() == timedelta(hours=2)
        assert summer.astimezone(UTC).hour == 7
    finally:
        monkeypatch.delenv("TZ")
        time_module.tzset()
