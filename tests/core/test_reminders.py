"""The reminder scheduler, driven as the tray's single-shot timer drives it, on a fake
clock: anchored series, weekends, suspends and wall-clock jumps, DST, pause, snooze,
escalation, quiet hours, away, and a month in well under a second."""

from __future__ import annotations

import time as time_module
from datetime import UTC, date, time, timedelta, tzinfo
from itertools import pairwise

import pytest

from core.reminders import ReminderRule
from core.working_day import WorkingDay
from tests.core.reminder_helpers import (
    BERLIN,
    DEFAULT_DAY,
    EVERY_DAY,
    MICRO,
    MONDAY,
    MOVEMENT,
    NEW_YORK,
    POSTURE,
    SESSION,
    WATER,
    at,
    clock_at,
    gaps_minutes,
    hhmm,
    run_until,
    scheduler,
    slots,
)

TUESDAY = MONDAY + timedelta(days=1)
BREAKS = (POSTURE, MICRO, MOVEMENT)


# ----------------------------------------------------------------------- a working day


def test_a_working_day_fires_every_kind_at_its_exact_local_times() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run = run_until(reminders, clock, at(MONDAY, 23, 59))
    for kind, expected in DEFAULT_DAY.items():
        assert run.times(kind) == expected, kind
    assert all(f.shown.folded == 1 and not f.shown.escalate for f in run.fired)
    assert all(f.at == f.due for f in run.fired)  # each taken exactly when due
    assert {f.at.utcoffset() for f in run.fired} == {timedelta(hours=1)}


def test_checks_a_few_seconds_late_do_not_shift_the_series() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run = run_until(reminders, clock, at(MONDAY, 23, 59), late=timedelta(seconds=3))
    for kind, expected in DEFAULT_DAY.items():
        assert run.times(kind) == expected, kind
    assert all(f.due.second == 0 and f.at - f.due == timedelta(seconds=3) for f in run.fired)
    assert gaps_minutes(run.of(WATER)) == {60.0}  # never 60, 121, 182 …
    assert gaps_minutes(run.of(MICRO)) == {20.0}


def test_a_weekend_has_nothing_and_friday_evening_points_at_monday() -> None:
    friday = MONDAY + timedelta(days=4)
    clock = clock_at(friday, 18)
    reminders = scheduler(clock)
    next_monday = MONDAY + timedelta(days=7)
    assert reminders.next_due() == at(next_monday, 9, 20).astimezone(UTC)
    assert reminders.next_of_each()[WATER] == at(next_monday, 10)
    assert reminders.next_of_each()[SESSION] == at(next_monday, 17)
    weekend = run_until(reminders, clock, at(next_monday, 9, 0))
    assert weekend.fired == []
    monday = run_until(reminders, clock, at(next_monday, 9, 20))
    assert [(f.kind, hhmm(f.at)) for f in monday.fired] == [(MICRO, "09:20")]


# ------------------------------------------------------------- suspends and slow timers


@pytest.mark.parametrize("how", ["suspend", "frozen_process"])
def test_two_hours_away_give_one_water_and_count_as_a_break(how: str) -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10, 35))
    if how == "suspend":
        clock.suspend(7200)
    else:
        clock.advance(7200)  # the timer came two hours late
    back = run_until(reminders, clock, at(MONDAY, 12, 35))
    assert [f.kind for f in back.fired] == [WATER]
    (water,) = back.fired
    assert water.shown.folded == 2  # 11:00 and 12:00
    assert water.due == at(MONDAY, 12)
    assert reminders.next_of_each()[MICRO] == at(MONDAY, 12, 55)  # 20 min after return
    rest = run_until(reminders, clock, at(MONDAY, 23, 0))
    assert rest.times(WATER) == slots("13:00", "17:00", 60)
    assert rest.times(POSTURE) == slots("13:05", "17:05", 30)
    assert rest.times(MICRO) == slots("12:55", "17:15", 20)
    assert rest.times(MOVEMENT) == slots("13:35", "16:35", 60)
    assert rest.times(SESSION) == ["17:00"]


def test_a_short_suspend_that_missed_nothing_still_counts_as_the_next_break() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10, 5))
    clock.suspend(10 * 60)  # back at 10:15, before anything was due
    run = run_until(reminders, clock, at(MONDAY, 11))
    assert run.times(MICRO) == ["10:40", "11:00"]  # 10:20 was the break taken
    assert run.times(WATER) == ["11:00"]


def test_a_snooze_then_a_suspend_counts_every_due_moment_it_stands_for() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10))
    reminders.answered(WATER)
    reminders.snooze(WATER, 10)
    clock.advance(5 * 60)
    clock.suspend(2 * 3600 + 25 * 60)  # wakes at 12:30: missed 10:10, 11:00 and 12:00
    (water,) = run_until(reminders, clock, at(MONDAY, 12, 30)).of(WATER)
    assert (water.shown.folded, water.due) == (3, at(MONDAY, 12))


# ----------------------------------------------------------------------- wall-clock jumps


def test_a_wall_jump_forward_gives_no_burst() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 11, 5))
    clock.jump_wall(timedelta(hours=3))
    run = run_until(reminders, clock, at(MONDAY, 16, 0))
    first_check = [f for f in run.fired if f.at == at(MONDAY, 14, 5)]
    assert [f.kind for f in first_check] == [WATER]
    assert (first_check[0].shown.folded, first_check[0].due) == (3, at(MONDAY, 14))
    for kind in (WATER, *BREAKS):
        dues = [f.at for f in run.of(kind)]
        assert all(b - a >= timedelta(minutes=20) for a, b in pairwise(dues))
    assert run.times(MICRO)[:3] == ["14:25", "14:45", "15:05"]  # restarted at 14:05


def test_a_wall_jump_past_the_session_time_still_gives_the_session_once() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 15, 5))
    clock.jump_wall(timedelta(hours=3))
    after = reminders.take_due()
    assert sorted(d.kind for d in after) == sorted([WATER, SESSION])
    water = next(d for d in after if d.kind is WATER)
    assert (water.folded, water.due) == (2, at(MONDAY, 17))  # 16:00 and 17:00 only
    rest = run_until(reminders, clock, at(TUESDAY, 9, 20))
    assert [(f.kind, f.at) for f in rest.fired] == [(MICRO, at(TUESDAY, 9, 20))]


def test_a_wall_jump_back_replans_from_the_new_time() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 11, 5))
    clock.jump_wall(timedelta(hours=-1))  # 10:05 again
    assert reminders.take_due() == []
    assert reminders.next_due() == at(MONDAY, 10, 20)
    again = run_until(reminders, clock, at(MONDAY, 11, 0))
    assert again.times(MICRO) == ["10:20", "10:40", "11:00"]
    assert again.times(WATER) == ["11:00"]


def test_a_timer_armed_before_a_jump_back_fires_nothing_and_replans() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 11, 0))
    armed = reminders.next_due()
    assert armed == at(MONDAY, 11, 20)
    clock.advance(5 * 60)
    clock.jump_wall(timedelta(hours=-1))
    clock.advance(15 * 60)  # the monotonic timer fires: the wall clock says 10:20
    assert reminders.take_due() == []
    following = reminders.next_due()
    assert following is not None and following > clock.now()
    assert following == at(MONDAY, 10, 30)  # posture, anchored at 09:00


# ------------------------------------------------------------------------------- DST


@pytest.mark.parametrize(
    ("day", "zone", "offset_h"),
    [
        (date(2026, 3, 29), BERLIN, 2),  # spring forward, a Sunday
        (date(2026, 10, 25), BERLIN, 1),  # fall back, a Sunday
        (date(2026, 3, 8), NEW_YORK, -4),
        (date(2026, 11, 1), NEW_YORK, -5),
    ],
)
def test_dst_days_keep_local_times_and_true_hours(day: date, zone: tzinfo, offset_h: int) -> None:
    eve = day - timedelta(days=1)
    clock = clock_at(eve, 12, zone=zone)
    reminders = scheduler(clock, WorkingDay(days=EVERY_DAY))
    run = run_until(reminders, clock, at(day, 23, 0, zone))
    today = [f for f in run.fired if f.at.date() == day]
    assert {f.at.utcoffset() for f in today} == {timedelta(hours=offset_h)}
    for kind, expected in DEFAULT_DAY.items():
        fired = [f for f in today if f.kind is kind]
        assert [hhmm(f.at) for f in fired] == expected, kind
    assert gaps_minutes([f for f in today if f.kind is WATER]) == {60.0}
    assert gaps_minutes([f for f in today if f.kind is MICRO]) == {20.0}
    assert len([f for f in run.fired if f.kind is SESSION]) == 2  # eve and day, 17:00 each


@pytest.mark.parametrize(
    ("day", "zone", "local_times"),
    [
        (date(2026, 3, 29), BERLIN, ["01:00", "03:00", "04:00", "05:00"]),
        (date(2026, 10, 25), BERLIN, ["01:00", "02:00", "02:00", "03:00", "04:00", "05:00"]),
        (date(2026, 3, 8), NEW_YORK, ["01:00", "03:00", "04:00", "05:00"]),
        (date(2026, 11, 1), NEW_YORK, ["01:00", "01:00", "02:00", "03:00", "04:00", "05:00"]),
    ],
)
def test_a_series_across_the_dst_change_is_a_true_hour(
    day: date, zone: tzinfo, local_times: list[str]
) -> None:
    night = WorkingDay(
        days=EVERY_DAY, start=time(0), end=time(6), quiet_start=time(0), quiet_end=time(0)
    )
    clock = clock_at(day - timedelta(days=1), 23, zone=zone)
    reminders = scheduler(clock, night)
    run = run_until(reminders, clock, at(day, 7, 0, zone))
    assert run.times(WATER) == local_times
    assert gaps_minutes(run.of(WATER)) == {60.0}


# ----------------------------------------------------------------------- pause and resume


def test_pause_for_an_hour_then_the_first_anchored_slots_after_it() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10, 5))
    assert reminders.pause_for(timedelta(hours=1)) == at(MONDAY, 11, 5)
    assert run_until(reminders, clock, at(MONDAY, 11, 5)).fired == []
    nexts = {k: hhmm(d.astimezone(BERLIN)) for k, d in reminders.next_of_each().items()}
    order = (MICRO, POSTURE, WATER, MOVEMENT)
    assert [nexts[k] for k in order] == ["11:20", "11:30", "12:00", "12:00"]
    after = run_until(reminders, clock, at(MONDAY, 12))
    assert [(f.kind, hhmm(f.at)) for f in after.fired] == [
        (MICRO, "11:20"),
        (POSTURE, "11:30"),
        (MICRO, "11:40"),
        (WATER, "12:00"),
        (POSTURE, "12:00"),
        (MICRO, "12:00"),
        (MOVEMENT, "12:00"),
    ]
    assert all(f.shown.folded == 1 for f in after.fired)


def test_resume_early_goes_on_from_now_without_what_the_pause_held_back() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10, 5))
    reminders.pause_for(timedelta(hours=1))
    assert run_until(reminders, clock, at(MONDAY, 10, 25)).fired == []  # 10:20 held back
    reminders.resume()
    assert reminders.paused_until is None
    assert reminders.next_due() == at(MONDAY, 10, 30)
    run = run_until(reminders, clock, at(MONDAY, 11))
    assert [(f.kind, hhmm(f.at)) for f in run.fired][:2] == [(POSTURE, "10:30"), (MICRO, "10:40")]
    assert all(f.due > at(MONDAY, 10, 25) for f in run.fired)


def test_pause_until_tomorrow_holds_everything_until_tomorrows_first_slot() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10, 5))
    reminders.pause_until_tomorrow()
    assert reminders.next_due() == at(TUESDAY, 9, 20)
    run = run_until(reminders, clock, at(TUESDAY, 9, 30))
    assert [(f.kind, f.at) for f in run.fired] == [
        (MICRO, at(TUESDAY, 9, 20)),
        (POSTURE, at(TUESDAY, 9, 30)),
    ]
    assert reminders.next_of_each()[SESSION] == at(TUESDAY, 17)  # Monday's was held back


# ---------------------------------------------------------- snooze, skip and escalation


def test_a_snooze_brings_it_back_exactly_once_and_other_lengths_are_refused() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10))
    with pytest.raises(ValueError, match="5, 10 or 15"):
        reminders.snooze(WATER, 7)
    assert reminders.next_of_each()[WATER] == at(MONDAY, 11)  # the refused one changed nothing
    assert reminders.answered(WATER) is not None
    assert reminders.snooze(WATER, 10) == at(MONDAY, 10, 10)
    run = run_until(reminders, clock, at(MONDAY, 12, 30))
    assert run.times(WATER) == ["10:10", "11:00", "12:00"]
    assert run.of(WATER)[0].at == at(MONDAY, 10, 10)


def test_answered_clears_the_unanswered_one_and_ignored_ones_become_missed() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10))
    assert reminders.unanswered[WATER].due == at(MONDAY, 10)
    answered = reminders.answered(WATER)
    assert answered is not None and answered.due == at(MONDAY, 10)
    assert WATER not in reminders.unanswered
    assert reminders.answered(WATER) is None
    run_until(reminders, clock, at(MONDAY, 12))  # 11:00 ignored, replaced at 12:00
    missed_water = [d for d in reminders.missed if d.kind is WATER]
    assert [d.due for d in missed_water] == [at(MONDAY, 11)]
    assert reminders.unanswered[WATER].due == at(MONDAY, 12)


def test_the_third_ignored_in_a_row_escalates_and_an_answer_resets_it() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock, escalate_after=2)
    run = run_until(reminders, clock, at(MONDAY, 13, 59))
    assert [f.shown.escalate for f in run.of(WATER)] == [False, False, True, True]
    reminders.answered(WATER)
    later = run_until(reminders, clock, at(MONDAY, 16))
    assert [f.shown.escalate for f in later.of(WATER)] == [False, False, True]
    other_clock = clock_at(MONDAY, 8)
    answering = scheduler(other_clock, escalate_after=2)
    calm = run_until(answering, other_clock, at(MONDAY, 17, 30), answer=True)
    assert calm.fired and not any(f.shown.escalate for f in calm.fired)
    assert answering.missed == []


# ----------------------------------------------------------------- quiet hours and away


def test_nothing_fires_in_the_quiet_hours() -> None:
    evening = WorkingDay(start=time(20), end=time(23, 30), quiet_start=time(22), quiet_end=time(7))
    late_session = ReminderRule(SESSION, at=time(22, 30))
    clock = clock_at(MONDAY, 19)
    reminders = scheduler(clock, evening, rules=[late_session])
    assert SESSION not in reminders.next_of_each()
    run = run_until(reminders, clock, at(MONDAY + timedelta(days=7), 19))
    assert run.count(SESSION) == 0
    assert all(time(20) <= f.at.time() < time(22) for f in run.fired)
    monday = [f for f in run.fired if f.at.date() == MONDAY]
    assert [hhmm(f.at) for f in monday if f.kind is MICRO] == slots("20:20", "21:40", 20)
    assert [hhmm(f.at) for f in monday if f.kind is WATER] == ["21:00"]
    assert run.count(WATER) == 5  # Monday to Friday, 21:00 only


def test_a_snooze_into_the_quiet_hours_does_not_fire_in_them() -> None:
    evening = WorkingDay(start=time(20), end=time(23, 30), quiet_start=time(22), quiet_end=time(7))
    clock = clock_at(MONDAY, 19)
    reminders = scheduler(clock, evening)
    run_until(reminders, clock, at(MONDAY, 21, 55))
    reminders.snooze(MICRO, 10)
    run = run_until(reminders, clock, at(TUESDAY, 20, 20))
    assert not any(evening.is_quiet(f.at) for f in run.fired)
    assert [f.at for f in run.of(MICRO)] == [at(TUESDAY, 20, 20)]


def test_away_stops_posture_and_breaks_but_not_water_and_back_restarts_them() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    run_until(reminders, clock, at(MONDAY, 10, 5))
    reminders.away()
    assert set(reminders.next_of_each()) == {WATER, SESSION}
    away = run_until(reminders, clock, at(MONDAY, 12, 10))
    assert [(f.kind, hhmm(f.at)) for f in away.fired] == [(WATER, "11:00"), (WATER, "12:00")]
    reminders.back()
    nexts = {k: hhmm(d.astimezone(BERLIN)) for k, d in reminders.next_of_each().items()}
    assert (nexts[MICRO], nexts[POSTURE], nexts[MOVEMENT]) == ("12:30", "12:40", "13:10")
    run = run_until(reminders, clock, at(MONDAY, 13, 10))
    assert run.times(MICRO) == ["12:30", "12:50", "13:10"]
    assert run.times(POSTURE) == ["12:40", "13:10"]
    assert run.times(MOVEMENT) == ["13:10"]
    assert run.times(WATER) == ["13:00"]


# ------------------------------------------------------------------- rules and a month


def test_a_disabled_rule_never_fires_and_no_session_unless_a_knot_wants_one() -> None:
    clock = clock_at(MONDAY, 8)
    wanted = {"session": False}
    reminders = scheduler(
        clock,
        rules=[ReminderRule(POSTURE, enabled=False)],
        wants_session=lambda day: wanted["session"],
    )
    assert set(reminders.next_of_each()) == {WATER, MICRO, MOVEMENT}
    week = run_until(reminders, clock, at(MONDAY + timedelta(days=4), 23))
    assert week.kinds() == {WATER, MICRO, MOVEMENT}
    assert week.count(WATER) == 5 * 8
    wanted["session"] = True
    assert reminders.next_of_each()[SESSION] == at(MONDAY + timedelta(days=7), 17)


def test_thirty_days_in_under_a_second() -> None:
    clock = clock_at(MONDAY, 8)
    reminders = scheduler(clock)
    started = time_module.perf_counter()
    run = run_until(reminders, clock, at(date(2026, 4, 1), 0), answer=True)
    elapsed = time_module.perf_counter() - started
    assert elapsed < 1.0
    days = {f.at.date() for f in run.fired}
    assert len(days) == 22 and all(day.weekday() < 5 for day in days)
    expected = {WATER: 8, POSTURE: 16, MICRO: 25, MOVEMENT: 8, SESSION: 1}
    assert {kind: run.count(kind) for kind in expected} == {k: 22 * n for k, n in expected.items()}
    assert all(f.shown.folded == 1 for f in run.fired)
    assert run.times(MICRO)[-1] == "17:20"  # 31 March, after the DST change, still local
