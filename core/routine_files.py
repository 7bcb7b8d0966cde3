"""Reading routine files: TOML in, Routine out, every problem as "FILE:LINE: what".

Built-in routines live in resources/routines, the user's own in the config folder's
routines/ (docs/routines.md has the format). A file with problems is listed with all of
them and left out; the others still load. tomllib gives no positions for values, so
`_Lines` finds the line of each step table and key in the file's text.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.i18n import translate
from core.muscles import MUSCLES_BY_ID
from core.reading import FileTooLarge, NotRegularFile, read_regular_file
from core.records import StepKind
from core.resources import resource
from core.routines import (
    LIMITS,
    PACE_RANGE,
    PACE_S,
    PREPARE_RANGE,
    TEXT_MAX,
    TITLE_MAX,
    Equipment,
    Routine,
    Sides,
    Step,
)

BUILTIN_DIR = resource("routines")
STEP_LIBRARY_DIR = resource("steps")
FILE_MAX_BYTES = 256 * 1024
STEP_KEYS = (
    "kind",
    "title",
    "muscle",
    "text",
    "seconds",
    "min_seconds",
    "max_seconds",
    "sides",
    "reps",
    "equipment",
    "prepare_seconds",
    "pace_seconds",
)
ROUTINE_KEYS = ("name", "summary", "steps")


@dataclass(frozen=True)
class RoutineProblem:
    """One thing wrong in a routine file, with where it is."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class RoutineFileError(Exception):
    """A routine file that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[RoutineProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class RoutineCatalogue:
    """Every routine that loaded, and every file that did not, with why."""

    routines: list[Routine] = field(default_factory=list)
    problems: list[RoutineProblem] = field(default_factory=list)

    def get(self, key: str) -> Routine | None:
        """The routine whose file is KEY.toml, or None."""
        return next((r for r in self.routines if r.key == key), None)


class _Lines:
    """Where each step table and each key sits in a TOML file's text."""

    _KEY = re.compile(r"\s*([A-Za-z0-9_-]+)\s*=")

    def __init__(self, text: str) -> None:
        self.top: dict[str, int] = {}
        self.steps: list[tuple[int, dict[str, int]]] = []
        in_string = False
        for number, line in enumerate(text.splitlines(), start=1):
            if in_string:  # inside a multi-line string: nothing here is a key
                in_string = _toggles_string(line)
                continue
            stripped = line.strip()
            if stripped.startswith("[[") and stripped.split("#")[0].strip() == "[[steps]]":
                self.steps.append((number, {}))
                continue
            match = self._KEY.match(line)
            if match:
                keys = self.steps[-1][1] if self.steps else self.top
                keys.setdefault(match.group(1), number)
            in_string = _toggles_string(line)

    def of_top(self, key: str) -> int:
        """The line of a top-level key (1 if it is not written)."""
        return self.top.get(key, 1)

    def of_step(self, index: int, key: str | None = None) -> int:
        """The line of a key in step `index`, else of the step's [[steps]] header."""
        if index >= len(self.steps):
            return self.of_top("steps")
        header, keys = self.steps[index]
        return keys.get(key, header) if key else header


def _toggles_string(line: str) -> bool:
    """True when the line opens a multi-line string it does not close."""
    return (line.count('"""') + line.count("'''")) % 2 == 1


class _Checker:
    """Turns one parsed file into a Routine, collecting every problem on the way."""

    def __init__(self, path: Path, lines: _Lines) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[RoutineProblem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(RoutineProblem(self.path, line, message))

    def text(self, value: Any, line: int, what: str, limit: int, required: bool) -> str:
        if value is None:
            if required:
                self.problem(
                    line, translate("routine_files", "{what} is missing").format(what=what)
                )
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(line, translate("routine_files", "{what} must be text").format(what=what))
            return ""
        if len(value) > limit:
            text = translate("routine_files", "{what} is {length} characters long; at most {limit}")
            self.problem(line, text.format(what=what, length=len(value), limit=limit))
        return " ".join(value.split())

    def number(self, value: Any, line: int, what: str, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            text = translate("routine_files", "{what} must be a whole number from {low} to {high}")
            self.problem(line, text.format(what=what, low=low, high=high))
            return None
        if not low <= value <= high:
            text = translate("routine_files", "{what} is {value}; it must be from {low} to {high}")
            self.problem(line, text.format(what=what, value=value, low=low, high=high))
            return None
        return value

    def choice(self, value: Any, line: int, unknown: str, choices: type[Any]) -> Any:
        """`value` as one of `choices`; else the problem `unknown` ({value}, {choices})."""
        names = [c.value for c in choices]
        if value not in names:
            shown = value if isinstance(value, str) else repr(value)
            self.problem(line, unknown.format(value=shown, choices=", ".join(names)))
            return None
        return choices(value)

    def routine(self, data: dict[str, Any], builtin: bool) -> Routine | None:
        for key in data:
            if key not in ROUTINE_KEYS:
                text = translate("routine_files", "unknown key '{key}'")
                self.problem(self.lines.of_top(key), text.format(key=key))
        name = self.text(data.get("name"), self.lines.of_top("name"), "name", TITLE_MAX, True)
        summary = self.text(
            data.get("summary"), self.lines.of_top("summary"), "summary", TEXT_MAX, True
        )
        raw_steps = data.get("steps")
        steps: list[Step] = []
        if not isinstance(raw_steps, list) or not raw_steps:
            text = translate("routine_files", "a routine needs at least one [[steps]]")
            self.problem(self.lines.of_top("steps"), text)
        else:
            for index, raw in enumerate(raw_steps):
                step = self.step(index, raw)
                if step is not None:
                    steps.append(step)
        if self.problems:
            return None
        return Routine(self.path.stem, name, summary, tuple(steps), builtin, str(self.path))

    def step(self, index: int, raw: Any) -> Step | None:
        def at(key: str | None = None) -> int:
            return self.lines.of_step(index, key)

        before = len(self.problems)
        if not isinstance(raw, dict):
            self.problem(at(), translate("routine_files", "each step must be a [[steps]] table"))
            return None
        for key in raw:
            if key not in STEP_KEYS:
                text = translate("routine_files", "unknown key '{key}' in a step")
                self.problem(at(key), text.format(key=key))
        if "kind" not in raw:
            self.problem(at(), translate("routine_files", "the step's kind is missing"))
            return None
        unknown = translate("routine_files", "unknown step kind '{value}' (one of: {choices})")
        kind = self.choice(raw["kind"], at("kind"), unknown, StepKind)
        if kind is None:
            return None
        limits = LIMITS[kind]
        text = self.text(raw.get("text"), at("text"), "text", TEXT_MAX, True)
        title = self.text(raw.get("title"), at("title"), "title", TITLE_MAX, False)
        muscle = raw.get("muscle", "")
        if muscle == "" and limits.needs_muscle:
            text = translate("routine_files", "a {kind} step needs the muscle it works on")
            self.problem(at(), text.format(kind=kind.value))
        elif muscle != "" and muscle not in MUSCLES_BY_ID:
            shown = muscle if isinstance(muscle, str) else repr(muscle)
            text = translate("routine_files", "unknown muscle '{muscle}' (see docs/routines.md)")
            self.problem(at("muscle"), text.format(muscle=shown))
        low, high = limits.min_s, limits.max_s
        min_s = self.number(
            raw.get("min_seconds", low), at("min_seconds"), "min_seconds", low, high
        )
        max_s = self.number(
            raw.get("max_seconds", high), at("max_seconds"), "max_seconds", low, high
        )
        seconds = self.number(
            raw.get("seconds", limits.default_s), at("seconds"), f"{kind.value} seconds", low, high
        )
        if None not in (min_s, max_s, seconds) and not min_s <= seconds <= max_s:  # type: ignore[operator]
            text = translate("routine_files", "seconds {seconds} lies outside {low}–{high}")
            self.problem(at("seconds"), text.format(seconds=seconds, low=min_s, high=max_s))
        reps = self.number(
            raw.get("reps", limits.default_reps),
            at("reps"),
            f"{kind.value} reps",
            limits.min_reps,
            limits.max_reps,
        )
        sides = self.choice(
            raw.get("sides", limits.default_sides.value),
            at("sides"),
            translate("routine_files", "unknown sides '{value}' (one of: {choices})"),
            Sides,
        )
        equipment = self.equipment(raw.get("equipment", "none"), at("equipment"))
        prepare = self.number(
            raw.get("prepare_seconds", limits.prepare_s),
            at("prepare_seconds"),
            "prepare_seconds",
            *PREPARE_RANGE,
        )
        pace = self.number(
            raw.get("pace_seconds", PACE_S), at("pace_seconds"), "pace_seconds", *PACE_RANGE
        )
        if len(self.problems) > before:
            return None
        assert seconds is not None and min_s is not None and max_s is not None
        assert reps is not None and prepare is not None and pace is not None
        return Step(
            kind=kind,
            text=text,
            seconds=seconds,
            min_seconds=min_s,
            max_seconds=max_s,
            muscle=muscle,
            sides=sides,
            reps=reps,
            equipment=equipment,
            prepare_seconds=prepare,
            pace_seconds=pace,
            title=title,
            line=at(),
        )

    def equipment(self, value: Any, line: int) -> tuple[Equipment, ...]:
        items = value if isinstance(value, list) else [value]
        unknown = translate("routine_files", "unknown equipment '{value}' (one of: {choices})")
        chosen = [self.choice(item, line, unknown, Equipment) for item in items]
        return tuple(item for item in chosen if item is not None) or (Equipment.NONE,)


def _syntax_line(error: tomllib.TOMLDecodeError) -> int:
    line = getattr(error, "lineno", None)
    if isinstance(line, int):
        return line
    match = re.search(r"at line (\d+)", str(error))
    return int(match.group(1)) if match else 1


def _syntax_message(error: tomllib.TOMLDecodeError) -> str:
    message = getattr(error, "msg", None) or re.sub(r"\s*\(at line .*\)$", "", str(error))
    return translate("routine_files", "TOML syntax error: {message}").format(message=message)


def read_routine(path: Path, builtin: bool = False) -> Routine:
    """One routine file, checked; RoutineFileError lists every problem with its line."""
    try:
        raw = read_regular_file(path, FILE_MAX_BYTES)
        text = raw.decode("utf-8")
    except FileTooLarge as error:
        message = translate("routine_files", "{size} bytes is too big for a routine file")
        problem = RoutineProblem(path, 1, message.format(size=error.size))
        raise RoutineFileError([problem]) from None
    except NotRegularFile as error:
        message = str(error).removeprefix(f"{path}: ")
        if path.is_dir():  # said as open() says it
            reason = os.strerror(errno.EISDIR)
            message = translate("routine_files", "cannot read ({reason})").format(reason=reason)
        raise RoutineFileError([RoutineProblem(path, 1, message)]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        message = translate("routine_files", "cannot read ({reason})").format(reason=reason)
        raise RoutineFileError([RoutineProblem(path, 1, message)]) from error
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = translate("routine_files", "not UTF-8 text")
        raise RoutineFileError([RoutineProblem(path, line, message)]) from error
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problem = RoutineProblem(path, _syntax_line(error), _syntax_message(error))
        raise RoutineFileError([problem]) from error
    except RecursionError as error:  # tomllib recurses once per level of nesting
        text = translate("routine_files", "TOML nested too deeply for a routine file")
        problem = RoutineProblem(path, 1, text)
        raise RoutineFileError([problem]) from error
    checker = _Checker(path, _Lines(text))
    routine = checker.routine(data, builtin)
    if routine is None:
        raise RoutineFileError(sorted(checker.problems, key=lambda p: p.line))
    return routine


def user_routines_dir(config: Path) -> Path:
    """Where the user's own routine files go."""
    return config / "routines"


def load_routines(user_dir: Path | None, builtin_dir: Path = BUILTIN_DIR) -> RoutineCatalogue:
    """Every built-in routine and every user routine; bad files are listed, not fatal."""
    catalogue = RoutineCatalogue()
    builtin_keys: set[str] = set()
    for folder, builtin in ((builtin_dir, True), (user_dir, False)):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if not builtin and path.stem in builtin_keys:
                text = translate(
                    "routine_files", "has the name of a built-in routine; rename the file"
                )
                catalogue.problems.append(RoutineProblem(path, 1, text))
                continue
            try:
                catalogue.routines.append(read_routine(path, builtin))
            except RoutineFileError as error:
                catalogue.problems.extend(error.problems)
                continue
            if builtin:
                builtin_keys.add(path.stem)
    return catalogue


@functools.cache
def step_library(name: str, folder: Path = STEP_LIBRARY_DIR) -> tuple[Step, ...]:
    """The shipped steps of one library file (resources/steps/NAME.toml) for building
    sessions from knots; read once, as shipped files do not change while the app runs."""
    return read_routine(folder / f"{name}.toml", builtin=True).steps
