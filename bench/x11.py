"""A few X11 calls the benchmarks need, through ctypes and the system's libX11: the moment
a window is mapped (shown), closing a window as its close button does, and the names of
the icons docked in a tray.

Watching the root window's SubstructureNotify events gives the map of every top-level
window as the X server sees it, with no polling, so a start-up time is measured to the
millisecond. That holds on a screen with no window manager: a window manager reparents
top-level windows into frames and the root then sees the frames.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import re
import select
import subprocess
import time
from collections.abc import Iterator

MAP_NOTIFY, UNMAP_NOTIFY, CLIENT_MESSAGE = 19, 18, 33
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
ANY_PROPERTY_TYPE = 0

_Window = ctypes.c_ulong
_Atom = ctypes.c_ulong


class _MapEvent(ctypes.Structure):
    """XMapEvent and XUnmapEvent share this layout up to `window`."""

    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", _Window),
        ("window", _Window),
    )


class _ClientMessage(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", _Window),
        ("message_type", _Atom),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    )


class _Event(ctypes.Union):
    _fields_ = (
        ("type", ctypes.c_int),
        ("xmap", _MapEvent),
        ("xclient", _ClientMessage),
        ("pad", ctypes.c_long * 24),
    )


# Xlib's default error handler ends the process; a window that is gone by the time its
# name is read (a BadWindow error) must not end the benchmark.
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(
    lambda display, error: 0
)


@functools.cache
def _library() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    lib.XDefaultRootWindow.restype = _Window
    lib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    lib.XConnectionNumber.argtypes = (ctypes.c_void_p,)
    lib.XSelectInput.argtypes = (ctypes.c_void_p, _Window, ctypes.c_long)
    lib.XPending.argtypes = (ctypes.c_void_p,)
    lib.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(_Event))
    lib.XInternAtom.restype = _Atom
    lib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    lib.XGetWindowProperty.argtypes = (
        ctypes.c_void_p,
        _Window,
        _Atom,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        _Atom,
        ctypes.POINTER(_Atom),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    )
    lib.XFree.argtypes = (ctypes.c_void_p,)
    lib.XSendEvent.argtypes = (
        ctypes.c_void_p,
        _Window,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_Event),
    )
    lib.XFlush.argtypes = (ctypes.c_void_p,)
    lib.XSync.argtypes = (ctypes.c_void_p, ctypes.c_int)
    lib.XGetSelectionOwner.restype = _Window
    lib.XGetSelectionOwner.argtypes = (ctypes.c_void_p, _Atom)
    lib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    lib.XSetErrorHandler.argtypes = (ctypes.c_void_p,)
    lib.XSetErrorHandler(ctypes.cast(_ERROR_HANDLER, ctypes.c_void_p))
    return lib


class X11Error(RuntimeError):
    """The display could not be opened, or an awaited window never came."""


class Display:
    """One connection to an X server that listens to the root window's children."""

    def __init__(self, name: str) -> None:
        self._x = _library()
        self._dpy = self._x.XOpenDisplay(name.encode())
        if not self._dpy:
            raise X11Error(f"cannot open X display {name}")
        self.root = self._x.XDefaultRootWindow(self._dpy)
        self._x.XSelectInput(self._dpy, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        self._x.XSync(self._dpy, 0)

    def close(self) -> None:
        """Close the connection."""
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None

    def __enter__(self) -> Display:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _atom(self, name: str) -> int:
        return int(self._x.XInternAtom(self._dpy, name.encode(), 0))

    def window_name(self, window: int) -> str:
        """_NET_WM_NAME, else WM_NAME; '' when the window has neither (or is gone)."""
        for prop in ("_NET_WM_NAME", "WM_NAME"):
            kind, fmt = _Atom(), ctypes.c_int()
            count, left, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
            status = self._x.XGetWindowProperty(
                self._dpy,
                window,
                self._atom(prop),
                0,
                1024,
                0,
                ANY_PROPERTY_TYPE,
                ctypes.byref(kind),
                ctypes.byref(fmt),
                ctypes.byref(count),
                ctypes.byref(left),
                ctypes.byref(data),
            )
            if status == 0 and data.value:
                text = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
                self._x.XFree(data)
                if text:
                    return text
        return ""

    def events(self, deadline: float) -> Iterator[tuple[float, int, int]]:
        """(monotonic time of arrival, event type, window) until `deadline`."""
        fd = self._x.XConnectionNumber(self._dpy)
        event = _Event()
        while True:
            while self._x.XPending(self._dpy):
                self._x.XNextEvent(self._dpy, ctypes.byref(event))
                yield time.monotonic(), event.type, int(event.xmap.window)
            left = deadline - time.monotonic()
            if left <= 0:
                return
            select.select([fd], [], [], left)

    def drain(self) -> None:
        """Forget every event that has arrived (a run's leftovers before the next)."""
        self._x.XSync(self._dpy, 0)
        for _ in self.events(time.monotonic()):
            pass

    def wait_mapped(self, title: str, timeout: float) -> tuple[float, int]:
        """When a top-level window whose whole name matches `title` is next mapped, and
        that window; X11Error after `timeout` seconds."""
        pattern = re.compile(title)
        for moment, kind, window in self.events(time.monotonic() + timeout):
            if kind == MAP_NOTIFY and pattern.fullmatch(self.window_name(window)):
                return moment, window
        raise X11Error(f"no window named {title!r} was shown within {timeout:.0f} s")

    def wait_unmapped(self, window: int, timeout: float) -> float:
        """When `window` is next unmapped; X11Error after `timeout` seconds."""
        for moment, kind, which in self.events(time.monotonic() + timeout):
            if kind == UNMAP_NOTIFY and which == window:
                return moment
        raise X11Error(f"window {window:#x} stayed shown for {timeout:.0f} s")

    def close_window(self, window: int) -> None:
        """Ask `window` to close (WM_DELETE_WINDOW), as a title bar's close button does."""
        event = _Event()
        message = event.xclient
        message.type = CLIENT_MESSAGE
        message.window = window
        message.message_type = self._atom("WM_PROTOCOLS")
        message.format = 32
        message.data[0] = self._atom("WM_DELETE_WINDOW")
        message.data[1] = 0  # CurrentTime
        self._x.XSendEvent(self._dpy, window, 0, 0, ctypes.byref(event))
        self._x.XFlush(self._dpy)

    def tray_owner(self) -> int:
        """The window that owns the system tray selection, 0 when there is no tray."""
        return int(self._x.XGetSelectionOwner(self._dpy, self._atom("_NET_SYSTEM_TRAY_S0")))


def tray_icons(display: str, panel: str = "panel") -> list[str]:
    """The names of the windows docked in the tray host's window `panel` (trayer's)."""
    done = subprocess.run(
        ["xwininfo", "-display", display, "-tree", "-name", panel],
        capture_output=True,
        text=True,
        check=False,
    )
    return re.findall(r'^\s+0x[0-9a-f]+ "([^"]*)"', done.stdout, flags=re.MULTILINE)
