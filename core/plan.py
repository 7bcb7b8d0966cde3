"""The seed's rules for how long a knot's care takes, as code.

From ../shared/EVIDENCE.md ("How many sessions"): a knot that started days to a few
weeks ago is acute, and clear relief may come within 1–3 focused sessions; an older one
is chronic, with a first phase of one focused session a week for 4–8 weeks; deep knots
take longer. The words promise nothing: they say what is usual.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from core.records import Depth, Knot

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
    if course_of(knot, today) is Course.ACUTE:
        advice = (
            "A recent knot: one to three focused sessions often bring clear relief. "
            "Rate it again tomorrow and treat it again in a day or two."
        )
    else:
        advice = (
            "A long-standing knot: plan one focused session a week for four to eight "
            "weeks, with stretching, water and posture care in between."
        )
    if knot.depth is Depth.DEEP:
        advice += " Deep knots usually take longer."
    return advice
