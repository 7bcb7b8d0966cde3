"""Fixtures for every test: no test touches the real user folders or sleeps for long."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths

# The tests read English and dates as written; a developer's own language must not change
# them (Qt reads these when it starts, and subprocesses inherit them).
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

MAX_SLEEP_S = 0.1
_real_sleep = time.sleep


@pytest.fixture(autouse=True)
def _redirect_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point HOME and every XDG folder at a temp folder, so platformdirs lands there too."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    return home


@pytest.fixture(autouse=True)
def _no_long_sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test may not sleep in real time for more than 100 ms at once."""

    def guarded_sleep(seconds: float) -> None:
        if seconds > MAX_SLEEP_S:
            raise AssertionError(f"tests must not sleep {seconds} s; use the fake clock")
        _real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", guarded_sleep)
    yield


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """Every app folder under one temp folder, created (as --data-dir does)."""
    result = Paths.under(tmp_path / "unknot")
    result.create()
    return result


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock at Monday 2 March 2026, 09:00 UTC."""
    return FakeClock()


@pytest.fixture
def journal(paths: Paths, clock: FakeClock) -> Iterator[Journal]:
    """An empty journal in the temp data folder, closed after the test."""
    opened = Journal.open(paths.data, clock)
    yield opened
    opened.close()
