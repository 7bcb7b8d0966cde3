"""A stand-in for the desktop's D-Bus services, run as a subprocess by tests/ui/test_presence.py.

    python presence_fake_desktop.py BUS_ADDRESS [--mutter-idle-ms N] [--kde-idle N]

It connects to a private bus and owns the names the presence watcher listens to:
org.freedesktop.login1 (GetSession answers SESSION_PATH), org.freedesktop.ScreenSaver,
org.gnome.ScreenSaver, and, when asked for, org.gnome.Mutter.IdleMonitor (GetIdletime)
or a KDE-style GetSessionIdleTime. Signals come from this process, so their sender owns
those names, as the real services' do: the test asks for one with a call to
org.unknot.FakeDesktop.Emit (path, interface, name, argument: "true", "false" or "" for
none). It prints "ready" once every name is owned, and runs until it is terminated.
A separate process, not a thread of the test: the watcher's blocking calls must have
someone else to answer them.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath

SESSION_PATH = "/org/freedesktop/login1/session/_7"
CONTROL_NAME = "org.unknot.FakeDesktop"
CONTROL_PATH = "/org/unknot/FakeDesktop"


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class Login1Manager(QObject):
    """GetSession("auto") names the one session there is."""

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, _session_id: str) -> QDBusObjectPath:
        return QDBusObjectPath(SESSION_PATH)


@ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
class MutterIdleMonitor(QObject):
    """GNOME's idle monitor: milliseconds since the last input."""

    def __init__(self, idle_ms: int) -> None:
        super().__init__()
        self.idle_ms = idle_ms

    @Slot(result="qulonglong")
    def GetIdletime(self) -> int:
        return self.idle_ms


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class KdeScreenSaver(QObject):
    """KDE's screen saver service: GetSessionIdleTime in milliseconds (KIdleTime's unit)."""

    def __init__(self, idle: int) -> None:
        super().__init__()
        self.idle = idle

    @Slot(result="uint")
    def GetSessionIdleTime(self) -> int:
        return self.idle


@ClassInfo({"D-Bus Interface": CONTROL_NAME})
class Control(QObject):
    """Emit(path, interface, name, argument) sends that signal from this process."""

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus

    @Slot(str, str, str, str, result=bool)
    def Emit(self, path: str, interface: str, name: str, argument: str) -> bool:
        signal = QDBusMessage.createSignal(path, interface, name)
        if argument:
            signal.setArguments([argument == "true"])
        return bool(self.bus.send(signal))


def main(argv: list[str]) -> int:
    """Own the names, register the objects, say "ready", serve."""
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("--mutter-idle-ms", type=int)
    parser.add_argument("--kde-idle", type=int)
    args = parser.parse_args(argv)
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(args.address, "fake-desktop")
    if not bus.isConnected():
        print(f"no bus: {bus.lastError().message()}", flush=True)
        return 1
    export = QDBusConnection.RegisterOption.ExportAllSlots
    objects: dict[str, QObject] = {
        "/org/freedesktop/login1": Login1Manager(),
        CONTROL_PATH: Control(bus),
    }
    names = [CONTROL_NAME, "org.freedesktop.login1", "org.gnome.ScreenSaver"]
    if args.mutter_idle_ms is not None:
        objects["/org/gnome/Mutter/IdleMonitor/Core"] = MutterIdleMonitor(args.mutter_idle_ms)
        names.append("org.gnome.Mutter.IdleMonitor")
    if args.kde_idle is not None:
        objects["/org/freedesktop/ScreenSaver"] = KdeScreenSaver(args.kde_idle)
    names.append("org.freedesktop.ScreenSaver")
    for path, obj in objects.items():
        if not bus.registerObject(path, obj, export):
            print(f"could not register {path}", flush=True)
            return 1
    for name in names:
        if not bus.registerService(name):
            print(f"could not own {name}", flush=True)
            return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
