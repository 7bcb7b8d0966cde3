"""Start the real app as a user would, wait until it is up, and end it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import MAIN, ROOT, app_env

STARTUP_DEADLINE_S = 30


def wait_for_log(log: Path, text: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8"):
            return
        if process.poll() is not None:
            pytest.fail(f"the app exited early with {process.returncode}")
        time.sleep(0.05)
    pytest.fail(f"'{text}' did not appear in {log} within {STARTUP_DEADLINE_S} s")


@pytest.mark.slow_subprocess
@pytest.mark.skipif(os.name != "posix", reason="SIGTERM")
def test_app_starts_and_quits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    process = subprocess.Popen(
        [sys.executable, str(MAIN), "--data-dir", str(data)],
        cwd=ROOT,
        env=app_env(QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_log(data / "logs" / "unknot.log", "main window shown", process)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=STARTUP_DEADLINE_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0
    assert stderr == b""
    log = (data / "logs" / "unknot.log").read_text(encoding="utf-8")
    assert "event loop ended with 0" in log
