"""Sample history for a first look at Unknot: `fill_demo` fills a journal with weeks of
believable made-up data, every row marked as sample so that one step removes it all.

The story: a desk worker with seven knots across neck, shoulders, chest, upper back and
forearm, some acute (days to weeks old) and some chronic (months or years), mapped on
the first day of the period. Most ease over the weeks; one (the left rhomboids) stays where it was
despite regular holds and a professional treatment, which is the case the app's "see a
professional" advice is for. Two to four evening sessions a week of 60–90 s holds,
short rests and 30 s stretches; water and posture logs on working days, and on most
working days an evening check-in of stress and hours at the desk (busier weeks bring
longer days and more stress).

Everything is built in memory as exchange rows (core.records.TABLES) and written in one
transaction by Journal.insert_rows, so a failure leaves nothing half-written. The same
seed and the same clock reading give the same rows, ids included (ids come from a
seeded random generator mixed with the clock reading, so demos made at different times
never share ids). `random` is used for made-up data only, never for anything secret.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from core.body import CANVAS_HEIGHT, CANVAS_WIDTH, catalogue
from core.errors import UnknotError
from core.journal import Journal
from core.records import (
    TABLES_BY_NAME,
    Activity,
    Depth,
    KnotStatus,
    PostureAnswer,
    RatingContext,
    SessionState,
    Side,
    StepKind,
    TreatmentKind,
    View,
    to_utc_text,
)

MIN_WEEKS = 1
MAX_WEEKS = 104

HOLD_SECONDS = (60, 90)
STRETCH_SECONDS = 30
FOAM_ROLL_SECONDS = 90
REST_SECONDS = 15
WATER_ML = 250
CHECK_IN_SHARE = 0.8  # of working days with an evening check-in
MIN_APART = 40.0  # canvas units between sample knots; a marker is about 36 across

Row = dict[str, Any]


@dataclass(frozen=True)
class DemoSummary:
    """How many sample rows of each kind fill_demo wrote."""

    knots: int
    ratings: int
    sessions: int
    steps: int
    water: int
    posture_checks: int
    treatments: int
    daily_check_ins: int

    def describe(self) -> str:
        """One line for the user, e.g. for the CLI."""
        return (
            f"sample history added: {_count(self.knots, 'knot')},"
            f" {_count(self.ratings, 'rating')}, {_count(self.sessions, 'session')}"
            f" ({_count(self.steps, 'step')}),"
            f" {_count(self.water, 'water entry', 'water entries')},"
            f" {_count(self.posture_checks, 'posture check')},"
            f" {_count(self.treatments, 'treatment')},"
            f" {_count(self.daily_check_ins, 'daily check-in')}"
        )


def _count(number: int, one: str, many: str | None = None) -> str:
    """'1 knot', '6 knots'."""
    return f"{number} {one if number == 1 else many or one + 's'}"


@dataclass(frozen=True)
class _KnotPlan:
    """One made-up knot and how its tenderness moves: from `start` towards `floor` with
    time constant `tau_days`; `tau_days=0` means it does not move (the stalled knot)."""

    muscle: str
    side: Side
    label: str
    view: View
    activity: Activity
    depth: Depth
    onset_days_before: tuple[int, int]  # range of days before the period starts
    start: float
    floor: float
    tau_days: float
    region: str


# Each knot sits at the centre of its muscle as drawn (core.body), or as near it as it can
# without hiding another knot, so the sample always lands on the map's muscles.
# fmt: off
_KNOTS: tuple[_KnotPlan, ...] = (
    _KnotPlan(
        "upper_trapezius", Side.RIGHT, "Right upper trapezius", View.BACK,
        Activity.ACTIVE, Depth.SUPERFICIAL, (300, 800), 7.0, 3.0, 26.0, "shoulder",
    ),
    _KnotPlan(
        "levator_scapulae", Side.RIGHT, "Right levator scapulae", View.BACK,
        Activity.ACTIVE, Depth.DEEP, (4, 21), 7.0, 1.0, 8.0, "neck",
    ),
    _KnotPlan(
        "suboccipitals", Side.LEFT, "Left suboccipitals", View.BACK,
        Activity.LATENT, Depth.DEEP, (120, 400), 6.0, 2.0, 28.0, "neck",
    ),
    _KnotPlan(
        "infraspinatus", Side.RIGHT, "Right infraspinatus", View.BACK,
        Activity.LATENT, Depth.DEEP, (150, 700), 6.5, 2.0, 24.0, "upper_back",
    ),
    # The stalled one: a chronic, deep knot between the shoulder blades.
    _KnotPlan(
        "rhomboids", Side.LEFT, "Left rhomboids", View.BACK,
        Activity.ACTIVE, Depth.DEEP, (400, 1100), 5.5, 5.5, 0.0, "upper_back",
    ),
    # A chest knot from hunching at the desk, on the front view.
    _KnotPlan(
        "pectoralis_major", Side.RIGHT, "Right pectoralis major", View.FRONT,
        Activity.LATENT, Depth.SUPERFICIAL, (40, 200), 5.0, 2.0, 20.0, "shoulder",
    ),
    # The wrist extensors: the back of the forearm, the side that faces up at a mouse.
    _KnotPlan(
        "wrist_extensors", Side.RIGHT, "Right wrist extensors", View.BACK,
        Activity.ACTIVE, Depth.SUPERFICIAL, (5, 18), 6.0, 1.0, 10.0, "forearm",
    ),
)
# fmt: on

REGIONS = {plan.muscle: plan.region for plan in _KNOTS}
"""The body region (neck, shoulder, upper_back, forearm) of each sample muscle."""

STALLED_MUSCLE = "rhomboids"

_NECK_AND_SHOULDERS = frozenset({"neck", "shoulder"})


def _position(plan: _KnotPlan, placed: list[tuple[float, float]]) -> tuple[float, float]:
    """Where a sample knot goes, as fractions of the canvas: its muscle's centre, or the
    point of the muscle nearest to it that keeps MIN_APART from the knots `placed` on the
    same view (canvas units), so no marker hides another."""
    body = catalogue()
    region = body.region(plan.view, plan.muscle, plan.side)
    if region is None:
        raise UnknotError(f"the body map has no {plan.label.lower()} on the {plan.view} view")
    cx, cy = body.centre(region)
    candidates = [(cx, cy), *body.owned_points(region)]
    apart = [p for p in candidates if all(math.dist(p, other) >= MIN_APART for other in placed)]
    x, y = min(apart or candidates, key=lambda p: math.dist(p, (cx, cy)))
    placed.append((x, y))
    return round(x / CANVAS_WIDTH, 4), round(y / CANVAS_HEIGHT, 4)


class _Ids:
    """UUID4-shaped ids from a seeded generator, so the same demo has the same ids."""

    def __init__(self, seed: int, now: datetime) -> None:
        self._rng = random.Random(f"unknot-demo-ids/{seed}/{to_utc_text(now)}")  # noqa: S311

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def _row(table: str, **values: Any) -> Row:
    """An exchange row; its columns must be exactly the table's (a guard against drift)."""
    expected = TABLES_BY_NAME[table].column_names()
    if set(values) != set(expected):
        raise ValueError(f"demo: {table} row has columns {tuple(values)}, expected {expected}")
    return values


class _Builder:
    """Builds the rows of one demo in memory."""

    def __init__(self, now: datetime, weeks: int, seed: int) -> None:
        zone = now.tzinfo
        if zone is None:
            raise ValueError("demo: the clock must give timezone-aware times")
        self.now = now
        self.zone: tzinfo = zone
        self.weeks = weeks
        self.rng = random.Random(seed)  # noqa: S311 - made-up data, nothing secret
        self.new_id = _Ids(seed, now)
        self.today = now.date()
        self.days = [self.today - timedelta(days=7 * weeks - 1 - i) for i in range(7 * weeks)]
        self.rows: dict[str, list[Row]] = {table: [] for table in TABLES_BY_NAME}
        self.knot_ids: list[str] = []
        self.created: list[datetime] = []

    # ------------------------------------------------------------------ helpers

    def at(self, day: date, minutes: int, seconds: int = 0) -> datetime:
        """A local wall time on `day` (`minutes` after midnight), as an aware UTC time."""
        hour, minute = divmod(minutes, 60)
        local = datetime.combine(day, time(hour, minute, seconds), tzinfo=self.zone)
        return local.astimezone(UTC)

    def random_time(self, day: date, first_minute: int, last_minute: int) -> datetime:
        """A random local time on `day` within [first_minute, last_minute)."""
        minute = self.rng.randrange(first_minute, last_minute)
        return self.at(day, minute, self.rng.randrange(60))

    def past(self, moment: datetime) -> bool:
        """True when `moment` lies before the clock's now (nothing is made up for later)."""
        return moment < self.now

    def expected(self, index: int, moment: datetime) -> float:
        """The knot's underlying tenderness at `moment`, before noise."""
        plan = _KNOTS[index]
        if plan.tau_days <= 0:
            return plan.start
        days = max(0.0, (moment - self.created[index]).total_seconds() / 86400)
        return plan.floor + (plan.start - plan.floor) * math.exp(-days / plan.tau_days)

    def tenderness(self, index: int, moment: datetime) -> int:
        """A rating as a person gives it: the trend plus a little noise, 0–10."""
        spread = 0.45 if _KNOTS[index].tau_days <= 0 else 0.6  # a stalled knot feels samey
        value = self.expected(index, moment) + self.rng.gauss(0.0, spread)
        return min(10, max(0, round(value)))

    def rating(
        self,
        index: int,
        moment: datetime,
        value: int,
        context: RatingContext,
        session_key: str | None = None,
    ) -> None:
        self.rows["ratings"].append(
            _row(
                "ratings",
                knot_id=self.knot_ids[index],
                at_utc=to_utc_text(moment),
                context=context.value,
                tenderness=value,
                session_utc=session_key,
                sample=1,
            )
        )

    # ------------------------------------------------------------------ the parts

    def knots(self) -> None:
        """The knots, all mapped on the morning of the first day, each with a first rating."""
        first_day = self.days[0]
        placed: dict[View, list[tuple[float, float]]] = {view: [] for view in View}
        for index, plan in enumerate(_KNOTS):
            created = self.at(first_day, 8 * 60 + 2 * index, self.rng.randrange(60))
            low, high = plan.onset_days_before
            onset = first_day - timedelta(days=self.rng.randint(low, high))
            knot_id = self.new_id()
            x, y = _position(plan, placed[plan.view])
            self.knot_ids.append(knot_id)
            self.created.append(created)
            self.rows["knots"].append(
                _row(
                    "knots",
                    id=knot_id,
                    created_utc=to_utc_text(created),
                    view=plan.view.value,
                    x=x,
                    y=y,
                    muscle=plan.muscle,
                    side=plan.side.value,
                    label=plan.label,
                    activity=plan.activity.value,
                    depth=plan.depth.value,
                    onset=onset.isoformat(),
                    status=KnotStatus.ACTIVE.value,
                    notes="",
                    sample=1,
                )
            )
            moment = created + timedelta(seconds=40)
            self.rating(index, moment, self.tenderness(index, moment), RatingContext.CHECK_IN)

    def check_ins(self) -> None:
        """Lunchtime check-ins of every knot: once a week, and on some other days."""
        for number, day in enumerate(self.days[1:], start=1):
            if number % 7 != 6 and self.rng.random() >= 0.2:
                continue
            moment = self.random_time(day, 12 * 60, 14 * 60)
            for index in range(len(_KNOTS)):
                moment += timedelta(seconds=self.rng.randint(8, 30))
                if self.past(moment):
                    value = self.tenderness(index, moment)
                    self.rating(index, moment, value, RatingContext.CHECK_IN)

    def sessions(self) -> None:
        """Two to four evening sessions in every week, never today; one (of four or more)
        is interrupted after its first hold."""
        planned: list[date] = []
        for week in range(self.weeks):
            block = [day for day in self.days[7 * week : 7 * week + 7] if day < self.today]
            count = min(self.rng.randint(2, 4), len(block))
            planned.extend(sorted(self.rng.sample(block, count)))
        interrupted = self.rng.randrange(1, len(planned)) if len(planned) >= 4 else -1
        for number, day in enumerate(planned):
            self.session(day, stop_after_first_hold=number == interrupted)

    def pick_knots(self, moment: datetime, candidates: list[int]) -> list[int]:
        """Two to four of `candidates` to hold, the more tender ones more likely (as the
        app's plan would pick them)."""
        count = self.rng.randint(2, min(4, len(candidates)))
        keys = []
        for index in candidates:
            weight = max(0.5, self.expected(index, moment)) ** 2
            keys.append((self.rng.random() ** (1.0 / weight), index))
        return [index for _, index in sorted(keys, reverse=True)[:count]]

    def step(
        self,
        session_key: str,
        kind: StepKind,
        started: datetime,
        planned_s: int,
        actual_s: int,
        muscle: str,
        side: Side,
        knot_id: str | None = None,
    ) -> datetime:
        """Add one step; return when it ended."""
        self.rows["steps"].append(
            _row(
                "steps",
                session_utc=session_key,
                started_utc=to_utc_text(started),
                kind=kind.value,
                knot_id=knot_id,
                muscle=muscle,
                side=side.value,
                planned_s=planned_s,
                actual_s=actual_s,
                sample=1,
            )
        )
        return started + timedelta(seconds=actual_s)

    def session(self, day: date, stop_after_first_hold: bool) -> None:
        """One session: maybe a foam roll, holds with rests between, then stretches."""
        rng = self.rng
        started = self.random_time(day, 18 * 60 + 30, 21 * 60 + 30)
        session_key = to_utc_text(started)  # a session is known by the moment it started
        # Now and then the neck-and-shoulders routine instead of a plan of all the knots.
        if self.rng.random() < 0.3:
            routine = "Neck and shoulders"
            candidates = [i for i, k in enumerate(_KNOTS) if k.region in _NECK_AND_SHOULDERS]
        else:
            routine = "Today's knots"
            candidates = list(range(len(_KNOTS)))
        held = self.pick_knots(started, candidates)
        steps_before = len(self.rows["steps"])
        ratings_before = len(self.rows["ratings"])
        t = started + timedelta(seconds=rng.randint(10, 40))
        ended = t
        if rng.random() < 0.3:
            actual = rng.randint(FOAM_ROLL_SECONDS - 5, FOAM_ROLL_SECONDS + 5)
            ended = self.step(
                session_key,
                StepKind.FOAM_ROLL,
                t,
                FOAM_ROLL_SECONDS,
                actual,
                "rhomboids",
                Side.BOTH,
            )
            t = ended + timedelta(seconds=rng.randint(8, 20))
        for position, index in enumerate(held):
            plan = _KNOTS[index]
            before = self.tenderness(index, t)
            self.rating(index, t, before, RatingContext.BEFORE_HOLD, session_key)
            t += timedelta(seconds=rng.randint(3, 8))
            planned = rng.choice(HOLD_SECONDS)
            # Released a little early when the point softened, now and then held on a bit.
            if rng.random() < 0.8:
                actual = planned - rng.randint(0, 10)
            else:
                actual = planned + rng.randint(1, 5)
            ended = self.step(
                session_key,
                StepKind.HOLD,
                t,
                planned,
                actual,
                plan.muscle,
                plan.side,
                self.knot_ids[index],
            )
            if stop_after_first_hold:
                break  # stopped as the hold ended (say, the phone rang): no rating after it
            # Usually 1–2 less after a hold; the stalled knot barely answers even then.
            relief = (0, 0, 1) if plan.tau_days <= 0 else (0, 1, 1, 1, 2, 2)
            after = max(0, before - rng.choice(relief))
            t = ended + timedelta(seconds=rng.randint(2, 5))
            self.rating(index, t, after, RatingContext.AFTER_HOLD, session_key)
            t += timedelta(seconds=rng.randint(2, 5))
            if position < len(held) - 1:
                ended = self.step(
                    session_key, StepKind.REST, t, REST_SECONDS, REST_SECONDS, "", Side.BOTH
                )
                t = ended + timedelta(seconds=rng.randint(2, 5))
        if not stop_after_first_hold:
            stretched = rng.sample([_KNOTS[i].muscle for i in held], rng.randint(1, 2))
            for muscle in stretched:
                actual = STRETCH_SECONDS + rng.randint(-2, 3)
                ended = self.step(
                    session_key, StepKind.STRETCH, t, STRETCH_SECONDS, actual, muscle, Side.BOTH
                )
                t = ended + timedelta(seconds=rng.randint(4, 10))
        if not self.past(ended):  # cannot happen for a day before today; kept as a guard
            del self.rows["steps"][steps_before:]
            del self.rows["ratings"][ratings_before:]
            return
        state = SessionState.INTERRUPTED if stop_after_first_hold else SessionState.COMPLETED
        self.rows["sessions"].append(
            _row(
                "sessions",
                started_utc=to_utc_text(started),
                ended_utc=to_utc_text(ended),
                routine=routine,
                state=state.value,
                sample=1,
            )
        )

    def water_and_posture(self) -> None:
        """Working days: 4–9 glasses of 250 ml between 09:00 and 18:00, and a few posture
        checks, more often "good" as the weeks go by."""
        for number, day in enumerate(self.days):
            if day.weekday() >= 5:
                continue
            progress = number / len(self.days)
            if self.rng.random() < 0.9:
                for _ in range(self.rng.randint(4, 9)):
                    moment = self.random_time(day, 9 * 60, 18 * 60)
                    if self.past(moment):
                        self.rows["water"].append(
                            _row(
                                "water",
                                at_utc=to_utc_text(moment),
                                ml=WATER_ML,
                                sample=1,
                            )
                        )
            if self.rng.random() < 0.85:
                for _ in range(self.rng.randint(2, 5)):
                    moment = self.random_time(day, 9 * 60 + 30, 17 * 60 + 30)
                    good = self.rng.random() < 0.45 + 0.35 * progress
                    answer = PostureAnswer.GOOD if good else PostureAnswer.ADJUSTED
                    if self.past(moment):
                        self.rows["posture_checks"].append(
                            _row(
                                "posture_checks",
                                at_utc=to_utc_text(moment),
                                answer=answer.value,
                                sample=1,
                            )
                        )

    def treatments(self) -> None:
        """A trigger-point session with a physiotherapist a third of the way in, and from
        three weeks on a deep-tissue massage two thirds in, both on the stalled knot."""
        stalled = next(i for i, plan in enumerate(_KNOTS) if plan.muscle == STALLED_MUSCLE)
        shoulder = next(i for i, plan in enumerate(_KNOTS) if plan.muscle == "upper_trapezius")
        visits: list[tuple[int, TreatmentKind, tuple[int, ...], str]] = [
            (
                len(self.days) // 3,
                TreatmentKind.TRIGGER_POINT,
                (stalled, shoulder),
                "Sample: physiotherapist, trigger-point therapy, 45 min",
            ),
        ]
        if self.weeks >= 3:
            visits.append(
                (
                    (2 * len(self.days)) // 3,
                    TreatmentKind.DEEP_TISSUE,
                    (stalled,),
                    "Sample: deep-tissue massage, 30 min",
                )
            )
        for number, kind, knots, notes in visits:
            treatment_id = self.new_id()
            self.rows["treatments"].append(
                _row(
                    "treatments",
                    id=treatment_id,
                    on_date=self.days[number].isoformat(),
                    kind=kind.value,
                    notes=notes,
                    sample=1,
                )
            )
            for index in knots:
                self.rows["treatment_knots"].append(
                    _row("treatment_knots", treatment_id=treatment_id, knot_id=self.knot_ids[index])
                )

    def daily_check_ins(self) -> None:
        """An evening check-in on most working days: stress 0–10 and hours at the desk
        (6–10, in half hours), both higher in the busier weeks; now and then only one."""
        for week in range(self.weeks):
            busy = self.rng.uniform(-1.0, 1.0)  # how busy this week was
            for day in self.days[7 * week : 7 * week + 7]:
                if day.weekday() >= 5 or self.rng.random() >= CHECK_IN_SHARE:
                    continue
                moment = self.random_time(day, 17 * 60 + 30, 21 * 60)
                if not self.past(moment):
                    continue
                stress = round(4.0 + 2.0 * busy + self.rng.gauss(0.0, 1.2))
                hours = round(2 * (7.8 + 1.0 * busy + self.rng.gauss(0.0, 0.6))) / 2
                leave_out = self.rng.random()
                self.rows["daily_check_ins"].append(
                    _row(
                        "daily_check_ins",
                        day=day.isoformat(),
                        stress=None if leave_out < 0.05 else min(10, max(0, stress)),
                        desk_hours=None if 0.05 <= leave_out < 0.1 else min(10.0, max(6.0, hours)),
                        at_utc=to_utc_text(moment),
                        sample=1,
                    )
                )


def fill_demo(journal: Journal, weeks: int = 8, seed: int = 7) -> DemoSummary:
    """Fill `journal` with `weeks` of sample history ending at the journal clock's now.

    Every row is marked sample (Journal.remove_sample_data removes them all) and all of
    it is written in one transaction. Raises UnknotError when `weeks` is outside 1..104
    or the journal already holds sample data.
    """
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise UnknotError(
            f"demo: --weeks must be between {MIN_WEEKS} and {MAX_WEEKS} (got {weeks})"
        )
    if journal.has_sample_data():
        raise UnknotError("demo: the journal already holds sample data; remove it first")
    builder = _Builder(journal.clock.now(), weeks, seed)
    builder.knots()
    builder.sessions()
    builder.check_ins()
    builder.water_and_posture()
    builder.treatments()
    builder.daily_check_ins()
    added = journal.insert_rows(builder.rows)
    return DemoSummary(
        knots=added["knots"],
        ratings=added["ratings"],
        sessions=added["sessions"],
        steps=added["steps"],
        water=added["water"],
        posture_checks=added["posture_checks"],
        treatments=added["treatments"],
        daily_check_ins=added["daily_check_ins"],
    )
