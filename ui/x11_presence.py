"""Idle time and the full-screen check on X11, through Xlib and libXss with ctypes.

X11Connection opens a Display of its own (Qt's xcb connection is not shared), asks the
MIT-SCREEN-SAVER extension how long ago the last input was, and reads the window
manager's EWMH hints: the root window's _NET_ACTIVE_WINDOW, then that window's
_NET_WM_STATE. It answers only when asked; it selects no events and never wakes up.

Xlib's default error handler ends the process on any X error (a window that closed
between two requests is enough), so every request here runs under a handler of our own
that only records the error; Qt's handler, if any, is put back afterwards. Everything
takes a display name, so tests can point it at a private Xvfb without a QApplication on
xcb.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
from collections.abc import Iterator
from functools import cache

XA_ATOM = 4  # predefined atoms of the X protocol
XA_WINDOW = 33
SUCCESS = 0
MAX_LONGS = 1024  # more property items than any window manager sets

_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_error_count = [0]


def _count_error(_display: int | None, _event: int | None) -> int:
    _error_count[0] += 1
    return 0


_ERROR_HANDLER = _ErrorHandler(_count_error)  # kept alive here for as long as Xlib may call it


class _ScreenSaverInfo(ctypes.Structure):
    """XScreenSaverInfo from <X11/extensions/scrnsaver.h>."""

    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    )


def load_library(soname: str, short_name: str) -> ctypes.CDLL | None:
    """A fresh handle on a shared library (by soname, else as ctypes finds it), or None."""
    for name in (soname, ctypes.util.find_library(short_name)):
        if name:
            with contextlib.suppress(OSError):
                return ctypes.CDLL(name)
    return None


@cache
def xlib() -> ctypes.CDLL | None:
    """libX11 with the signatures this module uses, or None when it is not installed."""
    lib = load_library("libX11.so.6", "X11")
    if lib is None:
        return None
    ulong, ptr = ctypes.c_ulong, ctypes.c_void_p
    lib.XOpenDisplay.argtypes, lib.XOpenDisplay.restype = [ctypes.c_char_p], ptr
    lib.XCloseDisplay.argtypes, lib.XCloseDisplay.restype = [ptr], ctypes.c_int
    lib.XDefaultRootWindow.argtypes, lib.XDefaultRootWindow.restype = [ptr], ulong
    lib.XInternAtom.argtypes = [ptr, ctypes.c_char_p, ctypes.c_int]
    lib.XInternAtom.restype = ulong
    lib.XGetWindowProperty.argtypes = [
        ptr, ulong, ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int, ulong,
        ctypes.POINTER(ulong), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ulong),
        ctypes.POINTER(ulong), ctypes.POINTER(ptr),
    ]  # fmt: skip
    lib.XGetWindowProperty.restype = ctypes.c_int
    lib.XFree.argtypes, lib.XFree.restype = [ptr], ctypes.c_int
    lib.XSync.argtypes, lib.XSync.restype = [ptr, ctypes.c_int], ctypes.c_int
    lib.XSetErrorHandler.argtypes, lib.XSetErrorHandler.restype = [ptr], ptr
    return lib


@cache
def xss() -> ctypes.CDLL | None:
    """libXss (the MIT-SCREEN-SAVER client library), or None when it is not installed."""
    lib = load_library("libXss.so.1", "Xss")
    if lib is None:
        return None
    ptr, int_ptr = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
    lib.XScreenSaverQueryExtension.argtypes = [ptr, int_ptr, int_ptr]
    lib.XScreenSaverQueryExtension.restype = ctypes.c_int
    lib.XScreenSaverQueryInfo.argtypes = [ptr, ctypes.c_ulong, ctypes.POINTER(_ScreenSaverInfo)]
    lib.XScreenSaverQueryInfo.restype = ctypes.c_int
    return lib


class X11Connection:
    """A Display of our own for idle time and the full-screen check; close() when done."""

    def __init__(self, lib: ctypes.CDLL, display: int, idle_lib: ctypes.CDLL | None) -> None:
        self._x = lib
        self._display: int | None = display
        self._xss = idle_lib
        self._root = int(lib.XDefaultRootWindow(display))

    @classmethod
    def open(cls, name: str | None = None) -> X11Connection | None:
        """Connect to display `name` (None: $DISPLAY); None when there is no X server."""
        lib = xlib()
        if lib is None:
            return None
        display = lib.XOpenDisplay(name.encode() if name is not None else None)
        if not display:
            return None
        idle_lib = xss()
        if idle_lib is not None:
            event_base, error_base = ctypes.c_int(), ctypes.c_int()
            if not idle_lib.XScreenSaverQueryExtension(
                display, ctypes.byref(event_base), ctypes.byref(error_base)
            ):
                idle_lib = None  # the server lacks MIT-SCREEN-SAVER
        return cls(lib, display, idle_lib)

    @property
    def has_idle_time(self) -> bool:
        """Whether idle_seconds() can answer (libXss and the server extension are there)."""
        return self._display is not None and self._xss is not None

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or pointer input on this X server, or None."""
        if self._display is None or self._xss is None:
            return None
        info = _ScreenSaverInfo()
        with self._trap() as errors:
            ok = self._xss.XScreenSaverQueryInfo(self._display, self._root, ctypes.byref(info))
        if not ok or errors:
            return None
        return float(info.idle) / 1000.0

    def fullscreen_in_front(self) -> bool | None:
        """Whether the active window is full screen (EWMH); False with no active window."""
        if self._display is None:
            return None
        active_atom = self._atom(b"_NET_ACTIVE_WINDOW")
        state_atom = self._atom(b"_NET_WM_STATE")
        fullscreen_atom = self._atom(b"_NET_WM_STATE_FULLSCREEN")
        if not (active_atom and state_atom and fullscreen_atom):
            return False  # nobody ever named them, so no window carries them
        active = self._longs(self._root, active_atom, XA_WINDOW)
        if active is None:
            return None
        if not active or active[0] == 0:
            return False
        states = self._longs(active[0], state_atom, XA_ATOM)
        return states is not None and fullscreen_atom in states  # None: the window is gone

    def close(self) -> None:
        """Close the Display; later queries answer None. Safe to call twice."""
        if self._display is not None:
            self._x.XCloseDisplay(self._display)
            self._display = None

    def _atom(self, name: bytes) -> int:
        """The atom's number, or 0 when no client has interned it yet (none is created)."""
        return int(self._x.XInternAtom(self._display, name, 1))

    def _longs(self, window: int, prop: int, prop_type: int) -> list[int] | None:
        """A 32-bit-format property as a list ([] when unset); None on an X error."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, remaining, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        with self._trap() as errors:
            status = self._x.XGetWindowProperty(
                self._display, window, prop, 0, MAX_LONGS, 0, prop_type,
                ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
                ctypes.byref(remaining), ctypes.byref(data),
            )  # fmt: skip
        try:
            if status != SUCCESS or errors:
                return None
            if not data.value or actual_type.value != prop_type or actual_format.value != 32:
                return []
            # Format 32 comes back as an array of C longs, whatever their size.
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[index]) for index in range(count.value)]
        finally:
            if data.value:
                self._x.XFree(data)

    @contextlib.contextmanager
    def _trap(self) -> Iterator[list[int]]:
        """Run requests under a handler that records X errors; the list says how many."""
        errors: list[int] = []
        before = _error_count[0]
        previous = self._x.XSetErrorHandler(_ERROR_HANDLER)
        try:
            yield errors
            self._x.XSync(self._display, 0)  # errors of the requests above arrive by now
        finally:
            self._x.XSetErrorHandler(previous)
            if _error_count[0] != before:
                errors.append(_error_count[0] - before)
