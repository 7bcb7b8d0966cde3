"""Help → Safety: the safety text, always one click (or F1) away."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.i18n import translate
from core.safety import SAFETY_SECTIONS, safety_intro


def safety_html() -> str:
    """The safety text as simple HTML for a QTextBrowser."""
    parts = [f"<p>{escape(safety_intro())}</p>"]
    for section in SAFETY_SECTIONS:
        parts.append(f"<h3>{escape(section.heading)}</h3><ul>")
        parts.extend(f"<li>{escape(point)}</li>" for point in section.points)
        parts.append("</ul>")
    return "".join(parts)


class SafetyDialog(QDialog):
    """A plain, readable dialog with the safety text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("safety_dialog", "Safety — Unknot"))
        self.setAccessibleName(translate("safety_dialog", "Safety information"))
        self.resize(560, 560)
        text = QTextBrowser(self)
        text.setAccessibleName(translate("safety_dialog", "Safety text"))
        text.setOpenExternalLinks(False)
        text.setHtml(safety_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
