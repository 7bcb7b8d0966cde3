"""Every control a keyboard can reach has a name a screen reader can read, on every
page of the window and in the dialogs, with sample data so that every part is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.demo import fill_demo
from core.journal import Journal
from core.paths import Paths
from core.settings import SettingsStore
from ui.main_window import NAVIGATION, MainWindow
from ui.safety_dialog import SafetyDialog
from ui.welcome import WelcomeWizard


def unnamed_controls(top: QWidget) -> list[str]:
    """Focusable, visible widgets under `top` whose accessible name is empty."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin or combo box: the box has the name
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {_path(widget)}")
    return missing


def _path(widget: QWidget) -> str:
    names = []
    at: QWidget | None = widget.parentWidget()
    while at is not None:
        names.append(at.objectName() or type(at).__name__)
        at = at.parentWidget()
    return "/".join(reversed(names[:4]))


@pytest.fixture
def window(qtbot: QtBot, paths: Paths, clock: FakeClock, journal: Journal) -> MainWindow:
    fill_demo(journal)
    made = MainWindow(paths, clock, journal)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.mark.parametrize("page", NAVIGATION)
def test_every_focusable_control_on_each_page_has_an_accessible_name(
    window: MainWindow, page: str
) -> None:
    window.show_page(page)
    assert unnamed_controls(window) == []


def test_the_welcome_and_the_safety_text_name_every_control(
    qtbot: QtBot, window: MainWindow, paths: Paths, clock: FakeClock, journal: Journal
) -> None:
    wizard = WelcomeWizard(SettingsStore(paths.config, clock), journal, True, window)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(4):
        assert unnamed_controls(wizard) == []
        wizard.safety_page.accept_box.setChecked(True)
        wizard.next()
    safety = SafetyDialog(window)
    qtbot.addWidget(safety)
    safety.show()
    assert unnamed_controls(safety) == []


def test_the_walk_finds_an_unnamed_control() -> None:
    from PySide6.QtWidgets import QSlider, QVBoxLayout

    top = QWidget()
    QVBoxLayout(top).addWidget(QSlider())
    assert len(unnamed_controls(top)) == 1
    top.deleteLater()


@pytest.mark.parametrize("page", NAVIGATION)
def test_tab_goes_round_each_page_and_back_to_the_navigation(
    qtbot: QtBot, window: MainWindow, page: str
) -> None:
    """No control keeps the Tab key (a table moving from cell to cell would trap it)."""
    window.show_page(page)
    window.activateWindow()
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    stops = 0
    while True:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        stops += 1
        if QApplication.focusWidget() is window.nav:
            break
        assert stops < 120, f"Tab never came back to the navigation from {page}"
