"""The demo: believable sample history, all of it marked sample, the same for the same
seed and clock, refused when out of range or already there."""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.body import catalogue
from core.clock import FakeClock
from core.demo import MIN_APART, REGIONS, STALLED_MUSCLE, DemoSummary, fill_demo
from core.errors import UnknotError
from core.journal import Journal
from core.records import (
    TABLES,
    ColumnType,
    Knot,
    Rating,
    Side,
    StepKind,
    TableSpec,
    TreatmentKind,
    View,
    from_ms,
    text_to_ms,
    to_utc_text,
)

BERLIN = ZoneInfo("Europe/Berlin")
# A Wednesday afternoon; the eight weeks before it cross the change to summer time.
NOW = datetime(2026, 4, 15, 15, 30, tzinfo=BERLIN)
WEEKS = 8
SAMPLE_TABLES = [t.name for t in TABLES if "sample" in t.column_names()]


def open_journal(folder: Path, now: datetime = NOW) -> Journal:
    folder.mkdir(parents=True, exist_ok=True)
    zone = now.tzinfo
    assert zone is not None
    return Journal.open(folder, FakeClock(now, tz=zone))


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    result = open_journal(tmp_path / "journal")
    yield result
    result.close()


@pytest.fixture
def filled(journal: Journal) -> tuple[Journal, DemoSummary]:
    return journal, fill_demo(journal, weeks=WEEKS)


def all_rows(journal: Journal) -> dict[str, list[dict[str, object]]]:
    return {t.name: list(journal.table_rows(t.name)) for t in TABLES}


def utc_times(journal: Journal) -> Iterator[datetime]:
    for spec in TABLES:
        for row in journal.table_rows(spec.name):
            for column in spec.columns:
                value = row[column.name]
                if column.type is ColumnType.UTC and value is not None:
                    assert isinstance(value, str)
                    yield from_ms(text_to_ms(value))


def key_of(spec: TableSpec, row: dict[str, object]) -> tuple[object, ...]:
    return tuple(row[name] for name in spec.key)


def tenderness_change(ratings: Iterable[Rating], now: datetime) -> float:
    """Mean of the last two weeks minus mean of the first two weeks of the period."""
    start = now - timedelta(weeks=WEEKS)
    ratings = list(ratings)
    first = [r.tenderness for r in ratings if r.at < start + timedelta(weeks=2)]
    last = [r.tenderness for r in ratings if r.at >= now - timedelta(weeks=2)]
    assert first and last
    return statistics.mean(last) - statistics.mean(first)


# ---------------------------------------------------------------------- counts and removal


def test_summary_counts_match_the_journal(filled: tuple[Journal, DemoSummary]) -> None:
    journal, summary = filled
    assert summary == DemoSummary(
        knots=journal.count("knots"),
        ratings=journal.count("ratings"),
        sessions=journal.count("sessions"),
        steps=journal.count("steps"),
        water=journal.count("water"),
        posture_checks=journal.count("posture_checks"),
        treatments=journal.count("treatments"),
        daily_check_ins=journal.count("daily_check_ins"),
    )
    assert summary.ratings > 100 and summary.steps > summary.sessions * 3
    assert summary.water > 100 and summary.posture_checks > 50
    assert summary.daily_check_ins > WEEKS * 2
    assert f"{summary.daily_check_ins} daily check-ins" in summary.describe()
    assert str(summary.knots) in summary.describe()
    assert journal.has_sample_data()


def test_every_row_is_sample_and_user_rows_survive_removal(journal: Journal) -> None:
    now = journal.clock.now()
    mine = Knot(View.BACK, 0.5, 0.3, "upper_trapezius", Side.LEFT, "Mine", now - timedelta(days=3))
    journal.add_knot(mine)
    journal.add_rating(Rating(mine.id, now - timedelta(days=2), 4))
    water = {"at_utc": to_utc_text(now - timedelta(days=1)), "ml": 300, "sample": 0}
    journal.add_row("water", water)
    user_rows = all_rows(journal)

    fill_demo(journal, weeks=WEEKS)
    for name in SAMPLE_TABLES:
        spec = next(t for t in TABLES if t.name == name)
        user_keys = {key_of(spec, row) for row in user_rows[name]}
        rows = [row for row in journal.table_rows(name) if key_of(spec, row) not in user_keys]
        assert rows or name in ("reminder_events", "notes"), name
        assert all(row["sample"] == 1 for row in rows), name

    removed = journal.remove_sample_data()
    assert removed > 0
    assert not journal.has_sample_data()
    assert all_rows(journal) == user_rows
    assert journal.count("treatment_knots") == 0


def test_removal_leaves_every_table_empty_when_there_was_no_user_data(
    filled: tuple[Journal, DemoSummary],
) -> None:
    journal, _ = filled
    journal.remove_sample_data()
    assert {t.name: journal.count(t.name) for t in TABLES} == {t.name: 0 for t in TABLES}


# ---------------------------------------------------------------------- the content


def test_about_six_knots_over_neck_shoulders_upper_back_and_forearm(
    filled: tuple[Journal, DemoSummary],
) -> None:
    journal, _ = filled
    knots = journal.knots()
    assert 5 <= len(knots) <= 7
    assert {REGIONS[k.muscle] for k in knots} == {"neck", "shoulder", "upper_back", "forearm"}
    assert len({(k.muscle, k.side) for k in knots}) == len(knots)
    start = (NOW - timedelta(weeks=WEEKS)).date()
    ages = []
    for knot in knots:
        assert knot.sample
        assert knot.muscle.replace("_", "").isalpha() and knot.muscle.islower()
        assert knot.side in (Side.LEFT, Side.RIGHT)
        assert knot.label.lower() == f"{knot.side.value} {knot.muscle.replace('_', ' ')}"
        region = catalogue().hit_test(knot.view, knot.x * 400, knot.y * 1000)
        assert region is not None and (region.muscle.id, region.side) == (knot.muscle, knot.side)
        assert region.label == knot.label
        assert knot.onset is not None
        ages.append((start - knot.onset).days)
    assert any(age <= 30 for age in ages), "some acute knots"
    assert any(age >= 90 for age in ages), "some chronic knots"
    assert {k.activity.value for k in knots} == {"active", "latent"}
    assert {k.depth.value for k in knots} == {"superficial", "deep"}


def test_most_knots_improve_and_exactly_one_is_stalled(
    filled: tuple[Journal, DemoSummary],
) -> None:
    journal, _ = filled
    changes = {k.muscle: tenderness_change(journal.ratings_for(k.id), NOW) for k in journal.knots()}
    assert any(change <= -2 for change in changes.values()), changes
    stalled = [muscle for muscle, change in changes.items() if abs(change) <= 1]
    assert stalled == [STALLED_MUSCLE], changes
    assert sum(change < -1 for change in changes.values()) == len(changes) - 1, changes


@pytest.mark.parametrize("seed", [1, 2, 3, 42, 1234])
def test_the_trend_holds_for_other_seeds(tmp_path: Path, seed: int) -> None:
    journal = open_journal(tmp_path)
    try:
        fill_demo(journal, weeks=WEEKS, seed=seed)
        changes = {
            k.muscle: tenderness_change(journal.ratings_for(k.id), NOW) for k in journal.knots()
        }
    finally:
        journal.close()
    assert [m for m, change in changes.items() if abs(change) <= 1] == [STALLED_MUSCLE], changes
    assert any(change <= -2 for change in changes.values()), changes


def test_ratings_are_in_range_and_follow_the_sessions(
    filled: tuple[Journal, DemoSummary],
) -> None:
    journal, _ = filled
    knots = {k.id: k for k in journal.knots()}
    sessions = {s["started_utc"]: s for s in journal.table_rows("sessions")}
    by_session: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in journal.table_rows("ratings"):
        assert isinstance(row["tenderness"], int) and 0 <= row["tenderness"] <= 10
        assert row["knot_id"] in knots
        if row["context"] == "check_in":
            assert row["session_utc"] is None
        else:
            assert isinstance(row["session_utc"], str)
            by_session[row["session_utc"]].append(row)
    for knot_id, knot in knots.items():
        ratings = journal.ratings_for(knot_id)
        assert ratings.rating(0).at > knot.created
    drops = []
    for session_key, rows in by_session.items():
        session = sessions[session_key]
        assert isinstance(session["started_utc"], str) and isinstance(session["ended_utc"], str)
        for row in rows:
            assert session["started_utc"] <= str(row["at_utc"]) <= session["ended_utc"]
        rows.sort(key=lambda r: str(r["at_utc"]))
        if session["state"] == "interrupted":  # stopped as the first hold ended
            assert [r["context"] for r in rows] == ["before_hold"]
            continue
        for before, after in zip(rows[::2], rows[1::2], strict=True):
            assert (before["context"], after["context"]) == ("before_hold", "after_hold")
            assert before["knot_id"] == after["knot_id"]
            assert isinstance(before["tenderness"], int) and isinstance(after["tenderness"], int)
            drops.append(before["tenderness"] - after["tenderness"])
    assert all(0 <= d <= 2 for d in drops)
    assert 0.8 <= statistics.mean(drops) <= 1.6, "after a hold typically 1–2 lower"


def test_two_to_four_evening_sessions_a_week_with_believable_steps(
    filled: tuple[Journal, DemoSummary],
) -> None:
    journal, summary = filled
    assert 2 <= summary.sessions / WEEKS <= 4
    sessions = list(journal.table_rows("sessions"))
    states = Counter(s["state"] for s in sessions)
    assert states["completed"] >= len(sessions) - 1 and states["interrupted"] <= 1
    assert set(states) <= {"completed", "interrupted"}
    assert {s["routine"] for s in sessions} <= {"Today's knots", "Neck and shoulders"}
    knots = {k.id: k for k in journal.knots()}
    for row in sessions:
        session = journal.session(from_ms(text_to_ms(str(row["started_utc"]))))
        assert session is not None and session.ended is not None and session.sample
        local = session.started.astimezone(BERLIN)
        assert 18 <= local.hour < 22, local
        assert local.date() < NOW.date(), "no session is made up for today"
        steps = journal.steps_of(session.started)
        assert steps
        last = steps[-1]
        assert session.ended == last.started + timedelta(seconds=last.actual_s)
        for earlier, later in itertools.pairwise(steps):
            assert earlier.started + timedelta(seconds=earlier.actual_s) <= later.started
        holds = [s for s in steps if s.kind is StepKind.HOLD]
        if session.state.value == "completed":
            assert 2 <= len(holds) <= 4
            assert 1 <= sum(s.kind is StepKind.STRETCH for s in steps) <= 2
        for step in steps:
            assert step.sample and step.session == session.started
            if step.kind is StepKind.HOLD:
                assert step.knot_id is not None
                knot = knots[step.knot_id]
                assert (step.muscle, step.side) == (knot.muscle, knot.side)
                assert step.planned_s in (60, 90)
                assert abs(step.actual_s - step.planned_s) <= 10
            else:
                assert step.knot_id is None
                assert step.side is Side.BOTH
                planned = {StepKind.STRETCH: 30, StepKind.FOAM_ROLL: 90, StepKind.REST: 15}
                assert step.planned_s == planned[step.kind]
                assert abs(step.actual_s - step.planned_s) <= 5


def test_water_and_posture_on_working_days(filled: tuple[Journal, DemoSummary]) -> None:
    journal, _ = filled
    per_day: Counter[date] = Counter()
    for row in journal.table_rows("water"):
        assert row["ml"] == 250
        local = from_ms(text_to_ms(str(row["at_utc"]))).astimezone(BERLIN)
        assert local.weekday() < 5
        assert 9 <= local.hour < 18, local
        per_day[local.date()] += 1
    past_days = [day for day in per_day if day < NOW.date()]
    assert all(4 <= per_day[day] <= 9 for day in past_days)
    working_days = sum((NOW.date() - timedelta(days=n)).weekday() < 5 for n in range(1, 7 * WEEKS))
    assert len(past_days) >= 0.7 * working_days
    answers = Counter(row["answer"] for row in journal.table_rows("posture_checks"))
    assert set(answers) == {"good", "adjusted"}
    for row in journal.table_rows("posture_checks"):
        local = from_ms(text_to_ms(str(row["at_utc"]))).astimezone(BERLIN)
        assert local.weekday() < 5 and 9 <= local.hour < 18


def test_one_or_two_professional_treatments(filled: tuple[Journal, DemoSummary]) -> None:
    journal, summary = filled
    assert 1 <= summary.treatments <= 2
    knot_ids = {k.id for k in journal.knots()}
    links = Counter(row["treatment_id"] for row in journal.table_rows("treatment_knots"))
    assert all(row["knot_id"] in knot_ids for row in journal.table_rows("treatment_knots"))
    for row in journal.table_rows("treatments"):
        assert row["sample"] == 1
        assert row["kind"] in {kind.value for kind in TreatmentKind}
        on = date.fromisoformat(str(row["on_date"]))
        assert (NOW - timedelta(weeks=WEEKS)).date() <= on < NOW.date()
        assert 1 <= links[row["id"]] <= 2


def test_every_time_lies_before_now(filled: tuple[Journal, DemoSummary]) -> None:
    journal, _ = filled
    times = list(utc_times(journal))
    assert len(times) > 500
    assert max(times) < NOW
    assert min(times) >= NOW - timedelta(weeks=WEEKS, days=1)


@pytest.mark.parametrize("weeks", [1, 2, 104])
def test_short_and_long_histories(tmp_path: Path, weeks: int) -> None:
    # Just after midnight (UTC) on a Monday: today has nothing yet.
    journal = open_journal(tmp_path, datetime(2026, 3, 2, 0, 5, tzinfo=UTC))
    try:
        summary = fill_demo(journal, weeks=weeks)
        assert summary.knots == 7
        assert 2 * weeks - 1 <= summary.sessions <= 4 * weeks
        assert 1 <= summary.treatments <= 2
        assert max(utc_times(journal)) < journal.clock.now()
        assert journal.remove_sample_data() > 0
    finally:
        journal.close()


# ---------------------------------------------------------------------- determinism, refusals


def test_same_seed_and_clock_give_the_same_rows(tmp_path: Path) -> None:
    first, second = open_journal(tmp_path / "a"), open_journal(tmp_path / "b")
    third = open_journal(tmp_path / "c")
    try:
        assert fill_demo(first, seed=11) == fill_demo(second, seed=11)
        fill_demo(third, seed=12)
        assert all_rows(first) == all_rows(second)
        assert all_rows(first) != all_rows(third)
    finally:
        first.close()
        second.close()
        third.close()


def test_ids_differ_between_demos_made_at_different_times(tmp_path: Path) -> None:
    first = open_journal(tmp_path / "a")
    second = open_journal(tmp_path / "b", NOW + timedelta(days=1))
    try:
        fill_demo(first)
        fill_demo(second)
        ids = {str(row["id"]) for row in first.table_rows("knots")}
        assert ids.isdisjoint(str(row["id"]) for row in second.table_rows("knots"))
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("weeks", [0, -1, 105])
def test_weeks_out_of_range_are_refused(journal: Journal, weeks: int) -> None:
    with pytest.raises(
        UnknotError, match=rf"^demo: --weeks must be between 1 and 104 \(got {weeks}\)$"
    ):
        fill_demo(journal, weeks=weeks)
    assert not journal.has_sample_data()


def test_a_second_demo_is_refused_and_changes_nothing(
    filled: tuple[Journal, DemoSummary],
) -> None:
    journal, _ = filled
    before = all_rows(journal)
    with pytest.raises(UnknotError, match="already holds sample data; remove it first"):
        fill_demo(journal, seed=99)
    assert all_rows(journal) == before
    journal.remove_sample_data()
    fill_demo(journal)
    assert journal.count("knots") == 7


def test_sample_knots_sit_apart_so_no_marker_hides_another(
    filled: tuple[Journal, DemoSummary],
) -> None:
    journal, _ = filled
    knots = journal.knots()
    for a, b in itertools.combinations(knots, 2):
        if a.view is b.view:
            distance = math.hypot((a.x - b.x) * 400, (a.y - b.y) * 1000)
            assert distance >= MIN_APART, (a.label, b.label, distance)
