"""What the Today page shows of knots and sessions, computed from the journal for the
user's local day (water and posture come with the reminders: core.reminder_desk)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from core.journal import Journal
from core.records import KnotStatus, Session
from core.tenderness import active_tenderness


@dataclass(frozen=True)
class TodaySummary:
    """The numbers behind the Today page."""

    day: datetime
    active_knots: int
    most_tender: tuple[str, int] | None
    sessions_this_week: int
    last_session: Session | None
    has_sample_data: bool


def local_day_bounds(now: datetime) -> tuple[datetime, datetime]:
    """Midnight to midnight of `now`'s local day, as aware datetimes."""
    start = datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)
    return start, start + timedelta(days=1)


def summarise_today(journal: Journal, now: datetime) -> TodaySummary:
    """Everything the Today page needs, from one look at the journal."""
    day_start, day_end = local_day_bounds(now)
    week_start = day_start - timedelta(days=now.weekday())
    active = journal.knots([KnotStatus.ACTIVE])
    newest = active_tenderness(journal)
    latest = [(newest[knot.id], knot.label) for knot in active if knot.id in newest]
    most_tender = max(latest) if latest else None
    return TodaySummary(
        day=now,
        active_knots=len(active),
        most_tender=None if most_tender is None else (most_tender[1], most_tender[0]),
        sessions_this_week=journal.sessions_between(week_start, day_end),
        last_session=journal.last_session(),
        has_sample_data=journal.has_sample_data(),
    )
