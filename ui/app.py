"""Start the window: QApplication, the main window and the tray, wired together."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from core import APP_ID, APP_NAME, __version__
from core.autostart import autostart_for, portable_data_dir
from core.clock import Clock, SystemClock
from core.errors import UnknotError
from core.journal import Journal
from core.logs import LOG_NAME
from core.paths import Paths
from core.settings import SettingsStore
from ui.daily_backup import DailyBackup
from ui.error_hook import ErrorHook
from ui.general_settings import StartAtLogin
from ui.journal_dialogs import offer_restore_after_damage
from ui.main_window import MainWindow
from ui.presence import PresenceWatcher
from ui.reminder_presenter import ReminderPresenter
from ui.single_instance import InstanceServer, claim_or_explain
from ui.startup import QtMessages, display_problem, icon_path
from ui.theme import Theme
from ui.translation import install_language
from ui.tray import Tray
from ui.unix_signals import QuitOnSignals
from ui.welcome import WelcomeWizard

log = logging.getLogger("unknot.app")


class AppShell(QObject):
    """Owns the window and the tray; decides whether closing hides or quits."""

    def __init__(
        self,
        app: QApplication,
        paths: Paths,
        clock: Clock,
        journal: Journal,
        tray_available: bool,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.journal = journal
        # Language and look come before any window is built (the window reads them).
        self.settings = SettingsStore(paths.config, clock)
        self.language = install_language(app, self.settings.settings.language)
        self.theme = Theme.of(app, self.settings.settings.theme)
        self.window = MainWindow(
            paths, clock, journal, login_adapter(paths), self.language, self.settings
        )
        self.window.settings_page.theme_changed.connect(self.theme.apply)
        self.window.welcome_action.triggered.connect(lambda: self.welcome(first_run=False))
        self.welcome_wizard: WelcomeWizard | None = None
        self.window.quit_requested.connect(self.quit)
        self.tray: Tray | None = None
        self._told_about_tray = False
        if tray_available:
            self.tray = Tray(app.windowIcon(), self)
            self.tray.open_requested.connect(self.open_window)
            self.tray.quit_requested.connect(self.quit)
            self.window.keep_running_in_tray = True
            self.window.hidden_to_tray.connect(self._tell_about_tray)
        # With a tray the app lives on when its window closes; without one it must quit.
        app.setQuitOnLastWindowClosed(not tray_available)
        self.daily_backup = DailyBackup(journal, paths, clock, self)
        self.reminders = ReminderPresenter(self.window, self.tray, self)
        self.presence = PresenceWatcher(self)

    def start(self, minimized: bool) -> None:
        """Show the window, or start in the tray (minimised where there is no tray)."""
        self.daily_backup.start_soon()
        if self.tray is not None:
            self.tray.show()
        self._watch_presence()
        if self.settings.settings.safety_accepted:
            self.window.reminders.start()  # on first run: once the welcome has set the day
        if minimized and self.tray is not None:
            log.info("started in the tray")
        elif minimized:
            self.window.showMinimized()
            log.info("main window shown minimized")
        else:
            self.window.show()
            log.info("main window shown")
        if not self.settings.settings.safety_accepted:
            self.open_window()  # also when started in the tray: the welcome needs a window
            self.welcome(first_run=True)

    def welcome(self, first_run: bool) -> None:
        """Open the welcome over the window; on first run, closing it quits."""
        if self.welcome_wizard is not None and self.welcome_wizard.isVisible():
            self.welcome_wizard.raise_()
            return
        wizard = WelcomeWizard(self.settings, self.journal, first_run, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.sample_added.connect(self.window.journal_changed)
        wizard.accepted.connect(self._welcome_done)
        if first_run:
            wizard.rejected.connect(self._welcome_declined)
        self.welcome_wizard = wizard
        wizard.open()
        log.info("welcome shown (first run: %s)", first_run)

    def _welcome_done(self) -> None:
        """The welcome may have changed the day, the water goal and the voice: the
        reminders plan with them (and start, on first run), the pages redraw."""
        self.window.reminders.settings_changed()
        self.window.session_page.apply_settings()
        self.window.settings_page.refresh()
        self.window.journal_changed()

    def _welcome_declined(self) -> None:
        log.info("safety text not accepted; quitting")
        self.quit()

    def _watch_presence(self) -> None:
        """Lock, sleep, idle and full screen feed the reminders, where the platform says."""
        self.presence.start()
        driver = self.window.reminders
        self.presence.locked_changed.connect(driver.locked)
        self.presence.sleeping_changed.connect(driver.sleeping)
        driver.idle_seconds = self.presence.idle_seconds
        driver.fullscreen = self.presence.fullscreen_in_front
        driver.sleep_announced = "logind sleep signal" in self.presence.sources()

    def open_window(self) -> None:
        """Bring the window to the front."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def quit(self) -> None:
        """Leave the app (making today's backup first if the app ran too briefly)."""
        log.info("quit")
        self.window.save_edits()  # notes typed a moment ago (the window may be hidden)
        self.daily_backup.timer.stop()
        self.daily_backup.back_up_if_due()
        if self.tray is not None:
            self.tray.dispose()
        self.reminders.dispose()
        self.presence.stop()
        self.window.keep_running_in_tray = False
        self.window.close()
        # Writes that failed are tried once more; what still fails goes to the recovery
        # file when run_gui closes the journal.
        self.journal.pending.flush()
        self.app.quit()

    def _tell_about_tray(self) -> None:
        if self.tray is not None and not self._told_about_tray:
            self._told_about_tray = True
            self.tray.notify(APP_NAME, "Unknot is still running here. Quit from this menu.")


def login_adapter(paths: Paths) -> StartAtLogin | None:
    """Start at login for this platform and this installation, or None where it cannot
    be set up (Settings then says so)."""
    try:
        return autostart_for(data_dir=portable_data_dir(paths))
    except (UnknotError, OSError) as error:
        log.warning("start at login is not available: %s", error)
        return None


def configure_application(app: QApplication) -> None:
    """Names Qt and the desktop use to know the app."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = QIcon(str(icon_path()))
    for size in sorted(icon_path().parent.glob("hicolor/*x*/apps/*.png")):
        icon.addFile(str(size))  # drawn for small sizes: crisper in the tray than the SVG
    app.setWindowIcon(icon)


def run_gui(paths: Paths, minimized: bool = False) -> int:
    """Run the window until the user quits; return the exit status. A second launch
    with the same data folder brings the running window to the front and returns 0."""
    problem = display_problem(os.environ)
    if problem is not None:
        raise UnknotError(problem)
    messages = QtMessages()
    messages.install()
    app = QApplication(sys.argv[:1])
    configure_application(app)
    ErrorHook(paths.logs / LOG_NAME).install()  # a slot's error: logged, told, not fatal
    lock = claim_or_explain(paths.data, show=not minimized)
    if lock is None:  # the Unknot already running with this data folder answered
        return 0
    with lock:
        instance = InstanceServer(paths.data, app)
        instance.listen()
        clock = SystemClock()
        journal = open_journal_or_explain(paths, clock)
        try:
            shell = AppShell(app, paths, clock, journal, QSystemTrayIcon.isSystemTrayAvailable())
            instance.on_show(shell.open_window)
            signals = QuitOnSignals(shell.quit, shell)
            shell.start(minimized)
            code = app.exec()
            signals.close()
            instance.close()
        finally:
            journal.close()
    log.info("event loop ended with %s", code)
    return code


def open_journal_or_explain(paths: Paths, clock: Clock) -> Journal:
    """Open the journal; a damaged one is reported with the newest backup offered, a
    refused one is explained in a dialog as well as on stderr."""
    try:
        journal = Journal.open(paths.data, clock)
    except UnknotError as error:
        QMessageBox.critical(None, "Unknot cannot open your journal", str(error))
        raise
    offer_restore_after_damage(None, journal, paths.backups, clock)
    return journal
