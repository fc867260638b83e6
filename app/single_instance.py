"""One running Paydesk per config directory; starting it again raises the running window.

The first process holds a `QLockFile` in the config directory and listens on a `QLocalServer`
whose name is derived from that directory, so two copies started with different ``--config-dir``
never see each other. A second process fails to take the lock, sends ``raise`` over a
`QLocalSocket` (`notify_running`) and exits; the first emits `activation_requested`.

A lock left behind by a killed process is recovered: with ``setStaleLockTime(0)`` `QLockFile`
judges staleness by whether the process that wrote the lock still runs (not by the file's age,
which would break a lock held for hours), and the dead process's socket file is removed before
listening again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from app.resources import APP_ID

if TYPE_CHECKING:  # QtNetwork is loaded by `listen` and `notify_running`, after the first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
LOCK_WAIT_MS = 200
"""How long `acquire` waits for a lock another process is just releasing."""


def server_name_for(config_dir: Path, app_id: str = APP_ID) -> str:
    """The local socket name of the instance using ``config_dir`` (short: Unix sockets have a
    path limit of about 100 bytes)."""
    key = f"{os.path.abspath(config_dir)}\0{getattr(os, 'getuid', lambda: 0)()}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{app_id}-{digest}"


class SingleInstance(QObject):
    """The guard one Paydesk process holds for its config directory. Keep it alive while running."""

    activation_requested = Signal()
    """Another start of Paydesk with the same config directory asked this one to come forward."""

    def __init__(self, config_dir: Path, app_id: str = APP_ID, parent: QObject | None = None):
        super().__init__(parent)
        self._config_dir = Path(config_dir)
        self._app_id = app_id
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def lock_path(self) -> Path:
        return self._config_dir / f"{self._app_id}.lock"

    @property
    def server_name(self) -> str:
        return server_name_for(self._config_dir, self._app_id)

    @property
    def is_primary(self) -> bool:
        """True once `acquire` succeeded and until `release`."""
        return self._lock is not None and self._lock.isLocked()

    def acquire(self, *, listen: bool = True) -> bool:
        """Become the running instance: False if another live process already is.

        With ``listen=False`` the socket later starts answer only once `listen` is called (the
        application does that after its first paint; `notify_running` waits for it).
        When the lock cannot be created at all (a read-only directory), Paydesk runs unguarded
        rather than not at all; that is logged.
        """
        if self.is_primary:
            return True
        self._config_dir.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)
        if not lock.tryLock(LOCK_WAIT_MS):
            error = lock.error()
            if error == QLockFile.LockError.LockFailedError:
                # (pid, host name, app name) of the holder
                log.info("Paydesk already runs for %s: %s", self._config_dir, lock.getLockInfo())
                return False
            log.warning(
                "Cannot create the lock file %s (%s); running unguarded", lock.fileName(), error
            )
            return True
        self._lock = lock
        if listen:
            self.listen()
        return True

    def notify_running(self, timeout_ms: int = 2000) -> bool:
        """Ask the running instance to raise its window. False if it could not be reached.

        A holder of the lock that is still starting has no socket yet: that is retried until
        ``timeout_ms`` has passed.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(timeout_ms):
                break
            not_yet = socket.error() in (
                QLocalSocket.LocalSocketError.ServerNotFoundError,
                QLocalSocket.LocalSocketError.ConnectionRefusedError,
            )
            if not not_yet or time.monotonic() >= deadline:
                log.warning("The running Paydesk did not answer: %s", socket.errorString())
                return False
            time.sleep(0.05)
        socket.write(RAISE_MESSAGE)
        sent = socket.waitForBytesWritten(timeout_ms) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return sent

    def release(self) -> None:
        """Stop listening and remove the lock file (on an orderly exit)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def listen(self) -> None:
        """Answer later starts (see `notify_running`); once, and only while holding the lock."""
        if self._server is not None or not self.is_primary:
            return
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = self.server_name
        in_use = QAbstractSocket.SocketError.AddressInUseError
        if not server.listen(name) and server.serverError() == in_use:
            # We hold the lock, so whatever is at that name belongs to a dead process.
            QLocalServer.removeServer(name)
            server.listen(name)
        if not server.isListening():
            log.warning(
                "Cannot listen on %s (%s): a second start will not raise this window",
                name,
                server.errorString(),
            )
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(partial(self._read, socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            message = bytes(socket.readLine().data())
            if message == RAISE_MESSAGE:
                log.info("Another start of Paydesk asked this window to come forward")
                self.activation_requested.emit()
            else:
                log.warning("Ignored unknown message %r on the instance socket", message[:40])
