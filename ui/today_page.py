"""The Today page: knots, water against the goal, posture check-ins, sessions, the
reminders waiting and coming, "Start today's session", and the daily check-in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from core.bidi import isolate
from core.clock import Clock
from core.i18n import translate
from core.journal import Journal
from core.records import ReminderKind
from core.reminder_desk import ReminderDay
from core.reminder_texts import TEXTS, Answer, answer_label
from core.today import summarise_today
from core.units import number_text, volume_text
from ui.check_in_box import CheckInBox
from ui.local_dates import local_date
from ui.odd_times_notice import OddTimesNotice
from ui.pages import Page, StatCard
from ui.reminder_card import ReminderList
from ui.reminder_driver import ReminderDriver


def water_line(day: ReminderDay) -> str:
    """So far today: 750 of 2 000 ml (or fl oz, as chosen)."""
    return translate("today_page", "So far today: {drunk} of {goal}.").format(
        drunk=number_text(day.water_ml, day.water_unit),
        goal=volume_text(day.water_goal_ml, day.water_unit),
    )


class TodayPage(Page):
    """Today at a glance, with one-click water and posture answers."""

    start_session = Signal()
    treatment_requested = Signal()
    answered = Signal(object, object)  # ReminderKind, Answer: from a card or a quick button
    snoozed = Signal(object, int)
    skipped = Signal(object)
    journal_changed = Signal()  # an odd time was settled: every view redraws

    def __init__(self, journal: Journal, clock: Clock, reminders: ReminderDriver) -> None:
        super().__init__(
            translate("today_page", "Today"),
            translate("today_page", "Your knots, water, posture and sessions at a glance."),
            fill=True,
        )
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
        banner_text = QLabel(
            translate("today_page", "This journal holds sample data, so you can look around.")
        )
        banner_text.setWordWrap(True)
        self.remove_sample_button = QPushButton(translate("today_page", "Remove sample data"))
        self.remove_sample_button.clicked.connect(self._remove_sample_data)
        banner.addWidget(banner_text, 1)
        banner.addWidget(self.remove_sample_button)
        self.opening_notice = self._build_opening_notice(journal.report.notices())

        self.odd_notice = OddTimesNotice(journal, clock)
        self.odd_notice.changed.connect(self.journal_changed)

        self.knots_card = StatCard(translate("today_page", "Active knots"))
        self.session_button = QPushButton(translate("today_page", "Start today's session"))
        self.session_button.clicked.connect(self.start_session)
        self.knots_card.column.addWidget(self.session_button)
        self.water_card = StatCard(translate("today_page", "Water today"))
        self.water_bar = QProgressBar()
        self.water_bar.setTextVisible(False)
        self.water_bar.setAccessibleName(translate("today_page", "Water against today's goal"))
        self.drink_button = QPushButton()
        self.drink_button.clicked.connect(
            lambda: self.answered.emit(ReminderKind.WATER, Answer.DRINK)
        )
        self.water_card.column.addWidget(self.water_bar)
        self.water_card.column.addWidget(self.drink_button)
        self.posture_card = StatCard(translate("today_page", "Posture check-ins"))
        posture_buttons = QHBoxLayout()
        for answer in (Answer.POSTURE_OK, Answer.POSTURE_FIXED):
            button = QPushButton(answer_label(answer, 0))
            button.clicked.connect(
                lambda _=False, a=answer: self.answered.emit(ReminderKind.POSTURE, a)
            )
            posture_buttons.addWidget(button)
        self.posture_card.column.addLayout(posture_buttons)
        self.sessions_card = StatCard(translate("today_page", "Sessions this week"))
        self.treatment_button = QPushButton(translate("today_page", "Log a massage or treatment…"))
        self.treatment_button.clicked.connect(self.treatment_requested)
        self.sessions_card.column.addWidget(self.treatment_button)
        self.next_card = StatCard(translate("today_page", "Next reminders"))
        self.next_card.value.hide()
        self.next_label = self.next_card.detail
        self.next_label.setAccessibleName(translate("today_page", "Next reminders"))
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

        self.waiting_heading = QLabel(translate("today_page", "Waiting for an answer"))
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
        body.addWidget(self.opening_notice)
        body.addWidget(self.sample_banner)
        body.addWidget(self.odd_notice)
        body.addLayout(cards)
        body.addLayout(lists)  # reminders waiting come before the day's check-in
        body.addWidget(self.check_in)
        body.addStretch(1)
        self._reminders.changed.connect(self.refresh)  # a reminder, an answer, midnight

    def refresh(self) -> None:
        """Redraw from the journal, the reminders and the clock."""
        summary = summarise_today(self._journal, self._clock.now())
        local = summary.day.tzinfo
        # A Qt date format: German puts a comma and a dot in ("dddd, d. MMMM yyyy").
        self.date_label.setText(
            local_date(summary.day, translate("today_page", "dddd d MMMM yyyy"))
        )
        self.sample_banner.setVisible(summary.has_sample_data)
        self.odd_notice.refresh()
        if summary.active_knots == 0:
            self.knots_card.show_figure(
                "0", translate("today_page", "Mark a knot on the Body map to start following it.")
            )
        else:
            detail = ""
            if summary.most_tender is not None:
                label, tenderness = summary.most_tender
                detail = translate("today_page", "Most tender: {knot}, {tenderness}/10").format(
                    knot=isolate(label), tenderness=tenderness
                )
            self.knots_card.show_figure(str(summary.active_knots), detail)
        self.session_button.setVisible(summary.active_knots > 0)
        last = summary.last_session
        detail = ""
        if last is not None:
            started = last.started.astimezone(local)
            detail = translate("today_page", "Last: {day}, {time} ({state})").format(
                day=local_date(started.date(), translate("today_page", "ddd d MMM")),
                time=f"{started:%H:%M}",
                state=last.state.label,
            )
        self.sessions_card.show_figure(str(summary.sessions_this_week), detail)
        self.check_in.refresh()
        self._show_reminders()

    def _show_reminders(self) -> None:
        desk = self._reminders.desk
        day = desk.day()
        goal = day.water_goal_ml
        unit = day.water_unit
        self.water_card.show_figure(
            volume_text(day.water_ml, unit),
            translate("today_page", "Goal {amount}").format(amount=volume_text(goal, unit))
            if goal
            else "",
        )
        self.water_bar.setRange(0, goal)
        self.water_bar.setValue(min(day.water_ml, goal))
        self.drink_button.setText(answer_label(Answer.DRINK, day.glass_ml, unit))
        self.drink_button.setAccessibleName(
            translate("today_page", "Log a glass of water, {amount}").format(
                amount=volume_text(day.glass_ml, unit)
            )
        )
        checks = day.posture_ok + day.posture_fixed
        self.posture_card.show_figure(
            str(checks),
            translate("today_page", "{fine} fine, {fixed} fixed").format(
                fine=day.posture_ok, fixed=day.posture_fixed
            )
            if checks
            else "",
        )
        self.waiting.show_waiting(day.waiting, day.glass_ml, water_line(day), unit)
        self.waiting_heading.setVisible(bool(day.waiting))
        lines = []
        if day.paused_until is not None:
            lines.append(
                translate("today_page", "Reminders are paused until {time}.").format(
                    time=f"{day.paused_until:%H:%M}"
                )
            )
        now = self._clock.now()
        for kind, at in day.upcoming:
            when = f"{at:%H:%M}"
            if at.date() != now.date():
                # Another day: its short weekday name first, in the app's language.
                when = translate("today_page", "{weekday} {time}").format(
                    weekday=local_date(at.date(), "ddd"), time=when
                )
            lines.append(
                translate("today_page", "{when}  {reminder}").format(
                    when=when, reminder=TEXTS[kind].name
                )
            )
        self.next_card.show_figure(
            "", "\n".join(lines) or translate("today_page", "No reminders are planned.")
        )
        self.next_card.setAccessibleName(
            translate("today_page", "Next reminders: {list}").format(list="; ".join(lines))
        )
        self.writes_problem.setText(desk.writes.error)
        self.writes_problem.setVisible(bool(desk.writes.error))

    def _build_opening_notice(self, notices: list[str]) -> QFrame:
        """What the journal found when it opened (a -wal copied aside, changes kept from
        the last time), said once: shown until the user dismisses it."""
        frame = QFrame()
        frame.setObjectName("opening-notice")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        self.opening_text = QLabel("\n\n".join(notices))
        self.opening_text.setWordWrap(True)
        self.opening_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.opening_text.setAccessibleName(self.opening_text.text())
        dismiss = QPushButton(translate("today_page", "OK"))
        dismiss.setAccessibleName(translate("today_page", "Dismiss this notice"))
        dismiss.clicked.connect(frame.hide)
        row.addWidget(self.opening_text, 1)
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        frame.setVisible(bool(notices))
        return frame

    def _remove_sample_data(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("today_page", "Remove sample data?"),
            translate(
                "today_page",
                "Remove every sample knot, rating and session? What you entered yourself stays.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._journal.remove_sample_data()
            self.refresh()
