"""The user's settings: one typed, validated object, kept as JSON in the config folder.

Written atomically (temp file + replace). A file that cannot be read or parsed is kept
untouched and reported, and the app runs on defaults; when the user then changes a
setting, the unreadable file is first moved aside under a dated name, never
overwritten. Unknown keys are kept as they were, so a newer Unknot's settings survive a
visit from an older one.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from core.clock import Clock
from core.errors import UnknotError
from core.files import atomic_write, move_aside
from core.todays_knots import DEFAULT_KNOTS, MAX_KNOTS

FILE_NAME = "settings.json"
FILE_MAX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Every setting with its default."""

    sound: bool = True
    voice: bool = True
    volume: int = 80  # percent
    todays_knots: int = DEFAULT_KNOTS  # how many knots "Today's knots" treats


_RANGES: dict[str, tuple[int, int]] = {"volume": (0, 100), "todays_knots": (1, MAX_KNOTS)}


class SettingsError(UnknotError):
    """A value out of range, or a settings file that could not be read."""


def check(name: str, value: Any) -> Any:
    """The value if it is valid for setting `name`; SettingsError says why not."""
    if name not in {f.name for f in fields(Settings)}:
        raise SettingsError(f"{name}: there is no such setting")
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise SettingsError(f"{name}: {value!r} is not true or false")
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingsError(f"{name}: {value!r} is not a whole number")
    low, high = _RANGES[name]
    if not low <= value <= high:
        raise SettingsError(f"{name}: {value} is outside {low}–{high}")
    return value


class SettingsStore:
    """Loads and saves Settings in the config folder."""

    def __init__(self, config: Path, clock: Clock) -> None:
        self.path = config / FILE_NAME
        self.clock = clock
        self.problem = ""  # why the file could not be used, when it could not
        self._extra: dict[str, Any] = {}
        self.settings = self._load()

    def _load(self) -> Settings:
        if not self.path.exists():
            return Settings()
        try:
            if self.path.stat().st_size > FILE_MAX_BYTES:
                raise ValueError("the file is too big to be settings")
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("it does not hold a JSON object")
            known = {f.name for f in fields(Settings)}
            values = {k: check(k, v) for k, v in data.items() if k in known}
        except (OSError, ValueError, SettingsError) as error:
            self.problem = (
                f"{self.path}: could not be read ({error}); Unknot uses the defaults and"
                " keeps the file as it is"
            )
            return Settings()
        self._extra = {k: v for k, v in data.items() if k not in known}
        return Settings(**values)

    def change(self, **values: Any) -> Settings:
        """Set some values (each checked), save, and return the new settings."""
        for name, value in values.items():
            check(name, value)
        updated = replace(self.settings, **values)
        data = {**self._extra, **asdict(updated)}
        try:
            if self.problem and self.path.exists():
                kept = move_aside(self.path, self.clock.now(), "unreadable")
                self.problem = f"{self.path}: could not be read; it was kept as {kept}"
            with atomic_write(self.path) as handle:
                handle.write(json.dumps(data, indent=2, sort_keys=True).encode("utf-8"))
        except OSError as error:
            raise SettingsError(f"{self.path}: cannot save settings ({error.strerror})") from error
        self.settings = updated
        return updated
