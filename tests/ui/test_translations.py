"""The German translation is complete and current, and a German window shows no
English text that has a translation."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from core import i18n
from core.clock import FakeClock
from core.demo import fill_demo
from core.journal import Journal
from core.paths import Paths
from core.resources import resource
from tests.helpers import ROOT
from ui.main_window import NAVIGATION, MainWindow
from ui.translation import install_language

TS = resource("i18n", "unknot_de.ts")
QM = resource("i18n", "unknot_de.qm")
SOURCES = ["main.py", "core", "ui", "resources/i18n/data_strings.py"]


def tool(name: str) -> str:
    """A PySide6 tool from the environment running the tests."""
    import sys

    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else name


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element, for every message of `ts`."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


@pytest.mark.slow_subprocess
def test_every_marked_string_is_in_the_german_file_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", *SOURCES, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    marked = set(messages(fresh))
    german = messages(TS)
    assert sorted(marked - set(german)) == [], "run pyside6-lupdate (docs/translations.md)"
    assert sorted(set(german) - marked) == [], "obsolete messages: run lupdate -no-obsolete"
    unfinished = [key for key, t in german.items() if t.get("type") or not (t.text or "")]
    assert unfinished == []


@pytest.mark.slow_subprocess
def test_the_compiled_translation_is_made_from_the_current_file(tmp_path: Path) -> None:
    made = tmp_path / "unknot_de.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(made)], check=True, capture_output=True
    )
    assert made.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (docs/translations.md)"


def test_translations_keep_their_fields() -> None:
    for (context, source), translation in messages(TS).items():
        fields = sorted(part.split("}")[0] for part in source.split("{")[1:])
        got = sorted(part.split("}")[0] for part in (translation.text or "").split("{")[1:])
        assert got == fields, f"{context}: {source!r} -> {translation.text!r}"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[str]:
    """German installed for one test, then English again."""
    language = install_language(qapp, "de")
    yield language
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    i18n.install(None)
    QLocale.setDefault(QLocale("en"))


def shown_texts(top: QWidget) -> Iterator[str]:
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()


def test_a_german_window_shows_german(
    german: str, qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    assert german == "de"
    fill_demo(journal)
    window = MainWindow(paths, clock, journal, None, german)
    qtbot.addWidget(window)
    window.show()
    english = {
        source: t.text
        for (_, source), t in messages(TS).items()
        if t.text and t.text != source and len(source) > 3
    }
    assert window.nav.item(0).text() == "Heute"
    left = []
    for page in NAVIGATION:
        window.show_page(page)
        left += [f"{page}: {text!r}" for text in shown_texts(window) if text in english]
    assert left == []
