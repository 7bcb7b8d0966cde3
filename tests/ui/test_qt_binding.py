"""The installed Qt binding keeps Python's None alive.

PySide6 6.12.0 drops a reference to None on every call of a C++ method that returns
nothing. From Python 3.12 None is immortal and nothing happens; on 3.11 its count runs
down with every paint call until Python aborts ("deallocating None"). pyproject.toml
keeps Python 3.11 on PySide6 below 6.12; this test catches any binding with the fault.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

CALLS = 1_000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qapp: object) -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        painter.setBrush(Qt.BrushStyle.NoBrush)
    after = sys.getrefcount(None)
    painter.end()
    assert after > before - CALLS // 2, f"None lost {before - after} references"
