"""A small Qt app on xcb, run as a subprocess by tests/ui/test_presence.py under a real
window manager: a PresenceWatcher on the default display, and a window that goes full
screen and back. Prints one line per finding, then "done" (or "timeout: WHAT").
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from ui.presence import PresenceWatcher

NO_BUS = "unix:path=/nonexistent/unknot-test-bus"
STEP_MS = 100
DEADLINE_S = 15.0


def main() -> int:
    """Show the window full screen, then normal, each time waiting for the watcher to see it."""
    messages: list[str] = []
    qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
    app = QApplication(sys.argv[:1])
    watcher = PresenceWatcher(app, session_bus_address=NO_BUS, system_bus_address=NO_BUS)
    watcher.start()
    print(f"platform {app.platformName()}", flush=True)
    print(f"sources {', '.join(watcher.sources())}", flush=True)
    print(f"before {watcher.fullscreen_in_front()}", flush=True)
    window = QWidget()
    window.setWindowTitle("presence test")
    plan: list[tuple[str, Callable[[], None], bool]] = [
        ("fullscreen", window.showFullScreen, True),
        ("normal", window.showNormal, False),
    ]
    timer = QTimer(app)
    deadline = [0.0]

    def next_step() -> None:
        if not plan:
            print(f"idle {watcher.idle_seconds()}", flush=True)
            print(f"qt messages {messages}", flush=True)
            print("done", flush=True)
            watcher.stop()
            app.quit()
            return
        plan[0][1]()
        deadline[0] = time.monotonic() + DEADLINE_S
        timer.start(STEP_MS)

    def check() -> None:
        name, _action, expected = plan[0]
        if watcher.fullscreen_in_front() is expected:
            print(f"{name} {expected}", flush=True)
            timer.stop()
            plan.pop(0)
            next_step()
        elif time.monotonic() > deadline[0]:
            print(f"timeout: {name}", flush=True)
            watcher.stop()
            app.quit()

    timer.timeout.connect(check)
    QTimer.singleShot(0, next_step)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
