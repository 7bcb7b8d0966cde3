"""The Today page: knots, water against the goal, posture check-ins, sessions, the
reminders waiting and coming, "Start today's session", and the daily check-in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from core.clock import Clock
from core.journal import Journal
from core.records import ReminderKind
from core.reminder_desk import ReminderDay
from core.reminder_texts import TEXTS, Answer, answer_label
from core.today import summarise_today
from ui.check_in_box import CheckInBox
from ui.pages import Page, StatCard
from ui.reminder_card import ReminderList
from ui.reminder_driver import ReminderDriver


def thousands(number: int) -> str:
    """1 250, with a thin space between thousands."""
    return f"{number:,}".replace(",", "\u202f")


def millilitres(ml: int) -> str:
    """1 250 ml."""
    return f"{thousands(ml)} ml"


def water_line(day: ReminderDay) -> str:
    """So far today: 750 of 2 000 ml."""
    return f"So far today: {thousands(day.water_ml)} of {millilitres(day.water_goal_ml)}."


class TodayPage(Page):
    """Today at a glance, with one-click water and posture answers."""

    start_session = Signal()
    treatment_requested = Signal()
    answered = Signal(object, object)  # ReminderKind, Answer: from a card or a quick button
    snoozed = Signal(object, int)
    skipped = Signal(object)

    def __init__(self, journal: Journal, clock: Clock, reminders: ReminderDriver) -> None:
        super().__init__("Today", "Your knots, water, posture and sessions at a glance.", fill=True)
        self._journal = journal
        self._clock = clock
        self._reminders = reminders
        self.date_label = QLabel()
        font = QFont(self.date_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.date_label.setFont(font)
        self.sample_banner = QFrame()
        self.sample_banner.setObjectName("sample-banner")
        self.sample_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.sample_banner)
        banner_text = QLabel("This journal holds sample data, so you can look around.")
        banner_text.setWordWrap(True)
        self.remove_sample_button = QPushButton("Remove sample data")
        self.remove_sample_button.clicked.connect(self._remove_sample_data)
        banner.addWidget(banner_text, 1)
        banner.addWidget(self.remove_sample_button)

        self.knots_card = StatCard("Active knots")
        self.session_button = QPushButton("Start today's session")
        self.session_button.clicked.connect(self.start_session)
        self.knots_card.column.addWidget(self.session_button)
        self.water_card = StatCard("Water today")
        self.water_bar = QProgressBar()
        self.water_bar.setTextVisible(False)
        self.water_bar.setAccessibleName("Water against today's goal")
        self.drink_button = QPushButton()
        self.drink_button.clicked.connect(
            lambda: self.answered.emit(ReminderKind.WATER, Answer.DRINK)
        )
        self.water_card.column.addWidget(self.water_bar)
        self.water_card.column.addWidget(self.drink_button)
        self.posture_card = StatCard("Posture check-ins")
        posture_buttons = QHBoxLayout()
        for answer in (Answer.POSTURE_OK, Answer.POSTURE_FIXED):
            button = QPushButton(answer_label(answer, 0))
            button.clicked.connect(
                lambda _=False, a=answer: self.answered.emit(ReminderKind.POSTURE, a)
            )
            posture_buttons.addWidget(button)
        self.posture_card.column.addLayout(posture_buttons)
        self.sessions_card = StatCard("Sessions this week")
        self.treatment_button = QPushButton("Log a massage or treatment…")
        self.treatment_button.clicked.connect(self.treatment_requested)
        self.sessions_card.column.addWidget(self.treatment_button)
        self.next_card = StatCard("Next reminders")
        self.next_card.value.hide()
        self.next_label = self.next_card.detail
        self.next_label.setAccessibleName("Next reminders")
        cards = QGridLayout()
        cards.setSpacing(12)
        for column, card in enumerate((self.knots_card, self.water_card, self.posture_card)):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)
        cards.addWidget(self.sessions_card, 1, 0)
        cards.addWidget(self.next_card, 1, 1, 1, 2)
        # The daily check-in writes where the reminder answers do, so a failed write is
        # kept, retried and reported by the same line (writes_problem).
        self.check_in = CheckInBox(journal, clock, reminders.desk.writes)
        self.check_in.saved.connect(self.refresh)

        self.waiting_heading = QLabel("Waiting for an answer")
        self.waiting = ReminderList()
        self.waiting.answered.connect(self.answered)
        self.waiting.snoozed.connect(self.snoozed)
        self.waiting.skipped.connect(self.skipped)
        self.writes_problem = QLabel()
        self.writes_problem.setWordWrap(True)
        self.writes_problem.setObjectName("writes-problem")
        bold = QFont(self.waiting_heading.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.waiting_heading.setFont(bold)
        lists = QVBoxLayout()
        lists.setSpacing(6)
        lists.addWidget(self.writes_problem)
        lists.addWidget(self.waiting_heading)
        lists.addWidget(self.waiting)
        body = self.scrolled_column()
        body.addWidget(self.date_label)
        body.addWidget(self.sample_banner)
        body.addLayout(cards)
        body.addLayout(lists)  # reminders waiting come before the day's check-in
        body.addWidget(self.check_in)
        body.addStretch(1)
        self._reminders.changed.connect(self.refresh)  # a reminder, an answer, midnight

    def refresh(self) -> None:
        """Redraw from the journal, the reminders and the clock."""
        summary = summarise_today(self._journal, self._clock.now())
        local = summary.day.tzinfo
        self.date_label.setText(f"{summary.day:%A} {summary.day.day} {summary.day:%B %Y}")
        self.sample_banner.setVisible(summary.has_sample_data)
        if summary.active_knots == 0:
            self.knots_card.show_figure("0", "Mark a knot on the Body map to start following it.")
        else:
            detail = ""
            if summary.most_tender is not None:
                label, tenderness = summary.most_tender
                detail = f"Most tender: {label}, {tenderness}/10"
            self.knots_card.show_figure(str(summary.active_knots), detail)
        self.session_button.setVisible(summary.active_knots > 0)
        last = summary.last_session
        detail = ""
        if last is not None:
            started = last.started.astimezone(local)
            detail = f"Last: {started:%a} {started.day} {started:%b, %H:%M} ({last.state.value})"
        self.sessions_card.show_figure(str(summary.sessions_this_week), detail)
        self.check_in.refresh()
        self._show_reminders()

    def _show_reminders(self) -> None:
        desk = self._reminders.desk
        day = desk.day()
        goal = day.water_goal_ml
        self.water_card.show_figure(
            millilitres(day.water_ml), f"Goal {millilitres(goal)}" if goal else ""
        )
        self.water_bar.setRange(0, goal)
        self.water_bar.setValue(min(day.water_ml, goal))
        self.drink_button.setText(answer_label(Answer.DRINK, day.glass_ml))
        self.drink_button.setAccessibleName(f"Log a glass of water, {day.glass_ml} ml")
        checks = day.posture_ok + day.posture_fixed
        self.posture_card.show_figure(
            str(checks), f"{day.posture_ok} fine, {day.posture_fixed} fixed" if checks else ""
        )
        self.waiting.show_waiting(day.waiting, day.glass_ml, water_line(day))
        self.waiting_heading.setVisible(bool(day.waiting))
        lines = []
        if day.paused_until is not None:
            lines.append(f"Reminders are paused until {day.paused_until:%H:%M}.")
        now = self._clock.now()
        for kind, at in day.upcoming:
            when = f"{at:%H:%M}" if at.date() == now.date() else f"{at:%a %H:%M}"
            lines.append(f"{when}  {TEXTS[kind].name}")
        self.next_card.show_figure("", "\n".join(lines) or "No reminders are planned.")
        self.next_card.setAccessibleName("Next reminders: " + "; ".join(lines))
        self.writes_problem.setText(desk.writes.error)
        self.writes_problem.setVisible(bool(desk.writes.error))

    def _remove_sample_data(self) -> None:
        answer = QMessageBox.question(
            self,
            "Remove sample data?",
            "Remove every sample knot, rating and session? What you entered yourself stays.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._journal.remove_sample_data()
            self.refresh()
