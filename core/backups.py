"""Daily journal backups in the data folder's backups/, rotated: the last 7 daily and
4 weekly are kept. Restoring a backup first backs up the journal as it is."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from core.journal import Journal
from core.paths import make_private_dir

log = logging.getLogger("unknot.backups")

DAILY_KEPT = 7
WEEKLY_KEPT = 4
_DAILY = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.sqlite3$")


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


def backup_if_due(journal: Journal, folder: Path, today: date) -> Path | None:
    """Make today's backup unless there is one; prune old ones. Returns the new file."""
    existing = daily_backups(folder)
    if today in existing:
        return None
    make_private_dir(folder)
    target = folder / f"journal-{today.isoformat()}.sqlite3"
    journal.backup_to(target)
    existing[today] = target
    keep = days_to_keep(existing)
    for day, path in existing.items():
        if day not in keep:
            path.unlink(missing_ok=True)
            log.info("old backup %s removed by rotation", path.name)
    return target


def next_backup_due(now: datetime) -> datetime:
    """When the next daily backup is due: a few minutes after the coming local midnight."""
    tomorrow = now.date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0, 5), tzinfo=now.tzinfo)


def newest_backup(folder: Path) -> Path | None:
    """The most recent daily backup, if any."""
    existing = daily_backups(folder)
    return existing[max(existing)] if existing else None


def restore_backup(journal: Journal, backup: Path, folder: Path, now: datetime) -> Path:
    """Replace the journal with `backup`; the current journal is first copied to a
    `journal-before-restore-…` file in `folder`, which is returned."""
    make_private_dir(folder)
    safety = folder / f"journal-before-restore-{now:%Y%m%d-%H%M%S}.sqlite3"
    journal.restore_from(backup, safety)
    log.info("restored %s; the journal before it is in %s", backup, safety)
    return safety
