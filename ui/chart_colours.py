"""The colours of the Progress charts and the report's charts, chosen to read on light
and dark backgrounds and to stay apart for the common kinds of colour blindness."""

from __future__ import annotations

from PySide6.QtGui import QColor

POINT = QColor("#2a788e")  # a day's tenderness: the tenderness scale's middle
TREND = QColor("#b3261e")  # the weekly mean
SESSIONS = QColor("#7a9cc6")
HOLD = QColor("#e08a2c")
BEFORE = QColor("#8c6bb1")
AFTER = QColor("#41ab5d")  # also the report's days of focused care
