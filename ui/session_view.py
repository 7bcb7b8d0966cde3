"""The running session: the countdown, the step, the side, what comes next, the
controls, and the tenderness prompt with big 0–10 buttons.

Every key works wherever the focus is inside the view (Space pause/resume or go on,
Right arrow skip, + add 15 s, R released, Esc stop, 0–9 a rating), so a user leaning on
a ball can follow with eyes closed and one hand on the keyboard. The view draws
SessionScreen values and turns keys and clicks into session controls; it holds no rule.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.session_plan import Phase, SessionScreen
from ui.countdown_ring import CountdownRing

_PHASE_WORDS = {
    Phase.PREPARE: QT_TRANSLATE_NOOP("session_view", "Get ready"),
    Phase.HOLD: QT_TRANSLATE_NOOP("session_view", "Now"),
    Phase.RELEASE: QT_TRANSLATE_NOOP("session_view", "Ease off"),
    Phase.REST: QT_TRANSLATE_NOOP("session_view", "Rest"),
    Phase.TRANSITION: QT_TRANSLATE_NOOP("session_view", "Move on"),
    Phase.RATE_BEFORE: QT_TRANSLATE_NOOP("session_view", "Before the hold"),
    Phase.RATE_AFTER: QT_TRANSLATE_NOOP("session_view", "After the hold"),
    Phase.FINISHED: QT_TRANSLATE_NOOP("session_view", "Done"),
}

SIDE_STYLE = """
#side-banner { border: 3px solid palette(highlight); border-radius: 10px; }
#side-banner[side=""] { border-color: transparent; }
QPushButton#rating-button { font-size: 22pt; font-weight: 600; min-width: 2.2em;
                            min-height: 2.2em; }
QPushButton#rating-button:focus { border: 3px solid palette(highlight); }
"""


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    widget.setFont(font)


class SessionView(QWidget):
    """Shows one SessionScreen; its signals are the user's controls."""

    pause_pressed = Signal()  # Space or the button: go on, pause or resume
    skip_pressed = Signal()
    add_pressed = Signal()
    release_pressed = Signal()
    stop_pressed = Signal()
    rating_given = Signal(int)  # a button: the value itself
    digit_typed = Signal(int)  # a number key: 1 may become 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session-view")
        self.setStyleSheet(SIDE_STYLE)
        self._rating = False
        self.progress = QLabel()
        self.progress.setObjectName("session-progress")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        _scaled(self.heading, 1.9, bold=True)
        self.phase_label = QLabel()
        _scaled(self.phase_label, 1.3)
        self.side_banner = QLabel()
        self.side_banner.setObjectName("side-banner")
        self.side_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _scaled(self.side_banner, 3.2, bold=True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        _scaled(self.text, 1.35)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        _scaled(self.next_label, 1.1)
        self.status = QLabel()
        self.status.setObjectName("session-status")
        self.status.setWordWrap(True)
        self.ring = CountdownRing()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.ring)
        self.stack.addWidget(self._build_rating())
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        words = QVBoxLayout()
        words.setSpacing(14)
        words.addWidget(self.phase_label)
        words.addWidget(self.side_banner)
        words.addWidget(self.text)
        words.addWidget(self.next_label)
        words.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(28)
        middle.addWidget(self.stack, 3)
        middle.addLayout(words, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.progress)
        layout.addWidget(self.heading)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addLayout(self._build_controls())
        self._build_keys()

    def _build_controls(self) -> QHBoxLayout:
        self.pause_button = QPushButton(translate("session_view", "Pause  (Space)"))
        self.skip_button = QPushButton(translate("session_view", "Skip  (→)"))
        self.add_button = QPushButton(translate("session_view", "+15 s  (+)"))
        self.release_button = QPushButton(translate("session_view", "Released  (R)"))
        self.stop_button = QPushButton(translate("session_view", "Stop…  (Esc)"))
        row = QHBoxLayout()
        row.setSpacing(10)
        for button, signal, name in (
            (self.pause_button, self.pause_pressed, translate("session_view", "Pause or go on")),
            (self.skip_button, self.skip_pressed, translate("session_view", "Skip this step")),
            (self.add_button, self.add_pressed, translate("session_view", "Add 15 seconds")),
            (
                self.release_button,
                self.release_pressed,
                translate("session_view", "Released: the point has softened"),
            ),
            (self.stop_button, self.stop_pressed, translate("session_view", "Stop the session")),
        ):
            button.setAccessibleName(name)
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            button.clicked.connect(signal)
            row.addWidget(button)
        return row

    def _build_rating(self) -> QWidget:
        page = QWidget()
        self.rating_question = QLabel()
        self.rating_question.setWordWrap(True)
        _scaled(self.rating_question, 1.5, bold=True)
        self.rating_help = QLabel(
            translate(
                "session_view",
                "Press the ball on the point, then a number key: 0 no tenderness, 10 the worst."
                " For 10 press 1 then 0. Right arrow skips.",
            )
        )
        self.rating_help.setWordWrap(True)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.rating_buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setObjectName("rating-button")
            button.setCheckable(True)
            button.setAccessibleName(
                translate("session_view", "Tenderness {value}").format(value=value)
            )
            button.clicked.connect(lambda _=False, v=value: self.rating_given.emit(v))
            grid.addWidget(button, value // 6, value % 6)
            self.rating_buttons.append(button)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.rating_question)
        column.addLayout(grid)
        column.addWidget(self.rating_help)
        column.addStretch(1)
        return page

    def _build_keys(self) -> None:
        keys: list[tuple[Qt.Key, Callable[[], object]]] = [
            (Qt.Key.Key_Space, self.pause_pressed.emit),
            (Qt.Key.Key_Right, self.skip_pressed.emit),
            (Qt.Key.Key_Plus, self.add_pressed.emit),
            (Qt.Key.Key_Equal, self.add_pressed.emit),  # + without Shift on many layouts
            (Qt.Key.Key_R, self.release_pressed.emit),
            (Qt.Key.Key_Escape, self.stop_pressed.emit),
        ]
        for digit in range(10):
            keys.append((Qt.Key(Qt.Key.Key_0.value + digit), partial(self._digit, digit)))
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def _digit(self, digit: int) -> None:
        if self._rating:
            self.digit_typed.emit(digit)

    def show_screen(self, screen: SessionScreen) -> None:
        """Draw one moment of the session."""
        self._rating = screen.phase.rating
        progress = (
            translate("session_view", "Step {number} of {count} · repetition {rep} of {reps}")
            if screen.reps > 1
            else translate("session_view", "Step {number} of {count}")
        )
        self.progress.setText(
            progress.format(
                number=screen.step_number, count=screen.step_count, rep=screen.rep, reps=screen.reps
            )
        )
        self.heading.setText(screen.heading)
        self.phase_label.setText(translate("session_view", _PHASE_WORDS[screen.phase]))
        self._show_side(screen.side)
        self.text.setText(screen.text)
        self.next_label.setText(
            translate("session_view", "Next: {step}").format(step=screen.next_label)
            if screen.next_label
            else ""
        )
        if screen.phase.rating:
            self._show_rating(screen)
        else:
            self.stack.setCurrentIndex(0)
            self.ring.show_time(
                screen.seconds_left,
                screen.fraction_done,
                screen.paused,
                screen.phase,
                screen.seconds_total,
            )
        notes = [screen.pause_reason if screen.paused else "", screen.save_error]
        self.status.setText("\n".join(note for note in notes if note))
        self.status.setVisible(bool(self.status.text()))
        paused_or_waiting = screen.paused or screen.phase.goes_on_early
        self.pause_button.setText(
            translate("session_view", "Go on  (Space)")
            if paused_or_waiting
            else translate("session_view", "Pause  (Space)")
        )
        self.pause_button.setEnabled(not screen.phase.rating)
        self.add_button.setEnabled(screen.can_add)
        self.release_button.setEnabled(screen.can_release)

    def _show_side(self, side: str) -> None:
        if side == "LEFT":
            text = "◀  " + translate("session_view", "LEFT SIDE")
            name = translate("session_view", "Left side")
        elif side == "RIGHT":
            text = translate("session_view", "RIGHT SIDE") + "  ▶"
            name = translate("session_view", "Right side")
        else:
            text, name = "", translate("session_view", "No side")
        self.side_banner.setText(text)
        self.side_banner.setAccessibleName(name)
        self.side_banner.setProperty("side", side)
        self.side_banner.style().unpolish(self.side_banner)
        self.side_banner.style().polish(self.side_banner)
        self.side_banner.setVisible(bool(side))

    def _show_rating(self, screen: SessionScreen) -> None:
        source = (
            QT_TRANSLATE_NOOP(
                "session_view", "How tender is the knot in your {where} before the hold?"
            )
            if screen.phase is Phase.RATE_BEFORE
            else QT_TRANSLATE_NOOP(
                "session_view", "How tender is the knot in your {where} after the hold?"
            )
        )
        question = translate("session_view", source)
        # English puts the knot's name mid-sentence with a small first letter; a
        # translation gets the name as it is (German nouns keep their capital).
        label = screen.knot_label
        where = f"{label[:1].lower()}{label[1:]}" if question == source else label
        self.rating_question.setText(question.format(where=where))
        for value, button in enumerate(self.rating_buttons):
            button.setChecked(value == screen.pending_digit)
        self.stack.setCurrentIndex(1)

    def focus_controls(self) -> None:
        """Put the keyboard focus inside the view, so its keys work."""
        self.pause_button.setFocus()
