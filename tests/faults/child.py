"""The programs the fault cases run in a child process, to kill, starve or lock out.

    python -m tests.faults.child writes DIR          write ratings and steps until killed
    python -m tests.faults.child session DIR         a finished session, then one held
                                                     until killed, half way into a hold
    python -m tests.faults.child full-disk DIR OUT   a session whose disk (DIR, a small
                                                     tmpfs) fills and is freed again;
                                                     the journal is then copied to OUT
    python -m tests.faults.child read-only DIR EMPTY the core's answers when DIR (holding
                                                     a journal) and EMPTY are read-only

Every journal write is reported on stdout as it is asked for ("WANT …") and once the
journal has it ("SAVED …"): one line, a pickled record (`decode` reads it back).
"""

from __future__ import annotations

import base64
import errno
import itertools
import json
import pickle
import shutil
import signal
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from core.clock import FakeClock
from core.errors import UnknotError
from core.journal import Journal
from core.logs import configure_logging
from core.records import Rating, Session, SessionState, Side, StepDone, StepKind, to_utc_text
from core.routines import Routine, Sides
from core.session import GuidedSession
from core.session_plan import Phase
from core.settings import SettingsStore
from tests.core.session_helpers import add_knot, hold, links, rest, routine_of

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HOLDING = "HOLDING"  # the session child is in the middle of a hold and waits there


def encode(record: object) -> str:
    return base64.b64encode(pickle.dumps(record)).decode("ascii")


def decode(text: str) -> Any:
    """A record from a WANT or SAVED line (our own child's output, so pickle is fine)."""
    return pickle.loads(base64.b64decode(text))  # noqa: S301 - written by this module


def say(*words: str) -> None:
    print(*words, flush=True)


def report_writes(journal: Journal) -> None:
    """Print every record the journal is asked to write, and again once it has it."""
    routines: dict[datetime, str] = {}

    def wrap(name: str, record_of: Callable[..., object]) -> None:
        real = getattr(journal, name)

        def write(*args: Any) -> None:
            record = encode(record_of(*args))
            say("WANT", record)
            real(*args)
            say("SAVED", record)

        setattr(journal, name, write)

    def started(session: Session) -> Session:
        routines[session.started] = session.routine
        return session

    def ended(when: datetime, state: SessionState, end: datetime) -> Session:
        return Session(routines[when], when, state, end)

    wrap("add_knot", lambda knot: knot)
    wrap("add_rating", lambda rating: rating)
    wrap("add_step", lambda step: step)
    wrap("start_session", started)
    wrap("end_session", ended)
    wrap("add_row", lambda table, row: ("row", table, row))


def drive(session: GuidedSession, clock: FakeClock, stop: Callable[[GuidedSession], bool]) -> None:
    """Run the session as the window does (ticks when due, a rating when asked for)
    until `stop` says so or it ends."""
    tenderness = itertools.cycle((6, 4, 7, 3, 5))
    while session.is_open() and not stop(session):
        if session.phase.rating:
            session.rate(next(tenderness))
            continue
        due = session.next_due()
        assert due is not None, session.phase
        clock.advance(max(0.0, due - clock.monotonic()))
        session.tick()


def two_holds() -> Routine:
    """A ball hold on both sides, a rest, and the same holds again."""
    both = hold(sides=Sides.BOTH, seconds=40)
    return routine_of(both, rest(10), both)


def in_second_hold(session: GuidedSession) -> bool:
    return (
        session.segment.step_index == 2 and session.phase is Phase.HOLD and session.elapsed() >= 20
    )


# ----------------------------------------------------------------------------- modes


def writes(folder: Path) -> None:
    """One rating and one step a (made-up) second, as fast as the disk allows."""
    clock = FakeClock(START)
    journal = Journal.open(folder, clock)
    report_writes(journal)
    knot = add_knot(journal, clock)
    session = Session("Today's knots", clock.now())
    journal.start_session(session)
    for n in itertools.count():
        moment = clock.now() + timedelta(seconds=n)
        journal.add_rating(Rating(knot.id, moment, n % 11))
        journal.add_step(
            StepDone(session.started, StepKind.HOLD, moment, 60, n % 90, knot_id=knot.id)
        )


def session(folder: Path) -> None:
    """A whole session, then a second one that stops half way into its second hold."""
    clock = FakeClock(START)
    journal = Journal.open(folder, clock)
    report_writes(journal)
    left = add_knot(journal, clock, side=Side.LEFT, tenderness=6)
    right = add_knot(journal, clock, side=Side.RIGHT, tenderness=7)
    journal.add_row("water", {"at_utc": to_utc_text(clock.now()), "ml": 250, "sample": 0})
    for stop in (lambda _s: False, in_second_hold):
        clock.advance(600)
        running = GuidedSession(two_holds(), journal, clock, links(left, right))
        running.start()
        drive(running, clock, stop)
    say(HOLDING, json.dumps(running.elapsed()))
    while True:  # as the app waits on its timer, until the kill comes
        signal.pause()


def fill(path: Path) -> None:
    """Append to `path` until the disk is full."""
    with path.open("ab", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC, error


def full_disk(folder: Path, out: Path) -> None:
    """Fill the disk half way through a session, go on, free it, save what waited."""
    configure_logging(folder / "logs")  # its writes fail too: they must stay quiet
    clock = FakeClock(START)
    journal = Journal.open(folder, clock)
    report_writes(journal)
    store = SettingsStore(folder, clock)
    store.change(volume=60)
    left = add_knot(journal, clock, side=Side.LEFT, tenderness=6)
    right = add_knot(journal, clock, side=Side.RIGHT, tenderness=7)
    running = GuidedSession(two_holds(), journal, clock, links(left, right))
    running.start()
    drive(running, clock, lambda s: s.segment.step_index == 1)  # the first holds are saved
    filler = folder / "filler"
    fill(filler)
    fill(folder / "logs" / "unknot.log")  # the room left in its last page, too
    say("FULL")
    drive(running, clock, lambda s: False)  # the rest of the session: nothing can be saved
    say("UNSAVED", json.dumps([len(running.writes), running.save_error]))
    try:
        store.change(volume=20)
    except UnknotError as error:
        say("SETTINGS", json.dumps(str(error)))
    filler.unlink()
    say("RETRY", json.dumps(running.retry_saving()))
    store.change(volume=20)
    journal.close()
    shutil.copyfile(folder / "journal.sqlite3", out / "journal.sqlite3")
    shutil.copyfile(folder / "settings.json", out / "settings.json")


def read_only(folder: Path, empty: Path) -> None:
    """What the core says when its folders cannot be written (one JSON line each)."""
    clock = FakeClock(START)
    for name, attempt in (
        ("journal", lambda: Journal.open(folder, clock)),
        ("new journal", lambda: Journal.open(empty, clock)),
        ("settings", lambda: SettingsStore(folder / "config", clock).change(volume=10)),
    ):
        try:
            attempt()
            say(json.dumps([name, "", "no error"]))
        except UnknotError as error:
            say(json.dumps([name, type(error).__name__, str(error)]))


def main(argv: list[str]) -> None:
    mode, *folders = argv
    paths = [Path(folder) for folder in folders]
    if mode == "writes":
        writes(*paths)
    elif mode == "session":
        session(*paths)
    elif mode == "full-disk":
        full_disk(*paths)
    else:
        assert mode == "read-only", mode
        read_only(*paths)


if __name__ == "__main__":
    main(sys.argv[1:])
