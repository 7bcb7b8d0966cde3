"""core/i18n.py, the core's translatable texts, and the generated data strings.

No Qt here: a translator is any function (context, text) -> text. The German check reads
the translation file with xml.etree, as Qt would look the texts up.
"""

from __future__ import annotations

import importlib.util
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from core import i18n
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.muscles import MUSCLES_BY_ID
from core.onset import day_text, describe_onset
from core.records import ReminderKind, SessionState, Side, StepKind, TreatmentKind
from core.recovery_file import RecoveryFileDamaged, read_recovery
from core.reminder_texts import TEXTS, Answer, answer_label
from core.routine_files import load_routines, step_library
from core.routines import routine_name
from core.safety import SAFETY_SECTIONS, safety_intro
from core.wal_check import _checksum, wal_problem
from tests.core.session_helpers import hold, routine_of, stretch
from tests.helpers import ROOT

GENERATOR = ROOT / "resources" / "i18n" / "make_data_strings.py"
DATA_STRINGS = ROOT / "resources" / "i18n" / "data_strings.py"
# The merged German file once there is one; the core's part of it until then.
GERMAN = next(
    path
    for path in (ROOT / "resources/i18n/unknot_de.ts", ROOT / "resources/i18n/parts/core.ts")
    if path.exists()
)


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.install(None)


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_data_strings", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def german() -> dict[tuple[str, str], str]:
    """(context, source) -> the German, from the translation file."""
    found = {}
    for context in ET.parse(GERMAN).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return found


# ----------------------------------------------------------------------------- i18n.py


def test_without_a_translator_the_text_is_english_as_written() -> None:
    assert translate("plan", "Week {week} of 4–8") == "Week {week} of 4–8"
    assert QT_TRANSLATE_NOOP("plan", "Carry on") == "Carry on"


def test_an_installed_translator_is_asked_with_the_context_until_uninstalled() -> None:
    asked: list[tuple[str, str]] = []

    def shout(context: str, text: str) -> str:
        asked.append((context, text))
        return text.upper()

    i18n.install(shout)
    assert translate("plan", "carry on") == "CARRY ON"
    assert asked == [("plan", "carry on")]
    i18n.install(None)
    assert translate("plan", "carry on") == "carry on"


def test_an_empty_translation_falls_back_to_english() -> None:
    i18n.install(lambda context, text: "")
    assert translate("plan", "Carry on with the plan") == "Carry on with the plan"


def test_a_translator_changes_core_texts_where_they_are_read() -> None:
    table = {
        ("muscles", "Upper trapezius"): "Oberer Trapezius",
        ("muscles", "Right {muscle}"): "{muscle} rechts",
        ("reminder_texts", "Time for a glass of water"): "Zeit für ein Glas Wasser",
        ("reminder_texts", "+{amount}"): "+{amount} Wasser",
        ("records", "Other treatment"): "Andere Behandlung",
        ("safety", "Never press on"): "Drücke nie auf",
    }
    i18n.install(lambda context, text: table.get((context, text), ""))
    trapezius = MUSCLES_BY_ID["upper_trapezius"]
    assert trapezius.name == "Oberer Trapezius"
    assert trapezius.source_name == "Upper trapezius"  # what the code keeps
    assert trapezius.label(Side.RIGHT) == "Oberer Trapezius rechts"  # keeps its capital
    assert trapezius.label(Side.LEFT) == "Left oberer Trapezius"  # no translation: English
    assert TEXTS[ReminderKind.WATER].title == "Zeit für ein Glas Wasser"
    assert answer_label(Answer.DRINK, 250) == "+250 ml Wasser"
    assert TreatmentKind.OTHER.label == "Andere Behandlung"
    assert TreatmentKind.OTHER.value == "other"  # the stored value stays
    assert SAFETY_SECTIONS[1].heading == "Drücke nie auf"


def test_a_translator_that_gives_the_english_back_changes_nothing() -> None:
    """The UI in English still has Qt's lookup installed: it returns equal copies."""
    i18n.install(lambda context, text: "".join(text))
    trapezius = MUSCLES_BY_ID["upper_trapezius"]
    assert trapezius.label(Side.RIGHT) == "Right upper trapezius"
    assert hold().heading == "Ball hold: upper trapezius"
    assert describe_onset(date(2026, 1, 1), date(2026, 3, 2)) == "about 2 months ago"
    assert day_text(date(2026, 2, 3)) == "3 Feb 2026"


# ------------------------------------------------------------------- the data strings


def test_the_generated_data_strings_are_up_to_date_with_the_toml_files() -> None:
    made = generator()
    expected = made.render(made.data_strings())
    assert DATA_STRINGS.read_text(encoding="utf-8") == expected, (
        "run: .venv/bin/python resources/i18n/make_data_strings.py"
    )


def test_every_shown_text_of_a_shipped_routine_or_step_is_a_data_string() -> None:
    marked = {(context, text) for _, context, text in generator().data_strings()}
    asked: set[tuple[str, str]] = set()

    def record(context: str, text: str) -> str:
        asked.add((context, text))
        return text

    i18n.install(record)
    catalogue = load_routines(None)
    assert catalogue.problems == [] and catalogue.routines
    steps = [step for r in catalogue.routines for step in r.steps]
    steps += [*step_library("holds"), *step_library("stretches")]
    for routine in catalogue.routines:
        assert routine.name and routine.summary
    for step in steps:
        assert step.heading and step.instructions
    written = {t for r in catalogue.routines for t in (r.source_name, r.source_summary)}
    shown = {(c, t) for c, t in asked if c == "steps" or (c == "routines" and t in written)}
    assert shown == marked  # every shown text is marked, and nothing else is


def test_a_users_own_routine_text_passes_through_untranslated() -> None:
    table = {("steps", "Lean into the ball."): "Lehn dich an."}
    i18n.install(lambda context, text: table.get((context, text), ""))
    mine = routine_of(hold(title="My own hold"), stretch())
    assert mine.steps[0].heading == "My own hold"
    assert mine.steps[0].instructions == "Lehn dich an."
    assert mine.steps[1].instructions == "Tilt your head away."
    assert mine.name == "Test routine" and routine_name("Mine") == "Mine"


# ------------------------------------------------------------------------ the German


def test_the_german_file_translates_the_core_texts_it_is_asked_for() -> None:
    table = german()
    i18n.install(lambda context, text: table.get((context, text), ""))
    trapezius = MUSCLES_BY_ID["upper_trapezius"]
    infraspinatus = MUSCLES_BY_ID["infraspinatus"]
    assert trapezius.label(Side.LEFT) == "Oberer Trapezius links"
    assert infraspinatus.label(Side.RIGHT).startswith("Untergrätenmuskel")
    assert hold().heading == "Druckhalten – Oberer Trapezius"
    assert StepKind.STRETCH.label == "Dehnung" and SessionState.ABORTED.label == "abgebrochen"
    assert day_text(date(2026, 3, 2)) == "2. März 2026"
    assert describe_onset(date(2026, 2, 27), date(2026, 3, 2)) == "vor 3 Tagen"
    assert "Heilung" in safety_intro()  # "not promised to cure", faithfully
    routines = load_routines(None).routines
    assert "Nacken und Schultern am Schreibtisch" in [r.name for r in routines]
    for step in [s for r in routines for s in r.steps] + list(step_library("holds")):
        assert step.heading != step.title and step.instructions != step.text


def test_the_reasons_in_the_recovery_notice_and_the_wal_notice_are_translated(
    tmp_path: Path,
) -> None:
    """They were English in a German window: "frame 1 is damaged", "not an Unknot
    recovery file" (the notices around them were translated)."""
    table = {
        ("wal_check", "it is not an SQLite -wal file"): "sie ist keine SQLite-WAL-Datei",
        ("wal_check", "its page size ({size}) is not the journal's ({page_size})"): (
            "ihre Seitengröße ({size}) ist nicht die des Tagebuchs ({page_size})"
        ),
        ("recovery_file", "not an Unknot recovery file"): "keine Wiederherstellungsdatei",
        ("recovery_file", "write {number}: {error}"): "Schreibvorgang {number}: {error}",
        ("pending_writes", "not a journal write: {operation}"): "kein Schreibvorgang: {operation}",
    }
    i18n.install(lambda context, text: table.get((context, text), ""))
    assert wal_problem(b"x" * 64, 8192) == "sie ist keine SQLite-WAL-Datei"
    header = bytearray(32)
    header[0:4], header[4:8] = (0x377F0682).to_bytes(4, "big"), (3007000).to_bytes(4, "big")
    header[8:12] = (4096).to_bytes(4, "big")
    header[24:32] = b"".join(
        n.to_bytes(4, "big") for n in _checksum(bytes(header[:24]), False, (0, 0))
    )
    assert wal_problem(bytes(header), 8192) == (
        "ihre Seitengröße (4096) ist nicht die des Tagebuchs (8192)"
    )
    path = tmp_path / "unsaved-writes.json"
    path.write_text('{"format": "no"}')
    with pytest.raises(RecoveryFileDamaged, match="keine Wiederherstellungsdatei"):
        read_recovery(path)
    item = {"operation": "drop_table", "row": {}}
    path.write_text(json.dumps({"format": "unknot-unsaved-writes", "version": 1, "writes": [item]}))
    with pytest.raises(RecoveryFileDamaged, match="Schreibvorgang 1: kein Schreibvorgang"):
        read_recovery(path)
