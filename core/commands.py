"""The CLI commands: the same core the window uses, with no window.

Each command takes the resolved Paths and its own arguments, prints what it did on
stdout, and raises UnknotError for anything the user must hear about (main.py turns
that into one line on stderr and a non-zero exit).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.backups import backup_if_due, newest_backup
from core.clock import Clock, SystemClock
from core.errors import UnknotError
from core.exchange import export_csv, export_json, import_file
from core.instance_lock import command_lock
from core.journal import Journal, OpenReport
from core.paths import Paths


def damage_notice(report: OpenReport, backups: Path) -> str | None:
    """What to tell the user when the journal had to be moved aside, else None."""
    if report.moved_aside is None:
        return None
    backup = newest_backup(backups)
    offer = (
        f"the newest backup is {backup.name}; restore it in Unknot under Settings → Backups"
        if backup
        else "there is no backup to restore"
    )
    return (
        f"the journal could not be read ({report.damage}); it was kept as"
        f" {report.moved_aside} and a new journal was started; {offer}"
    )


@contextmanager
def open_journal(
    paths: Paths, clock: Clock, command: str = "reading", writes: bool = False
) -> Iterator[Journal]:
    """The journal for one command, closed after it; a moved-aside file is reported on
    stderr first. A command that `writes` needs the instance lock and is refused while
    the app or another writer holds it; a reader takes it only when it is free
    (core/instance_lock.py), and opens the journal read-only when it can, so that it
    reads a journal on a read-only or full disk (Journal.open_read_only). Writes kept
    in a recovery file are made first (`open`), unless the app holds the lock."""
    with command_lock(paths.data, command, writes=writes) as lock:
        beside = lock is None  # the app writes the journal: its kept writes are its own
        journal = (
            None if writes else Journal.open_read_only(paths.data, clock, beside_writer=beside)
        )
        journal = journal or Journal.open(paths.data, clock)
        try:
            notice = damage_notice(journal.report, paths.backups)
            if notice:
                print(f"unknot: {notice}", file=sys.stderr)
            for line in journal.report.notices():  # a -wal kept aside, unsaved writes made
                print(f"unknot: {line}", file=sys.stderr)
            yield journal
        finally:
            journal.close()


def export(paths: Paths, fmt: str, out: str, clock: Clock | None = None) -> int:
    """`export --format json|csv --out PATH`."""
    clock = clock or SystemClock()
    target = Path(out).expanduser()
    with open_journal(paths, clock, "export") as journal:
        if fmt == "json":
            rows = export_json(journal, target, clock.now())
        elif fmt == "csv":
            rows = export_csv(journal, target)
        else:
            raise UnknotError(f"--format: {fmt} is not json or csv")
    print(f"exported {rows} {'row' if rows == 1 else 'rows'} to {target}")
    return 0


def import_(paths: Paths, source: str, clock: Clock | None = None) -> int:
    """`import PATH`: a daily backup first, then all of the file or nothing."""
    clock = clock or SystemClock()
    with open_journal(paths, clock, "import", writes=True) as journal:
        backup_if_due(journal, paths.backups, clock.now().date())
        result = import_file(journal, Path(source).expanduser())
    print(f"{source}: {result.describe()}")
    return 0


def demo(paths: Paths, weeks: int, clock: Clock | None = None) -> int:
    """`demo [--weeks N]`: sample history, marked as sample."""
    from core.demo import fill_demo

    clock = clock or SystemClock()
    with open_journal(paths, clock, "demo", writes=True) as journal:
        summary = fill_demo(journal, weeks=weeks)
    print(f"{summary.describe()}; remove it any time with Today → Remove sample data")
    return 0


def progress(paths: Paths, as_json: bool, clock: Clock | None = None) -> int:
    """`progress [--json]`: every knot's tenderness now, changes, trend, plan and
    suggestion, as lines or as JSON (docs/progress-format.md)."""
    import json

    from core.progress import all_knots
    from core.progress_text import progress_json, progress_lines

    clock = clock or SystemClock()
    now = clock.now().astimezone(clock.zone())
    with open_journal(paths, clock, "progress") as journal:
        rows = all_knots(journal, now)
    if as_json:
        print(json.dumps(progress_json(rows, now, now.date()), ensure_ascii=False, indent=2))
    else:
        print("\n".join(progress_lines(rows)))
    return 0


def routines(paths: Paths, check: str | None) -> int:
    """`routines`: list every routine and every file that did not load;
    `routines --check FILE`: check one file, "FILE:LINE: what is wrong" per problem."""
    from core.routine_files import RoutineFileError, load_routines, read_routine, user_routines_dir

    if check is not None:
        try:
            routine = read_routine(Path(check).expanduser())
        except RoutineFileError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            return 1
        steps = len(routine.steps)
        print(f"{check}: OK: {routine.name}, {steps} steps, about {routine.minutes()} min")
        return 0
    folder = user_routines_dir(paths.config)
    catalogue = load_routines(folder)
    for routine in catalogue.routines:
        where = "built-in" if routine.builtin else "yours"
        needs = ", ".join(item.label for item in routine.equipment()) or "nothing"
        print(
            f"{routine.key:28} {routine.minutes():3} min  {routine.name} ({where}; needs {needs})"
        )
    print(f"your own routines go in {folder}")
    for problem in catalogue.problems:
        print(problem, file=sys.stderr)
    return 1 if catalogue.problems else 0
