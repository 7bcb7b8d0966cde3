"""When a knot started: from "3 weeks ago" to a date, and from a date back to words.

The user rarely knows the day a knot began, so the map lets them say "days, weeks,
months or years ago"; the journal keeps a date either way. Months and years count on
the calendar (a month before 31 March is 28 or 29 February).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP, translate


class AgoUnit(StrEnum):
    """The unit of "N … ago"."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


# Month names as the app writes days (not the C library's, which follow the locale).
_MONTHS = (
    QT_TRANSLATE_NOOP("onset", "Jan"),
    QT_TRANSLATE_NOOP("onset", "Feb"),
    QT_TRANSLATE_NOOP("onset", "Mar"),
    QT_TRANSLATE_NOOP("onset", "Apr"),
    QT_TRANSLATE_NOOP("onset", "May"),
    QT_TRANSLATE_NOOP("onset", "Jun"),
    QT_TRANSLATE_NOOP("onset", "Jul"),
    QT_TRANSLATE_NOOP("onset", "Aug"),
    QT_TRANSLATE_NOOP("onset", "Sep"),
    QT_TRANSLATE_NOOP("onset", "Oct"),
    QT_TRANSLATE_NOOP("onset", "Nov"),
    QT_TRANSLATE_NOOP("onset", "Dec"),
)


def _months_before(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def onset_from_ago(amount: int, unit: AgoUnit, today: date) -> date:
    """The date `amount` `unit` before `today` (amount 0 is today)."""
    if amount < 0:
        raise ValueError("an onset cannot be in the future")
    if unit is AgoUnit.DAYS:
        return today - timedelta(days=amount)
    if unit is AgoUnit.WEEKS:
        return today - timedelta(weeks=amount)
    return _months_before(today, amount * (12 if unit is AgoUnit.YEARS else 1))


def as_ago(onset: date, today: date) -> tuple[int, AgoUnit]:
    """A date as a rounded "N units ago", in the unit that suits its distance."""
    days = (today - onset).days
    if days < 14:
        return days, AgoUnit.DAYS
    if days < 60:
        return round(days / 7), AgoUnit.WEEKS
    if days < 730:
        return round(days / 30.44), AgoUnit.MONTHS
    return round(days / 365.25), AgoUnit.YEARS


def describe_onset(onset: date | None, today: date) -> str:
    """'today', 'yesterday', '3 days ago', 'about 2 weeks ago', 'about 5 months ago',
    'about 2 years ago', or 'not known'."""
    if onset is None:
        return translate("onset", "not known")
    if onset > today:
        return translate("onset", "in the future")
    amount, unit = as_ago(onset, today)
    if unit is AgoUnit.DAYS:
        if amount == 0:
            return translate("onset", "today")
        if amount == 1:
            return translate("onset", "yesterday")
        return translate("onset", "{n} days ago").format(n=amount)
    # Two or more of each unit, always (as_ago changes unit before that).
    if unit is AgoUnit.WEEKS:
        text = translate("onset", "about {n} weeks ago")
    elif unit is AgoUnit.MONTHS:
        text = translate("onset", "about {n} months ago")
    else:
        text = translate("onset", "about {n} years ago")
    return text.format(n=amount)


def month_name(day: date) -> str:
    """The short name of `day`'s month: 'Feb'."""
    return translate("onset", _MONTHS[day.month - 1])


def day_text(day: date, year: bool = True) -> str:
    """A day as the app writes it: 3 Feb 2026, or 3 Feb."""
    month = month_name(day)
    if year:
        return translate("onset", "{day} {month} {year}").format(
            day=day.day, month=month, year=f"{day:%Y}"
        )
    return translate("onset", "{day} {month}").format(day=day.day, month=month)
