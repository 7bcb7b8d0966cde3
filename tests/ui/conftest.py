"""UI tests run on Qt's offscreen platform: no display needed, nothing pops up."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture
def restore_quit_on_last_window(qapp: object) -> Iterator[None]:
    """AppShell changes this app-wide flag; put it back for the next test."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    before = qapp.quitOnLastWindowClosed()
    yield
    qapp.setQuitOnLastWindowClosed(before)
