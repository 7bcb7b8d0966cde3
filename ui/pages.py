"""The pages behind the main window's navigation, and the frame they share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class Page(QWidget):
    """A page: a large title, a one-line purpose, then its content (which takes the
    rest of the height when `fill` is set)."""

    def __init__(
        self, title: str, purpose: str, parent: QWidget | None = None, fill: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"page-{title.lower().replace(' ', '-')}")
        self.setAccessibleName(title)
        self.title_label = QLabel(title)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(title)
        self.purpose_label = QLabel(purpose)
        self.purpose_label.setWordWrap(True)
        self.content = QVBoxLayout()
        self.content.setSpacing(12)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(6)
        outer.addWidget(self.title_label)
        outer.addWidget(self.purpose_label)
        outer.addSpacing(18)
        outer.addLayout(self.content, 1 if fill else 0)
        if not fill:  # a page of a few rows keeps them at the top
            outer.addStretch(1)

    def scrolled_column(self) -> QVBoxLayout:
        """A column in a frameless scroll area filling the page (made with `fill`), for
        pages taller than a small window; its rows stay at the top."""
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its rows, and scrolls to them
        scroll.setWidget(inner)
        self.content.addWidget(scroll)
        return column

    def refresh(self) -> None:
        """Redraw from core state; pages that show the journal override this."""


class StatCard(QFrame):
    """A figure with its caption, readable at a glance and by a screen reader."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("stat-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.value = QLabel("—")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.column = QVBoxLayout(self)  # pages may add their buttons at the bottom
        self.column.setContentsMargins(16, 12, 16, 12)
        self.column.addWidget(self.caption)
        self.column.addWidget(self.value)
        self.column.addWidget(self.detail)
        self.column.addStretch(1)

    def show_figure(self, value: str, detail: str = "") -> None:
        """Set the figure and its detail line."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption.text()}: {value}. {detail}".strip())
