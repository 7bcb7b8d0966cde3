"""What the report for a therapist says, gathered from the journal as plain data; the
drawing is ui/report_pdf.py's.

The period is the last N Monday-weeks up to today. For each knot that is active or
resolved (most tender first, numbered as on the body maps): muscle, side, since when,
active or latent, superficial or deep, tenderness at the start and the end of the period
(the day's mean of resting ratings), the two-week trend, and the focused sessions in the
period; its history for the charts; the self-care around it; the professional treatments
of the period; and the user's notes: each knot's own, then the journal's newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from core.body import catalogue
from core.errors import UnknotError
from core.factors import WeekFactors, factors, observations, weekly_tenderness
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.knot_history import KnotHistory, knot_history, monday
from core.onset import day_text
from core.plan import started_on
from core.progress import KnotProgress, all_knots
from core.records import Treatment

MIN_WEEKS = 1
MAX_WEEKS = 520
DISCLAIMER = QT_TRANSLATE_NOOP(
    "report_data",
    "Recorded by the patient with Unknot, a self-care app. Tenderness is self-rated from"
    " 0 (none) to 10 (worst), by pressing on the knot. This is not a diagnosis.",
)


def disclaimer() -> str:
    """The report's disclaimer in the user's language."""
    return translate("report_data", DISCLAIMER)


@dataclass(frozen=True)
class KnotReport:
    """One knot's row and chart in the report."""

    number: int  # as marked on the body maps
    progress: KnotProgress
    history: KnotHistory

    @property
    def muscle(self) -> str:
        """The muscle's name (its id when the catalogue no longer has it)."""
        muscle_id = self.progress.knot.muscle
        try:
            return catalogue().muscle(muscle_id).name
        except KeyError:
            return muscle_id

    @property
    def first(self) -> float | None:
        """Tenderness on the period's first rated day."""
        return self.history.days[0].tenderness if self.history.days else None

    @property
    def last(self) -> float | None:
        """Tenderness on the period's last rated day."""
        return self.history.days[-1].tenderness if self.history.days else None

    @property
    def sessions(self) -> int:
        """Focused sessions (ball holds or treatments, one a day) in the period."""
        return sum(point.sessions for point in self.history.care)

    @property
    def guidance(self) -> str:
        """Where the knot stands on its plan and what the ratings suggest, with the
        numbers: the same as the Progress page and `progress` say."""
        return plan_guidance(self.progress)


def plan_guidance(row: KnotProgress) -> str:
    """'Week 3 of 4–8; a session is due today. Carry on with the plan.', with the
    tenderness now and the suggestion's numbers."""
    plan = row.plan
    if row.now is None:
        now = translate("report_data", "Tenderness now: not rated at rest yet.")
    else:
        now = translate("report_data", "Tenderness now: {value}.").format(value=row.now)
    if row.after_hold is not None:
        after = translate("report_data", "After the last hold: {value}.")
        now = f"{now} {after.format(value=row.after_hold)}"
    if plan.due_today:
        standing = translate("report_data", "Plan: {standing}; a session is due today.")
    else:
        standing = translate("report_data", "Plan: {standing}; no session is due today.")
    if plan.reason:
        suggestion = translate("report_data", "{headline} ({reason}).")
    else:
        suggestion = translate("report_data", "{headline}.")
    return " ".join(
        (
            now,
            standing.format(standing=plan.standing),
            suggestion.format(headline=plan.suggestion.headline, reason=plan.reason),
        )
    )


@dataclass(frozen=True)
class Note:
    """A note of the user's, dated: a journal note, or a knot's own notes."""

    when: str
    about: str
    text: str


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows."""

    first_day: date
    last_day: date
    made: datetime
    knots: list[KnotReport]
    self_care: list[WeekFactors]
    observations: list[str]
    water_goal_ml: int
    treatments: list[Treatment]
    notes: list[Note]

    @property
    def period(self) -> str:
        """ "8 weeks: 5 Jan 2026 – 2 Mar 2026"."""
        weeks = (self.last_day - self.first_day).days // 7 + 1
        if weeks == 1:
            text = translate("report_data", "1 week: {first} – {last}")
        else:
            text = translate("report_data", "{weeks} weeks: {first} – {last}")
        return text.format(
            weeks=weeks, first=day_text(self.first_day), last=day_text(self.last_day)
        )


def check_weeks(weeks: int) -> int:
    """`weeks` if it is a period the report can cover, else one clear error."""
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        text = translate("report_data", "--weeks {weeks}: the report covers {low} to {high} weeks")
        raise UnknotError(text.format(weeks=weeks, low=MIN_WEEKS, high=MAX_WEEKS))
    return weeks


def report_data(
    journal: Journal, now: datetime, zone: tzinfo, weeks: int, water_goal_ml: int
) -> ReportData:
    """The report for the `weeks` Monday-weeks up to `now` (an aware time)."""
    check_weeks(weeks)
    today = now.astimezone(zone).date()
    first = monday(today) - timedelta(weeks=weeks - 1)
    knots = [
        KnotReport(number, row, knot_history(journal, row.knot, today, zone, weeks))
        for number, row in enumerate(all_knots(journal, now), start=1)
    ]
    treatments = [t for t in journal.treatments() if first <= t.on <= today]
    start = datetime.combine(first, time(0), tzinfo=zone)
    notes = [
        Note(
            translate("report_data", "since {day}").format(
                day=day_text(started_on(k.progress.knot))
            ),
            f"{k.number}. {k.progress.knot.label}",
            note,
        )
        for k in knots
        if (note := k.progress.knot.notes.strip())
    ]
    notes += [
        Note(day_text(at.astimezone(zone).date()), translate("report_data", "Journal"), text)
        for at, text in reversed(journal.notes_between(start, now))
    ]
    self_care = factors(journal, today, zone, weeks, water_goal_ml)
    seen = observations(self_care, weekly_tenderness(journal, today, zone, weeks))
    return ReportData(first, today, now, knots, self_care, seen, water_goal_ml, treatments, notes)
