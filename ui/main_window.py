"""The main window: a navigation list on the left, the chosen page on the right."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME, __version__
from core.clock import Clock
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.journal import Journal
from core.paths import Paths
from core.pending_writes import PendingWrite
from core.records import KnotStatus, ReminderKind, Treatment
from core.reminder_desk import ReminderDesk
from core.reminder_texts import Answer
from core.routine_files import load_routines, user_routines_dir
from core.routines import Routine
from core.settings import SettingsStore
from ui.body_map_page import BodyMapPage
from ui.general_settings import StartAtLogin
from ui.pages import Page
from ui.progress_page import ProgressPage
from ui.reminder_driver import ReminderDriver
from ui.report_dialog import make_report
from ui.routines_page import RoutinesPage
from ui.safety_dialog import SafetyDialog
from ui.session_page import SessionPage
from ui.settings_page import SettingsPage
from ui.theme import OWN_FOCUS
from ui.today_page import TodayPage
from ui.treatment_dialog import TreatmentDialog

BREAK_ROUTINE = "micro-break"  # what "Start the 2-minute break" runs
# The pages' keys (English, for code) in the order of the navigation; shown translated.
NAVIGATION = (
    QT_TRANSLATE_NOOP("main_window", "Today"),
    QT_TRANSLATE_NOOP("main_window", "Body map"),
    QT_TRANSLATE_NOOP("main_window", "Session"),
    QT_TRANSLATE_NOOP("main_window", "Progress"),
    QT_TRANSLATE_NOOP("main_window", "Routines"),
    QT_TRANSLATE_NOOP("main_window", "Settings"),
)

# Palette roles only, so the sidebar follows light and dark themes.
SIDEBAR_STYLE = """
#sidebar { background: palette(base); border: none; border-right: 1px solid palette(mid); }
QListWidget#navigation { border: 2px solid transparent; border-radius: 8px;
                         background: transparent; outline: 0; margin: 0 4px; }
QListWidget#navigation:focus { border-color: palette(highlight); }
#safety-link { text-align: left; padding: 8px 20px; border: none; font-weight: bold; }
#safety-link:hover { text-decoration: underline; }
#safety-link:focus { border: 2px solid palette(highlight); border-radius: 6px; }
#navigation::item { padding: 8px 12px; border-radius: 6px; margin: 1px 4px; }
#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
#navigation::item:hover:!selected { background: palette(alternate-base); }
"""


class MainWindow(QMainWindow):
    """Unknot's window. Whether closing hides it or quits is the shell's call."""

    hidden_to_tray = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        journal: Journal,
        login: StartAtLogin | None = None,
        language: str = "en",
        settings: SettingsStore | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main-window")
        self.keep_running_in_tray = False
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(translate("main_window", "Pages"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setProperty(OWN_FOCUS, True)  # its style sheet draws the focus
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        self.settings = settings or SettingsStore(paths.config, clock)
        folder = user_routines_dir(paths.config)
        catalogue = load_routines(folder)
        self.session_page = SessionPage(journal, clock, self.settings, catalogue)
        self.routines_page = RoutinesPage(catalogue, folder)
        self.settings_page = SettingsPage(paths, journal, clock, self.settings, login, language)
        self.reminders = ReminderDriver(
            ReminderDesk(journal, clock, self.settings.settings), self.settings, clock, self
        )
        self.reminders.in_session = self.session_page.driver.running
        self.today_page = TodayPage(journal, clock, self.reminders)
        self.progress_page = ProgressPage(journal, clock, self.settings)
        self._journal = journal
        self._clock = clock
        for key, page in zip(
            NAVIGATION,
            (
                self.today_page,
                BodyMapPage(journal, clock),
                self.session_page,
                self.progress_page,
                self.routines_page,
                self.settings_page,
            ),
            strict=True,
        ):
            self._add_page(key, page)
        self.routines_page.start_requested.connect(self.start_routine)
        self.session_page.choose_routine.connect(lambda: self.show_page("Routines"))
        self.settings_page.show_cues(self.session_page.player)
        self.settings_page.cues_changed.connect(self.session_page.apply_settings)
        self.settings_page.reminders_changed.connect(self.reminders.settings_changed)
        self.settings_page.units_changed.connect(self.reminders.settings_changed)
        self.settings_page.journal_changed.connect(self.journal_changed)
        self.today_page.start_session.connect(self.start_todays_session)
        self.today_page.treatment_requested.connect(self.log_treatment)
        self.today_page.journal_changed.connect(self.journal_changed)
        self.progress_page.treatment_requested.connect(self.log_treatment)
        self.progress_page.safety_requested.connect(self.show_safety)
        self.progress_page.report_requested.connect(
            lambda: make_report(self, journal, clock, self.settings.settings.water_goal_ml)
        )
        self.session_page.session_started.connect(  # any session answers today's reminder
            lambda: self.reminders.answer(
                lambda: self.reminders.desk.done(ReminderKind.DAILY_SESSION)
            )
        )
        self.today_page.answered.connect(self.answer_reminder)
        self.today_page.snoozed.connect(self.snooze_reminder)
        self.today_page.skipped.connect(self.skip_reminder)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_sidebar())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.resize(1120, 760)

    def start_routine(self, routine: Routine) -> None:
        """Start a routine on the Session page and show it."""
        self.show_page("Session")
        self.session_page.start(routine)

    def start_todays_session(self) -> None:
        """Start today's session (today's knots) on the Session page."""
        self.show_page("Session")
        self.session_page.start_todays_knots()

    def start_todays_session_from_tray(self) -> None:
        """The tray's "Start a session": the window in front, today's session started."""
        self.open_page("Session")
        self.start_todays_session()

    def start_break(self) -> None:
        """Start the two-minute micro-break routine."""
        routine = self.session_page.routine(BREAK_ROUTINE)
        if routine is not None:
            self.start_routine(routine)

    # ------------------------------------------------------------------ reminders

    def answer_reminder(self, kind: ReminderKind, answer: Answer) -> None:
        """A card's or a quick button's answer: record it, then start what it asks."""
        follow_up: list[Answer | None] = []
        self.reminders.answer(lambda: follow_up.append(self.reminders.desk.respond(kind, answer)))
        if follow_up[0] is Answer.START_BREAK:
            self.open_page("Session")
            self.start_break()
        elif follow_up[0] is Answer.START_SESSION:
            self.start_todays_session_from_tray()

    def snooze_reminder(self, kind: ReminderKind, minutes: int) -> None:
        """Snooze one reminder for 5, 10 or 15 minutes."""
        self.reminders.answer(lambda: self.reminders.desk.snooze(kind, minutes))

    def skip_reminder(self, kind: ReminderKind) -> None:
        """Skip one reminder."""
        self.reminders.answer(lambda: self.reminders.desk.skip(kind))

    def drink_from_tray(self) -> None:
        """The tray's "Log a glass of water"."""
        self.answer_reminder(ReminderKind.WATER, Answer.DRINK)

    def pause_reminders(self, minutes: int) -> None:
        """Pause for `minutes`, or until tomorrow when `minutes` is negative."""
        desk = self.reminders.desk
        if minutes < 0:
            self.reminders.answer(desk.pause_until_tomorrow)
        else:
            self.reminders.answer(lambda: desk.pause_for(timedelta(minutes=minutes)))

    def resume_reminders(self) -> None:
        """Reminders again, from now."""
        self.reminders.answer(self.reminders.desk.resume)

    def log_treatment(self) -> None:
        """ "I had a massage today": the form, then the journal; the plans move on."""
        dialog = TreatmentDialog(
            self._journal.knots([KnotStatus.ACTIVE]),
            self._clock.now().date(),
            self._save_treatment,
            self,
        )
        dialog.exec()

    def _save_treatment(self, treatment: Treatment) -> str:
        """Through the journal's queue of writes: on a full disk it waits there (kept at
        quit); '' when it is saved, else why not yet."""
        self._journal.pending.save(PendingWrite.treatment(treatment))
        self.journal_changed()  # a treatment can change what the plans want today
        return self._journal.pending.error

    def journal_changed(self) -> None:
        """The journal changed outside the pages (a treatment, an import, a restore):
        the reminders look again and the page on show redraws."""
        self.reminders.check()
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.refresh()

    def open_page(self, title: str) -> None:
        """Bring the window forward on the page named `title`."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_page(title)

    def _build_sidebar(self) -> QWidget:
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setStyleSheet(SIDEBAR_STYLE)
        brand = QLabel(APP_NAME)
        brand.setObjectName("brand")
        font = brand.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        brand.setFont(font)
        brand.setContentsMargins(20, 18, 12, 12)
        safety = QPushButton("⚠  " + translate("main_window", "Safety information"))
        safety.setObjectName("safety-link")
        safety.setToolTip(translate("main_window", "When to stop, where not to press (F1)"))
        safety.setCursor(Qt.CursorShape.PointingHandCursor)
        safety.setAccessibleName(translate("main_window", "Safety information"))
        safety.setProperty(OWN_FOCUS, True)
        safety.clicked.connect(self.show_safety)
        column = QVBoxLayout(sidebar)
        column.setContentsMargins(0, 0, 0, 8)
        column.setSpacing(4)
        column.addWidget(brand)
        column.addWidget(self.nav, 1)
        column.addWidget(safety)
        sidebar.setFixedWidth(
            max(self.fontMetrics().horizontalAdvance("M") * 14, safety.sizeHint().width() + 16)
        )
        return sidebar

    def _add_page(self, key: str, page: Page) -> None:
        page.setObjectName(f"page-{key.lower().replace(' ', '-')}")
        self.nav.addItem(QListWidgetItem(translate("main_window", key)))
        self.stack.addWidget(page)
        self.pages[key] = page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("main_window", "&File"))
        quit_action = QAction(translate("main_window", "&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.quit_requested)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

        go_menu = self.menuBar().addMenu(translate("main_window", "&Go"))
        for index, title in enumerate(NAVIGATION):
            action = QAction(translate("main_window", title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, t=title: self.show_page(t))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(translate("main_window", "&Help"))
        safety = QAction(translate("main_window", "&Safety information"), self)
        safety.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        safety.triggered.connect(self.show_safety)
        help_menu.addAction(safety)
        self.welcome_action = QAction(translate("main_window", "&Welcome and first steps…"), self)
        help_menu.addAction(self.welcome_action)
        about = QAction(translate("main_window", "&About {app}").format(app=APP_NAME), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def save_edits(self) -> None:
        """Save what every page's editors hold back for a pause in typing."""
        for page in self.pages.values():
            page.save_edits()

    def _show_row(self, row: int) -> None:
        shown = self.stack.currentWidget()
        if isinstance(shown, Page):
            shown.save_edits()  # notes typed a moment ago, before the page goes
        page = self.stack.widget(row)
        if isinstance(page, Page):
            page.refresh()  # pages draw from the journal each time they are shown
        self.stack.setCurrentIndex(row)

    def show_page(self, title: str) -> None:
        """Switch to the page named `title`."""
        self.nav.setCurrentRow(NAVIGATION.index(title))

    def current_page(self) -> str:
        """The title of the page on show."""
        return NAVIGATION[self.stack.currentIndex()]

    def show_safety(self) -> None:
        """Open the safety text."""
        SafetyDialog(self).exec()

    def show_about(self) -> None:
        """A short About box."""
        QMessageBox.about(
            self,
            translate("main_window", "About {app}").format(app=APP_NAME),
            f"<b>{APP_NAME} {__version__}</b><p>"
            + translate("main_window", "Find, treat and follow your muscle knots.")
            + "</p><p>"
            + translate("main_window", "Not medical advice. See Help → Safety information.")
            + "</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Hide to the tray when the shell says so; otherwise close (and quit). Either
        way, what was typed a moment ago is saved first."""
        self.save_edits()
        if self.keep_running_in_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        self.session_page.shutdown()
        self.reminders.stop()
        self.reminders.desk.close()
        event.accept()
