"""A guided session: a pure state machine on the injected clock.

The UI calls `tick()` at the moment `next_due()` names (one single-shot timer), and the
controls (pause, skip, +15 s, released, abort, a rating) when the user asks; each call
returns the cues to play. Nothing here sleeps or polls.

Time is measured on the monotonic clock. Journal times are the session's wall-clock
start plus monotonic time since, so a wall-clock jump during a session cannot reorder
its steps. A tick that comes far later than it was due means the machine slept (or the
process was stopped): the running phase is credited only up to the due moment and then
paused, so a hold never "completes" while nobody held it. Linux stops the monotonic
clock in suspend, which shows as the wall clock running ahead of it; that pauses too.

Every finished hold, stretch, roll, rest and move is written to the journal as it ends,
ratings as they are given; a write that fails is kept and written with the next one.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from core.clock import Clock
from core.cues import Cue, CueKind
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.pending_writes import PendingWrite, PendingWrites
from core.records import (
    MAX_TENDERNESS,
    TEN_KEY_WINDOW_S,
    Rating,
    RatingContext,
    Session,
    SessionState,
    StepDone,
    StepKind,
)
from core.routines import ADD_SECONDS, Routine
from core.session_plan import (
    KnotFinder,
    Phase,
    Segment,
    SessionScreen,
    segment_label,
    segments_of,
    side_word,
    start_cue,
    timed_cues,
)

ASLEEP = QT_TRANSLATE_NOOP("session", "The computer was asleep, so the clock stopped.")
LATE_TICK_S = 5.0  # a tick this much later than due: the machine slept or stalled
WALL_AHEAD_S = 15.0  # wall clock ran this much ahead of the monotonic clock: a suspend


class GuidedSession:
    """One run of a routine: phases on the clock, controls, cues, journal writes."""

    def __init__(
        self,
        routine: Routine,
        journal: Journal,
        clock: Clock,
        knot_for: KnotFinder | None = None,
        knot_label: Callable[[str], str] | None = None,
    ) -> None:
        self.routine = routine
        self.journal = journal
        self.clock = clock
        self.segments = segments_of(routine, knot_for or (lambda _muscle, _side: None))
        if not self.segments:
            raise ValueError(f"routine {routine.key} has no steps")
        self._knot_label = knot_label or (lambda knot_id: knot_id)
        self.index = -1
        self.state = SessionState.OPEN
        self.started: datetime | None = None
        self.ended: datetime | None = None
        self._start_mono = 0.0
        self._seg_start = 0.0  # monotonic moment the current segment's clock began
        self._elapsed_before = 0.0  # seconds run before the current run period
        self._run_start: float | None = None  # None while paused or untimed
        self._planned = 0.0
        self._cues: list[tuple[float, CueKind, str]] = []
        self._last_tick = 0.0
        self._last_wall: datetime | None = None
        self._pending_digit: tuple[int, float] | None = None
        self.pause_reason = ""

    # ------------------------------------------------------------------ reading

    @property
    def segment(self) -> Segment:
        """The segment running now (the last one once finished)."""
        return self.segments[min(max(self.index, 0), len(self.segments) - 1)]

    @property
    def phase(self) -> Phase:
        """The phase running now."""
        return Phase.FINISHED if not self.is_open() else self.segment.phase

    @property
    def paused(self) -> bool:
        """True while a timed phase stands still."""
        return self.phase.timed and self._run_start is None

    def elapsed(self) -> float:
        """Seconds the current phase's clock has run."""
        running = 0.0 if self._run_start is None else self.clock.monotonic() - self._run_start
        return self._elapsed_before + running

    def remaining(self) -> float:
        """Seconds left in the current timed phase."""
        return max(0.0, self._planned - self.elapsed())

    def next_due(self) -> float | None:
        """The monotonic moment something next changes (a displayed second, a cue, an
        end), or None when only the user can move the session on."""
        return self._due_after(self.clock.monotonic())

    def _due_after(self, now: float) -> float | None:
        """What next_due() said at monotonic moment `now`."""
        dues: list[float] = []
        if self._pending_digit is not None:
            dues.append(self._pending_digit[1] + TEN_KEY_WINDOW_S)
        if self.is_open() and self._run_start is not None:
            elapsed = self._elapsed_before + max(0.0, now - self._run_start)
            shown = math.ceil(self._planned - elapsed - 1e-9)
            at = [self._planned - max(shown - 1, 0)]
            at += [cue_at for cue_at, _, _ in self._cues if cue_at > elapsed]
            dues.append(self._run_start + min(at) - self._elapsed_before)
        return min(dues) if dues else None

    def screen(self) -> SessionScreen:
        """What to show now."""
        segment = self.segment
        step = segment.step
        finished = not self.is_open()
        phase = self.phase
        following = self._following()
        remaining = self.remaining() if phase.timed else 0.0
        return SessionScreen(
            phase=phase,
            heading=translate("session", "Session done") if finished else step.heading,
            text="" if finished else step.instructions,
            side="" if finished else side_word(segment.side),
            seconds_left=math.ceil(remaining - 1e-9),
            seconds_total=round(self._planned) if phase.timed else 0,
            fraction_done=0.0
            if not phase.timed or not self._planned
            else min(1.0, self.elapsed() / self._planned),
            paused=self.paused,
            pause_reason=self.pause_reason,
            step_number=segment.step_index + 1,
            step_count=len(self.routine.steps),
            rep=segment.rep,
            reps=step.reps,
            next_label="" if finished or following is None else segment_label(following),
            knot_label=self._knot_label(segment.knot_id) if segment.knot_id else "",
            can_release=self.can_release(),
            can_add=self.can_add(),
            pending_digit=None if self._pending_digit is None else self._pending_digit[0],
            save_error=self.save_error,
        )

    def is_open(self) -> bool:
        """True until the session is completed, aborted or interrupted."""
        return self.state is SessionState.OPEN

    def _following(self) -> Segment | None:
        return self.segments[self.index + 1] if self.index + 1 < len(self.segments) else None

    def can_release(self) -> bool:
        """True when "released" may end the hold now (its minimum has passed)."""
        segment = self.segment
        return (
            self.phase is Phase.HOLD
            and segment.step.kind is StepKind.HOLD
            and self.elapsed() >= segment.step.min_seconds
        )

    def can_add(self) -> bool:
        """True when "+15 s" would add anything."""
        return self.phase.timed and self._planned < self.segment.max_seconds

    # ------------------------------------------------------------------ running

    def start(self) -> list[Cue]:
        """Begin: record the session, start the first segment."""
        if self.index >= 0:
            raise RuntimeError("the session has started already")
        self._start_mono = self._last_tick = self.clock.monotonic()
        self._last_wall = self.clock.now()
        self.started = self._last_wall
        name = self.routine.source_name  # the journal keeps the name as written
        self._save("start_session", Session(name, self._wall(0.0)))
        cues: list[Cue] = []
        self._enter(0, self._start_mono, cues)
        return cues

    def tick(self) -> list[Cue]:
        """Do what is due by now; call it at next_due()."""
        now = self.clock.monotonic()
        cues: list[Cue] = []
        self._catch_up(now, cues)
        cues += self._flush_digit(now)
        return cues

    def _catch_up(self, now: float, cues: list[Cue]) -> bool:
        """Run the clock up to `now`; True when a sleep was found and the clock stopped.

        Every entry point calls this first, so a key pressed on waking does not count
        the sleep as hold time either."""
        due = self._due_after(self._last_tick)  # when this call was due, not the next one
        wall = self.clock.now()
        slept = self._last_wall is not None and (
            (wall - self._last_wall).total_seconds() - (now - self._last_tick) > WALL_AHEAD_S
        )
        stopped = False
        if self._run_start is not None and due is not None and now - due > LATE_TICK_S:
            self._advance(due, cues)  # credit time only up to when the tick was due
            stopped = self._stop_clock(due, translate("session", ASLEEP), cues)
        elif slept and self._run_start is not None:
            self._advance(now, cues)
            stopped = self._stop_clock(now, translate("session", ASLEEP), cues)
        else:
            self._advance(now, cues)
        self._last_tick, self._last_wall = now, wall
        return stopped

    def _advance(self, now: float, cues: list[Cue]) -> None:
        """Fire the cues and ends due by `now`, segment after segment."""
        while self.is_open() and self._run_start is not None:
            elapsed = self._elapsed_before + now - self._run_start
            while self._cues and self._cues[0][0] <= elapsed:
                at, kind, words = self._cues.pop(0)
                cues.append(Cue(kind, words, self._run_start + at - self._elapsed_before))
            if elapsed < self._planned:
                return
            end = self._run_start + self._planned - self._elapsed_before
            self._finish_segment(end, cues, ended_early=False)

    def _enter(self, index: int, at: float, cues: list[Cue]) -> None:
        """Start segment `index` at monotonic moment `at` (past the end: finish)."""
        if index >= len(self.segments):
            self._close(SessionState.COMPLETED, at)
            cues.append(Cue(CueKind.FINISHED, translate("session", "The session is done."), at))
            return
        self.index = index
        segment = self.segments[index]
        self._seg_start = at
        self._elapsed_before = 0.0
        self._planned = float(segment.seconds)
        self._run_start = at if segment.phase.timed else None
        self._cues = timed_cues(segment, self._planned)
        self.pause_reason = ""
        # The baseline for spotting a suspend: this moment on both clocks.
        self._last_tick = at
        self._last_wall = self.clock.now() - timedelta(seconds=self.clock.monotonic() - at)
        kind, words = start_cue(segment)
        cues.append(Cue(kind, words, at))

    def _finish_segment(self, at: float, cues: list[Cue], ended_early: bool) -> None:
        """Record the segment that ends at `at` and move to the next."""
        segment = self.segment
        done = self._elapsed_before + (0.0 if self._run_start is None else at - self._run_start)
        if segment.records_step:
            self._record(segment, done)
        if segment.phase is Phase.HOLD and not ended_early:
            following = self._following()
            if following is None or following.phase is not Phase.RELEASE:
                cues.append(Cue(CueKind.END, "", at))
        self._enter(self.index + 1, at, cues)

    def _record(self, segment: Segment, seconds: float) -> None:
        actual = round(seconds)
        if actual < 1:
            return
        started = self._wall(self._seg_start - self._start_mono)
        assert self.started is not None
        step = StepDone(
            session=self._wall(0.0),
            kind=segment.step.kind,
            started=started,
            planned_s=segment.step.seconds,
            actual_s=actual,
            muscle=segment.step.muscle,
            side=segment.side,
            knot_id=segment.knot_id,
        )
        self._save("add_step", step)

    def _wall(self, offset_s: float) -> datetime:
        """The wall time `offset_s` seconds after the session began."""
        assert self.started is not None
        return self.started + timedelta(milliseconds=round(offset_s * 1000))

    def _stop_clock(self, at: float, reason: str, cues: list[Cue]) -> bool:
        if self._run_start is None or not self.is_open():
            return False
        self._elapsed_before += at - self._run_start
        self._run_start = None
        self.pause_reason = reason
        cues.append(Cue(CueKind.PAUSED, translate("session", "Paused."), at))
        return True

    def _close(self, state: SessionState, at: float) -> None:
        self.state = state
        self._run_start = None
        self._cues = []
        self._pending_digit = None
        self.ended = self._wall(at - self._start_mono)
        ended = self.ended
        self._save("end_session", self._wall(0.0), state, ended)

    @property
    def writes(self) -> PendingWrites:
        """The journal's queue of writes (shared with the reminders and the check-in)."""
        return self.journal.pending

    def _save(self, operation: str, *args: object) -> None:
        self.writes.save(PendingWrite(operation, args))

    @property
    def save_error(self) -> str:
        """Why something is not saved yet ('' when everything is)."""
        return self.writes.error

    def retry_saving(self) -> bool:
        """Try the writes that failed again; True when everything is saved."""
        return self.writes.flush()

    # ------------------------------------------------------------------ controls

    def pause(self) -> list[Cue]:
        """Stop the clock of a timed phase."""
        cues: list[Cue] = []
        now = self.clock.monotonic()
        if not self._catch_up(now, cues):
            self._stop_clock(now, translate("session", "Paused."), cues)
        return cues

    def resume(self) -> list[Cue]:
        """Run the clock again."""
        if not self.paused or not self.is_open():
            return []
        now = self.clock.monotonic()
        self._run_start = now
        self._last_tick, self._last_wall = now, self.clock.now()
        self.pause_reason = ""
        return [Cue(CueKind.RESUMED, translate("session", "Go on."), now)]

    def continue_or_pause(self) -> list[Cue]:
        """Space: go on at once from a pause before the work, else pause or resume."""
        if not self.is_open() or self.phase.rating:
            return []
        cues: list[Cue] = []
        if self._catch_up(self.clock.monotonic(), cues):
            return cues  # the press on waking is taken as seeing the pause
        if self.paused:
            return cues + self.resume()
        if self.phase.goes_on_early:
            return cues + self._end_now()
        return cues + self.pause()

    def _end_now(self) -> list[Cue]:
        cues: list[Cue] = []
        now = self.clock.monotonic()
        self._catch_up(now, cues)
        if self.is_open():
            self._finish_segment(now, cues, ended_early=True)
        return cues

    def skip(self) -> list[Cue]:
        """Right arrow: skip a rating, or the rest of the current step (what was done of
        it is recorded)."""
        if not self.is_open():
            return []
        if self.phase.rating:
            return self._end_now()
        cues: list[Cue] = []
        now = self.clock.monotonic()
        self._catch_up(now, cues)
        if not self.is_open():
            return cues
        segment = self.segment
        if segment.records_step:
            self._record(segment, self.elapsed())
        following = self.index + 1
        while (
            following < len(self.segments)
            and self.segments[following].step_index == segment.step_index
        ):
            following += 1
        self._enter(following, now, cues)
        return cues

    def add_time(self) -> list[Cue]:
        """+15 s to the running phase, never past the step's maximum. The cues ahead are
        planned again; one that has already sounded (halfway) does not sound twice."""
        cues: list[Cue] = []
        self._catch_up(self.clock.monotonic(), cues)
        if not self.can_add():
            return cues
        elapsed = self.elapsed()
        ahead = {kind for _, kind, _ in self._cues}
        self._planned = min(self._planned + ADD_SECONDS, float(self.segment.max_seconds))
        self._cues = [
            cue
            for cue in timed_cues(self.segment, self._planned)
            if cue[0] > elapsed and (cue[1] is not CueKind.HALFWAY or CueKind.HALFWAY in ahead)
        ]
        return cues

    def released(self) -> list[Cue]:
        """R: the point has softened; end the hold now if its minimum has passed."""
        if not self.can_release():
            return []
        return self._end_now()

    def abort(self) -> list[Cue]:
        """Stop here: what was done is kept, the session is marked aborted."""
        return self._stop(SessionState.ABORTED)

    def interrupt(self) -> list[Cue]:
        """The app is closing: keep what was done, mark the session interrupted."""
        return self._stop(SessionState.INTERRUPTED)

    def _stop(self, state: SessionState) -> list[Cue]:
        if not self.is_open() or self.index < 0:
            return []
        now = self.clock.monotonic()
        cues: list[Cue] = []
        self._catch_up(now, cues)
        if self.is_open():
            if self.segment.records_step:
                self._record(self.segment, self.elapsed())
            self._close(state, now)
        return cues

    # ------------------------------------------------------------------ ratings

    def rate(self, tenderness: int) -> list[Cue]:
        """The tenderness asked for now, 0–10."""
        if not 0 <= tenderness <= MAX_TENDERNESS:
            raise ValueError(f"tenderness must be 0–{MAX_TENDERNESS}, not {tenderness}")
        if not self.is_open() or not self.phase.rating:
            return []
        self._pending_digit = None
        segment = self.segment
        knot_id = segment.knot_id
        assert knot_id is not None
        before = self.phase is Phase.RATE_BEFORE
        context = RatingContext.BEFORE_HOLD if before else RatingContext.AFTER_HOLD
        now = self.clock.monotonic()
        rating = Rating(
            knot_id, self._wall(now - self._start_mono), tenderness, context, self._wall(0.0)
        )
        self._save("add_rating", rating)
        return self._end_now()

    def type_digit(self, digit: int) -> list[Cue]:
        """A number key in a rating: 0–9 at once, except 1, which waits a moment for a
        0 (then it is 10)."""
        if not self.is_open() or not self.phase.rating:
            return []
        now = self.clock.monotonic()
        pending = self._pending_digit
        if pending is not None and pending[0] == 1 and digit == 0:
            return self.rate(MAX_TENDERNESS)
        if pending is not None:
            cues = self.rate(pending[0])
            return cues + self.type_digit(digit)
        if digit == 1:
            self._pending_digit = (1, now)
            return []
        return self.rate(digit)

    def _flush_digit(self, now: float) -> list[Cue]:
        pending = self._pending_digit
        if pending is not None and now - pending[1] >= TEN_KEY_WINDOW_S:
            return self.rate(pending[0])
        return []
