"""Start Unknot when the user logs in, the way each desktop expects it.

One small interface, `Autostart` (enabled / enable / disable / is_current / describe),
and three adapters, picked by `autostart_for(sys.platform, data_dir=...)`:

- Linux and other freedesktop systems: an XDG autostart entry,
  `$XDG_CONFIG_HOME/autostart/io.github.unknot.Unknot.desktop`;
- Windows: the value "Unknot" under HKCU `Software\\Microsoft\\Windows\\CurrentVersion\\Run`;
- macOS: a LaunchAgent, `~/Library/LaunchAgents/io.github.unknot.Unknot.plist`.

Each starts THIS installation with `--minimized` (and `--data-dir DIR` in portable mode):
a pip-installed copy through its own `unknot` launcher (named by its full path, so the
login session's PATH does not matter), a source checkout as `python /path/to/main.py`.
Files are written atomically; a failure is an `AutostartError` naming the file or key.
"""

from __future__ import annotations

import contextlib
import logging
import os
import plistlib
import subprocess
import sys
import sysconfig
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol
from xml.parsers.expat import ExpatError

from core import APP_ID, APP_NAME
from core.errors import UnknotError
from core.files import atomic_write
from core.i18n import translate
from core.paths import Paths

log = logging.getLogger("unknot.autostart")

APP_DIR = Path(__file__).resolve().parent.parent
"""The folder holding main.py and core/: a source checkout, or site-packages."""
LAUNCHER = "unknot"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"


class AutostartError(UnknotError):
    """The login entry could not be written or removed. `where` is its file or key."""

    def __init__(self, where: str, text: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(text.format(where=where, reason=reason))


class Autostart(Protocol):
    """Whether Unknot starts at login, and the switch for it."""

    def enabled(self) -> bool:
        """True when the desktop will start Unknot at the next login. Never raises."""

    def enable(self) -> None:
        """Start this installation at login (rewrites an entry left by another one)."""

    def disable(self) -> None:
        """Do not start Unknot at login."""

    def is_current(self) -> bool:
        """True when enabled and the entry starts exactly this installation."""

    def describe(self) -> str:
        """Where the entry lives (a file path or a registry key), for the UI to show."""


def launch_command(
    data_dir: Path | None = None,
    *,
    app_dir: Path = APP_DIR,
    executable: str = sys.executable,
    scripts_dirs: Sequence[Path] | None = None,
    windows: bool = os.name == "nt",
) -> list[str]:
    """The command line that starts this installation in the tray.

    A source checkout (pyproject.toml beside main.py) runs as `python main.py`; an
    installed copy through the `unknot` launcher pip put in this Python's scripts folder,
    else `python main.py` too. On Windows `pythonw.exe`, so no console window opens.
    """
    command = [*_program(app_dir, executable, scripts_dirs, windows), "--minimized"]
    if data_dir is not None:
        command[-1:-1] = ["--data-dir", str(data_dir.expanduser().absolute())]
    return command


def _program(
    app_dir: Path, executable: str, scripts_dirs: Sequence[Path] | None, windows: bool
) -> list[str]:
    if not (app_dir / "pyproject.toml").exists():
        name = f"{LAUNCHER}.exe" if windows else LAUNCHER
        for folder in _scripts_dirs() if scripts_dirs is None else scripts_dirs:
            if (folder / name).is_file():
                return [str(folder / name)]
    python = Path(executable or "python3")
    if windows and python.name.lower() == "python.exe":
        quiet = python.with_name("pythonw.exe")
        python = quiet if quiet.is_file() else python
    return [str(python), str(app_dir / "main.py")]


def _scripts_dirs() -> list[Path]:
    """Where pip puts launchers for this Python: its environment, then the user's."""
    folders = [Path(sysconfig.get_path("scripts"))]
    with contextlib.suppress(KeyError, ValueError):  # a Python built without a user scheme
        folders.append(Path(sysconfig.get_path("scripts", sysconfig.get_preferred_scheme("user"))))
    return folders


def portable_data_dir(paths: Paths) -> Path | None:
    """The `--data-dir` folder when `paths` came from one (portable mode), else None."""
    return paths.data if Paths.under(paths.data) == paths else None


def autostart_for(
    platform: str = sys.platform,
    *,
    data_dir: Path | None = None,
    command: Sequence[str] | None = None,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> Autostart:
    """The adapter for `platform` (a `sys.platform` value): "win32" the registry,
    "darwin" a LaunchAgent, anything else an XDG autostart entry. `command` defaults
    to `launch_command(data_dir)`; the other arguments are for tests."""
    argv = list(command) if command is not None else launch_command(data_dir)
    env = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform == "win32":
        return WindowsAutostart(argv, registry=registry or _winreg())
    if platform == "darwin":
        return LaunchAgentAutostart(argv, home=home)
    config_home = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    if not config_home.is_absolute():  # the spec says to ignore a relative one
        config_home = home / ".config"
    dirs = [Path(d) for d in (env.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(os.pathsep)]
    return XdgAutostart(
        argv, config_home=config_home, config_dirs=[d for d in dirs if d.is_absolute()]
    )


def _write_error(where: object, error: OSError) -> AutostartError:
    text = translate("autostart", "{where}: cannot write the start-at-login entry ({reason})")
    return AutostartError(str(where), text, error.strerror or str(error))


def _remove_error(where: object, error: OSError) -> AutostartError:
    text = translate("autostart", "{where}: cannot remove the start-at-login entry ({reason})")
    return AutostartError(str(where), text, error.strerror or str(error))


def _write_file(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path) as handle:
            handle.write(data)
    except OSError as error:
        raise _write_error(path, error) from error


def _remove_file(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise _remove_error(path, error) from error


# --- Linux and other freedesktop systems -------------------------------------------

_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def exec_value(command: Sequence[str]) -> str:
    """`command` as the value of a desktop entry's Exec key: each argument quoted when
    the Desktop Entry spec requires it, `%` doubled, then escaped as a string value."""
    words = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if arg and not _EXEC_RESERVED.intersection(arg):
            words.append(arg)
        else:
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            words.append(f'"{inner}"')
    line = " ".join(words)
    return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the autostart entry that runs `command`."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=" + translate("autostart", "Start Unknot in the tray when you log in"),
            f"Exec={exec_value(command)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def read_entry(path: Path) -> dict[str, str]:
    """The keys of a desktop file's [Desktop Entry] group (values still escaped)."""
    keys: dict[str, str] = {}
    group = ""
    for raw in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys.setdefault(key.strip(), value.strip())
    return keys


def _entry_on(keys: Mapping[str, str]) -> bool:
    return keys.get("Hidden") != "true" and keys.get("X-GNOME-Autostart-enabled") != "false"


class XdgAutostart:
    """An entry in the user's XDG autostart folder. Disabling removes it; when the
    system's folders ($XDG_CONFIG_DIRS) hold an entry of the same name, the user's entry
    stays with Hidden=true, which is how the spec turns one off."""

    def __init__(
        self, command: Sequence[str], *, config_home: Path, config_dirs: Sequence[Path] = ()
    ) -> None:
        self.command = list(command)
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"
        self.system_paths = [folder / "autostart" / self.path.name for folder in config_dirs]

    def _keys(self) -> dict[str, str] | None:
        for path in (self.path, *self.system_paths):
            try:
                if path.is_file():
                    return read_entry(path)
            except OSError as error:
                log.warning("cannot read %s: %s", path, error)
                return None
        return None

    def enabled(self) -> bool:
        keys = self._keys()
        return keys is not None and _entry_on(keys)

    def is_current(self) -> bool:
        keys = self._keys()
        return (
            self.path.is_file()
            and keys is not None
            and _entry_on(keys)
            and keys.get("Exec") == exec_value(self.command)
        )

    def enable(self) -> None:
        try:
            data = desktop_entry(self.command).encode("utf-8")
        except UnicodeError as error:  # a desktop entry is UTF-8; this path is not
            text = translate(
                "autostart", "{where}: cannot write the start-at-login entry ({reason})"
            )
            reason = translate("autostart", "the command has a path that is not valid UTF-8")
            raise AutostartError(str(self.path), text, reason) from error
        _write_file(self.path, data)

    def disable(self) -> None:
        if any(path.is_file() for path in self.system_paths):
            hidden = f"[Desktop Entry]\nType=Application\nName={APP_NAME}\nHidden=true\n"
            _write_file(self.path, hidden.encode("utf-8"))
        else:
            _remove_file(self.path)

    def describe(self) -> str:
        return str(self.path)


# --- macOS -------------------------------------------------------------------------


class LaunchAgentAutostart:
    """A LaunchAgent that launchd runs once when the user logs in to the desktop."""

    def __init__(self, command: Sequence[str], *, home: Path) -> None:
        self.command = list(command)
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def agent(self) -> dict[str, Any]:
        """The LaunchAgent's keys (launchd.plist(5))."""
        return {
            "Label": APP_ID,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def _read(self) -> dict[str, Any] | None:
        try:
            with self.path.open("rb") as handle:
                data = plistlib.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, ExpatError) as error:  # ValueError: InvalidFileException
            log.warning("cannot read %s: %s", self.path, error)
            return None
        return data if isinstance(data, dict) else None

    def enabled(self) -> bool:
        data = self._read()
        return data is not None and data.get("RunAtLoad") is True and not data.get("Disabled")

    def is_current(self) -> bool:
        data = self._read()
        return self.enabled() and data is not None and data.get("ProgramArguments") == self.command

    def enable(self) -> None:
        _write_file(self.path, plistlib.dumps(self.agent()))

    def disable(self) -> None:
        _remove_file(self.path)

    def describe(self) -> str:
        return str(self.path)


# --- Windows -----------------------------------------------------------------------


class Registry(Protocol):
    """The part of the `winreg` module used here (tests pass a fake)."""

    HKEY_CURRENT_USER: Any
    KEY_READ: int
    KEY_SET_VALUE: int
    REG_SZ: int

    def OpenKey(self, key: Any, sub_key: str, reserved: int = ..., access: int = ...) -> Any: ...
    def CreateKeyEx(
        self, key: Any, sub_key: str, reserved: int = ..., access: int = ...
    ) -> Any: ...
    def QueryValueEx(self, key: Any, name: str) -> tuple[Any, int]: ...
    def SetValueEx(self, key: Any, name: str, reserved: int, type: int, value: Any) -> None: ...
    def DeleteValue(self, key: Any, name: str) -> None: ...


def _winreg() -> Registry:
    import winreg

    registry: Registry = winreg  # type: ignore[assignment,unused-ignore]
    return registry


class WindowsAutostart:
    """The value "Unknot" in the user's Run key. Task Manager's Startup tab switches an
    entry off in StartupApproved\\Run; enabling clears that mark, so the switch here wins."""

    def __init__(self, command: Sequence[str], *, registry: Registry) -> None:
        self.command = list(command)
        self.registry = registry
        self.line = subprocess.list2cmdline(self.command)

    def _value(self, key_name: str) -> Any:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, key_name, 0, reg.KEY_READ) as key:
                return reg.QueryValueEx(key, APP_NAME)[0]
        except OSError:  # FileNotFoundError: no key or no value
            return None

    def enabled(self) -> bool:
        if self._value(RUN_KEY) is None:
            return False
        approved = self._value(APPROVED_KEY)
        return not (isinstance(approved, bytes) and approved[:1] and approved[0] & 1)

    def is_current(self) -> bool:
        return self.enabled() and self._value(RUN_KEY) == self.line

    def enable(self) -> None:
        reg = self.registry
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, self.line)
        except OSError as error:
            raise _write_error(self.describe(), error) from error
        self._delete(APPROVED_KEY)

    def disable(self) -> None:
        self._delete(RUN_KEY)

    def _delete(self, key_name: str) -> None:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, key_name, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            pass
        except OSError as error:
            raise _remove_error(f"HKEY_CURRENT_USER\\{key_name}\\{APP_NAME}", error) from error

    def describe(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_NAME}"
