"""Tells the reminders when the user is away: screen locked, machine asleep, idle, or
busy with a full-screen window.

Locking and sleeping arrive as signals where the platform sends them: on Linux, logind's
PrepareForSleep and session Lock/Unlock on the system bus, and the screen saver's
ActiveChanged (freedesktop/KDE, GNOME) on the session bus. Idle time and the full-screen
check are answered only when asked, when a reminder is due, so nothing here polls or
wakes up while the user is present: X11's screen saver extension and EWMH hints
(ui/x11_presence.py), else GNOME's or KDE's idle time over D-Bus; GetLastInputInfo and
SHQueryUserNotificationState on Windows; CGEventSource on macOS. What a machine lacks
answers None or stays silent; nothing raises, and one log line names what works.

A D-Bus call blocks for at most CALL_TIMEOUT_MS and never starts a service. Call stop()
before the application goes away. Tests pass private bus addresses and a display name.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import sys
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusObjectPath
from PySide6.QtGui import QGuiApplication

from ui.x11_presence import X11Connection

log = logging.getLogger("unknot.presence")

PLATFORM: str = sys.platform  # a plain str: mypy then checks every platform's branch
CALL_TIMEOUT_MS = 500
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
LOGIND_SESSION = "org.freedesktop.login1.Session"
# (service, path, interface) of each screen saver that says ActiveChanged(bool).
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
# (words, service, path, interface, method), each answering in milliseconds: KDE's
# GetSessionIdleTime is KIdleTime's, whatever the freedesktop draft said.
IDLE_CALLS = (
    ("GNOME idle time", "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
     "org.gnome.Mutter.IdleMonitor", "GetIdletime"),
    ("KDE idle time", *SCREEN_SAVERS[0], "GetSessionIdleTime"),
)  # fmt: skip
# SHQueryUserNotificationState: busy (a full-screen app), Direct3D full screen, presenting.
WINDOWS_FULLSCREEN_STATES = {2, 3, 4}


def _windows_idle_seconds() -> float | None:
    windll = getattr(ctypes, "windll", None)  # there only on Windows
    if windll is None:
        return None

    class LastInputInfo(ctypes.Structure):
        _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint))

    info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
    if not windll.user32.GetLastInputInfo(ctypes.byref(info)):
        return None
    now = windll.kernel32.GetTickCount() & 0xFFFFFFFF  # both wrap after 49.7 days
    return float((now - info.dwTime) & 0xFFFFFFFF) / 1000.0


def _windows_fullscreen() -> bool | None:
    windll = getattr(ctypes, "windll", None)
    state = ctypes.c_int(0)
    if windll is None or windll.shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
        return None
    return state.value in WINDOWS_FULLSCREEN_STATES


def _macos_idle_reader() -> Callable[[], float] | None:
    """CGEventSourceSecondsSinceLastEventType: any input, HID system state."""
    path = ctypes.util.find_library("ApplicationServices") if PLATFORM == "darwin" else None
    try:
        function = ctypes.CDLL(path).CGEventSourceSecondsSinceLastEventType if path else None
    except (OSError, AttributeError):
        return None
    if function is None:
        return None
    function.argtypes, function.restype = [ctypes.c_int32, ctypes.c_uint32], ctypes.c_double
    return lambda: float(function(1, 0xFFFFFFFF))


def _call(
    bus: QDBusConnection, service: str, path: str, interface: str, method: str, *args: object
) -> list | None:
    """A blocking call of at most CALL_TIMEOUT_MS that starts no service; None on error."""
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setAutoStartService(False)
    message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return list(reply.arguments())


def _has_owner(bus: QDBusConnection, service: str) -> bool:
    daemon = ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")
    return _call(bus, *daemon, "NameHasOwner", service) == [True]


def _dbus_idle_seconds(bus: QDBusConnection, *call: str) -> float | None:
    reply = _call(bus, *call)
    if not reply or not isinstance(reply[0], int) or isinstance(reply[0], bool):
        return None
    return reply[0] / 1000.0


class _Relay(QObject):
    """The receiver of D-Bus signals, which QtDBus delivers only to a QObject's slots."""

    def __init__(
        self, parent: QObject, locked: Callable[[bool], None], sleeping: Callable[[bool], None]
    ) -> None:
        super().__init__(parent)
        self._locked = locked
        self._sleeping = sleeping

    @Slot(bool)
    def prepare_for_sleep(self, sleeping: bool) -> None:
        self._sleeping(sleeping)

    @Slot(bool)
    def screen_saver_active(self, active: bool) -> None:
        self._locked(active)

    @Slot()
    def session_lock(self) -> None:
        self._locked(True)

    @Slot()
    def session_unlock(self) -> None:
        self._locked(False)


class PresenceWatcher(QObject):
    """Screen lock and sleep as signals; idle time and the full-screen check on demand.

    start() connects to what the platform offers and never raises; sources() names what
    works, in plain words. The keyword arguments are for tests: bus addresses instead of
    the user's session and system buses, and an X display to ask though Qt is not on xcb.
    """

    locked_changed = Signal(bool)  # True when the screen locks, False when it unlocks
    sleeping_changed = Signal(bool)  # True just before suspend, False right after resume

    def __init__(
        self,
        parent: QObject,
        *,
        session_bus_address: str | None = None,
        system_bus_address: str | None = None,
        x11_display: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._addresses = {"session": session_bus_address, "system": system_bus_address}
        self._x11_display = x11_display
        self._relay = _Relay(self, self._set_locked, self._set_sleeping)
        self._private: list[str] = []  # names of the bus connections opened here
        self._subscriptions: list[tuple[QDBusConnection, str, str, str, str, str]] = []
        self._sources: list[str] = []
        self._x11: X11Connection | None = None
        self._idle_reader: Callable[[], float | None] | None = None
        self._fullscreen_reader: Callable[[], bool | None] | None = None
        self._locked = False
        self._sleeping = False

    def start(self) -> None:
        """Connect to whatever the platform offers; log once what that is. Never raises."""
        self.stop()
        try:
            self._start_native()
            if PLATFORM not in {"win32", "darwin"}:
                self._start_dbus()
        except Exception as error:  # a source that fails must never stop the app
            log.info("presence: a source failed to start (%s)", error)
        log.info("presence: %s", ", ".join(self._sources) or "nothing tells when the user is away")

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or pointer input; None when it cannot be told."""
        try:
            seconds = self._idle_reader() if self._idle_reader is not None else None
        except (OSError, ValueError):
            return None
        return None if seconds is None or seconds < 0 else seconds

    def fullscreen_in_front(self) -> bool | None:
        """Whether a full-screen window is in front; None when it cannot be told."""
        try:
            return self._fullscreen_reader() if self._fullscreen_reader is not None else None
        except OSError:
            return None

    def sources(self) -> list[str]:
        """Plain words naming what works here, for the log and the Settings page."""
        return list(self._sources)

    def stop(self) -> None:
        """Disconnect every source; safe to call twice, and before start()."""
        for bus, service, path, interface, name, slot in self._subscriptions:
            bus.disconnect(service, path, interface, name, self._relay, slot)  # type: ignore[call-overload]
        if self._subscriptions:
            # QtDBus keeps watching the relay's destroyed() from its own thread. Cut that
            # here: a connection closed later would otherwise call into Python from that
            # thread, and deadlock with a blocking D-Bus call made here at that moment.
            with contextlib.suppress(RuntimeError, TypeError):
                self._relay.destroyed.disconnect()
        self._subscriptions.clear()
        for name in self._private:
            QDBusConnection.disconnectFromBus(name)
        self._private.clear()
        if self._x11 is not None:
            self._x11.close()
            self._x11 = None
        self._idle_reader = self._fullscreen_reader = None
        self._sources.clear()

    def _start_native(self) -> None:
        if PLATFORM == "win32":
            self._idle_reader, self._fullscreen_reader = _windows_idle_seconds, _windows_fullscreen
            self._sources += ["Windows idle time", "Windows full-screen check"]
        elif PLATFORM == "darwin":
            self._idle_reader = _macos_idle_reader()
            if self._idle_reader is not None:
                self._sources.append("macOS idle time")
        elif self._x11_display is not None or self._on_x11_session():
            self._x11 = X11Connection.open(self._x11_display)
            if self._x11 is not None:
                self._fullscreen_reader = self._x11.fullscreen_in_front
                self._sources.append("X11 full-screen check")
                if self._x11.has_idle_time:
                    self._idle_reader = self._x11.idle_seconds
                    self._sources.append("X11 idle time")

    @staticmethod
    def _on_x11_session() -> bool:
        """Qt on xcb in an X11 session (under XWayland, X sees only X clients' input)."""
        wayland = os.environ.get("XDG_SESSION_TYPE") == "wayland" or "WAYLAND_DISPLAY" in os.environ
        return QGuiApplication.platformName() == "xcb" and not wayland

    def _start_dbus(self) -> None:
        system = self._bus("system")
        if system is not None:
            sleep = self._subscribe(system, *LOGIND, "PrepareForSleep", "prepare_for_sleep(bool)")
            if sleep and _has_owner(system, LOGIND[0]):
                self._sources.append("logind sleep signal")
            reply = _call(system, *LOGIND, "GetSession", "auto")  # ours, else our display's
            path = reply[0] if reply else None
            path = path.path() if isinstance(path, QDBusObjectPath) else path
            if (
                isinstance(path, str)
                and path.startswith("/")
                and all(
                    self._subscribe(system, LOGIND[0], path, LOGIND_SESSION, name, slot)
                    for name, slot in (("Lock", "session_lock()"), ("Unlock", "session_unlock()"))
                )
            ):
                self._sources.append("logind lock signal")
        session = self._bus("session")
        if session is None:
            return
        for service, path, interface in SCREEN_SAVERS:  # one that starts later is heard too
            words = f"screen saver lock signal ({service})"
            slot = "screen_saver_active(bool)"
            subscribed = self._subscribe(session, service, path, interface, "ActiveChanged", slot)
            if subscribed and words not in self._sources and _has_owner(session, service):
                self._sources.append(words)
        for words, *call in IDLE_CALLS if self._idle_reader is None else ():
            if _dbus_idle_seconds(session, *call) is not None:
                self._idle_reader = partial(_dbus_idle_seconds, session, *call)
                self._sources.append(words)
                break

    def _bus(self, kind: str) -> QDBusConnection | None:
        """The session or system bus (or a test's address); None when it cannot be reached."""
        address = self._addresses[kind]
        if address is None:
            bus = QDBusConnection.sessionBus() if kind == "session" else QDBusConnection.systemBus()
        else:
            self._private.append(f"unknot-presence-{kind}-{id(self):x}")
            bus = QDBusConnection.connectToBus(address, self._private[-1])
        return bus if bus.isConnected() else None

    def _subscribe(
        self, bus: QDBusConnection, service: str, path: str, interface: str, name: str, slot: str
    ) -> bool:
        """Deliver signal `name` to the relay: only from the owner of `service`, on `path`."""
        macro = SLOT(slot)  # PySide6 takes the SLOT() string, not bytes as its stub says
        if not bus.connect(service, path, interface, name, self._relay, macro):  # type: ignore[call-overload]
            return False
        self._subscriptions.append((bus, service, path, interface, name, macro))
        return True

    def _set_locked(self, locked: bool) -> None:
        """Several sources may say the same thing; only a change is passed on."""
        if locked != self._locked:
            self._locked = locked
            self.locked_changed.emit(locked)

    def _set_sleeping(self, sleeping: bool) -> None:
        if sleeping != self._sleeping:
            self._sleeping = sleeping
            self.sleeping_changed.emit(sleeping)
