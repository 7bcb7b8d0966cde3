"""The user's settings: one typed, validated object, kept as JSON in the config folder.

Written atomically (temp file + replace). A file that cannot be read or parsed is kept
untouched and reported, and the app runs on defaults; when the user then changes a
setting, the unreadable file is first moved aside under a dated name, never
overwritten. Unknown keys are kept as they were, so a newer Unknot's settings survive a
visit from an older one.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import time
from pathlib import Path
from typing import Any

from core.clock import Clock
from core.errors import UnknotError
from core.files import atomic_write, move_aside
from core.reading import read_regular_file
from core.todays_knots import DEFAULT_KNOTS, MAX_KNOTS

FILE_NAME = "settings.json"
FILE_MAX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Every setting with its default. Times are local "HH:MM"; a reminder's `_hours`
    is "HH:MM-HH:MM", or "" for the working hours; intervals are minutes."""

    sound: bool = True
    voice: bool = True
    volume: int = 80  # percent
    todays_knots: int = DEFAULT_KNOTS  # how many knots "Today's knots" treats
    # The working day and the quiet hours (../shared/EVIDENCE.md, issue 6)
    work_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday is 0
    work_start: str = "09:00"
    work_end: str = "17:30"
    quiet_start: str = "22:00"
    quiet_end: str = "07:00"
    # The reminders, each on or off with its interval and active hours
    water_on: bool = True
    water_every: int = 60
    water_hours: str = ""
    posture_on: bool = True
    posture_every: int = 30
    posture_hours: str = ""
    micro_break_on: bool = True
    micro_break_every: int = 20
    micro_break_hours: str = ""
    movement_break_on: bool = True
    movement_break_every: int = 60
    movement_break_hours: str = ""
    daily_session_on: bool = True
    daily_session_at: str = "17:00"
    water_goal_ml: int = 2000
    glass_ml: int = 250
    escalate_after: int = 0  # ignored reminders of a kind before one comes in front; 0: never
    quiet_in_fullscreen: bool = True
    water_unit: str = "ml"  # how amounts are shown: "ml" or "fl oz"; stored in ml
    # Default durations of the session "Today's knots" builds (seconds)
    hold_seconds: int = 60
    stretch_seconds: int = 30
    # How the window looks and speaks
    theme: str = "system"  # "system", "light" or "dark"
    language: str = ""  # "" follows the system; else a code of LANGUAGES
    # The welcome: the safety text read and accepted once
    safety_accepted: bool = False


MAX_INTERVAL_MIN = 8 * 60
_RANGES: dict[str, tuple[int, int]] = {
    "volume": (0, 100),
    "todays_knots": (1, MAX_KNOTS),
    "water_goal_ml": (250, 6000),
    "glass_ml": (50, 1000),
    "escalate_after": (0, 10),
    "hold_seconds": (30, 90),  # a compression hold (../shared/EVIDENCE.md)
    "stretch_seconds": (10, 60),
}
_UNITS = {"water_goal_ml": " ml", "glass_ml": " ml", "hold_seconds": " s", "stretch_seconds": " s"}
# Settings that hold one word out of a few, each with what it may be.
THEMES = ("system", "light", "dark")
WATER_UNITS = ("ml", "fl oz")
LANGUAGES = ("en", "de")  # the translations shipped in resources/i18n (English is the source)
_CHOICES: dict[str, tuple[str, ...]] = {
    "theme": THEMES,
    "water_unit": WATER_UNITS,
    "language": ("", *LANGUAGES),
}
_CLOCK_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


class SettingsError(UnknotError):
    """A value out of range, or a settings file that could not be read. `setting` names
    the setting at fault (when one is), `reason` says what is wrong in plain words."""

    def __init__(self, setting: str, reason: str) -> None:
        super().__init__(f"{setting}: {reason}" if setting else reason)
        self.setting = setting
        self.reason = reason


def clock_time(text: str) -> time:
    """A checked "HH:MM" as a time."""
    if not _CLOCK_TIME.fullmatch(text):
        raise ValueError(f"{text!r} is not a time like 09:30")
    return time(int(text[:2]), int(text[3:]))


def hours_of(text: str) -> tuple[time, time] | None:
    """A checked "HH:MM-HH:MM" as (from, until); "" is None (the working hours)."""
    if text == "":
        return None
    start, sep, end = text.partition("-")
    if not sep:
        raise ValueError(f"{text!r} is not hours like 08:00-20:00")
    hours = clock_time(start), clock_time(end)
    if not hours[0] < hours[1]:
        raise ValueError(f"{text} ends before it starts")
    return hours


def _check_value(name: str, default: Any, value: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{value!r} is not true or false")
        return value
    if isinstance(default, tuple):  # the working days
        if not isinstance(value, list | tuple) or not all(
            isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in value
        ):
            raise ValueError(f"{value!r} is not a list of weekdays 0 (Monday) to 6 (Sunday)")
        return tuple(sorted(set(value)))
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not text")
        if name in _CHOICES:
            if value not in _CHOICES[name]:
                allowed = ", ".join(repr(c) for c in _CHOICES[name])
                raise ValueError(f"{value!r} is not one of {allowed}")
        elif name.endswith("_hours"):
            hours_of(value)
        else:
            clock_time(value)
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{value!r} is not a whole number")
    if name.endswith("_every"):
        if value < 1:
            raise ValueError(f"{value} minutes is under the shortest interval, 1 minute")
        if value > MAX_INTERVAL_MIN:
            raise ValueError(f"{value} minutes is over the longest interval, 8 hours")
        return value
    low, high = _RANGES[name]
    if not low <= value <= high:
        unit = _UNITS.get(name, "")
        raise ValueError(f"{value}{unit} is outside {low}–{high}{unit}")
    return value


def check(name: str, value: Any) -> Any:
    """The value if it is valid for setting `name`; SettingsError says why not."""
    if name not in {f.name for f in fields(Settings)}:
        raise SettingsError(name, "there is no such setting")
    try:
        return _check_value(name, getattr(Settings(), name), value)
    except ValueError as error:
        raise SettingsError(name, str(error)) from None


def check_together(settings: Settings) -> None:
    """The rules between settings: the working day ends after it starts."""
    if not clock_time(settings.work_start) < clock_time(settings.work_end):
        raise SettingsError("work_end", "the working day must end after it starts")


class SettingsStore:
    """Loads and saves Settings in the config folder."""

    def __init__(self, config: Path, clock: Clock) -> None:
        self.path = config / FILE_NAME
        self.clock = clock
        self.problem = ""  # why the file could not be used, when it could not
        self._extra: dict[str, Any] = {}
        self.settings = self._load()

    def _load(self) -> Settings:
        try:
            data = json.loads(read_regular_file(self.path, FILE_MAX_BYTES).decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("it does not hold a JSON object")
        except FileNotFoundError:
            return Settings()
        # RecursionError: deep nesting; UnknotError: a pipe, a device, a file too big;
        # OSError: a file or folder the user may not read
        except (OSError, ValueError, RecursionError, UnknotError) as error:
            self.problem = (
                f"{self.path}: could not be read ({str(error).removeprefix(f'{self.path}: ')});"
                " Unknot uses the defaults and"
                " keeps the file as it is"
            )
            return Settings()
        known = {f.name for f in fields(Settings)}
        values: dict[str, Any] = {}
        refused: list[str] = []
        for name, value in data.items():
            if name in known:
                try:
                    values[name] = check(name, value)
                except SettingsError as error:
                    refused.append(str(error))
        try:
            check_together(Settings(**values))
        except SettingsError as error:
            refused.append(str(error))
            values.pop("work_start", None)
            values.pop("work_end", None)
        if refused:  # one bad value costs only itself; the file stays for the user
            self.problem = (
                f"{self.path}: {'; '.join(refused)}. Unknot uses the default for"
                " these and keeps the file as it is"
            )
        self._extra = {k: v for k, v in data.items() if k not in known}
        return Settings(**values)

    def change(self, **values: Any) -> Settings:
        """Set some values (each checked), save, and return the new settings."""
        checked = {name: check(name, value) for name, value in values.items()}
        updated = replace(self.settings, **checked)
        check_together(updated)
        data = {**self._extra, **asdict(updated)}
        try:
            if self.problem and self.path.exists():
                kept = move_aside(self.path, self.clock.now(), "unreadable")
                self.problem = f"{self.path}: could not be read; it was kept as {kept}"
            with atomic_write(self.path) as handle:
                handle.write(json.dumps(data, indent=2, sort_keys=True).encode("utf-8"))
        except OSError as error:
            reason = f"{self.path}: cannot save settings ({error.strerror})"
            raise SettingsError("", reason) from error
        self.settings = updated
        return updated
