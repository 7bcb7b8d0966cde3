"""One window per data folder: a second launch brings the running window to the front.

The instance lock (core/instance_lock.py) alone decides who is first, even when two
launches start at the same moment. The first one listens on a QLocalServer named from
the user and the data folder; a later launch finds the lock held, connects, sends one
line, "show" ("ping" when it was started --minimized), and exits with status 0 once
the running one answers "ok". A launch that gets no answer (the first one is still
starting, or a CLI import holds the lock) tries again for a few seconds, then says who
holds the journal.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, QThread
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox

from core.i18n import translate
from core.instance_lock import APP, InstanceLock, InstanceLocked

log = logging.getLogger("unknot.instance")

SHOW = b"show"
PING = b"ping"
OK = b"ok"
WAIT_S = 5.0
"""How long a second launch keeps trying to reach the first one (or to become it)."""
_RETRY_MS = 100
_MAX_LINE = 64


def server_name(data: Path) -> str:
    """The local server's name for this user and data folder: short, because on Unix it
    becomes a socket path in the temp folder and those are limited to about 100 bytes."""
    key = f"{_user()}\0{data.resolve()}".encode()
    return f"unknot-{hashlib.sha256(key).hexdigest()[:16]}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the password file
        return str(os.getuid()) if hasattr(os, "getuid") else ""


class InstanceServer(QObject):
    """The running Unknot's ear: answers "show" and "ping" from later launches.

    A "show" that arrives before the window exists (while the journal opens) is kept
    and handled as soon as `on_show` is given its handler.
    """

    def __init__(self, data: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._handler: Callable[[], None] | None = None
        self._pending = False

    def listen(self) -> bool:
        """Start listening. Call only while holding the instance lock: only then is a
        socket file with this name surely left over from an Unknot that died, and safe
        to remove."""
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            log.info("listening for later launches on %s", self._server.fullServerName())
            return True
        log.warning("cannot listen on %s: %s", self.name, self._server.errorString())
        return False

    def on_show(self, handler: Callable[[], None]) -> None:
        """Call `handler` for every "show" from now on (and now, for one that came early)."""
        self._handler = handler
        if self._pending:
            self._pending = False
            handler()

    def close(self) -> None:
        """Stop listening (removes the socket file on Unix)."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()  # a child of the server
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # the line may have come with the connection

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_LINE:
                socket.abort()
            return
        request = bytes(socket.readLine(_MAX_LINE).data()).strip()
        if request == SHOW:
            log.info("another launch asked to show the window")
            self._show()
        elif request != PING:
            log.warning("unknown request from another launch: %r", request[:_MAX_LINE])
            socket.disconnectFromServer()
            return
        socket.write(OK + b"\n")
        socket.flush()
        socket.disconnectFromServer()

    def _show(self) -> None:
        if self._handler is None:
            self._pending = True
        else:
            self._handler()


def claim_or_explain(data: Path, show: bool) -> InstanceLock | None:
    """`claim_or_hand_over`, with a journal held by someone who does not answer
    explained in a dialog as well as on stderr (a launcher shows no stderr)."""
    try:
        return claim_or_hand_over(data, show)
    except InstanceLocked as error:
        title = translate("single_instance", "Unknot is already running")
        QMessageBox.warning(None, title, str(error))
        raise


def claim_or_hand_over(data: Path, show: bool, wait_s: float = WAIT_S) -> InstanceLock | None:
    """The instance lock for the window, or None when the Unknot already running with
    this data folder answered (it brings its window to the front when `show`).

    Raises InstanceLocked when the lock stays held and nobody answers within `wait_s`.
    """
    deadline = QDeadlineTimer(int(wait_s * 1000))
    name = server_name(data)
    while True:
        try:
            return InstanceLock.acquire(data, APP)
        except InstanceLocked as error:
            refused = error
        if ask(name, SHOW if show else PING, deadline):
            pid = refused.holder.pid
            log.info("Unknot is already running here (process %s); it answered", pid)
            return None
        if deadline.hasExpired():
            log.warning("%s; it did not answer within %.0f s", refused, wait_s)
            raise refused
        QThread.msleep(min(_RETRY_MS, max(0, deadline.remainingTime())))


def ask(name: str, request: bytes, deadline: QDeadlineTimer) -> bool:
    """Send one request to the server `name`; True when it answered "ok" in time."""
    socket = QLocalSocket()  # lives only for this call; Python deletes it on return
    try:
        socket.connectToServer(name)
        if not socket.waitForConnected(_remaining_ms(deadline)):
            return False
        socket.write(request + b"\n")
        socket.flush()
        while not socket.canReadLine():
            if not socket.waitForReadyRead(_remaining_ms(deadline)):
                return False
        return bytes(socket.readLine(_MAX_LINE).data()).strip() == OK
    finally:
        socket.abort()


def _remaining_ms(deadline: QDeadlineTimer) -> int:
    """What is left of `deadline`, at least 1 ms (Qt's waitFor* read -1 as "forever")."""
    return max(1, int(deadline.remainingTime()))
