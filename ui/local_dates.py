"""Dates as the user reads them: day and month names in the app's language (QLocale's
default, set with the language at start), in a Qt date format that each caller marks
for translation, since languages order and punctuate dates differently."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def local_date(day: date, qt_format: str) -> str:
    """`day` in the Qt date format `qt_format` ("ddd d MMM"), names in the app's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), qt_format)
