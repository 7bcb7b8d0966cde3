"""A virtual desktop for the window benchmarks, set up as ../shared/bench/peers.sh sets up
its own: a virtual X screen (Xvfb, 1600 x 1000 x 24), a private session bus (dbus-launch)
that also stands in for the system bus, and an empty HOME; optionally a system tray
(Debian's trayer, a GTK panel that docks XEmbed tray icons) and no window manager.

    with VirtualScreen(110, tray=True) as screen:
        subprocess.run(command, env=screen.env)

Everything it starts it stops again, by process id.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.x11 import Display, X11Error

SCREEN = "1600x1000x24"
X_LOCK = "/tmp/.X{}-lock"  # noqa: S108  (where every X server keeps its lock)
TRAY_COMMAND = ["trayer", "--edge", "bottom", "--SetDockType", "false"]


class VirtualScreen:
    """Xvfb on display :`number`, a session bus, a throwaway HOME and maybe a tray."""

    def __init__(self, number: int, tray: bool = False) -> None:
        self.display = f":{number}"
        self.tray = tray
        self.home = Path(tempfile.mkdtemp(prefix="unknot-bench-home-"))
        self.env: dict[str, str] = {}
        self._processes: list[subprocess.Popen[bytes]] = []
        self._bus_pid: int | None = None

    def __enter__(self) -> VirtualScreen:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _start(self) -> None:
        lock = X_LOCK.format(self.display[1:])
        if Path(lock).exists():
            raise SystemExit(f"display {self.display} is in use ({lock})")
        self._spawn(
            ["Xvfb", self.display, "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"], {}
        )
        self._wait_for_server()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_"))}
        env |= {"DISPLAY": self.display, "HOME": str(self.home)}
        env |= {"XDG_CONFIG_HOME": f"{self.home}/.config"}
        env |= {"XDG_DATA_HOME": f"{self.home}/.local/share"}
        env.pop("WAYLAND_DISPLAY", None)
        printed = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
        ).stdout
        for line in printed.splitlines():
            key, _, value = line.partition("=")
            if key == "DBUS_SESSION_BUS_ADDRESS":
                env[key] = env["DBUS_SYSTEM_BUS_ADDRESS"] = value.split("'")[1]
            elif key == "DBUS_SESSION_BUS_PID":
                self._bus_pid = int(value.rstrip(";"))
        self.env = env
        if self.tray:
            self._spawn(TRAY_COMMAND, env)
            self._wait_for_tray()

    def _spawn(self, command: list[str], env: dict[str, str]) -> None:
        self._processes.append(
            subprocess.Popen(
                command,
                env=env or None,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )

    def _wait_for_server(self) -> None:
        deadline = time.monotonic() + 10
        while True:
            try:
                Display(self.display).close()
                return
            except X11Error:
                if self._processes[0].poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"cannot connect to Xvfb on {self.display}") from None
                time.sleep(0.05)

    def _wait_for_tray(self) -> None:
        deadline = time.monotonic() + 10
        with Display(self.display) as display:
            while not display.tray_owner():
                if time.monotonic() > deadline:
                    raise SystemExit(f"{TRAY_COMMAND[0]} did not take the tray selection")
                time.sleep(0.05)

    @property
    def pids(self) -> list[int]:
        """The processes this screen runs (its X server, bus and tray)."""
        bus = [] if self._bus_pid is None else [self._bus_pid]
        return [process.pid for process in self._processes] + bus

    def stop(self) -> None:
        """Stop the tray, the bus and the X server; remove the HOME."""
        if self._bus_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._bus_pid, 15)
            self._bus_pid = None
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._processes.clear()
        shutil.rmtree(self.home, ignore_errors=True)
