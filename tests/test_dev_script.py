"""dev.py, the README's two commands: `run` installs what the app needs and no test tools,
`test` adds them, and neither reinstalls what is current; every command line the README
gives through `dev.py run` is one the app accepts."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest

import dev
from main import build_parser

ROOT = Path(__file__).resolve().parents[1]


class FakeInstall:
    """Stands in for venv creation and pip: records what would be installed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        self.installed: list[str] = []
        self.ran: list[list[str]] = []
        venv_dir = tmp_path / ".venv"
        monkeypatch.setattr(dev, "VENV", venv_dir)
        monkeypatch.setattr(
            dev,
            "STAMPS",
            {
                "app": venv_dir / ".unknot-installed-app",
                "test": venv_dir / ".unknot-installed-test",
            },
        )
        monkeypatch.setattr(
            dev.venv.EnvBuilder, "create", lambda _builder, env_dir: self._create(env_dir)
        )
        monkeypatch.setattr(dev.subprocess, "run", self._run)

    def _create(self, env_dir: Path) -> None:
        python = dev.venv_python()
        python.parent.mkdir(parents=True)
        python.touch()

    def _run(self, command: list[str], check: bool = False, **_: Any) -> Any:
        if command[1:4] == ["-m", "pip", "install"] and command[-2:] != ["--upgrade", "pip"]:
            self.installed.append(command[-1])
        elif command[1:4] != ["-m", "pip", "install"]:
            self.ran.append(command[1:])
        return subprocess.CompletedProcess(command, 0)


def test_run_installs_the_app_without_the_test_tools(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = FakeInstall(monkeypatch, tmp_path)
    dev.ensure_venv("app")
    assert fake.installed == [str(dev.ROOT)]
    dev.ensure_venv("app")  # current: nothing again
    assert fake.installed == [str(dev.ROOT)]
    dev.ensure_venv("test")
    assert fake.installed == [str(dev.ROOT), f"{dev.ROOT}[test]"]
    dev.ensure_venv("test")
    dev.ensure_venv("app")  # the test install holds the app too
    assert len(fake.installed) == 2


def test_a_test_install_serves_run_without_installing_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = FakeInstall(monkeypatch, tmp_path)
    dev.ensure_venv("test")
    dev.ensure_venv("app")
    assert fake.installed == [f"{dev.ROOT}[test]"]


def test_the_readme_commands_install_what_each_needs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As typed: `python3 dev.py run …` (it once asked for an install kind named "run").
    fake = FakeInstall(monkeypatch, tmp_path)
    assert dev.main(["run", "--data-dir", "/tmp/try", "demo"]) == 0
    assert fake.installed == [str(dev.ROOT)]
    assert fake.ran == [[str(dev.ROOT / "main.py"), "--data-dir", "/tmp/try", "demo"]]
    assert dev.main(["test", "-k", "journal"]) == 0
    assert fake.installed == [str(dev.ROOT), f"{dev.ROOT}[test]"]
    assert fake.ran[-1] == ["-m", "pytest", "-k", "journal"]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.findall(r"python3 dev\.py run((?: [^`\n#]*)?)", text)
    # In the command list a comment follows after two or more spaces.
    return [each.split("  ")[0].strip() for each in found]


def test_every_readme_command_through_dev_py_is_accepted_by_the_app() -> None:
    commands = _readme_commands()
    assert len(commands) >= 8, commands
    parser = build_parser()
    for command in commands:
        # The README's placeholders stand for values the user fills in.
        words = [w for w in shlex.split(command.replace("|", " ")) if w not in {"[", "]"}]
        words = [re.sub(r"[\[\]]", "", w) for w in words]
        words = [{"N": "4"}.get(w, w) for w in words if w and w != "..."]
        if "json" in words and "csv" in words:
            words.remove("csv")
        try:
            parser.parse_args(words)
        except SystemExit as leaving:
            if leaving.code != 0:  # --version and --help leave with 0
                raise AssertionError(f"README: python3 dev.py run {command}") from leaving


def test_no_readme_or_doc_command_needs_the_venv_activated() -> None:
    # `python main.py …` fails with ModuleNotFoundError after the quick start: the app's
    # libraries are in .venv only.
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"(?<![/\w])python3? main\.py\b", text), page.name
