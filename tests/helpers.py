"""Running the real app as a subprocess, with every path in a temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"


def app_env(**overrides: str | None) -> dict[str, str]:
    """The current (already redirected) environment, with overrides; None removes a name."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`python main.py ARGS`, as a user would type it."""
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        cwd=ROOT,
        env=env if env is not None else app_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
