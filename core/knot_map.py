"""What the body map does, without Qt: marking, finding, moving, rating and editing
knots on the front and back views. Every change goes to the journal at once.

Positions here are canvas units (core.body); the journal stores them as fractions of
the canvas. The widget passes its pick radius in canvas units, since it depends on the
zoom.

Rules the user sees:
- Pressing within the pick radius of a shown knot selects the nearest one; elsewhere on
  a muscle it adds a knot there, named after the muscle and side ("Right upper
  trapezius", then "Right upper trapezius 2" for a second one).
- A knot moved within its muscle keeps it (so a muscle the user chose stays chosen);
  moved onto another muscle it takes that one; dropped off every muscle it stays put.
- A check-in rating made within CORRECTION_WINDOW of the knot's last check-in replaces
  it: pressing 6 and then 7 is one rating of 7, not two. Typing 1 then 0 within
  TEN_KEY_WINDOW_S seconds is 10.

Every change (a knot added, moved, edited or deleted, a rating) goes through the
journal's one queue of writes (core/pending_writes.py): on a full disk it waits there,
in order, and the map shows it as made; `problem` says "Not saved yet: …" meanwhile.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from core.body import CANVAS_HEIGHT, CANVAS_WIDTH, BodyCatalogue, Region
from core.clock import Clock
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.pending_writes import PendingWrite
from core.records import (
    MAX_TENDERNESS,
    TEN_KEY_WINDOW_S,
    Activity,
    Depth,
    Knot,
    KnotStatus,
    Rating,
    RatingContext,
    View,
)
from core.tenderness import newest_rating, tenderness_now
from core.trends import TREND_DAYS, Trend, two_week_trend

CORRECTION_WINDOW = timedelta(minutes=5)
KNOT_WRITES = frozenset({"add_knot", "update_knot", "delete_knot"})
SPREAD = 10.0
"""Canvas units between a knot added by name and one already there."""


@dataclass(frozen=True)
class KnotMark:
    """A knot as the map shows it: where, how tender now, and which way it is heading."""

    knot: Knot
    tenderness: int | None
    trend: Trend

    @property
    def x(self) -> float:
        """Canvas x."""
        return self.knot.x * CANVAS_WIDTH

    @property
    def y(self) -> float:
        """Canvas y."""
        return self.knot.y * CANVAS_HEIGHT

    def accessible_name(self) -> str:
        """What a screen reader says, e.g. 'Right upper trapezius, tenderness 6, active'."""
        if self.tenderness is None:
            rated = translate("knot_map", "not rated yet")
        else:
            rated = translate("knot_map", "tenderness {n}").format(n=self.tenderness)
        parts = [self.knot.label, rated, self.knot.activity.label]
        if self.knot.status is not KnotStatus.ACTIVE:
            parts.append(self.knot.status.label)
        if self.trend is not Trend.UNKNOWN:
            parts.append(self.trend.phrase)
        return ", ".join(parts)


class PressOutcome(StrEnum):
    """What a press on the map did."""

    SELECTED = "selected"
    ADDED = "added"
    MISSED = "missed"


@dataclass(frozen=True)
class Press:
    """The result of a press: the knot selected or added, or why nothing happened."""

    outcome: PressOutcome
    knot: Knot | None = None
    message: str = ""


MISSED_MESSAGE = QT_TRANSLATE_NOOP(
    "knot_map", "No muscle of the map there. Press inside a muscle to mark a knot."
)


class KnotMap:
    """The state behind the body map page: the view, the selection and the knots."""

    def __init__(self, journal: Journal, clock: Clock, body: BodyCatalogue) -> None:
        self.journal = journal
        self.clock = clock
        self.body = body
        self.view = View.BACK  # most desk workers' knots are on the back
        self.show_resolved = False
        self.selected_id: str | None = None
        self._last_digit: tuple[str, int, float] | None = None

    # ------------------------------------------------------------------ reading

    @property
    def problem(self) -> str:
        """Why the last change is not in the journal yet ('' when all are)."""
        return self.journal.pending.error

    def knots(self, statuses: tuple[KnotStatus, ...] = tuple(KnotStatus)) -> list[Knot]:
        """The knots with `statuses`, oldest first, as the user left them: changes still
        waiting in the journal's queue are shown as made."""
        waiting = [w for w in self.journal.pending.waiting() if w.operation in KNOT_WRITES]
        if not waiting:
            return self.journal.knots(statuses)
        knots = {k.id: k for k in self.journal.knots()}
        for write in waiting:
            if write.operation == "delete_knot":
                knots.pop(write.args[0], None)
            elif write.operation == "add_knot" or write.args[0].id in knots:
                knots[write.args[0].id] = write.args[0]
        shown = [k for k in knots.values() if k.status in statuses]
        return sorted(shown, key=lambda k: (k.created, k.id))

    def knot(self, knot_id: str) -> Knot | None:
        """One knot by its id, as the user left it."""
        if not any(w.operation in KNOT_WRITES for w in self.journal.pending.waiting()):
            return self.journal.knot(knot_id)  # one seek
        return next((k for k in self.knots() if k.id == knot_id), None)

    def visible_statuses(self) -> tuple[KnotStatus, ...]:
        """Active knots, and resolved and archived ones when asked for."""
        return tuple(KnotStatus) if self.show_resolved else (KnotStatus.ACTIVE,)

    def marks(self, view: View | None = None) -> list[KnotMark]:
        """The knots shown on a view, in reading order (top to bottom, then left to
        right), which is also the order Tab visits them."""
        wanted = view or self.view
        now = self.clock.now()
        since = now - timedelta(days=TREND_DAYS)
        marks = []
        for knot in self.knots(self.visible_statuses()):
            if knot.view is not wanted:
                continue
            trend = two_week_trend(self.journal.ratings_for(knot.id, since=since), now)
            marks.append(KnotMark(knot, tenderness_now(self.journal, knot.id), trend))
        marks.sort(key=lambda m: (round(m.knot.y * 50), m.knot.x))
        return marks

    def counts(self) -> dict[View, int]:
        """How many knots each view shows."""
        counts = dict.fromkeys(View, 0)
        for knot in self.knots(self.visible_statuses()):
            counts[knot.view] += 1
        return counts

    def selected(self) -> Knot | None:
        """The selected knot, if it is still there."""
        return None if self.selected_id is None else self.knot(self.selected_id)

    def knot_near(self, x: float, y: float, radius: float) -> Knot | None:
        """The shown knot nearest to (x, y) within `radius` canvas units."""
        best: tuple[float, Knot] | None = None
        for knot in self.knots(self.visible_statuses()):
            if knot.view is not self.view:
                continue
            distance = math.hypot(knot.x * CANVAS_WIDTH - x, knot.y * CANVAS_HEIGHT - y)
            if distance <= radius and (best is None or distance < best[0]):
                best = (distance, knot)
        return None if best is None else best[1]

    def muscle_choices(self, knot: Knot) -> list[Region]:
        """Regions a knot may be given: those under it first (its own first), then the
        rest on its side of its view."""
        x, y = knot.x * CANVAS_WIDTH, knot.y * CANVAS_HEIGHT
        here = self.body.regions_at(knot.view, x, y)
        own = self.body.region(knot.view, knot.muscle, knot.side)
        if own is not None and own in here:
            here.remove(own)
            here.insert(0, own)
        rest = [r for r in self.body.regions(knot.view) if r.side is knot.side and r not in here]
        return here + rest

    # ------------------------------------------------------------------ changing

    def press(self, x: float, y: float, radius: float) -> Press:
        """A press at canvas (x, y): select the knot there, or add one on the muscle."""
        near = self.knot_near(x, y, radius)
        if near is not None:
            self.selected_id = near.id
            return Press(PressOutcome.SELECTED, near)
        added = self.add_at(x, y)
        if added is None:
            return Press(PressOutcome.MISSED, message=translate("knot_map", MISSED_MESSAGE))
        return Press(PressOutcome.ADDED, added)

    def add_at(self, x: float, y: float) -> Knot | None:
        """Add a knot at canvas (x, y) in the muscle there; None off every muscle."""
        region = self.body.hit_test(self.view, x, y)
        if region is None:
            return None
        knot = Knot(
            view=self.view,
            x=x / CANVAS_WIDTH,
            y=y / CANVAS_HEIGHT,
            muscle=region.muscle.id,
            side=region.side,
            label=self._free_label(region.label),
            created=self.clock.now(),
            depth=region.muscle.layer,
        )
        self._write("add_knot", knot)
        self.selected_id = knot.id
        return knot

    def add_in(self, region: Region) -> Knot:
        """Add a knot in a region chosen by name (no pointer needed): at its centre, or
        beside a knot already there."""
        self.switch_view(region.view)
        cx, cy = self.body.centre(region)
        taken = [(k.x * CANVAS_WIDTH, k.y * CANVAS_HEIGHT) for k in self.knots()]
        spots = [(cx, cy)] + [
            (cx + SPREAD * math.cos(a * math.pi / 4), cy + SPREAD * math.sin(a * math.pi / 4))
            for a in range(8)
        ]
        for x, y in spots:
            free = all(math.hypot(x - tx, y - ty) >= SPREAD for tx, ty in taken)
            if free and self.body.hit_test(region.view, x, y) is region:
                break
        else:
            x, y = cx, cy
        knot = self.add_at(x, y)
        assert knot is not None  # the centre hit-tests to the region by construction
        return knot

    def move(self, knot_id: str, x: float, y: float) -> Knot | None:
        """Move a knot to canvas (x, y); None (and no change) if that is off every muscle."""
        knot = self._knot(knot_id)
        regions = self.body.regions_at(knot.view, x, y)
        if not regions:
            return None
        own = [r for r in regions if r.muscle.id == knot.muscle and r.side is knot.side]
        region = own[0] if own else regions[0]
        moved = dataclasses.replace(knot, x=x / CANVAS_WIDTH, y=y / CANVAS_HEIGHT)
        if not own:
            moved = dataclasses.replace(
                moved,
                muscle=region.muscle.id,
                side=region.side,
                label=self._free_label(region.label, knot.id),
            )
        return self._save(moved)

    def nudge(self, knot_id: str, dx: float, dy: float) -> Knot | None:
        """Move a knot by (dx, dy) canvas units (arrow keys)."""
        knot = self._knot(knot_id)
        return self.move(knot_id, knot.x * CANVAS_WIDTH + dx, knot.y * CANVAS_HEIGHT + dy)

    def set_muscle(self, knot_id: str, region: Region) -> Knot:
        """Give a knot another muscle (the user knows better than the outline)."""
        knot = self._knot(knot_id)
        if region.view is not knot.view:
            raise ValueError(f"{region.id} is not on the {knot.view} view")
        return self._save(
            dataclasses.replace(
                knot,
                muscle=region.muscle.id,
                side=region.side,
                label=self._free_label(region.label, knot.id),
            )
        )

    def edit(
        self,
        knot_id: str,
        *,
        activity: Activity | None = None,
        depth: Depth | None = None,
        notes: str | None = None,
    ) -> Knot:
        """Change a knot's activity, depth or notes."""
        knot = self._knot(knot_id)
        return self._save(
            dataclasses.replace(
                knot,
                activity=activity or knot.activity,
                depth=depth or knot.depth,
                notes=knot.notes if notes is None else notes,
            )
        )

    def set_onset(self, knot_id: str, onset: date | None) -> Knot:
        """When the knot started (None: not known)."""
        return self._save(dataclasses.replace(self._knot(knot_id), onset=onset))

    def set_status(self, knot_id: str, status: KnotStatus) -> Knot:
        """Resolve, archive or reactivate a knot; a hidden knot is no longer selected."""
        knot = self._save(dataclasses.replace(self._knot(knot_id), status=status))
        if status not in self.visible_statuses() and self.selected_id == knot_id:
            self.selected_id = None
        return knot

    def delete(self, knot_id: str) -> None:
        """Delete a knot and its ratings (the UI asks the user first)."""
        self._write("delete_knot", knot_id)
        if self.selected_id == knot_id:
            self.selected_id = None

    def rate(self, knot_id: str, tenderness: int) -> Rating:
        """Record tenderness 0–10 now; a check-in within CORRECTION_WINDOW is replaced."""
        if not 0 <= tenderness <= MAX_TENDERNESS:
            raise ValueError(f"tenderness must be 0–{MAX_TENDERNESS}, not {tenderness}")
        knot = self._knot(knot_id)
        now = self.clock.now()
        rating = Rating(knot.id, now, tenderness, RatingContext.CHECK_IN, sample=knot.sample)
        newest = newest_rating(self.journal, knot.id)
        if (
            newest is not None
            and newest.context is RatingContext.CHECK_IN
            and newest.session is None
            and now - newest.at <= CORRECTION_WINDOW
        ):
            self._write("replace_rating", newest, rating)
        else:
            self._write("add_rating", rating)
        return rating

    def type_digit(self, knot_id: str, digit: int) -> int:
        """A digit key on a knot: rate it; 1 then 0 in quick succession is 10."""
        now = self.clock.monotonic()
        value = digit
        last = self._last_digit
        quick = last is not None and now - last[2] <= TEN_KEY_WINDOW_S
        if digit == 0 and quick and last is not None and last[:2] == (knot_id, 1):
            value = MAX_TENDERNESS
        self._last_digit = (knot_id, value, now)
        self.rate(knot_id, value)
        return value

    def switch_view(self, view: View) -> None:
        """Show the other view; the selection does not follow."""
        if view is not self.view:
            self.view = view
            self.selected_id = None

    def set_show_resolved(self, show: bool) -> None:
        """Show or hide resolved and archived knots."""
        self.show_resolved = show
        selected = self.selected()
        if selected is not None and selected.status not in self.visible_statuses():
            self.selected_id = None

    # ------------------------------------------------------------------ helpers

    def _knot(self, knot_id: str) -> Knot:
        knot = self.knot(knot_id)
        if knot is None:
            raise KeyError(f"no knot with id {knot_id}")
        return knot

    def _save(self, knot: Knot) -> Knot:
        self._write("update_knot", knot)
        return knot

    def _write(self, operation: str, *args: object) -> None:
        """Write now, after what waits; on a failure it waits too (see `problem`)."""
        self.journal.pending.save(PendingWrite(operation, args))

    def _free_label(self, base: str, own_id: str | None = None) -> str:
        """`base`, or 'base 2', 'base 3'… if another knot already has that name."""
        taken = {k.label for k in self.knots() if k.id != own_id}
        label, number = base, 2
        while label in taken:
            label, number = f"{base} {number}", number + 1
        return label
