"""Daily journal backups in the data folder's backups/, rotated: the last 7 daily and
4 weekly are kept. Restoring a backup first backs up the journal as it is.

Backups keep their dated names, but the date is only what the clock said: a clock set
to 2099 for a day would otherwise make that backup "the newest" for ever and crowd out
the real ones. So the folder keeps a small private index (`made.txt`) of the backups
in the order they were made, and rotation and `newest_backup` follow that order. A
backup dated out of order (after one made later) counts as made while the clock was
wrong: it is kept while it is among the last 7 made, and never as a weekly one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from core.files import atomic_write, move_aside
from core.i18n import translate
from core.journal import Journal, JournalWriteError
from core.paths import make_private_dir

log = logging.getLogger("unknot.backups")

DAILY_KEPT = 7
WEEKLY_KEPT = 4
_DAILY = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.sqlite3$")
INDEX = "made.txt"


def daily_backups(folder: Path) -> dict[date, Path]:
    """The dated daily backups in `folder` (other files there are never touched)."""
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _DAILY.match(path.name)
        if match:
            try:
                found[date.fromisoformat(match.group(1))] = path
            except ValueError:
                continue
    return found


def days_to_keep(days: Iterable[date]) -> set[date]:
    """The newest 7 days, plus the newest day of each of the 4 newest older ISO weeks."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:DAILY_KEPT])
    weeks_seen: list[tuple[int, int]] = []
    for day in ordered[DAILY_KEPT:]:
        week = day.isocalendar()[:2]
        if week in weeks_seen or any(d.isocalendar()[:2] == week for d in keep):
            continue
        if len(weeks_seen) == WEEKLY_KEPT:
            break
        weeks_seen.append(week)
        keep.add(day)
    return keep


def in_order_made(days: Sequence[date]) -> list[int]:
    """The positions (in `days`, the order backups were made) of the longest run whose
    dates also rise: the backups made while the clock was right. Of equally long runs,
    the one ending with the latest made wins."""
    longest = [1] * len(days)
    before = [-1] * len(days)
    for i, day in enumerate(days):
        for j in range(i):
            if days[j] < day and longest[j] + 1 >= longest[i]:
                longest[i], before[i] = longest[j] + 1, j
    if not days:
        return []
    end = max(range(len(days)), key=lambda i: (longest[i], i))
    run = []
    while end >= 0:
        run.append(end)
        end = before[end]
    return run[::-1]


def to_keep(days: Sequence[date]) -> set[date]:
    """Which of the backups made on `days` (in the order made) rotation keeps: the
    rotation of `days_to_keep` over those made in order, and the last 7 made, whatever
    their dates."""
    in_order = [days[i] for i in in_order_made(days)]
    return days_to_keep(in_order) | set(days[-DAILY_KEPT:])


def made_order(folder: Path) -> list[tuple[date, Path]]:
    """The daily backups in `folder` in the order they were made: those the index does
    not know (made by an older Unknot, or copied in) first, by date."""
    found = daily_backups(folder)
    by_name = {path.name: day for day, path in found.items()}
    known = [name for name in _read_index(folder) if name in by_name]
    unknown = sorted(day for day, path in found.items() if path.name not in known)
    return [(day, found[day]) for day in unknown] + [
        (by_name[name], folder / name) for name in known
    ]


def _read_index(folder: Path) -> list[str]:
    """The names in the index, oldest first; [] when there is none or it is damaged."""
    names = _index_names(folder / INDEX)
    return [] if names is None else names


def _index_names(index: Path) -> list[str] | None:
    """The index's names ([] when there is no index); None when it is damaged.

    The index is plain text, a backup's file name a line, the oldest first."""
    try:
        lines = index.read_bytes().decode("utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        log.warning("%s: unreadable (%s); backups are ordered by date", index, error)
        return None
    if not all(_DAILY.match(line) for line in lines):
        log.warning("%s: not a list of backups; backups are ordered by date", index)
        return None
    return list(dict.fromkeys(lines))


def _add_to_index(folder: Path, name: str, today: date) -> None:
    """Write the index with `name` as the last made; a damaged one is moved aside."""
    index = folder / INDEX
    if _index_names(index) is None:
        try:
            moved = move_aside(index, datetime.combine(today, time()), "damaged")
            log.warning("backup index %s damaged; kept as %s", index, moved)
        except OSError as error:
            log.warning("backup index %s damaged and not moved aside: %s", index, error)
    order = [path.name for _, path in made_order(folder) if path.name != name] + [name]
    try:
        with atomic_write(index) as handle:
            handle.write("".join(f"{n}\n" for n in order).encode("utf-8"))
    except OSError as error:
        text = translate("journal", "{path}: backup failed ({error})")
        raise JournalWriteError(text.format(path=folder / name, error=error.strerror)) from error


def backup_if_due(journal: Journal, folder: Path, today: date) -> Path | None:
    """Make today's backup unless there is one; prune old ones. Returns the new file."""
    if today in daily_backups(folder):
        return None
    make_private_dir(folder)
    target = folder / f"journal-{today.isoformat()}.sqlite3"
    _add_to_index(folder, target.name, today)
    journal.backup_to(target)
    order = made_order(folder)
    keep = to_keep([day for day, _ in order])
    for day, path in order:
        if day not in keep:
            path.unlink(missing_ok=True)
            log.info("old backup %s removed by rotation", path.name)
    return target


def next_backup_due(now: datetime) -> datetime:
    """When the next daily backup is due: a few minutes after the coming local midnight."""
    tomorrow = now.date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0, 5), tzinfo=now.tzinfo)


def newest_backup(folder: Path) -> Path | None:
    """The daily backup made last, if any (not the one with the latest date: the clock
    may have been wrong when that one was made)."""
    order = made_order(folder)
    return order[-1][1] if order else None


def restore_backup(journal: Journal, backup: Path, folder: Path, now: datetime) -> Path:
    """Replace the journal with `backup`; the current journal is first copied to a
    `journal-before-restore-…` file in `folder`, which is returned."""
    make_private_dir(folder)
    safety = folder / f"journal-before-restore-{now:%Y%m%d-%H%M%S}.sqlite3"
    journal.restore_from(backup, safety)
    log.info("restored %s; the journal before it is in %s", backup, safety)
    return safety
