"""The seed's rules for how long a knot's care takes, as code.

From ../shared/EVIDENCE.md ("How many sessions"): a knot that started days to a few
weeks ago is acute, and clear relief may come within 1–3 focused sessions; an older one
is chronic, with a first phase of one focused session a week for 4–8 weeks; deep knots
take longer. The words promise nothing: they say what is usual.

A plan per knot (`plan_for`) says where the knot stands ("week 3 of 4–8"), whether a
focused session is due today, and what its resting ratings suggest (check-ins and
ratings before a hold; a rating just after a hold shows the hold, not the knot, and never
drives a verdict): resolved (tenderness 2 or less on the last three resting ratings,
spanning a week or more), or, after four weeks on the plan without a drop of two points,
or with a rising trend, that a professional should look at it ("Safety texts the app
must carry"). A knot rated only after holds has no verdict: it asks for a resting
rating. Both guided self-care and logged
professional treatments count as focused sessions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.records import Depth, Knot, KnotStatus, Rating, RatingHistory, to_ms
from core.trends import RESTING, TREND_DAYS, Trend, two_week_trend

ACUTE_LIMIT = timedelta(weeks=6)


class Course(StrEnum):
    """How long a knot has been there, as far as its care goes."""

    ACUTE = "acute"
    CHRONIC = "chronic"


def started_on(knot: Knot) -> date:
    """When the knot began: its onset if known, else the day it was marked."""
    return knot.onset or knot.created.date()


def course_of(knot: Knot, today: date) -> Course:
    """Acute if it started less than six weeks ago, else chronic."""
    return Course.ACUTE if today - started_on(knot) < ACUTE_LIMIT else Course.CHRONIC


def next_advice(knot: Knot, today: date) -> str:
    """What the usual course says comes next for this knot, in one or two sentences."""
    deep = knot.depth is Depth.DEEP
    if course_of(knot, today) is Course.ACUTE:
        if deep:
            return translate(
                "plan",
                "A recent knot: one to three focused sessions may bring clear relief. "
                "Rate it again tomorrow and treat it again in a day or two. "
                "Deep knots usually take longer.",
            )
        return translate(
            "plan",
            "A recent knot: one to three focused sessions may bring clear relief. "
            "Rate it again tomorrow and treat it again in a day or two.",
        )
    if deep:
        return translate(
            "plan",
            "A long-standing knot: plan one focused session a week for four to eight "
            "weeks, with stretching, water and posture care in between. "
            "Deep knots usually take longer.",
        )
    return translate(
        "plan",
        "A long-standing knot: plan one focused session a week for four to eight "
        "weeks, with stretching, water and posture care in between.",
    )


# ---------------------------------------------------------------------- a plan per knot

ACUTE_SESSIONS = (1, 3)  # focused sessions that may bring clear relief
CHRONIC_WEEKS = (4, 8)  # weeks of one focused session a week
ACUTE_AGAIN_AFTER = timedelta(days=2)  # "treat it again in a day or two"
CHRONIC_AGAIN_AFTER = timedelta(days=7)  # one session a week
RESOLVED_AT = 2  # tenderness at or under this …
RESOLVED_RATINGS = 3  # … on the last this many resting ratings …
RESOLVED_SPAN = timedelta(days=7)  # … spanning at least this long
REVIEW_AFTER = timedelta(weeks=4)  # on the plan this long without …
NEEDED_DROP = 2  # … a drop of this many points: see a professional


class Suggestion(StrEnum):
    """What the ratings suggest for a knot, beyond carrying on."""

    NONE = "none"
    RESOLVED = "resolved"
    RISING = "rising"  # consider a professional
    NOT_IMPROVING = "not_improving"  # consider a professional
    NO_RESTING_RATING = "no_resting_rating"  # rated only after holds: rate it at rest

    @property
    def headline(self) -> str:
        """What it suggests, in a few plain words (the reason follows it)."""
        return translate(
            "plan",
            {
                Suggestion.NONE: QT_TRANSLATE_NOOP("plan", "Carry on with the plan"),
                Suggestion.RESOLVED: QT_TRANSLATE_NOOP("plan", "This knot looks resolved"),
                Suggestion.RISING: QT_TRANSLATE_NOOP(
                    "plan", "Rising: consider seeing a professional"
                ),
                Suggestion.NOT_IMPROVING: QT_TRANSLATE_NOOP(
                    "plan", "Not improving: consider seeing a professional"
                ),
                Suggestion.NO_RESTING_RATING: QT_TRANSLATE_NOOP(
                    "plan", "No resting rating yet: rate it before a hold or in a check-in"
                ),
            }[self],
        )


@dataclass(frozen=True)
class KnotPlan:
    """Where one knot stands on its plan, what is due, and what the ratings suggest
    (with the reason, in numbers)."""

    course: Course
    sessions: int  # focused sessions so far: days with a ball hold on it, or a treatment
    started: date | None  # the plan's first focused session
    standing: str  # "session 2 of 1–3", "week 3 of 4–8"
    due_today: bool
    suggestion: Suggestion
    reason: str


def plan_for(
    knot: Knot, history: RatingHistory, days: Sequence[date], today: date, zone: tzinfo
) -> KnotPlan:
    """The knot's plan on the local day `today`, from its ratings and its days of
    focused care (up to and including today)."""
    course = course_of(knot, today)
    done = [day for day in days if day <= today]
    started = done[0] if done else None
    suggestion, reason = suggest(history, started, today, zone)
    due = _due(knot, course, suggestion, done[-1] if done else None, today)
    return KnotPlan(
        course, len(done), started, _standing(knot, course, done, today), due, suggestion, reason
    )


def _due(
    knot: Knot, course: Course, suggestion: Suggestion, last: date | None, today: date
) -> bool:
    if knot.status is not KnotStatus.ACTIVE or suggestion is Suggestion.RESOLVED:
        return False
    again = ACUTE_AGAIN_AFTER if course is Course.ACUTE else CHRONIC_AGAIN_AFTER
    return last is None or today - last >= again


def due_today(
    knot: Knot,
    history: RatingHistory,
    started: date | None,
    recent: Sequence[date],
    today: date,
    zone: tzinfo,
) -> bool:
    """Whether a focused session on the knot is due on `today`, as plan_for says, from
    less: the first day of care and the days of care of the last CARE_LOOKBACK (a last
    day of care older than that is always long enough ago)."""
    course = course_of(knot, today)
    suggestion, _ = suggest(history, started, today, zone)
    done = [day for day in recent if day <= today]
    last = done[-1] if done else started if started is not None and started <= today else None
    return _due(knot, course, suggestion, last, today)


# How far back due_today needs the days of care: past the longest wait between sessions.
CARE_LOOKBACK = CHRONIC_AGAIN_AFTER + timedelta(days=1)


def _standing(knot: Knot, course: Course, done: Sequence[date], today: date) -> str:
    deep = knot.depth is Depth.DEEP
    if course is Course.ACUTE:
        low, high = ACUTE_SESSIONS
        if not done:
            text = translate("plan", "not started: {low}–{high} focused sessions may bring relief")
        elif len(done) > high:
            text = translate("plan", "session {session} (usually {low}–{high})")
        else:
            text = translate("plan", "session {session} of {low}–{high}")
        return text.format(session=len(done), low=low, high=high)
    low, high = CHRONIC_WEEKS
    week = (today - done[0]).days // 7 + 1 if done else 0
    if not done and deep:
        text = translate(
            "plan", "not started: a session a week for {low}–{high} weeks, deep knots nearer {high}"
        )
    elif not done:
        text = translate("plan", "not started: a session a week for {low}–{high} weeks")
    elif week > high:
        text = translate("plan", "week {week} (the first phase is usually {low}–{high} weeks)")
    elif deep:
        text = translate("plan", "week {week} of {low}–{high}, deep knots nearer {high}")
    else:
        text = translate("plan", "week {week} of {low}–{high}")
    return text.format(week=week, low=low, high=high)


def suggest(
    history: RatingHistory, started: date | None, today: date, zone: tzinfo
) -> tuple[Suggestion, str]:
    """Resolved, rising or not improving (the last two: consider a professional), with
    the numbers behind it, from the resting ratings only; NO_RESTING_RATING when the knot
    was rated only after holds; NONE while the ratings say nothing of the kind.

    Only the ratings it looks at become records: the history's columns are oldest
    first, so each span (the last 14 and 7 days, the newest rating before the plan
    began) is found by bisecting them, not by reading years."""
    end = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone)
    at_ms, end_ms = history.at_ms, to_ms(end)
    count = bisect_left(at_ms, end_ms)  # history[:count] came before `end`
    resting = [i for i in range(count) if history.context[i] in RESTING]
    if not resting:
        if not count:
            return Suggestion.NONE, ""
        values = ", ".join(str(history.tenderness[i]) for i in range(max(0, count - 3), count))
        text = translate("plan", "only ratings after a hold so far: {values}")
        return Suggestion.NO_RESTING_RATING, text.format(values=values)

    def within(span: timedelta) -> list[Rating]:
        """The resting ratings at most `span` before `end` (elapsed time, across DST)."""
        first = bisect_left(resting, bisect_left(at_ms, end_ms - span // MS))
        return [history.rating(i) for i in resting[first:]]

    last = [history.rating(i) for i in resting[-RESOLVED_RATINGS:]]
    if len(last) == RESOLVED_RATINGS and all(r.tenderness <= RESOLVED_AT for r in last):
        span = last[-1].at - last[0].at
        if span >= RESOLVED_SPAN:
            values = ", ".join(str(r.tenderness) for r in last)
            text = translate("plan", "the last {count} ratings were {values} over {days} days")
            return Suggestion.RESOLVED, text.format(
                count=RESOLVED_RATINGS, values=values, days=span.days
            )
    recent = within(timedelta(days=TREND_DAYS))
    if len(recent) >= 2 and two_week_trend(history, end) is Trend.RISING:
        text = translate("plan", "tenderness rose from {first} to {last} over the last {days} days")
        return Suggestion.RISING, text.format(
            first=recent[0].tenderness, last=recent[-1].tenderness, days=TREND_DAYS
        )
    if started is not None and today - started >= REVIEW_AFTER:
        day_start = to_ms(datetime.combine(started, time(0), tzinfo=zone))
        earlier = bisect_left(resting, bisect_left(at_ms, day_start)) - 1  # newest before
        baseline = history.tenderness[resting[max(earlier, 0)]]
        week = [r.tenderness for r in within(timedelta(days=7))]
        latest = week or [history.tenderness[resting[-1]]]
        current = round(sum(latest) / len(latest))
        if baseline - current < NEEDED_DROP:
            return Suggestion.NOT_IMPROVING, _not_improving(
                (today - started).days // 7, baseline, current, averaged=bool(week)
            )
    return Suggestion.NONE, ""


MS = timedelta(milliseconds=1)


def _not_improving(weeks: int, baseline: int, current: int, averaged: bool) -> str:
    """The numbers behind 'not improving': a drop too small (or none), or a rise. The
    current figure is the mean of the last 7 days' resting ratings (`averaged`), else the
    tenderness now; the text says which, so that it never reads as another "now"."""
    if current > baseline and averaged:
        text = translate(
            "plan",
            "{weeks} weeks on the plan and tenderness rose by {rise}, from {baseline} to"
            " {current} (its mean over the last 7 days)",
        )
    elif current > baseline:
        text = translate(
            "plan",
            "{weeks} weeks on the plan and tenderness rose by {rise}, from {baseline} to"
            " {current} (its tenderness now)",
        )
    elif averaged:
        text = translate(
            "plan",
            "{weeks} weeks on the plan and tenderness went from {baseline} to {current}"
            " (its mean over the last 7 days), a drop of {drop} (less than {needed})",
        )
    else:
        text = translate(
            "plan",
            "{weeks} weeks on the plan and tenderness went from {baseline} to {current}"
            " (its tenderness now), a drop of {drop} (less than {needed})",
        )
    return text.format(
        weeks=weeks,
        baseline=baseline,
        current=current,
        rise=current - baseline,
        drop=baseline - current,
        needed=NEEDED_DROP,
    )
