"""Tenderness now: the one definition of a knot's current tenderness.

A knot's tenderness now is its newest *resting* rating: a check-in, or a rating taken
before a hold (core.trends.RESTING). A rating taken just after a hold shows what the
hold did; it is shown beside it as "after the last hold", never as the knot's
tenderness now, and never drives a verdict. Every view, the report, the CSV files and
the CLI ask this module (through core.progress where they show a knot's row).

A rating that waits in the journal's queue of writes (a full disk) counts as soon as the
user made it: `tenderness_of` and `tenderness_now` look at the queue too.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from core.i18n import translate
from core.journal import Journal
from core.records import Rating, RatingContext, RatingHistory
from core.trends import RESTING

AFTER_HOLD = (RatingContext.AFTER_HOLD.value,)


@dataclass(frozen=True)
class Tenderness:
    """A knot's tenderness now and, when a hold was rated after it, the hold's effect."""

    now: Rating | None  # the newest resting rating
    after_hold: Rating | None  # the newest after-hold rating, if newer than `now`

    @property
    def value(self) -> int | None:
        """The tenderness now, 0–10 (None: no resting rating yet)."""
        return None if self.now is None else self.now.tenderness

    @property
    def after_hold_value(self) -> int | None:
        """The rating after the last hold, when it came after the tenderness now."""
        return None if self.after_hold is None else self.after_hold.tenderness


def newest_rating(
    journal: Journal, knot_id: str, contexts: Collection[str] | None = None
) -> Rating | None:
    """A knot's newest rating (of one of `contexts`), counting those still waiting in
    the journal's queue of writes (one seek)."""
    newest = journal.newest_rating(knot_id, contexts)
    for write in journal.pending.waiting():
        if write.operation not in ("add_rating", "replace_rating"):
            continue
        rating: Rating = write.args[-1]  # a correction: the new rating
        wanted = contexts is None or rating.context.value in contexts
        if rating.knot_id == knot_id and wanted and (newest is None or rating.at >= newest.at):
            newest = rating
    return newest


def tenderness_of(journal: Journal, knot_id: str) -> Tenderness:
    """One knot's tenderness now and its last hold's effect (two seeks)."""
    now = newest_rating(journal, knot_id, RESTING)
    after = newest_rating(journal, knot_id, AFTER_HOLD)
    if after is not None and now is not None and after.at < now.at:
        after = None
    return Tenderness(now, after)


def tenderness_now(journal: Journal, knot_id: str) -> int | None:
    """One knot's tenderness now (None: it has no resting rating yet; one seek)."""
    now = newest_rating(journal, knot_id, RESTING)
    return None if now is None else now.tenderness


def active_tenderness(journal: Journal) -> dict[str, int]:
    """The tenderness now of every active knot that has a resting rating."""
    return journal.latest_tenderness(RESTING)


def in_history(history: RatingHistory) -> Tenderness:
    """The tenderness now in a history (oldest first) and its last hold's effect."""
    now = after = None
    for index in range(len(history) - 1, -1, -1):
        context = history.context[index]
        if context in RESTING:
            now = index
            break
        if after is None and context in AFTER_HOLD:
            after = index
    return Tenderness(
        None if now is None else history.rating(now),
        None if after is None else history.rating(after),
    )


def after_hold_text(value: int) -> str:
    """'after the last hold: 4'."""
    return translate("tenderness", "after the last hold: {value}").format(value=value)
