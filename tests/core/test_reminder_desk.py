"""The reminder desk: the user's settings drive the scheduler, and every answer lands in
the journal (water and posture rows, and a reminder event for each reminder)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.errors import UnknotError
from core.journal import Journal
from core.records import (
    KnotStatus,
    PostureAnswer,
    ReminderKind,
    Session,
    SessionState,
    Treatment,
    TreatmentKind,
)
from core.reminder_desk import ReminderDesk, rules_of, working_day_of
from core.reminder_texts import Answer
from core.settings import Settings
from tests.core.journal_helpers import make_knot, open_journal
from tests.core.reminder_helpers import (
    MONDAY,
    MOVEMENT,
    POSTURE,
    SESSION,
    WATER,
    at,
    clock_at,
    hhmm,
    run_until,
)

ONLY_WATER = Settings(
    posture_on=False, micro_break_on=False, movement_break_on=False, daily_session_on=False
)


@pytest.fixture
def berlin_clock() -> FakeClock:
    return clock_at(MONDAY, 8)


@pytest.fixture
def diary(tmp_path: Path, berlin_clock: FakeClock) -> Iterator[Journal]:
    opened = open_journal(tmp_path / "data", berlin_clock)
    yield opened
    opened.close()


def events(journal: Journal) -> list[tuple[str, str, str]]:
    """(kind, local due HH:MM, outcome) of every reminder event of the day."""
    return [
        (kind, hhmm(due.astimezone(at(MONDAY, 0).tzinfo)), outcome)
        for kind, due, outcome in journal.reminder_events(at(MONDAY, 0))
    ]


def test_settings_become_the_working_day_and_the_rules() -> None:
    settings = Settings(
        work_days=(0, 2), work_start="08:15", water_every=45, water_hours="07:00-20:00"
    )
    day = working_day_of(settings)
    assert day.days == frozenset({0, 2}) and day.start.hour == 8 and day.start.minute == 15
    rules = rules_of(settings)
    assert rules[WATER].every == timedelta(minutes=45)
    assert rules[WATER].hours is not None and rules[WATER].hours[0].hour == 7
    assert rules[POSTURE].hours is None and rules[SESSION].at.hour == 17


def test_a_reminder_with_its_own_hours_runs_outside_the_working_day(diary: Journal) -> None:
    early = clock_at(MONDAY, 6, 30)
    desk = ReminderDesk(diary, early, replace(ONLY_WATER, water_hours="07:00-20:00"))
    run = run_until(desk, early, at(MONDAY, 23))
    assert run.times(WATER) == [f"{h:02d}:00" for h in range(8, 20)]  # 07:00 + n hours


def test_drinking_logs_the_glass_and_answers_the_water_reminder(
    diary: Journal, berlin_clock: FakeClock
) -> None:
    desk = ReminderDesk(diary, berlin_clock, replace(ONLY_WATER, glass_ml=300))
    run_until(desk, berlin_clock, at(MONDAY, 10))
    assert [d.kind for d in desk.waiting.values()] == [WATER]
    berlin_clock.advance(40)
    assert desk.drink() == 300
    assert desk.drink() == 600  # a second glass with no reminder waiting: just water
    assert desk.waiting == {}
    assert events(diary) == [("water", "10:00", "done")]
    day = desk.day()
    assert (day.water_ml, day.water_goal_ml, day.glass_ml) == (600, 2000, 300)
    assert [(k, hhmm(t)) for k, t in day.upcoming] == [(WATER, "11:00")]


def test_posture_answers_are_counted_and_logged(diary: Journal, berlin_clock: FakeClock) -> None:
    settings = replace(ONLY_WATER, water_on=False, posture_on=True)
    desk = ReminderDesk(diary, berlin_clock, settings)
    run_until(desk, berlin_clock, at(MONDAY, 9, 30))
    desk.posture(PostureAnswer.GOOD)
    run_until(desk, berlin_clock, at(MONDAY, 10))
    desk.posture(PostureAnswer.ADJUSTED)
    desk.posture(PostureAnswer.GOOD)  # a check-in of one's own, twice in a millisecond
    day = desk.day()
    assert (day.posture_ok, day.posture_fixed) == (2, 1)
    assert events(diary) == [("posture", "09:30", "done"), ("posture", "10:00", "done")]


def test_snooze_skip_and_ignored_ones_are_all_logged(
    diary: Journal, berlin_clock: FakeClock
) -> None:
    settings = replace(ONLY_WATER, movement_break_on=True)
    desk = ReminderDesk(diary, berlin_clock, settings)
    run_until(desk, berlin_clock, at(MONDAY, 10))
    until = desk.snooze(WATER, 5)
    assert until == at(MONDAY, 10, 5).astimezone(UTC)
    desk.skip(MOVEMENT)
    run = run_until(desk, berlin_clock, at(MONDAY, 10, 5))
    assert [(f.kind, hhmm(f.due.astimezone(f.at.tzinfo))) for f in run.fired] == [(WATER, "10:05")]
    run_until(desk, berlin_clock, at(MONDAY, 11, 30))  # 11:00 water and move: ignored
    run_until(desk, berlin_clock, at(MONDAY, 12))  # replaced at 12:00: missed
    desk.close()  # the app quits with the 12:00 ones waiting
    assert events(diary) == [
        ("movement_break", "10:00", "skipped"),
        ("water", "10:00", "snoozed"),
        ("water", "10:05", "missed"),
        ("movement_break", "11:00", "missed"),
        ("water", "11:00", "missed"),
        ("movement_break", "12:00", "missed"),
        ("water", "12:00", "missed"),
    ]


def test_a_failed_write_is_kept_and_written_with_the_next(
    diary: Journal, berlin_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = ReminderDesk(diary, berlin_clock, ONLY_WATER)
    real = diary.add_row

    def full_disk(table: str, row: object) -> None:
        raise UnknotError("the disk is full")

    monkeypatch.setattr(diary, "add_row", full_disk)
    desk.drink()
    assert "the disk is full" in desk.writes.error and len(desk.writes) == 1
    monkeypatch.setattr(diary, "add_row", real)
    berlin_clock.advance(60)
    assert desk.drink() == 500
    assert desk.writes.error == "" and len(desk.writes) == 0


def test_the_daily_session_needs_an_active_knot_and_none_done_today(
    diary: Journal, berlin_clock: FakeClock
) -> None:
    only_session = replace(ONLY_WATER, water_on=False, daily_session_on=True)
    desk = ReminderDesk(diary, berlin_clock, only_session)
    assert desk.next_due() is None
    diary.add_knot(make_knot(berlin_clock, status=KnotStatus.ACTIVE))
    assert desk.next_due() == at(MONDAY, 17).astimezone(UTC)
    berlin_clock.advance(3600)
    diary.start_session(
        Session(routine="neck", started=berlin_clock.now(), state=SessionState.COMPLETED)
    )
    assert desk.next_due() == at(MONDAY + timedelta(days=1), 17).astimezone(UTC)


def test_changed_settings_apply_from_now(diary: Journal, berlin_clock: FakeClock) -> None:
    desk = ReminderDesk(diary, berlin_clock, ONLY_WATER)
    run_until(desk, berlin_clock, at(MONDAY, 10, 10))
    desk.apply(replace(ONLY_WATER, water_every=15))
    run = run_until(desk, berlin_clock, at(MONDAY, 11))
    assert run.times(WATER) == ["10:15", "10:30", "10:45", "11:00"]


def test_pause_and_away_pass_through(diary: Journal, berlin_clock: FakeClock) -> None:
    settings = replace(ONLY_WATER, posture_on=True)
    desk = ReminderDesk(diary, berlin_clock, settings)
    until = desk.pause_for(timedelta(hours=1))
    assert desk.day().paused_until == until.astimezone(berlin_clock.zone())
    desk.resume()
    assert desk.day().paused_until is None
    desk.away(since=at(MONDAY, 7, 55))
    assert desk.scheduler.away_since == at(MONDAY, 7, 55).astimezone(UTC)
    assert [k for k, _ in desk.day().upcoming] == [WATER]
    berlin_clock.advance(20 * 60)
    desk.back()
    upcoming = [(k, hhmm(t)) for k, t in desk.day().upcoming]
    assert upcoming == [(POSTURE, "09:30"), (WATER, "10:00")]  # first slots after 09:00


def test_the_defaults_give_reminders_but_no_session_without_a_knot(
    diary: Journal, berlin_clock: FakeClock
) -> None:
    desk = ReminderDesk(diary, berlin_clock, Settings())
    assert isinstance(desk.next_due(), datetime)
    assert ReminderKind.DAILY_SESSION not in dict(desk.day().upcoming)


def test_each_card_answer_records_what_it_says(diary: Journal, berlin_clock: FakeClock) -> None:
    desk = ReminderDesk(diary, berlin_clock, replace(ONLY_WATER, posture_on=True))
    run_until(desk, berlin_clock, at(MONDAY, 10))
    assert desk.respond(WATER, Answer.DRINK) is None
    assert desk.respond(POSTURE, Answer.POSTURE_FIXED) is None
    assert desk.respond(MOVEMENT, Answer.START_BREAK) is Answer.START_BREAK
    assert desk.respond(SESSION, Answer.START_SESSION) is Answer.START_SESSION
    day = desk.day()
    assert (day.water_ml, day.posture_ok, day.posture_fixed) == (250, 0, 1)
    assert events(diary) == [
        ("posture", "09:30", "missed"),  # replaced by the 10:00 one, never answered
        ("posture", "10:00", "done"),
        ("water", "10:00", "done"),
    ]


def test_the_daily_session_follows_each_knots_plan(diary: Journal, berlin_clock: FakeClock) -> None:
    only_session = replace(ONLY_WATER, water_on=False, daily_session_on=True)
    desk = ReminderDesk(diary, berlin_clock, only_session)
    chronic = replace(make_knot(berlin_clock), onset=MONDAY - timedelta(weeks=30))
    diary.add_knot(chronic)
    assert desk.next_due() == at(MONDAY, 17).astimezone(UTC)  # not started: due today
    yesterday = MONDAY - timedelta(days=1)
    diary.add_treatment(Treatment(on=yesterday, kind=TreatmentKind.OTHER, knot_ids=(chronic.id,)))
    # one focused session a week: the next is due a week after the massage, on a working day
    assert desk.next_due() == at(MONDAY + timedelta(days=7), 17).astimezone(UTC)


def test_the_session_reminder_reads_a_few_weeks_and_answers_as_the_whole_history(
    journal: Journal, clock: FakeClock
) -> None:
    """wants_session reads only the weeks a plan looks at; on every day of eight weeks
    of sample history (and the days after it) it answers as plan_for on all of it."""
    from core.demo import fill_demo
    from core.plan import plan_for

    fill_demo(journal, weeks=8)
    desk = ReminderDesk(journal, clock, Settings())
    zone = clock.zone()
    today = clock.now().astimezone(zone).date()
    knots = journal.knots([KnotStatus.ACTIVE])
    whole = {k.id: (journal.ratings_for(k.id), journal.care_days(k.id, zone)) for k in knots}
    answers = []
    for back in range(-3, 60):
        day = today - timedelta(days=back)
        expected = any(
            plan_for(k, whole[k.id][0], whole[k.id][1], day, zone).due_today for k in knots
        )
        assert desk._wants_session(day, zone) == expected, day
        answers.append(expected)
    assert True in answers and False in answers  # both answers were checked
    desk.close()
