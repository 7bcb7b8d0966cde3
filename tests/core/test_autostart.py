"""Start at login: the XDG entry, the macOS LaunchAgent and the Windows Run value, each
written, read back, checked and removed, in temp folders or a fake registry."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import APP_ID, APP_NAME, __version__
from core.autostart import (
    APPROVED_KEY,
    RUN_KEY,
    AutostartError,
    LaunchAgentAutostart,
    WindowsAutostart,
    XdgAutostart,
    autostart_for,
    exec_value,
    launch_command,
    portable_data_dir,
    read_entry,
)
from core.paths import Paths

ODD_ARGS = [
    "/opt/my apps/bin/python3",
    'say "hi"',
    "it's $HOME `date`",
    r"C:\back\slash",
    "100% sure %f",
    "tab\there",
    "",
    "plain-word",
    "ünïcode/päth",
]


def parse_exec(value: str) -> list[str]:
    """A desktop entry's Exec value as a launcher reads it: string escapes first, then
    the spec's quoting, then %% to %. Independent of the code under test."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += escapes.get(value[i + 1], "\\" + value[i + 1])
            i += 2
        else:
            text += value[i]
            i += 1
    args: list[str] = []
    current: str | None = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == " ":
            if current is not None:
                args.append(current)
            current = None
        elif char == '"':
            current = current or ""
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current += text[i]
                i += 1
        else:
            current = (current or "") + char
        i += 1
    if current is not None:
        args.append(current)
    for arg in args:
        assert "%" not in arg.replace("%%", ""), f"a lone % is a field code: {arg!r}"
    return [arg.replace("%%", "%") for arg in args]


def validate_desktop_file(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


# --- the command line -------------------------------------------------------------


def test_source_checkout_runs_main_py_with_this_python(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").touch()
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "unknot").touch()  # a launcher is ignored in a checkout
    command = launch_command(
        app_dir=tmp_path, executable="/py/bin/python3", scripts_dirs=[tmp_path / "bin"]
    )
    assert command == ["/py/bin/python3", str(tmp_path / "main.py"), "--minimized"]


def test_installed_copy_uses_its_own_launcher_by_full_path(tmp_path: Path) -> None:
    scripts = tmp_path / "venv" / "bin"
    scripts.mkdir(parents=True)
    (scripts / "unknot").touch()
    command = launch_command(
        app_dir=tmp_path / "site", scripts_dirs=[tmp_path / "none", scripts], windows=False
    )
    assert command == [str(scripts / "unknot"), "--minimized"]


def test_installed_copy_without_launcher_runs_main_py(tmp_path: Path) -> None:
    command = launch_command(app_dir=tmp_path, executable="/py/python3", scripts_dirs=[])
    assert command == ["/py/python3", str(tmp_path / "main.py"), "--minimized"]


def test_windows_prefers_pythonw_and_the_exe_launcher(tmp_path: Path) -> None:
    (tmp_path / "python.exe").touch()
    (tmp_path / "pythonw.exe").touch()
    python = str(tmp_path / "python.exe")
    command = launch_command(app_dir=tmp_path, executable=python, scripts_dirs=[], windows=True)
    assert command[0] == str(tmp_path / "pythonw.exe")
    (tmp_path / "unknot.exe").touch()
    command = launch_command(app_dir=tmp_path, scripts_dirs=[tmp_path], windows=True)
    assert command == [str(tmp_path / "unknot.exe"), "--minimized"]


def test_portable_mode_adds_the_absolute_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    command = launch_command(Path("portable"))
    assert command[-3:] == ["--data-dir", str(tmp_path / "portable"), "--minimized"]


def test_portable_data_dir_tells_data_dir_from_the_platform_folders(tmp_path: Path) -> None:
    assert portable_data_dir(Paths.under(tmp_path / "p")) == tmp_path / "p"
    assert portable_data_dir(Paths.platform_default()) is None


def test_the_command_for_this_checkout_really_starts_it(tmp_path: Path) -> None:
    command = launch_command(tmp_path / "data", windows=False)  # python.exe prints, pythonw not
    result = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


# --- Linux: the XDG autostart entry -----------------------------------------------


def test_linux_entry_is_written_valid_and_removed(tmp_path: Path, home: Path) -> None:
    auto = autostart_for("linux", data_dir=tmp_path / "my data")
    assert isinstance(auto, XdgAutostart)
    entry = home / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert auto.describe() == str(entry)
    assert not auto.enabled()

    auto.enable()
    keys = read_entry(entry)
    assert keys["Type"] == "Application"
    assert keys["Name"] == APP_NAME
    assert keys["Icon"] == APP_ID
    argv = parse_exec(keys["Exec"])
    assert argv == launch_command(tmp_path / "my data")
    assert argv[-3:] == ["--data-dir", str(tmp_path / "my data"), "--minimized"]
    validate_desktop_file(entry)
    assert auto.enabled() and auto.is_current()

    auto.disable()
    assert not entry.exists()
    assert not auto.enabled() and not auto.is_current()
    auto.disable()  # already off: nothing to do, no error


@pytest.fixture
def home(_redirect_user_folders: Path) -> Path:
    """The temp home conftest points HOME and XDG_CONFIG_HOME at."""
    return _redirect_user_folders


def test_exec_quotes_every_odd_argument_so_it_reads_back(tmp_path: Path) -> None:
    auto = XdgAutostart(ODD_ARGS, config_home=tmp_path)
    auto.enable()
    assert parse_exec(read_entry(auto.path)["Exec"]) == ODD_ARGS
    validate_desktop_file(auto.path)


@given(st.lists(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\0"))))
def test_exec_value_reads_back_for_any_arguments(args: list[str]) -> None:
    value = exec_value(args)
    assert "\n" not in value and "\r" not in value
    assert parse_exec(value) == args


def test_relative_xdg_config_home_is_ignored(tmp_path: Path) -> None:
    auto = autostart_for(
        "linux", command=["unknot"], home=tmp_path, environ={"XDG_CONFIG_HOME": "rel"}
    )
    assert auto.describe() == str(tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop")


def test_entry_switched_off_by_the_desktop_reads_as_off_and_enable_wins(tmp_path: Path) -> None:
    auto = XdgAutostart(["unknot", "--minimized"], config_home=tmp_path)
    auto.path.parent.mkdir(parents=True)
    auto.path.write_text(
        "[Desktop Entry]\nType=Application\nName=Unknot\nExec=unknot --minimized\n"
        "X-GNOME-Autostart-enabled=false\n",
        encoding="utf-8",
    )
    assert not auto.enabled()
    auto.enable()
    assert auto.enabled() and auto.is_current()


def test_entry_of_another_installation_is_enabled_but_not_current(tmp_path: Path) -> None:
    XdgAutostart(["/old/unknot", "--minimized"], config_home=tmp_path).enable()
    auto = XdgAutostart(["/new/unknot", "--minimized"], config_home=tmp_path)
    assert auto.enabled() and not auto.is_current()
    auto.enable()
    assert auto.is_current()


def test_system_wide_entry_is_hidden_rather_than_deleted(tmp_path: Path) -> None:
    system = tmp_path / "etc-xdg"
    (system / "autostart").mkdir(parents=True)
    (system / "autostart" / f"{APP_ID}.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Unknot\nExec=unknot --minimized\n",
        encoding="utf-8",
    )
    dirs = os.pathsep.join([str(system), "relative"])
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_CONFIG_DIRS": dirs}
    auto = autostart_for("linux", command=["unknot", "--minimized"], environ=env, home=tmp_path)
    assert auto.enabled() and not auto.is_current()  # the system's, not the user's
    auto.disable()
    assert read_entry(tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop")["Hidden"] == "true"
    assert not auto.enabled()
    validate_desktop_file(tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop")
    auto.enable()
    assert auto.enabled() and auto.is_current()


def test_write_and_remove_failures_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be", encoding="utf-8")
    auto = XdgAutostart(["unknot"], config_home=tmp_path)
    with pytest.raises(AutostartError, match="cannot write the start-at-login entry") as caught:
        auto.enable()
    assert str(auto.path) in str(caught.value) and caught.value.where == str(auto.path)

    other = XdgAutostart(["unknot"], config_home=tmp_path / "b")
    other.path.mkdir(parents=True)  # a folder cannot be unlinked
    with pytest.raises(AutostartError, match="cannot remove the start-at-login entry") as caught:
        other.disable()
    assert str(other.path) in str(caught.value)


def test_path_that_is_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    auto = XdgAutostart(["/data/\udcff"], config_home=tmp_path)
    with pytest.raises(AutostartError, match=re.escape(str(tmp_path))) as caught:
        auto.enable()
    assert caught.value.reason == "the command has a path that is not valid UTF-8"
    assert not auto.path.exists()


# --- macOS: the LaunchAgent -------------------------------------------------------


def test_macos_launch_agent_is_written_read_and_removed(tmp_path: Path) -> None:
    command = ["/Applications/Un knot/unknot", "--data-dir", "/tmp/x", "--minimized"]
    auto = autostart_for("darwin", command=command, home=tmp_path)
    assert isinstance(auto, LaunchAgentAutostart)
    plist = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert auto.describe() == str(plist)
    assert not auto.enabled()

    auto.enable()
    with plist.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == command
    assert agent["RunAtLoad"] is True
    assert agent["LimitLoadToSessionType"] == "Aqua"
    assert auto.enabled() and auto.is_current()
    assert not LaunchAgentAutostart(["/other"], home=tmp_path).is_current()

    auto.disable()
    assert not plist.exists() and not auto.enabled()


def test_macos_damaged_agent_reads_as_off_and_is_replaced(tmp_path: Path) -> None:
    auto = LaunchAgentAutostart(["unknot"], home=tmp_path)
    auto.path.parent.mkdir(parents=True)
    auto.path.write_bytes(b"<plist>not really")
    assert not auto.enabled()
    auto.enable()
    assert auto.enabled()


# --- Windows: the Run value, with a fake winreg -----------------------------------


class FakeWinreg:
    """What core.autostart uses of winreg: keys are dicts of name -> (value, type)."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1
    REG_BINARY = 3

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[Any, int]]] = {}
        self.denied = False

    @contextmanager
    def OpenKey(self, key: Any, sub_key: str, reserved: int = 0, access: int = 0) -> Iterator[str]:
        assert key == self.HKEY_CURRENT_USER
        if self.denied and access == self.KEY_SET_VALUE:
            raise PermissionError(13, "Access is denied")
        if sub_key not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        yield sub_key

    @contextmanager
    def CreateKeyEx(
        self, key: Any, sub_key: str, reserved: int = 0, access: int = 0
    ) -> Iterator[str]:
        if self.denied:
            raise PermissionError(13, "Access is denied")
        self.keys.setdefault(sub_key, {})
        yield sub_key

    def QueryValueEx(self, key: str, name: str) -> tuple[Any, int]:
        if name not in self.keys[key]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self.keys[key][name]

    def SetValueEx(self, key: str, name: str, reserved: int, type: int, value: Any) -> None:
        self.keys[key][name] = (value, type)

    def DeleteValue(self, key: str, name: str) -> None:
        if name not in self.keys[key]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del self.keys[key][name]


def test_windows_run_value_is_written_read_and_removed() -> None:
    registry = FakeWinreg()
    command = [r"C:\Program Files\Python311\pythonw.exe", r"C:\Un knot\main.py", "--minimized"]
    auto = autostart_for("win32", command=command, registry=registry)
    assert isinstance(auto, WindowsAutostart)
    assert auto.describe() == rf"HKEY_CURRENT_USER\{RUN_KEY}\Unknot"
    assert not auto.enabled()

    auto.enable()
    line, kind = registry.keys[RUN_KEY]["Unknot"]
    assert kind == registry.REG_SZ
    assert line == r'"C:\Program Files\Python311\pythonw.exe" "C:\Un knot\main.py" --minimized'
    assert auto.enabled() and auto.is_current()
    assert not WindowsAutostart(["other.exe"], registry=registry).is_current()

    auto.disable()
    assert "Unknot" not in registry.keys[RUN_KEY] and not auto.enabled()
    auto.disable()  # already off


def test_windows_task_manager_switch_off_is_seen_and_enable_clears_it() -> None:
    registry = FakeWinreg()
    auto = WindowsAutostart(["unknot.exe", "--minimized"], registry=registry)
    auto.enable()
    registry.keys[APPROVED_KEY] = {"Unknot": (b"\x03" + bytes(11), registry.REG_BINARY)}
    assert not auto.enabled()
    auto.enable()
    assert "Unknot" not in registry.keys[APPROVED_KEY]
    assert auto.enabled()
    registry.keys[APPROVED_KEY]["Unknot"] = (b"\x02" + bytes(11), registry.REG_BINARY)
    assert auto.enabled()


def test_windows_access_denied_is_a_clear_error() -> None:
    registry = FakeWinreg()
    registry.keys[RUN_KEY] = {"Unknot": ("unknot.exe", registry.REG_SZ)}
    registry.denied = True
    auto = WindowsAutostart(["unknot.exe"], registry=registry)
    with pytest.raises(AutostartError, match=r"cannot write .*Access is denied"):
        auto.enable()
    with pytest.raises(AutostartError, match=r"CurrentVersion\\Run\\Unknot: cannot remove"):
        auto.disable()


@pytest.mark.skipif(sys.platform != "win32", reason="the real registry is Windows only")
def test_real_winreg_satisfies_the_protocol() -> None:
    auto = autostart_for("win32", command=["unknot.exe"])
    assert isinstance(auto.enabled(), bool)
