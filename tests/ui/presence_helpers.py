"""Private servers for tests/ui/test_presence.py: an Xvfb, a D-Bus daemon, a fake desktop.

Each start_* function returns the running process and how to reach it, or raises
pytest.skip with the reason when the machine lacks the program. XScribe writes the
window properties a window manager would, on a connection of its own.
"""

from __future__ import annotations

import ctypes
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from ui.x11_presence import load_library

FAKE_DESKTOP = Path(__file__).with_name("presence_fake_desktop.py")
START_TIMEOUT_S = 20.0

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def read_line(stream: IO[bytes], timeout: float = START_TIMEOUT_S) -> str:
    """One line from a child's pipe, waiting at most `timeout` seconds for it."""
    fd = stream.fileno()
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            break
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data.decode(errors="replace").strip()


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a child we started, and reap it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb on a display number it picks itself (-displayfd): no race."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb)")
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "64x64x24"],
        pass_fds=(write_end,),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        number = read_line(pipe)
    if not number.isdigit():
        stop(process)
        pytest.fail("Xvfb did not start")
    return process, f":{number}"


def start_bus(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A private dbus-daemon that lets anyone own any name; returns its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian: dbus-daemon)")
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG, encoding="utf-8")
    process = subprocess.Popen(
        [daemon, f"--config-file={config}", "--print-address", "--nofork", "--nopidfile"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains that it may not raise its fd limit
    )
    assert process.stdout is not None
    address = read_line(process.stdout)
    if not address.startswith("unix:"):
        stop(process)
        pytest.fail("dbus-daemon did not start")
    return process, address


def start_fake_desktop(address: str, *options: str) -> subprocess.Popen[bytes]:
    """tests/ui/presence_fake_desktop.py on the bus at `address`, once it owns its names."""
    process = subprocess.Popen(
        [sys.executable, str(FAKE_DESKTOP), address, *options],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    line = read_line(process.stdout)
    if line != "ready":
        stop(process)
        pytest.fail(f"the fake desktop did not start: {line!r}")
    return process


class XScribe:
    """Its own Xlib connection, to make windows and set properties as a window manager."""

    XA_ATOM = 4
    XA_WINDOW = 33
    PROP_MODE_REPLACE = 0

    def __init__(self, display: str) -> None:
        lib = load_library("libX11.so.6", "X11")  # a handle of our own: our argtypes
        if lib is None:
            pytest.skip("libX11 is not installed (Debian: libx11-6)")
        ptr, ulong, uint, c_int = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_uint, ctypes.c_int
        lib.XOpenDisplay.argtypes, lib.XOpenDisplay.restype = [ctypes.c_char_p], ptr
        lib.XDefaultRootWindow.argtypes, lib.XDefaultRootWindow.restype = [ptr], ulong
        lib.XInternAtom.argtypes, lib.XInternAtom.restype = [ptr, ctypes.c_char_p, c_int], ulong
        lib.XCreateSimpleWindow.argtypes = [ptr, ulong, c_int, c_int, uint, uint, uint, ulong]
        lib.XCreateSimpleWindow.argtypes += [ulong]
        lib.XCreateSimpleWindow.restype = ulong
        lib.XChangeProperty.argtypes = [ptr, ulong, ulong, ulong, c_int, c_int, ptr, c_int]
        lib.XDestroyWindow.argtypes = [ptr, ulong]
        lib.XSync.argtypes = [ptr, c_int]
        lib.XCloseDisplay.argtypes = [ptr]
        self._x = lib
        self._display = lib.XOpenDisplay(display.encode())
        assert self._display, f"cannot open {display}"
        self.root = int(lib.XDefaultRootWindow(self._display))

    def atom(self, name: str) -> int:
        """The atom, created if needed."""
        return int(self._x.XInternAtom(self._display, name.encode(), 0))

    def create_window(self) -> int:
        """A small unmapped top-level window."""
        window = self._x.XCreateSimpleWindow(self._display, self.root, 0, 0, 8, 8, 0, 0, 0)
        self._x.XSync(self._display, 0)
        return int(window)

    def destroy_window(self, window: int) -> None:
        self._x.XDestroyWindow(self._display, window)
        self._x.XSync(self._display, 0)

    def set_longs(self, window: int, name: str, prop_type: int, values: list[int]) -> None:
        """Replace a 32-bit-format property (C longs, as Xlib wants them)."""
        data = (ctypes.c_ulong * len(values))(*values)
        self._x.XChangeProperty(
            self._display, window, self.atom(name), prop_type, 32, self.PROP_MODE_REPLACE,
            data, len(values),
        )  # fmt: skip
        self._x.XSync(self._display, 0)

    def close(self) -> None:
        self._x.XCloseDisplay(self._display)
