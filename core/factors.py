"""The self-care around the knots, per Monday-week: water, posture, stretching, focused
care, stress and hours at the desk; and a few plain sentences on what they show.

`factors` reads the journal for the last N Monday-weeks ending on a local day, `today`
(its week is the last one and counts only up to today), in the zone passed in. A week
that ends before the journal's first entry is marked as such: it has no data, which is
not the same as nothing done. Every
read is one range of the journal's keys, so older years add no work (a test counts
SQLite's steps): twelve weeks, with their tenderness, took 11 ms on the ten-year journal
of bench/journal_scale.py with ten years of water, posture, reminders and check-ins
added.

`weekly_tenderness` is the tenderness beside them: for each week, the mean over the
knots that are not archived of each knot's mean resting rating that week (check-ins and
ratings before a hold, as in core.trends; a rating just after a hold measures the hold).
A knot rated often counts as much as one rated once. Resolved knots count: they were
tender in the weeks they were followed, and leaving them out would hide just those
weeks.

`observations` says what the numbers show and no more: averages over the weeks since
the first one with any record, and, with enough whole weeks, how tenderness differed
between the weeks with more and with less of one factor, saying that going together is
not cause. Focused care is not compared: care goes where knots are tender, so the
comparison would mostly show that.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.records import KnotStatus, RatingContext, ReminderKind, ReminderOutcome, StepKind
from core.trends import RESTING

COMPARE_MIN_WEEKS = 4  # whole weeks with both numbers before any comparison is made
COMPARE_MIN_SIDE = 2  # and at least this many on each side
SAME_WITHIN = 0.5  # tenderness points: a smaller difference is "about the same"


@dataclass(frozen=True)
class WeekFactors:
    """One Monday-week of self-care as the journal shows it."""

    week_start: date  # the Monday
    days: int  # days counted: 7, or Monday to today in the current week
    water_ml: int
    water_goal_days: int  # days with at least the goal logged
    posture_checks: int  # posture check-ins logged, either answer
    posture_answered: int  # posture reminders answered
    posture_missed: int  # posture reminders missed or skipped (snoozed ones came back)
    stretching_days: int  # days with a session that had a stretch
    focused_days: int  # days with a ball hold on a knot, or a professional treatment
    check_ins: int  # days with a daily check-in
    stress_answers: int
    mean_stress: float | None  # of the week's check-ins; None without any
    desk_answers: int
    mean_desk_hours: float | None
    before_journal: bool = False  # the whole week lies before the journal's first entry

    @property
    def no_data(self) -> bool:
        """True for a week before the journal began: nothing could have been logged, so
        its numbers are "no data", not "0 of 7 days"."""
        return self.before_journal

    @property
    def has_records(self) -> bool:
        """True when anything at all was logged in the week."""
        return any(
            (
                self.water_ml,
                self.posture_checks,
                self.posture_answered + self.posture_missed,
                self.stretching_days,
                self.focused_days,
                self.check_ins,
            )
        )


def week_starts(today: date, weeks: int) -> list[date]:
    """The Mondays of the last `weeks` weeks up to `today`'s, oldest first."""
    if weeks < 1:
        raise ValueError(f"factors: weeks must be 1 or more (got {weeks})")
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=weeks - 1 - n) for n in range(weeks)]


def factors(
    journal: Journal, today: date, zone: tzinfo, weeks: int, water_goal_ml: int
) -> list[WeekFactors]:
    """The last `weeks` Monday-weeks ending on the local day `today`, oldest first."""
    if water_goal_ml < 1:
        raise ValueError(f"factors: the water goal must be 1 ml or more (got {water_goal_ml})")
    starts = week_starts(today, weeks)
    first = starts[0]

    def week_of(day: date) -> int:
        return (day - first).days // 7

    water = journal.water_by_day(first, today, zone)
    posture = journal.posture_checks_by_day(first, today, zone)
    reminders = journal.reminder_outcomes_by_day(ReminderKind.POSTURE, first, today, zone)
    stretching = journal.session_days(StepKind.STRETCH, first, today, zone)
    focused = journal.session_days(StepKind.HOLD, first, today, zone, on_knot=True)
    focused |= {t.on for t in journal.treatments() if first <= t.on <= today}
    check_ins = journal.check_ins(first, today)
    began = journal.first_day(zone)

    def per_week(values: Mapping[date, int]) -> list[int]:
        totals = [0] * weeks
        for day, value in values.items():
            totals[week_of(day)] += value
        return totals

    def days_in(found: set[date]) -> list[int]:
        return per_week(dict.fromkeys(found, 1))

    water_ml = per_week(water)
    goal_days = days_in({day for day, ml in water.items() if ml >= water_goal_ml})
    answered = per_week({d: o[ReminderOutcome.DONE] for d, o in reminders.items()})
    missed = per_week(
        {d: o[ReminderOutcome.MISSED] + o[ReminderOutcome.SKIPPED] for d, o in reminders.items()}
    )
    posture_checks, stretching_days, focused_days = (
        per_week(posture),
        days_in(stretching),
        days_in(focused),
    )
    stress: list[list[int]] = [[] for _ in starts]
    desk: list[list[float]] = [[] for _ in starts]
    answered_days = [0] * weeks
    for check_in in check_ins:
        week = week_of(check_in.day)
        answered_days[week] += 1
        if check_in.stress is not None:
            stress[week].append(check_in.stress)
        if check_in.desk_hours is not None:
            desk[week].append(check_in.desk_hours)
    return [
        WeekFactors(
            week_start=start,
            days=min(7, (today - start).days + 1),
            water_ml=water_ml[n],
            water_goal_days=goal_days[n],
            posture_checks=posture_checks[n],
            posture_answered=answered[n],
            posture_missed=missed[n],
            stretching_days=stretching_days[n],
            focused_days=focused_days[n],
            check_ins=answered_days[n],
            stress_answers=len(stress[n]),
            mean_stress=statistics.fmean(stress[n]) if stress[n] else None,
            desk_answers=len(desk[n]),
            mean_desk_hours=statistics.fmean(desk[n]) if desk[n] else None,
            before_journal=began is None or start + timedelta(days=6) < began,
        )
        for n, start in enumerate(starts)
    ]


def weekly_tenderness(journal: Journal, today: date, zone: tzinfo, weeks: int) -> dict[date, float]:
    """Monday → mean resting tenderness across the knots that are not archived (see the
    module's docstring); weeks without a resting rating are absent."""
    starts = week_starts(today, weeks)
    first = starts[0]
    by_knot: dict[tuple[int, str], list[int]] = {}
    for knot_id, day, tenderness in journal.ratings_by_day(
        first,
        today,
        zone,
        contexts=[RatingContext(context) for context in sorted(RESTING)],
        statuses=(KnotStatus.ACTIVE, KnotStatus.RESOLVED),
    ):
        by_knot.setdefault(((day - first).days // 7, knot_id), []).append(tenderness)
    by_week: dict[int, list[float]] = {}
    for (week, _), values in by_knot.items():
        by_week.setdefault(week, []).append(statistics.fmean(values))
    return {starts[week]: statistics.fmean(means) for week, means in sorted(by_week.items())}


# ----------------------------------------------------------------------------- sentences


@dataclass(frozen=True)
class _Comparison:
    """Weeks with `value` at or over `threshold` against the rest, as `label` says (the
    words after "In the N weeks", translated where the sentence is made)."""

    label: str
    value: Callable[[WeekFactors], float | None]
    threshold: float


# Stretching: at least 2–3 days a week (ACSM, ../shared/EVIDENCE.md "Stretching").
_COMPARISONS = (
    _Comparison(
        QT_TRANSLATE_NOOP("factors", "with 3 or more stretching days"),
        lambda w: w.stretching_days,
        3,
    ),
    _Comparison(
        QT_TRANSLATE_NOOP("factors", "when you met the water goal on 4 or more days"),
        lambda w: w.water_goal_days,
        4,
    ),
    _Comparison(
        QT_TRANSLATE_NOOP("factors", "when stress averaged 5 or more"), lambda w: w.mean_stress, 5
    ),
    _Comparison(
        QT_TRANSLATE_NOOP("factors", "with 8 or more hours a day at the desk"),
        lambda w: w.mean_desk_hours,
        8,
    ),
)


@dataclass(frozen=True)
class _Span:
    """The weeks a sentence speaks of: one (this week) or several, and their days."""

    weeks: int
    days: int

    def say(self, one: str, several: str, total: int = 0) -> str:
        """`one` (this week: {total} of {days} days) or `several` (over {weeks} weeks:
        {average} days a week), both already translated, with the numbers filled in."""
        if self.weeks == 1:
            return one.format(total=total, days=self.days)
        return several.format(average=_number(total / self.days * 7), weeks=self.weeks)


def observations(
    weeks: Sequence[WeekFactors], weekly_tenderness: Mapping[date, float]
) -> list[str]:
    """A few plain sentences on what `weeks` (from `factors`) and the tenderness of
    each week (from `weekly_tenderness`) show, claiming no cause. Weeks before the first
    one with any record are left out; nothing logged at all gives no sentences."""
    recorded = [w.has_records or w.week_start in weekly_tenderness for w in weeks]
    if not any(recorded):
        return []
    counted = list(weeks[recorded.index(True) :])
    span = _Span(len(counted), sum(w.days for w in counted))
    lines = []
    if sum(w.water_ml for w in counted):
        line = span.say(
            translate("factors", "You met the water goal on {total} of the {days} days this week."),
            translate(
                "factors",
                "You met the water goal on {average} of 7 days a week on average"
                " over the last {weeks} weeks.",
            ),
            sum(w.water_goal_days for w in counted),
        )
    else:
        line = span.say(
            translate("factors", "No water was logged this week."),
            translate("factors", "No water was logged over the last {weeks} weeks."),
        )
    lines.append(line)
    stretching = sum(w.stretching_days for w in counted)
    if stretching:
        line = span.say(
            translate("factors", "You stretched on {total} of the {days} days this week."),
            translate(
                "factors",
                "You stretched on {average} of 7 days a week on average"
                " over the last {weeks} weeks.",
            ),
            stretching,
        )
    else:
        line = span.say(
            translate("factors", "No stretching was logged this week."),
            translate("factors", "No stretching was logged over the last {weeks} weeks."),
        )
    lines.append(line)
    focused = sum(w.focused_days for w in counted)
    if focused:
        line = span.say(
            translate(
                "factors",
                "You gave a knot focused care (ball holds, or a treatment)"
                " on {total} of the {days} days this week.",
            ),
            translate(
                "factors",
                "You gave a knot focused care (ball holds, or a treatment)"
                " on {average} of 7 days a week on average over the last {weeks} weeks.",
            ),
            focused,
        )
    else:
        line = span.say(
            translate(
                "factors", "No ball holds on a knot and no treatments were logged this week."
            ),
            translate(
                "factors",
                "No ball holds on a knot and no treatments were logged"
                " over the last {weeks} weeks.",
            ),
        )
    lines.append(line)
    lines.extend(_posture(counted, span))
    lines.extend(_check_ins(counted))
    whole = [w for w in counted if w.days == 7]
    for comparison in _COMPARISONS:
        line = _compare(comparison, whole, weekly_tenderness)
        if line:
            lines.append(line)
    return lines


def _posture(weeks: Sequence[WeekFactors], span: _Span) -> list[str]:
    lines = []
    checks = sum(w.posture_checks for w in weeks)
    if checks == 1 and span.weeks == 1:
        lines.append(translate("factors", "You logged 1 posture check-in this week."))
    elif checks and span.weeks == 1:
        text = translate("factors", "You logged {count} posture check-ins this week.")
        lines.append(text.format(count=checks))
    elif checks:
        text = translate(
            "factors",
            "You logged {average} posture check-ins a week on average over the last {weeks} weeks.",
        )
        lines.append(text.format(average=_number(checks / span.days * 7), weeks=span.weeks))
    answered = sum(w.posture_answered for w in weeks)
    missed = sum(w.posture_missed for w in weeks)
    total = answered + missed
    if total == 1 and missed == 1:
        text = translate(
            "factors",
            "You answered {answered} of 1 posture reminder; {missed} was missed or skipped.",
        )
    elif total == 1:
        text = translate(
            "factors",
            "You answered {answered} of 1 posture reminder; {missed} were missed or skipped.",
        )
    elif missed == 1:
        text = translate(
            "factors",
            "You answered {answered} of {total} posture reminders; {missed} was missed or skipped.",
        )
    else:
        text = translate(
            "factors",
            "You answered {answered} of {total} posture reminders;"
            " {missed} were missed or skipped.",
        )
    if total:
        lines.append(text.format(answered=answered, total=total, missed=missed))
    return lines


def _check_ins(weeks: Sequence[WeekFactors]) -> list[str]:
    days = sum(w.check_ins for w in weeks)
    if not days:
        return []
    stress = _weighted([(w.mean_stress, w.stress_answers) for w in weeks])
    desk = _weighted([(w.mean_desk_hours, w.desk_answers) for w in weeks])
    one = days == 1
    if stress is not None and desk is not None:
        text = (
            translate(
                "factors",
                "On the 1 day you checked in, stress averaged {stress} out of 10"
                " and hours at the desk {hours} a day.",
            )
            if one
            else translate(
                "factors",
                "On the {days} days you checked in, stress averaged {stress} out of 10"
                " and hours at the desk {hours} a day.",
            )
        )
    elif stress is not None:
        text = (
            translate("factors", "On the 1 day you checked in, stress averaged {stress} out of 10.")
            if one
            else translate(
                "factors", "On the {days} days you checked in, stress averaged {stress} out of 10."
            )
        )
    elif desk is not None:
        text = (
            translate("factors", "On the 1 day you checked in, hours at the desk {hours} a day.")
            if one
            else translate(
                "factors", "On the {days} days you checked in, hours at the desk {hours} a day."
            )
        )
    else:
        return []
    return [text.format(days=days, stress=_decimal(stress), hours=_decimal(desk))]


def _compare(
    comparison: _Comparison, weeks: Sequence[WeekFactors], tenderness: Mapping[date, float]
) -> str:
    pairs = [
        (value, tenderness[w.week_start])
        for w in weeks
        if (value := comparison.value(w)) is not None and w.week_start in tenderness
    ]
    if len(pairs) < COMPARE_MIN_WEEKS:
        return ""
    more = [t for value, t in pairs if value >= comparison.threshold]
    less = [t for value, t in pairs if value < comparison.threshold]
    if len(more) < COMPARE_MIN_SIDE or len(less) < COMPARE_MIN_SIDE:
        return ""
    high, low = statistics.fmean(more), statistics.fmean(less)
    if abs(high - low) < SAME_WITHIN:
        text = translate(
            "factors",
            "In the {more} weeks {which}, average tenderness was {high},"
            " about the same as in the other {less} weeks ({low}).",
        )
    else:
        text = translate(
            "factors",
            "In the {more} weeks {which}, average tenderness was {high};"
            " in the other {less} weeks, {low}."
            " This shows they went together, not that one caused the other.",
        )
    return text.format(
        more=len(more),
        which=translate("factors", comparison.label),
        high=_decimal(high),
        less=len(less),
        low=_decimal(low),
    )


def _weighted(means: Sequence[tuple[float | None, int]]) -> float | None:
    total = sum(n for mean, n in means if mean is not None)
    if not total:
        return None
    return sum(mean * n for mean, n in means if mean is not None) / total


def _number(value: float) -> str:
    """3.4, or 4 for 4.0."""
    return f"{value:.1f}".removesuffix(".0")


def _decimal(value: float | None) -> str:
    """3.4, and 4.0 for 4 ('' for None)."""
    return "" if value is None else f"{value:.1f}"
