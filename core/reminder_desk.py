"""Where reminders meet the user and the journal: what is shown and waiting, and what
each answer records.

`ReminderDesk` wraps the scheduler with the user's settings, logs every answer (done,
snoozed, skipped, and missed when a newer one replaces it or the app quits) as a
reminder event, and records the water and posture answers themselves. Writes go through
the journal's queue (Journal.pending), so a failed one is kept and retried, never lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from core.clock import Clock
from core.journal import Journal
from core.pending_writes import PendingWrite, PendingWrites
from core.plan import CARE_LOOKBACK, due_today
from core.progress import plan_history
from core.records import (
    KnotStatus,
    PostureAnswer,
    ReminderKind,
    ReminderOutcome,
    to_utc_text,
)
from core.reminder_texts import Answer
from core.reminders import INTERVAL_KINDS, Due, ReminderRule, ReminderScheduler
from core.settings import Settings, clock_time, hours_of
from core.today import local_day_bounds
from core.working_day import WorkingDay

IDLE_AWAY = timedelta(minutes=5)  # idle this long is away: posture and breaks stand still


def working_day_of(settings: Settings) -> WorkingDay:
    """The working day and quiet hours the settings describe."""
    return WorkingDay(
        days=frozenset(settings.work_days),
        start=clock_time(settings.work_start),
        end=clock_time(settings.work_end),
        quiet_start=clock_time(settings.quiet_start),
        quiet_end=clock_time(settings.quiet_end),
    )


def rules_of(settings: Settings) -> dict[ReminderKind, ReminderRule]:
    """Each kind's rule from the settings (`<kind>_on`, `_every`, `_hours`)."""
    rules = {
        kind: ReminderRule(
            kind,
            enabled=getattr(settings, f"{kind.value}_on"),
            every=timedelta(minutes=getattr(settings, f"{kind.value}_every")),
            hours=hours_of(getattr(settings, f"{kind.value}_hours")),
        )
        for kind in INTERVAL_KINDS
    }
    rules[ReminderKind.DAILY_SESSION] = ReminderRule(
        ReminderKind.DAILY_SESSION,
        enabled=settings.daily_session_on,
        at=clock_time(settings.daily_session_at),
    )
    return rules


@dataclass(frozen=True)
class ReminderDay:
    """What the Today view and the tray show of the reminders."""

    water_ml: int
    water_goal_ml: int
    glass_ml: int
    posture_ok: int
    posture_fixed: int
    upcoming: list[tuple[ReminderKind, datetime]]  # soonest first, local times
    waiting: list[Due]  # shown and not answered yet
    paused_until: datetime | None  # local time
    water_unit: str = "ml"  # how amounts are shown (Settings); the figures are ml


class ReminderDesk:
    """The reminders as the UI uses them: due ones in, answers out to the journal."""

    def __init__(self, journal: Journal, clock: Clock, settings: Settings) -> None:
        self.journal = journal
        self.clock = clock
        self.settings = settings
        self.scheduler = ReminderScheduler(
            clock,
            working_day_of(settings),
            rules_of(settings),
            self.wants_session,
            escalate_after=settings.escalate_after or None,
        )
        self._last_row_at: dict[str, datetime] = {}
        self._care: tuple[tuple[int, int], dict[date, bool]] | None = None

    @property
    def writes(self) -> PendingWrites:
        """The journal's queue of writes (shared with the session and the check-in)."""
        return self.journal.pending

    def wants_session(self, day: date) -> bool:
        """A day's session is due when an active knot is due for a focused session by
        its plan (core.plan) and no session was started that day. What the journal
        holds is read once per change to it, since the scheduler asks often."""
        zone = self.clock.zone()
        start = datetime.combine(day, time(0), tzinfo=zone)
        if self.journal.sessions_between(start, start + timedelta(days=1)) > 0:
            return False
        return self._wants_session(day, zone)

    def _wants_session(self, day: date, zone: tzinfo) -> bool:
        """Reads only what the plans look at on `day` (core.progress.plan_history: a
        few weeks of ratings; the first and the recent days of care), not ten years of
        history; kept until the journal changes, since the scheduler asks often."""
        key = self.journal.change_key()  # a restore changes it too
        if self._care is None or self._care[0] != key:
            self._care = (key, {})
        known = self._care[1]
        if day not in known:
            noon = datetime.combine(day, time(12), tzinfo=zone)
            since = datetime.combine(day - CARE_LOOKBACK, time(0), tzinfo=zone)
            due = False
            for knot in self.journal.knots([KnotStatus.ACTIVE]):
                first = self.journal.first_care_day(knot.id, zone)
                recent = self.journal.care_days(knot.id, zone, since)
                started = [first] if first is not None and first <= day else []
                history = plan_history(self.journal, knot, started, noon)
                if due_today(knot, history, started[0] if started else None, recent, day, zone):
                    due = True
                    break
            known[day] = due
        return known[day]

    @property
    def waiting(self) -> dict[ReminderKind, Due]:
        """Reminders shown and not answered yet, by kind."""
        return self.scheduler.unanswered

    def apply(self, settings: Settings) -> None:
        """Use changed settings from now on (series keep their place)."""
        self.settings = settings
        self.scheduler.day = working_day_of(settings)
        self.scheduler.rules = rules_of(settings)
        self.scheduler.escalate_after = settings.escalate_after or None

    def next_due(self) -> datetime | None:
        """When the UI's timer should next call `take_due()` (UTC)."""
        return self.scheduler.next_due()

    def take_due(self) -> list[Due]:
        """The reminders to show now; older unanswered ones they replace are logged as
        missed."""
        shown = self.scheduler.take_due()
        self._log_missed()
        return shown

    # ------------------------------------------------------------------ answers

    def drink(self) -> int:
        """Log a glass of water (the glass size); answers a waiting water reminder.
        Returns the millilitres logged today so far."""
        ml = self.settings.glass_ml
        at = self._row_moment("water")
        row = {"at_utc": to_utc_text(at), "ml": ml, "sample": False}
        self.writes.save(PendingWrite("add_row", ("water", row)))
        self._answer(ReminderKind.WATER, ReminderOutcome.DONE)
        return self.water_today()

    def posture(self, answer: PostureAnswer) -> None:
        """Log a posture check-in ("Posture OK" or "Fixed it")."""
        at = self._row_moment("posture_checks")
        row = {"at_utc": to_utc_text(at), "answer": answer.value, "sample": False}
        self.writes.save(PendingWrite("add_row", ("posture_checks", row)))
        self._answer(ReminderKind.POSTURE, ReminderOutcome.DONE)

    def respond(self, kind: ReminderKind, answer: Answer) -> Answer | None:
        """Record a card's answer for `kind`. Returns the answer again when the UI has
        something to start (the 2-minute break, today's session), else None."""
        if answer is Answer.DRINK:
            self.drink()
        elif answer in (Answer.POSTURE_OK, Answer.POSTURE_FIXED):
            good = answer is Answer.POSTURE_OK
            self.posture(PostureAnswer.GOOD if good else PostureAnswer.ADJUSTED)
        else:
            self.done(kind)
        return answer if answer in (Answer.START_BREAK, Answer.START_SESSION) else None

    def done(self, kind: ReminderKind) -> None:
        """The break was taken, or the session started."""
        self._answer(kind, ReminderOutcome.DONE)

    def snooze(self, kind: ReminderKind, minutes: int) -> datetime:
        """Bring `kind` back in 5, 10 or 15 minutes; returns when (UTC)."""
        until = self.scheduler.snooze(kind, minutes)
        self._answer(kind, ReminderOutcome.SNOOZED)
        return until

    def skip(self, kind: ReminderKind) -> None:
        """Not this time."""
        self._answer(kind, ReminderOutcome.SKIPPED)

    def pause_for(self, duration: timedelta) -> datetime:
        """No reminders for `duration`; returns until when (UTC)."""
        return self.scheduler.pause_for(duration)

    def pause_until_tomorrow(self) -> datetime:
        """No reminders until midnight."""
        return self.scheduler.pause_until_tomorrow()

    def resume(self) -> None:
        """Reminders again, from now."""
        self.scheduler.resume()

    def away(self, since: datetime | None = None) -> None:
        """The screen locked, the machine sleeps, or the user is idle since `since`."""
        self.scheduler.away(since)

    def back(self) -> None:
        """The user is back: posture and break series restart from now."""
        self.scheduler.back()

    def close(self) -> None:
        """The app quits: reminders still waiting were missed."""
        for kind in list(self.waiting):
            self._answer(kind, ReminderOutcome.MISSED)
        self.writes.flush()

    def _answer(self, kind: ReminderKind, outcome: ReminderOutcome) -> None:
        due = self.scheduler.answered(kind)
        if due is not None:
            self._log(due, outcome)

    def _log_missed(self) -> None:
        for due in self.scheduler.missed:
            self._log(due, ReminderOutcome.MISSED)
        self.scheduler.missed.clear()

    def _log(self, due: Due, outcome: ReminderOutcome) -> None:
        row = {
            "kind": due.kind.value,
            "due_utc": to_utc_text(due.due),
            "fired_utc": to_utc_text(due.fired) if due.fired else None,
            "outcome": outcome.value,
            "sample": False,
        }
        self.writes.save(PendingWrite("add_row", ("reminder_events", row)))

    def _row_moment(self, table: str) -> datetime:
        """Now, or a millisecond after the table's last row when two land in the same
        millisecond (the moment is the row's key)."""
        at = self.clock.now().astimezone(UTC)
        last = self._last_row_at.get(table)
        if last is not None and at <= last:
            at = last + timedelta(milliseconds=1)
        self._last_row_at[table] = at
        return at

    # ------------------------------------------------------------------ the day

    def water_today(self) -> int:
        """Millilitres logged today (local day)."""
        start, end = local_day_bounds(self.clock.now())
        return self.journal.water_on(start, end)

    def day(self) -> ReminderDay:
        """Water against the goal, posture check-ins, what comes next, what waits."""
        now = self.clock.now()
        start, end = local_day_bounds(now)
        posture = self.journal.posture_on(start, end)
        zone = now.tzinfo
        upcoming = sorted(
            ((kind, at.astimezone(zone)) for kind, at in self.scheduler.next_of_each().items()),
            key=lambda pair: pair[1],
        )
        paused = self.scheduler.paused_until
        return ReminderDay(
            water_ml=self.journal.water_on(start, end),
            water_goal_ml=self.settings.water_goal_ml,
            glass_ml=self.settings.glass_ml,
            posture_ok=posture[PostureAnswer.GOOD],
            posture_fixed=posture[PostureAnswer.ADJUSTED],
            upcoming=upcoming,
            waiting=sorted(self.waiting.values(), key=lambda due: due.due),
            paused_until=paused.astimezone(zone) if paused and paused > now else None,
            water_unit=self.settings.water_unit,
        )
