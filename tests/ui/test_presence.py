"""PresenceWatcher against real servers: a private Xvfb for idle time and the full-screen
check (with openbox and Qt on xcb, end to end), a private D-Bus daemon with a fake desktop
(tests/ui/presence_fake_desktop.py) for the logind and screen saver signals and the D-Bus
idle time. Each part is skipped, with the reason, on a machine without Xvfb, openbox or
dbus-daemon."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from tests.ui.presence_fake_desktop import CONTROL_NAME, CONTROL_PATH, SESSION_PATH
from tests.ui.presence_helpers import (
    XScribe,
    start_bus,
    start_fake_desktop,
    start_xvfb,
    stop,
)
from ui.presence import LOGIND, LOGIND_SESSION, SCREEN_SAVERS, PresenceWatcher
from ui.x11_presence import X11Connection, xlib, xss

NO_BUS = "unix:path=/nonexistent/unknot-test-bus"
XCB_APP = Path(__file__).with_name("presence_xcb_app.py")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sources")
SIGNAL_WAIT_MS = 5000
QUIET_WAIT_MS = 300  # how long a signal that must not come is waited for

Watch = Callable[..., PresenceWatcher]


@pytest.fixture
def watch(qtbot: QtBot) -> Iterator[Watch]:
    """Make and start watchers under one parent; every one is stopped afterwards."""
    parent = QObject()
    made: list[PresenceWatcher] = []

    def make(**options: str | None) -> PresenceWatcher:
        watcher = PresenceWatcher(parent, **options)
        watcher.start()
        made.append(watcher)
        return watcher

    yield make
    for watcher in made:
        watcher.stop()
    parent.deleteLater()


# Offscreen, with the machine's own buses or none


def test_start_on_offscreen_never_raises(
    watch: Watch, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The machine's own buses, if it has them; without one, no X11 display for libdbus to
    # start one on ("autolaunch"), which would outlive the test.
    monkeypatch.delenv("DISPLAY", raising=False)
    with caplog.at_level(logging.INFO, logger="unknot.presence"):
        watcher = watch()
    idle = watcher.idle_seconds()
    assert idle is None or (isinstance(idle, float) and idle >= 0)
    assert watcher.fullscreen_in_front() in (None, True, False)
    assert all(isinstance(words, str) and words for words in watcher.sources())
    assert not any(words.startswith("X11") for words in watcher.sources())  # not on xcb
    lines = [record for record in caplog.records if record.name == "unknot.presence"]
    assert len(lines) == 1
    assert lines[0].levelno == logging.INFO
    assert lines[0].exc_info is None
    watcher.stop()
    watcher.stop()
    assert watcher.sources() == []
    assert watcher.idle_seconds() is None


@linux_only
def test_no_bus_and_no_display_means_nothing(
    watch: Watch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="unknot.presence"):
        watcher = watch(session_bus_address=NO_BUS, system_bus_address=NO_BUS)
    assert watcher.sources() == []
    assert watcher.idle_seconds() is None
    assert watcher.fullscreen_in_front() is None
    assert [record.getMessage() for record in caplog.records] == [
        "presence: nothing tells when the user is away"
    ]


# X11, on a private Xvfb


@pytest.fixture
def display() -> Iterator[str]:
    if xlib() is None:
        pytest.skip("libX11 is not installed (Debian: libx11-6)")
    process, name = start_xvfb()
    yield name
    stop(process)


@pytest.fixture
def x11(display: str) -> Iterator[X11Connection]:
    connection = X11Connection.open(display)
    assert connection is not None
    yield connection
    connection.close()


@pytest.fixture
def scribe(display: str) -> Iterator[XScribe]:
    writer = XScribe(display)
    yield writer
    writer.close()


def test_x11_idle_time_grows_and_input_resets_it(
    x11: X11Connection, display: str, qtbot: QtBot
) -> None:
    if xss() is None:
        pytest.skip("libXss is not installed (Debian: libxss1)")
    assert x11.has_idle_time
    first = x11.idle_seconds()
    assert first is not None
    qtbot.wait(400)
    later = x11.idle_seconds()
    assert later is not None
    assert later >= first + 0.35
    xdotool = shutil.which("xdotool")
    if xdotool is None:
        return  # input cannot be made here; growing is what could be checked
    subprocess.run(
        [xdotool, "mousemove", "20", "30"], env={**os.environ, "DISPLAY": display}, check=True
    )
    after_input = x11.idle_seconds()
    assert after_input is not None
    assert after_input < 0.3 < later


def test_x11_fullscreen_follows_the_window_manager_hints(
    x11: X11Connection, scribe: XScribe
) -> None:
    assert x11.fullscreen_in_front() is False  # no window manager: no active window
    window = scribe.create_window()
    scribe.set_longs(scribe.root, "_NET_ACTIVE_WINDOW", scribe.XA_WINDOW, [0])
    assert x11.fullscreen_in_front() is False
    scribe.set_longs(scribe.root, "_NET_ACTIVE_WINDOW", scribe.XA_WINDOW, [window])
    assert x11.fullscreen_in_front() is False  # active, but no _NET_WM_STATE
    fullscreen = scribe.atom("_NET_WM_STATE_FULLSCREEN")
    above = scribe.atom("_NET_WM_STATE_ABOVE")
    scribe.set_longs(window, "_NET_WM_STATE", scribe.XA_ATOM, [above, fullscreen])
    assert x11.fullscreen_in_front() is True
    scribe.set_longs(window, "_NET_WM_STATE", scribe.XA_ATOM, [above])
    assert x11.fullscreen_in_front() is False
    scribe.set_longs(window, "_NET_WM_STATE", scribe.XA_ATOM, [fullscreen])
    assert x11.fullscreen_in_front() is True
    other = scribe.create_window()
    scribe.set_longs(scribe.root, "_NET_ACTIVE_WINDOW", scribe.XA_WINDOW, [other])
    assert x11.fullscreen_in_front() is False  # the full-screen one is behind now
    # A window that closed while still named active is an X error (BadWindow), which
    # Xlib's default handler answers by ending the process.
    scribe.destroy_window(other)
    assert x11.fullscreen_in_front() is False
    assert x11.idle_seconds() is None or x11.idle_seconds() >= 0  # the connection lives on


def test_x11_connection_closes_and_a_missing_display_is_none(display: str) -> None:
    connection = X11Connection.open(display)
    assert connection is not None
    connection.close()
    connection.close()
    assert connection.idle_seconds() is None
    assert connection.fullscreen_in_front() is None
    assert X11Connection.open(":4095") is None  # nothing listens there


def test_watcher_asks_the_x_display_it_is_given(display: str, watch: Watch) -> None:
    watcher = watch(x11_display=display, session_bus_address=NO_BUS, system_bus_address=NO_BUS)
    assert "X11 full-screen check" in watcher.sources()
    assert watcher.fullscreen_in_front() is False
    if xss() is not None:
        assert "X11 idle time" in watcher.sources()
        idle = watcher.idle_seconds()
        assert idle is not None and 0 <= idle < 60
    watcher.stop()
    assert watcher.idle_seconds() is None
    assert watcher.fullscreen_in_front() is None


def test_qt_on_xcb_under_a_real_window_manager(display: str) -> None:
    """End to end: Qt's own full-screen window, as openbox reports it, seen by the watcher."""
    openbox = shutil.which("openbox")
    if openbox is None:
        pytest.skip("no window manager to test with (Debian: openbox)")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "x11"}
    env.pop("WAYLAND_DISPLAY", None)
    manager = subprocess.Popen(
        [openbox, "--sm-disable"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        app = subprocess.run(
            [sys.executable, str(XCB_APP)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        stop(manager)
    lines = app.stdout.splitlines()
    if "platform xcb" not in lines:
        pytest.skip(f"Qt's xcb platform does not start here: {app.stderr.strip()[-300:]}")
    idle = [line.removeprefix("idle ") for line in lines if line.startswith("idle ")]
    assert len(idle) == 1 and 0 <= float(idle[0]) < 60, lines
    assert [line for line in lines[1:] if not line.startswith("idle ")] == [
        "sources X11 full-screen check, X11 idle time",
        "before False",
        "fullscreen True",
        "normal False",
        "qt messages []",
        "done",
    ], app.stderr


# D-Bus, on a private bus with a fake desktop


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    process, address = start_bus(tmp_path)
    yield address
    stop(process)


@pytest.fixture
def desktop(bus: str) -> Iterator[subprocess.Popen[bytes]]:
    process = start_fake_desktop(bus)
    yield process
    stop(process)


@pytest.fixture
def emit(bus: str) -> Iterator[Callable[[str, str, str, bool | None], None]]:
    """Ask the fake desktop to send a signal; its sender then owns the services' names."""
    name = "unknot-presence-test-control"
    connection = QDBusConnection.connectToBus(bus, name)

    def send(path: str, interface: str, signal: str, argument: bool | None = None) -> None:
        message = QDBusMessage.createMethodCall(CONTROL_NAME, CONTROL_PATH, CONTROL_NAME, "Emit")
        text = "" if argument is None else str(argument).lower()
        message.setArguments([path, interface, signal, text])
        reply = connection.call(message, QDBus.CallMode.Block, SIGNAL_WAIT_MS)
        assert reply.arguments() == [True], reply.errorMessage()

    yield send
    QDBusConnection.disconnectFromBus(name)


def on_private_bus(watch: Watch, bus: str) -> PresenceWatcher:
    return watch(session_bus_address=bus, system_bus_address=bus)


@linux_only
def test_logind_sleep_and_resume_arrive(
    watch: Watch, bus: str, desktop: object, emit: Callable[..., None], qtbot: QtBot
) -> None:
    watcher = on_private_bus(watch, bus)
    assert "logind sleep signal" in watcher.sources()
    path, interface = LOGIND[1], LOGIND[2]
    with qtbot.waitSignal(watcher.sleeping_changed, timeout=SIGNAL_WAIT_MS) as sleeping:
        emit(path, interface, "PrepareForSleep", True)
    assert sleeping.args == [True]
    with qtbot.waitSignal(watcher.sleeping_changed, timeout=SIGNAL_WAIT_MS) as resumed:
        emit(path, interface, "PrepareForSleep", False)
    assert resumed.args == [False]


@linux_only
@pytest.mark.parametrize(("service", "path", "interface"), SCREEN_SAVERS)
def test_screen_saver_lock_and_unlock_arrive(
    watch: Watch,
    bus: str,
    desktop: object,
    emit: Callable[..., None],
    qtbot: QtBot,
    service: str,
    path: str,
    interface: str,
) -> None:
    watcher = on_private_bus(watch, bus)
    assert f"screen saver lock signal ({service})" in watcher.sources()
    with qtbot.waitSignal(watcher.locked_changed, timeout=SIGNAL_WAIT_MS) as locked:
        emit(path, interface, "ActiveChanged", True)
    assert locked.args == [True]
    with qtbot.assertNotEmitted(watcher.locked_changed, wait=QUIET_WAIT_MS):
        emit(path, interface, "ActiveChanged", True)  # said twice: passed on once
    with qtbot.waitSignal(watcher.locked_changed, timeout=SIGNAL_WAIT_MS) as unlocked:
        emit(path, interface, "ActiveChanged", False)
    assert unlocked.args == [False]


@linux_only
def test_logind_session_lock_and_unlock_arrive(
    watch: Watch, bus: str, desktop: object, emit: Callable[..., None], qtbot: QtBot
) -> None:
    watcher = on_private_bus(watch, bus)
    assert "logind lock signal" in watcher.sources()
    with qtbot.assertNotEmitted(watcher.locked_changed, wait=QUIET_WAIT_MS):
        emit("/org/freedesktop/login1/session/_8", LOGIND_SESSION, "Lock")  # someone else's
    with qtbot.waitSignal(watcher.locked_changed, timeout=SIGNAL_WAIT_MS) as locked:
        emit(SESSION_PATH, LOGIND_SESSION, "Lock")
    assert locked.args == [True]
    with qtbot.waitSignal(watcher.locked_changed, timeout=SIGNAL_WAIT_MS) as unlocked:
        emit(SESSION_PATH, LOGIND_SESSION, "Unlock")
    assert unlocked.args == [False]


@linux_only
def test_a_sender_that_does_not_own_the_name_is_not_heard(
    watch: Watch, bus: str, desktop: object, emit: Callable[..., None], qtbot: QtBot
) -> None:
    watcher = on_private_bus(watch, bus)
    name = "unknot-presence-test-impostor"
    impostor = QDBusConnection.connectToBus(bus, name)
    try:
        _service, path, interface = SCREEN_SAVERS[2]
        signal = QDBusMessage.createSignal(path, interface, "ActiveChanged")
        signal.setArguments([True])
        with qtbot.assertNotEmitted(watcher.locked_changed, wait=QUIET_WAIT_MS):
            assert impostor.send(signal)
    finally:
        QDBusConnection.disconnectFromBus(name)
    with qtbot.waitSignal(watcher.locked_changed, timeout=SIGNAL_WAIT_MS):
        emit(path, interface, "ActiveChanged", True)  # the owner is heard on the same path


@linux_only
def test_services_that_start_later_are_heard(
    watch: Watch, bus: str, qtbot: QtBot, emit: Callable[..., None]
) -> None:
    watcher = on_private_bus(watch, bus)
    assert watcher.sources() == []
    process = start_fake_desktop(bus)
    try:
        with qtbot.waitSignal(watcher.sleeping_changed, timeout=SIGNAL_WAIT_MS):
            emit(LOGIND[1], LOGIND[2], "PrepareForSleep", True)
        _service, path, interface = SCREEN_SAVERS[0]
        with qtbot.waitSignal(watcher.locked_changed, timeout=SIGNAL_WAIT_MS):
            emit(path, interface, "ActiveChanged", True)
    finally:
        stop(process)


@linux_only
def test_start_again_after_stop_hears_again(
    watch: Watch, bus: str, desktop: object, emit: Callable[..., None], qtbot: QtBot
) -> None:
    watcher = on_private_bus(watch, bus)
    watcher.stop()
    watcher.start()
    watcher.start()  # a second start() replaces the first, it does not add to it
    assert watcher.sources().count("logind sleep signal") == 1
    with qtbot.waitSignal(watcher.sleeping_changed, timeout=SIGNAL_WAIT_MS) as sleeping:
        emit(LOGIND[1], LOGIND[2], "PrepareForSleep", True)
    assert sleeping.args == [True]


@linux_only
def test_stop_disconnects_the_signals(
    watch: Watch, bus: str, desktop: object, emit: Callable[..., None], qtbot: QtBot
) -> None:
    watcher = on_private_bus(watch, bus)
    watcher.stop()
    with (
        qtbot.assertNotEmitted(watcher.sleeping_changed, wait=QUIET_WAIT_MS),
        qtbot.assertNotEmitted(watcher.locked_changed, wait=QUIET_WAIT_MS),
    ):
        emit(LOGIND[1], LOGIND[2], "PrepareForSleep", True)
        emit(SCREEN_SAVERS[2][1], SCREEN_SAVERS[2][2], "ActiveChanged", True)


@linux_only
@pytest.mark.parametrize(
    ("option", "words", "expected"),
    [
        ("--mutter-idle-ms=42500", "GNOME idle time", 42.5),
        ("--kde-idle=7000", "KDE idle time", 7.0),
    ],
)
def test_idle_time_over_dbus(
    watch: Watch, bus: str, option: str, words: str, expected: float
) -> None:
    process = start_fake_desktop(bus, option)
    try:
        watcher = on_private_bus(watch, bus)
        assert words in watcher.sources()
        assert watcher.idle_seconds() == expected
    finally:
        stop(process)
    assert watcher.idle_seconds() is None  # the service went away: unknown, not an error


@linux_only
def test_no_idle_service_means_unknown_idle_time(watch: Watch, bus: str, desktop: object) -> None:
    watcher = on_private_bus(watch, bus)
    assert not any("idle" in words for words in watcher.sources())
    assert watcher.idle_seconds() is None
