"""A notice on Today when the journal holds a time that cannot be right (a hold step
dated 9999-12-31, say): what is odd, in plain words, with a button to settle each.

The rows come from core.odd_times; the notice only lists them and passes the user's
choice back to core. Hidden while there is nothing odd.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from core.clock import Clock
from core.i18n import translate
from core.journal import Journal
from core.odd_times import OddTime, OddTimesWatch

# Beyond this many, the notice says how many more there are (each settled one makes room).
SHOWN_MAX = 5


class OddTimesNotice(QFrame):
    """Lists the journal's odd times, each with Remove (or Fix) that asks first."""

    changed = Signal()  # a row was removed or fixed: the pages redraw

    def __init__(self, journal: Journal, clock: Clock) -> None:
        super().__init__()
        self.setObjectName("odd-times-notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._watch = OddTimesWatch(journal)
        self._clock = clock
        self._looked = False  # the first look waits until the window is up (see refresh)
        self.odd: list[OddTime] = []
        self.heading = QLabel(
            translate(
                "odd_times_notice",
                "Your journal holds times that cannot be right. Unknot shows them at the"
                " nearest date it can; remove or fix them here.",
            )
        )
        self.heading.setWordWrap(True)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.more = QLabel()
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(self.rows)
        column.addWidget(self.more)
        self.setVisible(False)
        QTimer.singleShot(0, self._first_look)

    def _first_look(self) -> None:
        self._looked = True
        self.refresh()

    def refresh(self) -> None:
        """Redraw the list from the journal's odd times (looked for again only after an
        opening, a restore or a settled row; the first look comes once start-up is done)."""
        if not self._looked:
            return
        found = list(self._watch.current(self._clock.now()))
        if found == self.odd:
            return  # as drawn: keep the buttons (and the keyboard focus) where they are
        self.odd = found
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for index, odd in enumerate(self.odd[:SHOWN_MAX]):
            line = QLabel(odd.describe())
            line.setWordWrap(True)
            action = (
                translate("odd_times_notice", "Remove")
                if odd.removes
                else translate("odd_times_notice", "Fix")
            )
            button = QPushButton(action)
            button.setAccessibleName(f"{action}: {odd.describe()}")
            button.clicked.connect(lambda _=False, o=odd: self._settle(o))
            self.rows.addWidget(line, index, 0)
            self.rows.addWidget(button, index, 1)
        hidden = len(self.odd) - SHOWN_MAX
        self.more.setText(
            translate("odd_times_notice", "and {count} more").format(count=hidden)
            if hidden > 0
            else ""
        )
        self.more.setVisible(hidden > 0)
        self.setVisible(bool(self.odd))

    def buttons(self) -> list[QPushButton]:
        """The Remove/Fix buttons shown, in order."""
        items = (self.rows.itemAt(i) for i in range(self.rows.count()))
        widgets = (None if item is None else item.widget() for item in items)
        return [widget for widget in widgets if isinstance(widget, QPushButton)]

    def _settle(self, odd: OddTime) -> None:
        if odd.removes:
            title = translate("odd_times_notice", "Remove this row?")
            text = translate("odd_times_notice", "Remove {row} from your journal?")
        else:
            title = translate("odd_times_notice", "Fix this time?")
            text = translate(
                "odd_times_notice",
                "Give {row} a time that can be right (now, or its first rating)?",
            )
        answer = QMessageBox.question(self, title, text.format(row=odd.describe()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._watch.settle(odd, self._clock.now())
        self.refresh()
        self.changed.emit()
