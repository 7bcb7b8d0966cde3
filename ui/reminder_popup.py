"""The corner pop-up: the waiting reminders' cards in a small window at the bottom
right of the screen. It appears without taking the keyboard from what the user is
doing, unless a reminder was ignored too often (escalation): then it comes in front."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME
from core.i18n import translate
from core.reminders import Due
from ui.reminder_card import ReminderList

MARGIN = 16
WIDTH_EM = 32

POPUP_STYLE = """
#reminder-popup { background: palette(window); border: 1px solid palette(dark); }
"""


class ReminderPopup(QWidget):
    """A frameless tool window holding the cards; hides when none is left."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("reminder-popup-window")
        self.setWindowTitle(translate("reminder_popup", "{app} reminder").format(app=APP_NAME))
        self.setAccessibleName(translate("reminder_popup", "{app} reminders").format(app=APP_NAME))
        frame = QFrame(self)
        frame.setObjectName("reminder-popup")
        frame.setStyleSheet(POPUP_STYLE)
        heading = QLabel(APP_NAME)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(
            translate("reminder_popup", "Hide (the reminders wait on the Today page)")
        )
        self.close_button.setAccessibleName(translate("reminder_popup", "Hide the reminders"))
        self.close_button.clicked.connect(self.hide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.close_button)
        self.cards = ReminderList(compact=True)
        self.card_scroll = QScrollArea()  # only scrolls when the cards outgrow the screen
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setWidget(self.cards)
        self.inner = QVBoxLayout(frame)
        self.inner.setContentsMargins(14, 8, 14, 14)
        self.inner.addLayout(top)
        self.inner.addWidget(self.card_scroll)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(frame)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * WIDTH_EM)
        self._shown: tuple[object, ...] = ()

    def present(
        self, waiting: list[Due], glass_ml: int, water_line: str, front: bool, unit: str = "ml"
    ) -> None:
        """Show the cards in the corner; `front` brings the window forward and gives it
        the keyboard (escalation)."""
        if not waiting:
            self.hide()
            return
        shown = (tuple(waiting), glass_ml, water_line, unit)
        if not front and self.isVisible() and shown == self._shown:
            return  # nothing new: no rebuilding, no repaint
        self._shown = shown
        self.cards.show_waiting(waiting, glass_ml, water_line, unit)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not front)
        self._fit()
        self._to_corner()
        self.show()
        if front:
            self.raise_()
            self.activateWindow()
            first = next(iter(self.cards.cards.values()), None)
            if first is not None:
                first.first_button().setFocus()

    def _fit(self) -> None:
        """As tall as the cards, but never taller than the screen (then they scroll)."""
        QApplication.sendPostedEvents()  # let the new cards lay themselves out first
        margins = self.inner.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        cards = self.cards.heightForWidth(
            width - self.card_scroll.verticalScrollBar().sizeHint().width()
        )
        chrome = self.close_button.sizeHint().height() + margins.top() + margins.bottom()
        chrome += self.inner.spacing()
        room = QGuiApplication.primaryScreen().availableGeometry().height() - 2 * MARGIN
        self.card_scroll.setFixedHeight(max(0, min(cards, room - chrome)))
        self.setFixedHeight(min(cards + chrome, room))

    def _to_corner(self) -> None:
        area = QGuiApplication.primaryScreen().availableGeometry()
        self.move(
            area.right() - self.width() - MARGIN + 1,
            area.bottom() - self.height() - MARGIN + 1,
        )
