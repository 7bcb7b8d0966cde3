"""The session's countdown: a ring that empties as the phase runs, and the seconds left
in figures large enough to read from two metres away.

It repaints only when what it shows changes: the displayed second, the ring's step (one
per second, so no animation runs at all), paused or not. Nothing here keeps time.

A screen reader hears the seconds left as the ring's name ("42 seconds left") and the
phase with the phase's length as its description ("Hold: 42 seconds left of 60").
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.session_plan import Phase

# The ring's colour by phase; text and ring sit on the window colour in both themes.
_WORK = QColor("#2a7ab0")
_EASE = QColor("#3a9a5b")
_WAIT = QColor("#8a6fb3")

# What runs, for the description; the phases that wait for a rating show no ring.
_PHASE_NAMES = {
    Phase.PREPARE: QT_TRANSLATE_NOOP("countdown_ring", "Get ready"),
    Phase.HOLD: QT_TRANSLATE_NOOP("countdown_ring", "Hold"),
    Phase.RELEASE: QT_TRANSLATE_NOOP("countdown_ring", "Ease off"),
    Phase.REST: QT_TRANSLATE_NOOP("countdown_ring", "Rest"),
    Phase.TRANSITION: QT_TRANSLATE_NOOP("countdown_ring", "Move on"),
}


def ring_colour(phase: Phase) -> QColor:
    """Working phases blue, easing off green, getting ready and resting violet."""
    if phase is Phase.HOLD:
        return _WORK
    if phase is Phase.RELEASE:
        return _EASE
    return _WAIT


class CountdownRing(QWidget):
    """Seconds left inside a ring; `show_time()` repaints only on a visible change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 180)
        self._seconds = 0
        self._fraction = 0.0
        self._paused = False
        self._phase = Phase.PREPARE
        self._total: int | None = None
        self.paints = 0  # for tests and the benchmark: how often it was drawn
        self._describe()

    def sizeHint(self) -> QSize:
        """Square, large."""
        return QSize(320, 320)

    def show_time(
        self, seconds: int, fraction: float, paused: bool, phase: Phase, total: int | None = None
    ) -> None:
        """Show `seconds` left with `fraction` of the phase done (of `total` seconds)."""
        state = (seconds, round(fraction, 3), paused, phase, total)
        if state == (
            self._seconds,
            round(self._fraction, 3),
            self._paused,
            self._phase,
            self._total,
        ):
            return
        self._seconds, self._fraction, self._paused, self._phase, self._total = (
            seconds,
            fraction,
            paused,
            phase,
            total,
        )
        self._describe()
        self.update()

    def _describe(self) -> None:
        """The name says the seconds left; the description adds the phase and its length."""
        seconds, one = self._seconds, self._seconds == 1
        if self._paused:
            name = (
                translate("countdown_ring", "1 second left, paused")
                if one
                else translate("countdown_ring", "{seconds} seconds left, paused")
            )
        else:
            name = (
                translate("countdown_ring", "1 second left")
                if one
                else translate("countdown_ring", "{seconds} seconds left")
            )
        self.setAccessibleName(name.format(seconds=seconds))
        key = _PHASE_NAMES.get(self._phase)
        phase = translate("countdown_ring", key) if key else ""
        if self._total is None or not phase:
            self.setAccessibleDescription(phase)
            return
        if self._paused:
            description = (
                translate("countdown_ring", "{phase}, paused: 1 second left of {total}")
                if one
                else translate(
                    "countdown_ring", "{phase}, paused: {seconds} seconds left of {total}"
                )
            )
        else:
            description = (
                translate("countdown_ring", "{phase}: 1 second left of {total}")
                if one
                else translate("countdown_ring", "{phase}: {seconds} seconds left of {total}")
            )
        self.setAccessibleDescription(
            description.format(phase=phase, seconds=seconds, total=self._total)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """The track, the remaining arc and the figures."""
        self.paints += 1
        side = min(self.width(), self.height())
        pen_width = max(8.0, side * 0.06)
        box = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlphaF(0.45)
        painter.setPen(QPen(track, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(box)
        colour = QColor(ring_colour(self._phase))
        if self._paused:
            colour = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        left = max(0.0, 1.0 - self._fraction)
        if left > 0:
            painter.setPen(QPen(colour, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(box, 90 * 16, -round(left * 360 * 16))  # clockwise from 12
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPixelSize(max(24, round(side * 0.34)))
        font.setWeight(QFont.Weight.DemiBold)
        font.setFeature(QFont.Tag("tnum"), 1)  # figures of equal width: no jitter
        painter.setFont(font)
        figures = str(self._seconds)
        text_box = box.adjusted(0, -side * 0.06, 0, -side * 0.06)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, figures)
        small = QFont(self.font())
        small.setPixelSize(max(12, round(side * 0.075)))
        painter.setFont(small)
        caption = (
            translate("countdown_ring", "paused")
            if self._paused
            else translate("countdown_ring", "seconds")
        )
        caption_box = QRectF(box.left(), box.center().y() + side * 0.16, box.width(), side * 0.1)
        painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, caption)
        painter.end()
