"""One knot's history, as the per-knot charts and the report show it.

Over a chosen span of weeks (or the knot's whole life): its tenderness day by day (the
mean of that day's resting ratings: check-ins and ratings before a hold, see
core.trends), the weekly mean of those days as a trend line, its focused care per week
or per month (days with a ball hold on it or a logged treatment, and minutes of hold),
and for each session that rated it before and after a hold, the drop.

Days and weeks are local: a Monday-week in the zone passed in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from core.journal import Journal
from core.records import Knot, RatingContext, RatingHistory, from_ms
from core.trends import RESTING

BEFORE = RatingContext.BEFORE_HOLD.value
AFTER = RatingContext.AFTER_HOLD.value


class Period(StrEnum):
    """How focused care is counted: per Monday-week, or per calendar month."""

    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class DayPoint:
    """A day's resting tenderness (the mean of that day's resting ratings)."""

    day: date
    tenderness: float


@dataclass(frozen=True)
class WeekMean:
    """A Monday-week's mean of its daily points: the trend line."""

    week_start: date
    tenderness: float


@dataclass(frozen=True)
class CarePoint:
    """Focused care in one week or month: days with it, and minutes of ball hold."""

    start: date
    sessions: int
    hold_minutes: float


@dataclass(frozen=True)
class SessionDrop:
    """A session's rating before its first hold on the knot, and after its last."""

    day: date
    before: int
    after: int

    @property
    def drop(self) -> int:
        """Points gone (negative when it was more tender after)."""
        return self.before - self.after


@dataclass(frozen=True)
class KnotHistory:
    """Everything the per-knot view draws, for one knot over one span of days."""

    knot: Knot
    first_day: date
    last_day: date
    days: list[DayPoint]
    weeks: list[WeekMean]
    care: list[CarePoint]
    period: Period
    drops: list[SessionDrop]
    care_days: list[date]  # the days of focused care in the span

    @property
    def mean_drop(self) -> float | None:
        """The average before → after drop over the span's sessions."""
        return sum(d.drop for d in self.drops) / len(self.drops) if self.drops else None


def monday(day: date) -> date:
    """The Monday of the week `day` lies in."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    """The first of the month `day` lies in."""
    return day.replace(day=1)


def periods(first: date, last: date, period: Period) -> list[date]:
    """The starts of every week or month from the one holding `first` to the one holding
    `last`, with no gaps."""
    starts: list[date] = []
    if period is Period.WEEK:
        start = monday(first)
        while start <= last:
            starts.append(start)
            start += timedelta(weeks=1)
        return starts
    start = month_start(first)
    while start <= last:
        starts.append(start)
        start = (start + timedelta(days=32)).replace(day=1)
    return starts


def period_for(first: date, last: date) -> Period:
    """Weeks for spans up to half a year; months beyond, so the bars stay readable."""
    return Period.WEEK if (last - first).days <= 26 * 7 else Period.MONTH


def knot_history(
    journal: Journal, knot: Knot, today: date, zone: tzinfo, weeks: int | None
) -> KnotHistory:
    """The knot's last `weeks` Monday-weeks up to `today` (None: since it was marked or
    first rated, whichever came first)."""
    if weeks is not None:
        first = monday(today) - timedelta(weeks=weeks - 1)
        since: datetime | None = datetime.combine(first, time(0), tzinfo=zone)
    else:
        since = None
    history = journal.ratings_for(knot.id, since=since)
    holds = journal.holds_of(knot.id, since=since)
    if weeks is None:
        starts = [knot.created.astimezone(zone).date()]
        if len(history):
            starts.append(from_ms(history.at_ms[0]).astimezone(zone).date())
        first = min([*starts, today])
    days = _daily(history, zone)
    care_days = [day for day in journal.care_days(knot.id, zone, since) if first <= day <= today]
    period = period_for(first, today)
    return KnotHistory(
        knot,
        first,
        today,
        days,
        _weekly(days),
        _care(first, today, period, care_days, holds, zone),
        period,
        _drops(history, zone),
        care_days,
    )


def _daily(history: RatingHistory, zone: tzinfo) -> list[DayPoint]:
    by_day: dict[date, list[int]] = defaultdict(list)
    for at_ms, tenderness, context in zip(
        history.at_ms, history.tenderness, history.context, strict=True
    ):
        if context in RESTING:
            by_day[from_ms(at_ms).astimezone(zone).date()].append(tenderness)
    return [DayPoint(day, sum(v) / len(v)) for day, v in sorted(by_day.items())]


def _weekly(days: list[DayPoint]) -> list[WeekMean]:
    by_week: dict[date, list[float]] = defaultdict(list)
    for point in days:
        by_week[monday(point.day)].append(point.tenderness)
    return [WeekMean(week, sum(v) / len(v)) for week, v in sorted(by_week.items())]


def _care(
    first: date,
    last: date,
    period: Period,
    care_days: list[date],
    holds: list[tuple[datetime, int]],
    zone: tzinfo,
) -> list[CarePoint]:
    start_of = monday if period is Period.WEEK else month_start
    sessions: dict[date, int] = defaultdict(int)
    seconds: dict[date, int] = defaultdict(int)
    for day in care_days:
        sessions[start_of(day)] += 1
    for at, held in holds:
        day = at.astimezone(zone).date()
        if first <= day <= last:
            seconds[start_of(day)] += held
    return [
        CarePoint(start, sessions[start], seconds[start] / 60)
        for start in periods(first, last, period)
    ]


def _drops(history: RatingHistory, zone: tzinfo) -> list[SessionDrop]:
    """Pairs of the first before-hold and the last after-hold rating in each session."""
    before: dict[int, tuple[int, int]] = {}
    after: dict[int, int] = {}
    for at_ms, tenderness, context, session_ms in zip(
        history.at_ms, history.tenderness, history.context, history.session_ms, strict=True
    ):
        if session_ms is None:
            continue
        if context == BEFORE and session_ms not in before:
            before[session_ms] = (at_ms, tenderness)
        elif context == AFTER:
            after[session_ms] = tenderness
    return [
        SessionDrop(from_ms(at_ms).astimezone(zone).date(), value, after[session])
        for session, (at_ms, value) in sorted(before.items())
        if session in after
    ]
