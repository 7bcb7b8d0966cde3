"""Damaged files: a journal of garbage, a truncated one, another program's SQLite file,
a broken settings file, garbage routine files. Each is reported in plain words, moved
aside or left exactly as it was (never deleted, never overwritten), and the core goes on
working; what was saved before is still there (with the backup, for the journal).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from core.backups import backup_if_due, restore_backup
from core.clock import FakeClock
from core.commands import damage_notice
from core.journal import FILE_NAME, Journal
from core.paths import Paths
from core.reminder_desk import ReminderDesk
from core.routine_files import FILE_MAX_BYTES, load_routines, user_routines_dir
from core.session import GuidedSession
from core.settings import Settings, SettingsStore
from tests.core.session_helpers import add_knot, links
from tests.faults.child import drive, two_holds
from tests.faults.nothing_lost import Saved, assert_nothing_lost
from tests.helpers import run_cli


def session_on_a_knot(journal: Journal, clock: FakeClock) -> None:
    """A knot with a rating and a whole session on it: the core at work."""
    knot = add_knot(journal, clock, tenderness=5)
    session = GuidedSession(two_holds(), journal, clock, links(knot))
    session.start()
    drive(session, clock, lambda s: False)
    assert session.save_error == ""


def foreign_database(version: int) -> Callable[[Path], None]:
    """Put another program's SQLite file, with its own table and schema version, there."""

    def put(path: Path) -> None:
        path.unlink()
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Ann', '555 0100')")
        connection.execute(f"PRAGMA user_version = {version}")
        connection.commit()
        connection.close()

    return put


DAMAGE: dict[str, tuple[Callable[[Path], object], str]] = {
    "garbage": (lambda p: p.write_bytes(os.urandom(40_000)), "not an SQLite database"),
    "truncated": (lambda p: p.write_bytes(p.read_bytes()[:20_000]), "malformed"),
    "foreign-v0": (foreign_database(0), "it is an SQLite database, but not an Unknot journal"),
    "foreign-v1": (foreign_database(1), "it is an SQLite database, but not an Unknot journal"),
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_journal_is_moved_aside_and_the_backup_restores_it(
    paths: Paths, clock: FakeClock, kind: str
) -> None:
    damage, reason = DAMAGE[kind]
    journal = Journal.open(paths.data, clock)
    session_on_a_knot(journal, clock)
    session_on_a_knot(journal, clock)
    backup = backup_if_due(journal, paths.backups, clock.now().date())
    assert backup is not None
    saved = Saved.of(journal)
    journal.close()
    path = paths.data / FILE_NAME
    damage(path)
    damaged = path.read_bytes()

    clock.advance(3600)
    journal = Journal.open(paths.data, clock)
    moved = journal.report.moved_aside
    assert moved is not None and moved.read_bytes() == damaged  # kept, byte for byte
    assert reason in journal.report.damage
    notice = damage_notice(journal.report, paths.backups)
    assert notice is not None and "\n" not in notice
    assert str(moved) in notice and backup.name in notice
    # The core goes on with a new journal ...
    session_on_a_knot(journal, clock)
    after = Saved.of(journal)
    # ... and the backup brings back what was saved before.
    safety = restore_backup(journal, backup, paths.backups, clock.now())
    journal.close()
    assert moved.read_bytes() == damaged
    assert_nothing_lost([paths.data, safety], saved.merge(after))


SETTINGS_DAMAGE = {
    "not-utf8": b"\xff\xfe{\x00v\x00",
    "truncated": b'{"volume": 40, "water_on": tr',
    "not-an-object": b"[1, 2, 3]",
    "deep-nesting": b"[" * 100_000 + b"]" * 100_000,
    "too-big": b'{"volume": 40, "notes": "' + b"x" * (1024 * 1024) + b'"}',
}


@pytest.mark.parametrize("content", SETTINGS_DAMAGE.values(), ids=SETTINGS_DAMAGE.keys())
def test_a_broken_settings_file_is_kept_and_the_app_runs_on_defaults(
    paths: Paths, clock: FakeClock, journal: Journal, content: bytes
) -> None:
    session_on_a_knot(journal, clock)
    path = paths.config / "settings.json"
    path.write_bytes(content)
    store = SettingsStore(paths.config, clock)
    assert store.settings == Settings()
    assert store.problem.startswith(f"{path}: could not be read (")
    assert store.problem.endswith("keeps the file as it is") and "\n" not in store.problem
    assert path.read_bytes() == content
    desk = ReminderDesk(journal, clock, store.settings)  # the core runs on the defaults
    assert desk.drink() == Settings().glass_ml
    session_on_a_knot(journal, clock)
    saved = Saved.of(journal)
    store.change(volume=30)  # the user changes a setting: the broken file is kept aside
    (kept,) = paths.config.glob("settings.unreadable-*.json")
    assert kept.read_bytes() == content
    assert SettingsStore(paths.config, clock).settings.volume == 30
    journal.close()
    assert_nothing_lost(paths.data, saved, exactly=True)


def garbage_routines(folder: Path) -> dict[str, str]:
    """Bad routine files of every sort in `folder`; name → what its problem says."""
    folder.mkdir(parents=True)
    files = {
        "random.toml": (os.urandom(3000), "not UTF-8 text"),
        "latin1.toml": ("name = 'Café'\n".encode("latin-1"), "not UTF-8 text"),
        "empty.toml": (b"", "name is missing"),
        "syntax.toml": (b"name = \n[[steps", "TOML syntax error"),
        "types.toml": (b'name = 5\nsummary = []\nsteps = "all"\n', "name must be text"),
        "nul.toml": (b'name = "a\x00b"\n', "TOML syntax error"),
        "deep.toml": (b"a = " + b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    }
    for name, (content, _) in files.items():
        (folder / name).write_bytes(content)
    with (folder / "huge.toml").open("wb") as handle:
        handle.truncate(FILE_MAX_BYTES + 1)
    (folder / "folder.toml").mkdir()
    (folder / "dangling.toml").symlink_to(folder / "nowhere")
    return {
        **{name: said for name, (_, said) in files.items()},
        "huge.toml": "too big for a routine file",
        "folder.toml": "cannot read (Is a directory)",
        "dangling.toml": "cannot read (No such file or directory)",
    }


def test_garbage_routine_files_are_each_reported_and_left_as_they_are(
    paths: Paths, clock: FakeClock, journal: Journal, tmp_path: Path
) -> None:
    folder = user_routines_dir(paths.config)
    expected = garbage_routines(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    catalogue = load_routines(folder)
    built_in = load_routines(None)
    assert [r.key for r in catalogue.routines] == [r.key for r in built_in.routines]
    problems: dict[str, list[str]] = {}
    for problem in catalogue.problems:
        problems.setdefault(problem.path.name, []).append(str(problem))
    assert problems.keys() == expected.keys()
    for name, said in expected.items():
        assert all(p.startswith(f"{folder / name}:") and "\n" not in p for p in problems[name])
        assert any(said in p for p in problems[name]), (name, problems[name])
    # The command line lists each one on stderr, and nothing else goes wrong.
    cli = run_cli("--data-dir", str(paths.data), "routines", timeout=8)
    assert cli.returncode == 1
    lines = cli.stderr.splitlines()
    assert sorted(lines) == sorted(str(p) for p in catalogue.problems), cli.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    # A built-in routine still runs and is saved.
    knot = add_knot(journal, clock, tenderness=5)
    clock.advance(timedelta(minutes=5).total_seconds())
    session = GuidedSession(built_in.routines[0], journal, clock, links(knot))
    session.start()
    drive(session, clock, lambda s: False)
    saved = Saved.of(journal)
    assert saved.steps
    journal.close()
    assert_nothing_lost(paths.data, saved, exactly=True)
