"""Set up and check Unknot with one command, on Linux, macOS and Windows.

    python3 dev.py run [APP ARGS...]   start the app, or run a command of it
    python3 dev.py test [PYTEST ARGS...]   ruff, mypy and the whole test suite

Both build `.venv` from pyproject.toml first when it is missing or older than
pyproject.toml: `run` installs what the app needs, `test` adds the test tools. Only the
Python standard library is used here, so a machine with Python 3.11+ and pip needs
nothing else.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
# One stamp per kind of install; the test install holds everything the app needs too.
STAMPS = {"app": VENV / ".unknot-installed-app", "test": VENV / ".unknot-installed-test"}
PYPROJECT = ROOT / "pyproject.toml"


def venv_python() -> Path:
    """The interpreter inside .venv, wherever the platform puts it."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_is_current(kind: str) -> bool:
    """True when .venv holds the `kind` install ("app" or "test") made from the
    pyproject.toml that is here now; the test install counts for the app too."""
    kinds = ("app", "test") if kind == "app" else ("test",)
    return venv_python().exists() and any(
        STAMPS[each].exists() and STAMPS[each].stat().st_mtime >= PYPROJECT.stat().st_mtime
        for each in kinds
    )


def ensure_venv(kind: str) -> Path:
    """Build or refresh .venv with what `kind` ("app" or "test") needs, then return its
    interpreter."""
    python = venv_python()
    if venv_is_current(kind):
        return python
    if not python.exists():
        print("dev.py: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    target = f"{ROOT}[test]" if kind == "test" else str(ROOT)
    what = "Unknot and its test tools" if kind == "test" else "Unknot"
    print(f"dev.py: installing {what} into .venv", flush=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--editable", target], check=True
    )
    STAMPS[kind].touch()
    return python


def run_checks(python: Path, pytest_args: list[str]) -> int:
    """ruff, mypy and pytest in turn; the first failure stops the run."""
    steps = [
        ("ruff check", [str(python), "-m", "ruff", "check", "."]),
        ("ruff format --check", [str(python), "-m", "ruff", "format", "--check", "."]),
        ("mypy", [str(python), "-m", "mypy"]),
        ("pytest", [str(python), "-m", "pytest", *pytest_args]),
    ]
    for name, command in steps:
        print(f"dev.py: {name}", flush=True)
        code = subprocess.run(command, cwd=ROOT, check=False).returncode
        if code != 0:
            print(f"dev.py: {name} failed (exit {code})", file=sys.stderr)
            return code
    print("dev.py: every check passed")
    return 0


def main(argv: list[str]) -> int:
    """Dispatch `run` or `test`."""
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    try:
        python = ensure_venv("app" if argv[0] == "run" else "test")
    except subprocess.CalledProcessError as error:
        print(f"dev.py: setting up .venv failed: {error}", file=sys.stderr)
        return 1
    if argv[0] == "run":
        return subprocess.run(
            [str(python), str(ROOT / "main.py"), *argv[1:]], check=False
        ).returncode
    return run_checks(python, argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
