"""Routine files: every problem named with its file and line; bad files never stop the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.muscles import MUSCLES_BY_ID
from core.records import StepKind
from core.routine_files import (
    BUILTIN_DIR,
    RoutineFileError,
    RoutineProblem,
    load_routines,
    read_routine,
    step_library,
    user_routines_dir,
)
from core.routines import RELEASE_S, Equipment, Sides
from tests.core.session_helpers import write_toml

HEAD = 'name = "Mine"\nsummary = "A test routine."\n'  # lines 1–2; line 3 is the first step

GOOD = (
    HEAD
    + """
[[steps]]
kind = "hold"
muscle = "infraspinatus"
sides = "left"
seconds = 45
equipment = ["ball", "wall"]
text = \"\"\"Lean on the ball. \\
Ease off when it softens.\"\"\"

[[steps]]
kind = "transition"
text = "Take the ball away."

[[steps]]
kind = "stretch"
muscle = "pectoralis_major"
reps = 3
seconds = 20
prepare_seconds = 0
equipment = "wall"
text = "Turn your chest away from the door frame."
"""
)


def problems_of(path: Path) -> list[tuple[int, str]]:
    with pytest.raises(RoutineFileError) as caught:
        read_routine(path)
    assert all(problem.path == path for problem in caught.value.problems)
    return [(problem.line, problem.message) for problem in caught.value.problems]


def test_a_good_file_reads_with_defaults_filled_in(tmp_path: Path) -> None:
    routine = read_routine(write_toml(tmp_path, "mine.toml", GOOD))
    assert (routine.key, routine.name, routine.builtin) == ("mine", "Mine", False)
    held, moved, stretched = routine.steps
    assert (held.kind, held.sides, held.seconds, held.min_seconds, held.max_seconds) == (
        StepKind.HOLD,
        Sides.LEFT,
        45,
        30,
        90,
    )
    assert held.text == "Lean on the ball. Ease off when it softens."
    assert held.equipment == (Equipment.BALL, Equipment.WALL) and held.prepare_seconds == 8
    assert (held.line, moved.line, stretched.line) == (4, 13, 17)
    assert (moved.kind, moved.seconds, moved.sides, moved.muscle) == (
        StepKind.TRANSITION,
        8,
        Sides.CENTRE,
        "",
    )
    assert (stretched.reps, stretched.prepare_seconds, stretched.sides) == (3, 0, Sides.BOTH)
    assert routine.equipment() == (Equipment.BALL, Equipment.WALL)
    assert routine.muscles() == ("infraspinatus", "pectoralis_major")
    hold_s = 8 + 45 + RELEASE_S
    stretch_s = 2 * (3 * 20 + 2 * RELEASE_S)
    assert routine.planned_seconds() == hold_s + 8 + stretch_s


@pytest.mark.parametrize(
    ("step", "line", "message"),
    [
        ('kind = "hold"\nmuscle = "deltoid"', 4, "text is missing"),
        ('kind = "hold"\ntext = "Lean in."', 4, "a hold step needs the muscle it works on"),
        ('text = "Lean in."', 4, "the step's kind is missing"),
        (
            'kind = "hold"\nmuscle = "deltoid"\nseconds = 120\ntext = "Lean in."',
            7,
            "hold seconds is 120; it must be from 30 to 90",
        ),
        (
            'kind = "transition"\nseconds = 3\ntext = "Move."',
            6,
            "transition seconds is 3; it must be from 5 to 10",
        ),
        (
            'kind = "stretch"\nmuscle = "deltoid"\nmin_seconds = 40\nseconds = 35\ntext = "x"',
            8,
            "seconds 35 lies outside 40–60",
        ),
        (
            'kind = "stretch"\nmuscle = "deltoid"\nreps = 9\ntext = "x"',
            7,
            "stretch reps is 9; it must be from 2 to 4",
        ),
        (
            'kind = "massage"\ntext = "Rub it."',
            5,
            "unknown step kind 'massage' (one of: hold, stretch, foam_roll, rest, transition)",
        ),
        (
            'kind = "hold"\nmuscle = "neck_thing"\ntext = "x"',
            6,
            "unknown muscle 'neck_thing' (see docs/routines.md)",
        ),
        ('kind = "rest"\nsecs = 10\ntext = "Breathe."', 6, "unknown key 'secs' in a step"),
        (
            'kind = "rest"\nsides = "top"\ntext = "x"',
            6,
            "unknown sides 'top' (one of: left, right, both, centre)",
        ),
        (
            'kind = "foam_roll"\nmuscle = "calves"\npace_seconds = 1\ntext = "x"',
            7,
            "pace_seconds is 1; it must be from 2 to 10",
        ),
        (
            'kind = "hold"\nmuscle = "calves"\nseconds = "long"\ntext = "x"',
            7,
            "hold seconds must be a whole number from 30 to 90",
        ),
    ],
)
def test_each_problem_is_reported_at_its_line(
    tmp_path: Path, step: str, line: int, message: str
) -> None:
    path = write_toml(tmp_path, "bad.toml", f"{HEAD}\n[[steps]]\n{step}\n")
    assert problems_of(path) == [(line, message)]


def test_routine_level_problems_have_their_lines(tmp_path: Path) -> None:
    text = 'summary = "No name."\ncolour = "red"\n\n[[steps]]\nkind = "rest"\ntext = "Rest."\n'
    path = write_toml(tmp_path, "bad.toml", text)
    assert problems_of(path) == [(1, "name is missing"), (2, "unknown key 'colour'")]
    no_steps = write_toml(tmp_path, "empty.toml", HEAD)
    assert problems_of(no_steps) == [(1, "a routine needs at least one [[steps]]")]


def test_every_problem_of_a_file_is_reported_in_line_order(tmp_path: Path) -> None:
    text = HEAD + "\n".join(
        [
            "",
            "[[steps]]",  # 4
            'kind = "rest"',
            "seconds = 99",  # 6
            'text = "Rest."',
            "",
            "[[steps]]",  # 9
            'kind = "massage"',  # 10
            'text = "Rub."',
            "",
            "[[steps]]",  # 13
            'kind = "stretch"',
            'muscle = "neck_thing"',  # 15
            'text = """Tilt',
            'kind = "not a key, inside a string"',
            '"""',
            "",
            "[[steps]]",  # 20
            'kind = "transition"',
            "",
        ]
    )
    path = write_toml(tmp_path, "bad.toml", text)
    assert problems_of(path) == [
        (6, "rest seconds is 99; it must be from 5 to 30"),
        (10, "unknown step kind 'massage' (one of: hold, stretch, foam_roll, rest, transition)"),
        (15, "unknown muscle 'neck_thing' (see docs/routines.md)"),
        (20, "text is missing"),
    ]


def test_a_toml_syntax_error_gives_its_line(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "bad.toml", HEAD + '\n[[steps]]\nkind = hold\ntext = "x"\n')
    ((line, message),) = problems_of(path)
    assert line == 5 and message.startswith("TOML syntax error: ") and "line" not in message


def test_a_problem_reads_file_colon_line_colon_message(tmp_path: Path) -> None:
    problem = RoutineProblem(tmp_path / "bad.toml", 7, "text is missing")
    assert str(problem) == f"{tmp_path / 'bad.toml'}:7: text is missing"


def test_a_file_that_is_not_utf8_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(HEAD.encode() + b'\n[[steps]]\ntext = "caf\xe9"\n')
    assert problems_of(path) == [(5, "not UTF-8 text")]


def test_a_bad_user_file_is_listed_and_the_rest_still_load(tmp_path: Path) -> None:
    user = user_routines_dir(tmp_path / "config")
    write_toml(user, "good.toml", GOOD)
    write_toml(user, "bad.toml", HEAD + '\n[[steps]]\nkind = "hold"\nmuscle = "deltoid"\n')
    catalogue = load_routines(user)
    assert [str(p) for p in catalogue.problems] == [f"{user / 'bad.toml'}:4: text is missing"]
    good = catalogue.get("good")
    assert good is not None and not good.builtin and good.path == str(user / "good.toml")
    builtins = sorted(path.stem for path in BUILTIN_DIR.glob("*.toml"))
    assert builtins and [r.key for r in catalogue.routines] == [*builtins, "good"]
    assert catalogue.get("bad") is None


def test_a_user_file_named_like_a_built_in_is_refused(tmp_path: Path) -> None:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    write_toml(builtin, "mine.toml", GOOD)
    write_toml(user, "mine.toml", GOOD.replace('"Mine"', '"Impostor"'))
    catalogue = load_routines(user, builtin)
    assert [(r.key, r.name, r.builtin) for r in catalogue.routines] == [("mine", "Mine", True)]
    (problem,) = catalogue.problems
    assert (problem.path, problem.line) == (user / "mine.toml", 1)
    assert "name of a built-in routine" in problem.message


def test_a_missing_user_folder_loads_the_built_ins_only(tmp_path: Path) -> None:
    catalogue = load_routines(tmp_path / "nowhere")
    assert catalogue.problems == [] and all(r.builtin for r in catalogue.routines)


# ----------------------------------------------------------------------------- shipped

EXPECTED_MINUTES = {
    "neck-and-shoulders": 5,
    "forearms": 4,
    "low-back-and-hips": 10,
    "foam-roller-back-and-legs": 10,
    "micro-break": 2,
}


def test_every_built_in_routine_loads_without_a_problem() -> None:
    catalogue = load_routines(None)
    assert catalogue.problems == []
    assert {r.key for r in catalogue.routines} == {p.stem for p in BUILTIN_DIR.glob("*.toml")}
    for routine in catalogue.routines:
        assert routine.builtin and routine.steps and routine.name and routine.summary


@pytest.mark.parametrize(("key", "minutes"), sorted(EXPECTED_MINUTES.items()))
def test_the_five_built_in_routines_take_about_their_minutes(key: str, minutes: int) -> None:
    routine = load_routines(None).get(key)
    assert routine is not None, f"resources/routines/{key}.toml is missing"
    assert 0.7 * minutes * 60 <= routine.planned_seconds() <= 1.3 * minutes * 60
    assert routine.minutes() == minutes


def test_the_step_libraries_load_and_name_real_muscles() -> None:
    holds, stretches = step_library("holds"), step_library("stretches")
    for library, kind in ((holds, StepKind.HOLD), (stretches, StepKind.STRETCH)):
        muscles = [step.muscle for step in library]
        assert all(step.kind is kind for step in library)
        assert len(muscles) == len(set(muscles)), "one step per muscle"
        assert set(muscles) <= set(MUSCLES_BY_ID)
    hold_muscles = {step.muscle for step in holds}
    assert "sternocleidomastoid" not in hold_muscles  # no ball on the front of the neck
    assert "sternocleidomastoid" in {step.muscle for step in stretches}
