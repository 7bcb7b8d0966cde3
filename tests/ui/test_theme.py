"""Light and dark: every text colour readable on its background, the system followed,
and a focus ring that comes with the keyboard and goes with the mouse."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.theme import CONTRAST_PAIRS, DARK, LIGHT, Theme, contrast, palette_for

Role = QPalette.ColorRole


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Theme]:
    """The app's theme for one test; the app's palette is put back after."""
    palette = qapp.palette()
    made = Theme.of(qapp, "light")
    yield made
    qapp.setPalette(palette)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("text", "background"), CONTRAST_PAIRS)
def test_text_colours_reach_wcag_aa_on_their_backgrounds(
    scheme: str, text: Role, background: Role
) -> None:
    palette = palette_for(scheme)
    ratio = contrast(palette.color(text), palette.color(background))
    assert ratio >= 4.5, f"{scheme}: {text.name} on {background.name} is {ratio:.2f}:1"


def test_the_contrast_measure_is_wcags() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_both_palettes_set_every_role_they_name_and_are_light_and_dark() -> None:
    assert set(LIGHT) == set(DARK)
    light, dark = palette_for("light"), palette_for("dark")
    assert light.color(Role.Window).lightness() > 200
    assert dark.color(Role.Window).lightness() < 60


def test_the_choice_switches_the_palette_and_system_follows_the_desktop(
    qapp: QApplication, theme: Theme, monkeypatch: pytest.MonkeyPatch
) -> None:
    theme.apply("dark")
    assert qapp.palette().color(Role.Window) == QColor(DARK[Role.Window])
    theme.apply("light")
    assert qapp.palette().color(Role.Window) == QColor(LIGHT[Role.Window])
    monkeypatch.setattr("ui.theme.system_scheme", lambda: "dark")
    theme.apply("system")
    assert theme.scheme == "dark"
    monkeypatch.setattr("ui.theme.system_scheme", lambda: "light")
    theme._system_changed(Qt.ColorScheme.Light)
    assert qapp.palette().color(Role.Window) == QColor(LIGHT[Role.Window])
    theme.apply("dark")
    theme._system_changed(Qt.ColorScheme.Light)  # a chosen theme stays
    assert theme.scheme == "dark"


def test_the_focus_ring_follows_the_keyboard_not_the_mouse(qtbot: QtBot, theme: Theme) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    first, second = QLineEdit(), QPushButton("Second")
    column.addWidget(first)
    column.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: theme.focus_ring.current() is first)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: theme.focus_ring.current() is second)
    ring = theme.focus_ring.frame
    assert ring is not None
    picture = ring.grab().toImage()
    middle_of_top = picture.pixelColor(picture.width() // 2, 1)
    assert middle_of_top == QColor(LIGHT[Role.Highlight])  # drawn in the highlight colour
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: theme.focus_ring.current() is None)
