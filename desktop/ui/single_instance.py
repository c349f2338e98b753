"""One window per library: a second start brings the first window forward.

Decision (issue 10, "two windows on one library"): the first window on a
library listens on a local socket (``QLocalServer``) named after the
library's resolved path and the user. A second start on the same library
connects, sends ``activate``, waits for ``ok`` and exits 0; the first window
comes to the front. Different libraries get different names, so two windows
on two libraries live side by side.

This is a courtesy, not the safety net: the store is safe with several
writers anyway (``BEGIN IMMEDIATE`` transactions with a ``busy_timeout``,
see ``desktop.core.store.db.LibraryDatabase``), which is what the command
line relies on while the window is open, and what covers the rare race of
two windows starting in the same instant.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
OK = b"ok\n"


def server_name(library: Path) -> str:
    """The local socket name for ``library`` (per user, per resolved path)."""
    try:
        resolved = str(Path(library).expanduser().resolve())
    except OSError:
        resolved = str(Path(library).expanduser().absolute())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:24]
    return f"giaoban-{digest}"


class SingleInstance(QObject):
    """The library's local server (first window) or its client (second start).

    Signals:
        activation_requested(): another start on this library asked the
            window to come forward.
    """

    activation_requested = Signal()

    def __init__(self, library: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(library)
        self.server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 1500) -> bool:
        """Ask a running window on this library to come forward.

        Returns:
            True when a window answered (this start should exit), False when
            none is listening.
        """
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        answered = False
        while socket.waitForReadyRead(timeout_ms):
            if socket.canReadLine():
                answered = bytes(socket.readLine().data()) == OK
                break
        socket.disconnectFromServer()
        return answered

    def listen(self) -> bool:
        """Become the library's server; False if the name cannot be taken."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a window that crashed: nobody answered
            # notify_running, so it is stale.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._on_new_connection)
        self.server = server
        return True

    def close(self) -> None:
        """Stop listening (the window closed)."""
        if self.server is not None:
            self.server.close()
            self.server = None

    def _on_new_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            if line == ACTIVATE:
                socket.write(OK)
                socket.flush()
                self.activation_requested.emit()


def bring_forward(window: object) -> None:
    """Show ``window`` un-minimised, raised and active."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if not isinstance(window, QWidget):
        return
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
