"""Checks and hooks that make the window start cleanly or fail in one clear line.

Qt aborts the process when it cannot open a display; these run before and around
QApplication so that a user sees a sentence, not an abort trace.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger("unknot.qt")

# Platforms that draw without a display server.
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}


def display_problem(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why no window can be opened here, or None when a display looks reachable."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted in _HEADLESS_PLATFORMS:
        return None
    wayland = env.get("WAYLAND_DISPLAY", "")
    x11 = env.get("DISPLAY", "")
    if wanted == "xcb" and not x11:
        return "cannot open a window: QT_QPA_PLATFORM is xcb but DISPLAY is not set"
    if wanted.startswith("wayland") and not wayland:
        return "cannot open a window: QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set"
    if not wayland and not x11:
        return (
            "cannot open a window: no display found (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set); the CLI commands work without one, see --help"
        )
    return None


class QtMessages:
    """Routes Qt's messages into the log; turns a fatal one into one line and exit 1."""

    def __init__(self) -> None:
        self.hints: list[str] = []

    def install(self) -> None:
        """Become Qt's message handler."""
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(self._handle)

    def _handle(self, mode: object, context: object, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if mode == QtMsgType.QtFatalMsg:
            log.critical("%s", message)
            sys.stderr.write(f"unknot: {self.fatal_line(message)}\n")
            sys.stderr.flush()
            logging.shutdown()
            os._exit(1)
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            log.warning("%s", message)
            if "xcb-cursor0" in message or "platform plugin" in message:
                self.hints.append(message)
        else:
            log.debug("%s", message)

    def fatal_line(self, message: str) -> str:
        """One sentence for a fatal Qt message, with the most useful hint we collected."""
        if any("xcb-cursor0" in hint for hint in self.hints):
            return (
                "cannot open a window: Qt needs the system library libxcb-cursor0 "
                "(Debian/Ubuntu: apt install libxcb-cursor0)"
            )
        if "platform plugin" in message:
            return "cannot open a window: Qt could not connect to the display (is DISPLAY right?)"
        return f"Qt stopped: {message.splitlines()[0] if message else 'fatal error'}"


def icon_path() -> Path:
    """The app icon shipped in resources/."""
    from core.resources import resource

    return resource("icons", "unknot.svg")
