"""The Session page: start today's knots or a routine, follow it, and see its summary.

Three faces in one stack: the start panel (with the last session, interrupted ones
included), the running session (ui/session_view.py), and the summary at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.bidi import isolate
from core.clock import Clock
from core.cues import Cue
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.records import SessionState
from core.routine_files import RoutineCatalogue
from core.routines import Routine, routine_name
from core.session import GuidedSession
from core.session_summary import SessionSummary, summarise
from core.settings import SettingsStore
from core.todays_knots import MAX_KNOTS, build, knot_finder
from ui.cues import CuePlayer
from ui.local_dates import local_date
from ui.pages import Page
from ui.session_driver import SessionDriver
from ui.session_view import SessionView

_ENDINGS = {
    SessionState.COMPLETED: QT_TRANSLATE_NOOP("session_page", "Session done: {routine}"),
    SessionState.ABORTED: QT_TRANSLATE_NOOP("session_page", "Session stopped: {routine}"),
    SessionState.INTERRUPTED: QT_TRANSLATE_NOOP("session_page", "Session interrupted: {routine}"),
    SessionState.OPEN: QT_TRANSLATE_NOOP("session_page", "Session running: {routine}"),
}
_LAST_STATES = {
    SessionState.INTERRUPTED: QT_TRANSLATE_NOOP(
        "session_page",
        "Last session: {routine}, {when}, was interrupted (Unknot closed or crashed); its"
        " finished steps are kept.",
    ),
    SessionState.ABORTED: QT_TRANSLATE_NOOP(
        "session_page",
        "Last session: {routine}, {when}, was stopped early; its finished steps are kept.",
    ),
    SessionState.COMPLETED: QT_TRANSLATE_NOOP(
        "session_page", "Last session: {routine}, {when}, was completed."
    ),
    SessionState.OPEN: QT_TRANSLATE_NOOP(
        "session_page", "Last session: {routine}, {when}, is open."
    ),
}


class SummaryPanel(QWidget):
    """A session's summary: time, steps, each knot before → after and what comes next."""

    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.knots = QFormLayout()
        self.knots.setVerticalSpacing(12)
        self.done_button = QPushButton(translate("session_page", "Back to sessions"))
        self.done_button.clicked.connect(self.closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(self.knots)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout.addLayout(row)

    def show_summary(self, summary: SessionSummary) -> None:
        """Fill in one session."""
        self.title.setText(
            translate("session_page", _ENDINGS[summary.state]).format(routine=summary.routine)
        )
        self.details.setText(
            translate(
                "session_page",
                "{time} of holds, stretches and rests; {steps}{holds}."
                " Everything is saved in your journal.",
            ).format(
                time=summary.describe_time(),
                steps=_steps_done(summary.steps),
                holds=_ball_holds(summary.holds),
            )
        )
        while self.knots.rowCount():
            self.knots.removeRow(0)
        for knot in summary.knots:
            value = QLabel(f"<b>{knot.change()}</b><br>{knot.advice}")
            value.setWordWrap(True)
            value.setAccessibleName(
                translate("session_page", "{label}: tenderness {change}. {advice}").format(
                    label=knot.label, change=knot.change(), advice=knot.advice
                )
            )
            self.knots.addRow(
                translate("session_page", "{label}:").format(label=isolate(knot.label)), value
            )


class SessionPage(Page):
    """Start, run and sum up guided sessions."""

    choose_routine = Signal()
    session_started = Signal()

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        settings: SettingsStore,
        catalogue: RoutineCatalogue,
    ) -> None:
        super().__init__(
            translate("session_page", "Session"),
            translate(
                "session_page",
                "Timed ball holds, stretches and foam-roller passes, with voice cues.",
            ),
            fill=True,
        )
        self._journal = journal
        self._clock = clock
        self._settings = settings
        self.catalogue = catalogue
        values = settings.settings
        self.player = CuePlayer(self, values.sound, values.voice, values.volume)
        self.driver = SessionDriver(clock, self.player, self)
        self.driver.changed.connect(self._redraw)
        self.driver.finished.connect(self._finished)
        self.view = SessionView()
        self.view.pause_pressed.connect(lambda: self._act(GuidedSession.continue_or_pause))
        self.view.skip_pressed.connect(lambda: self._act(GuidedSession.skip))
        self.view.add_pressed.connect(lambda: self._act(GuidedSession.add_time))
        self.view.release_pressed.connect(lambda: self._act(GuidedSession.released))
        self.view.stop_pressed.connect(self.confirm_stop)
        self.view.digit_typed.connect(lambda d: self._act(lambda s: s.type_digit(d)))
        self.view.rating_given.connect(lambda v: self._act(lambda s: s.rate(v)))
        self.summary = SummaryPanel()
        self.summary.closed.connect(self.show_start)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_start())
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.summary)
        self.content.addWidget(self.stack, 1)

    def _build_start(self) -> QWidget:
        panel = QWidget()
        today = QGroupBox(translate("session_page", "Today's knots"))
        self.today_text = QLabel()
        self.today_text.setWordWrap(True)
        self.knot_count = QSpinBox()
        self.knot_count.setRange(1, MAX_KNOTS)
        self.knot_count.setValue(self._settings.settings.todays_knots)
        self.knot_count.setAccessibleName(translate("session_page", "How many knots"))
        self.knot_count.setSuffix(translate("session_page", " knots"))
        self.knot_count.valueChanged.connect(self._count_changed)
        self.today_button = QPushButton(translate("session_page", "Start today's knots"))
        self.today_button.clicked.connect(self.start_todays_knots)
        row = QHBoxLayout()
        treat = QLabel(translate("session_page", "Treat up to"))
        treat.setBuddy(self.knot_count)
        row.addWidget(treat)
        row.addWidget(self.knot_count)
        row.addStretch(1)
        row.addWidget(self.today_button)
        box = QVBoxLayout(today)
        box.addWidget(self.today_text)
        box.addLayout(row)

        routines = QGroupBox(translate("session_page", "Routines"))
        self.routine_buttons = QVBoxLayout(routines)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.last_button = QPushButton(translate("session_page", "Show that session"))
        self.last_button.clicked.connect(self._show_last)
        self.sound_label = QLabel()
        self.sound_label.setWordWrap(True)
        last = QHBoxLayout()
        last.addWidget(self.last_label, 1)
        last.addWidget(self.last_button)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(today)
        column.addWidget(routines)
        column.addLayout(last)
        column.addWidget(self.sound_label)
        column.addStretch(1)
        return panel

    # ------------------------------------------------------------------ start panel

    def refresh(self) -> None:
        """Redraw the start panel (a running session redraws itself)."""
        if self.driver.running():
            return
        chosen = self._settings.settings
        routine = build(
            self._journal, self.knot_count.value(), chosen.hold_seconds, chosen.stretch_seconds
        )
        if routine is None:
            self.today_text.setText(
                translate(
                    "session_page",
                    "Mark your knots on the Body map, and Unknot builds a session of ball"
                    " holds and stretches for the most tender ones.",
                )
            )
            self.today_button.setEnabled(False)
        else:
            self.today_text.setText(
                translate("session_page", "{summary} About {minutes} min.").format(
                    summary=routine.summary, minutes=routine.minutes()
                )
            )
            self.today_button.setEnabled(True)
        self._fill_routine_buttons()
        self._show_last_line()
        # Sound and voice load with the first cue: until then there is nothing to say.
        tried = bool(self.driver.cue_log)
        self.sound_label.setVisible(tried)
        if tried:
            self.sound_label.setText(f"{self.player.sound_status()} {self.player.voice_status()}")

    def _fill_routine_buttons(self) -> None:
        while self.routine_buttons.count():
            item = self.routine_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for routine in self.catalogue.routines:
            name, minutes = routine.name, routine.minutes()
            button = QPushButton(
                translate("session_page", "{name}  ·  about {minutes} min").format(
                    name=name, minutes=minutes
                )
            )
            button.setStyleSheet("text-align: left; padding: 6px 10px;")
            button.setAccessibleName(
                translate("session_page", "Start {name}, about {minutes} minutes").format(
                    name=name, minutes=minutes
                )
            )
            button.clicked.connect(lambda _=False, r=routine: self.start(r))
            self.routine_buttons.addWidget(button)
        more = QPushButton(translate("session_page", "All routines and their steps…"))
        more.clicked.connect(self.choose_routine)
        self.routine_buttons.addWidget(more)

    def _show_last_line(self) -> None:
        last = self._journal.last_session()
        self.last_button.setVisible(last is not None)
        if last is None:
            self.last_label.setText(translate("session_page", "No session yet."))
            return
        when = last.started.astimezone(self._clock.now().tzinfo)
        self.last_label.setText(
            translate("session_page", _LAST_STATES[last.state]).format(
                routine=routine_name(last.routine),
                when=local_date(when.date(), translate("session_page", "ddd d MMM"))
                + f" {when:%H:%M}",
            )
        )

    def _show_last(self) -> None:
        last = self._journal.last_session()
        if last is not None:
            self._show_summary(last.started)

    def _count_changed(self, value: int) -> None:
        self._settings.change(todays_knots=value)
        self.refresh()

    def routine(self, key: str) -> Routine | None:
        """The catalogue's routine with file name `key`, if there is one."""
        return next((r for r in self.catalogue.routines if r.key == key), None)

    # ------------------------------------------------------------------ running

    def start_todays_knots(self) -> None:
        """Build today's session from the knots and start it."""
        chosen = self._settings.settings
        routine = build(
            self._journal, self.knot_count.value(), chosen.hold_seconds, chosen.stretch_seconds
        )
        if routine is not None:
            self.start(routine)

    def start(self, routine: Routine) -> bool:
        """Start `routine` (asking first if another session is running)."""
        if self.driver.running():
            answer = QMessageBox.question(
                self,
                translate("session_page", "Stop the running session?"),
                translate(
                    "session_page",
                    "A session is running. Stop it and start “{name}”? What you have"
                    " done so far is kept.",
                ).format(name=routine.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.driver.act(self._session().abort)
        journal = self._journal

        def label(knot_id: str) -> str:
            knot = journal.knot(knot_id)
            return knot.label if knot else translate("session_page", "knot")

        session = GuidedSession(
            routine, journal, self._clock, knot_finder(journal), knot_label=label
        )
        self.stack.setCurrentWidget(self.view)
        self.driver.start(session)
        self.view.focus_controls()
        self.session_started.emit()
        return True

    def _session(self) -> GuidedSession:
        assert self.driver.session is not None
        return self.driver.session

    def _act(self, control: Callable[[GuidedSession], list[Cue]]) -> None:
        """Run one control of the running session (nothing once it has ended)."""
        if self.driver.running():
            session = self._session()
            self.driver.act(lambda: control(session))

    def _redraw(self) -> None:
        if self.driver.session is not None and self.driver.running():
            self.view.show_screen(self.driver.session.screen())

    def confirm_stop(self) -> None:
        """Esc: stop the session, after asking."""
        if not self.driver.running():
            return
        answer = QMessageBox.question(
            self,
            translate("session_page", "Stop the session?"),
            translate(
                "session_page", "Stop here? The steps you have finished and your ratings are kept."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._act(GuidedSession.abort)

    def _finished(self) -> None:
        session = self.driver.session
        if session is not None and session.started is not None:
            self._show_summary(session.started)

    def _show_summary(self, started: datetime) -> None:
        summary = summarise(self._journal, started, self._clock.now().date())
        if summary is None:
            return
        self.summary.show_summary(summary)
        self.stack.setCurrentWidget(self.summary)
        self.summary.done_button.setFocus()

    def show_start(self) -> None:
        """Back to the start panel."""
        self.stack.setCurrentIndex(0)
        self.refresh()

    def shutdown(self) -> None:
        """The app is quitting: a running session is kept as interrupted."""
        if self.driver.running():
            self.driver.act(self._session().interrupt)
        self.driver.stop()

    def apply_settings(self) -> None:
        """Sound, voice and volume changed in Settings."""
        values = self._settings.settings
        self.player.configure(values.sound, values.voice, values.volume)


def _steps_done(steps: int) -> str:
    """'1 step done', '4 steps done'."""
    if steps == 1:
        return translate("session_page", "1 step done")
    return translate("session_page", "{count} steps done").format(count=steps)


def _ball_holds(holds: int) -> str:
    """'', ', 1 ball hold', ', 3 ball holds': the end of the summary's steps."""
    if holds == 0:
        return ""
    if holds == 1:
        return translate("session_page", ", 1 ball hold")
    return translate("session_page", ", {count} ball holds").format(count=holds)
