"""One instance per data folder: a second launch brings the running window to the front.

The launches are real `main.py` subprocesses on the offscreen platform; what the first
one did is read from its log.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDeadlineTimer
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from core.instance_lock import APP, InstanceLock, InstanceLocked
from tests.core.test_instance_lock import lock_held_elsewhere
from tests.helpers import MAIN, ROOT, app_env
from ui.single_instance import InstanceServer, ask, claim_or_hand_over, server_name

DEADLINE_S = 20
SHOWN = "INFO unknot.app: main window shown"
ASKED = "another launch asked to show the window"


class Launches:
    """Real launches of the app with one data folder; every one still running is
    killed at the end."""

    def __init__(self, root: Path) -> None:
        self.data = root / "data"
        self.log = self.data / "logs" / "unknot.log"
        self.env = app_env(QT_QPA_PLATFORM="offscreen")  # TMPDIR: in the test's folder
        self.running: list[subprocess.Popen[str]] = []

    def start(self, *args: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, str(MAIN), "--data-dir", str(self.data), *args],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.running.append(process)
        return process

    def count(self, text: str) -> int:
        return self.log.read_text(encoding="utf-8").count(text) if self.log.exists() else 0

    def wait_for(self, text: str, times: int, process: subprocess.Popen[str]) -> None:
        deadline = time.monotonic() + DEADLINE_S
        while self.count(text) < times:
            if process.poll() is not None:
                pytest.fail(f"the app exited early with {process.returncode}: {process.stderr}")
            if time.monotonic() > deadline:
                pytest.fail(f"'{text}' did not appear {times}× in {self.log}")
            time.sleep(0.05)

    def end(self, process: subprocess.Popen[str]) -> None:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=DEADLINE_S)
        assert process.returncode == 0

    def kill_all(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.kill()
            process.communicate(timeout=DEADLINE_S)


@pytest.fixture(autouse=True)
def _sockets_in_the_test_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt puts a local server's socket in TMPDIR: keep it inside the test's folder."""
    temp = tmp_path / "t"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))


@pytest.fixture
def launches(tmp_path: Path) -> Iterator[Launches]:
    result = Launches(tmp_path)
    yield result
    result.kill_all()


@pytest.mark.slow_subprocess
@pytest.mark.skipif(os.name != "posix", reason="SIGTERM and SIGKILL")
def test_a_second_launch_brings_the_first_to_the_front_and_a_killed_first_leaves_no_lock(
    launches: Launches,
) -> None:
    first = launches.start()
    launches.wait_for(SHOWN, 1, first)

    started = time.monotonic()
    second = launches.start()
    _, stderr = second.communicate(timeout=DEADLINE_S)
    assert second.returncode == 0, stderr
    assert stderr == ""
    assert time.monotonic() - started < 5
    launches.wait_for(ASKED, 1, first)
    assert first.poll() is None  # still running, with its window in front

    first.send_signal(signal.SIGKILL)
    first.wait(timeout=DEADLINE_S)
    third = launches.start()  # the lock and the socket file are left over from the killed one
    launches.wait_for(SHOWN, 2, third)
    launches.end(third)
    assert launches.count(ASKED) == 1


@pytest.mark.slow_subprocess
@pytest.mark.skipif(os.name != "posix", reason="SIGTERM")
def test_two_launches_at_the_same_moment_leave_one_window(launches: Launches) -> None:
    one, two = launches.start(), launches.start()
    deadline = time.monotonic() + DEADLINE_S
    while one.poll() is None and two.poll() is None:
        assert time.monotonic() < deadline, "neither launch handed over to the other"
        time.sleep(0.05)
    gone, kept = (one, two) if one.poll() is not None else (two, one)
    _, stderr = gone.communicate(timeout=DEADLINE_S)
    assert gone.returncode == 0, stderr
    launches.wait_for(ASKED, 1, kept)
    launches.wait_for(SHOWN, 1, kept)
    launches.end(kept)
    assert launches.count(SHOWN) == 1


@pytest.mark.slow_subprocess
@pytest.mark.skipif(os.name != "posix", reason="SIGTERM")
def test_a_minimized_second_launch_only_checks_the_first_is_there(launches: Launches) -> None:
    first = launches.start("--minimized")
    launches.wait_for("main window shown minimized", 1, first)
    second = launches.start("--minimized")
    _, stderr = second.communicate(timeout=DEADLINE_S)
    assert second.returncode == 0, stderr
    launches.end(first)
    assert launches.count(ASKED) == 0
    assert "it answered" in launches.log.read_text(encoding="utf-8")


def test_a_launch_nobody_answers_gives_up_naming_the_holder(qapp: object, tmp_path: Path) -> None:
    with lock_held_elsewhere(tmp_path, "import") as holder:
        started = time.monotonic()
        with pytest.raises(InstanceLocked, match=rf"\(import, process {holder.pid}\)"):
            claim_or_hand_over(tmp_path, show=True, wait_s=0.3)
        assert 0.3 <= time.monotonic() - started < 3
    lock = claim_or_hand_over(tmp_path, show=True, wait_s=0.3)  # the holder has gone
    assert lock is not None and lock.held
    lock.release()


def test_a_show_that_comes_before_the_window_is_kept_for_it(qtbot: QtBot, tmp_path: Path) -> None:
    server = InstanceServer(tmp_path)
    with InstanceLock.acquire(tmp_path, APP):
        assert server.listen()
    client = QLocalSocket()
    client.connectToServer(server.name)
    client.write(b"show\n")
    qtbot.waitUntil(client.canReadLine, timeout=5000)
    assert bytes(client.readLine().data()) == b"ok\n"
    shown: list[bool] = []
    server.on_show(lambda: shown.append(True))
    assert shown == [True]
    server.on_show(lambda: shown.append(False))
    assert shown == [True]  # kept once, handed over once
    client.abort()
    server.close()


def test_unknown_requests_get_no_answer(qtbot: QtBot, tmp_path: Path) -> None:
    server = InstanceServer(tmp_path)
    assert server.listen()
    shown: list[bool] = []
    server.on_show(lambda: shown.append(True))
    client = QLocalSocket()
    client.connectToServer(server.name)
    client.write(b"format c:\n")
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert client.readAll().data() == b""
    assert shown == []
    server.close()
    assert not ask(server.name, b"show", QDeadlineTimer(200))  # nobody listens now


def test_the_name_is_short_and_differs_per_data_folder(tmp_path: Path) -> None:
    deep = tmp_path / ("x" * 200)
    assert len(server_name(deep)) < 30
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "b" / ".." / "a")
