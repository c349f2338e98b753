"""Dialogs that tell the user about problems, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.store.db import Library, LibraryError, Reason


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryErrors", text)


def library_error_text(exc: LibraryError) -> str:
    """One translated sentence about a library problem."""
    messages = {
        Reason.NOT_A_LIBRARY: _tr(
            "The file %1 is not a Giao Ban Reader library. It was left exactly as it was."
        ),
        Reason.NEWER_VERSION: _tr(
            "The library %1 was made by a newer version of Giao Ban Reader. "
            "Please update the app to open it; the library was not changed."
        ),
        Reason.UNWRITABLE: _tr(
            "The library %1 cannot be created or written there. Check that the folder "
            "exists and that you may write to it."
        ),
        Reason.CORRUPT: _tr("The library %1 is damaged and cannot be read. It was not changed."),
        Reason.DISK_FULL: _tr("The disk is full, so the library %1 cannot be written. Nothing was changed."),
        Reason.LOCKED: _tr("The library %1 is busy in another program. Try again in a moment."),
        Reason.READ_ONLY: _tr("The library %1 is read-only: you can read it but not change it."),
    }
    return messages.get(exc.reason, _tr("The library %1 cannot be used.")).replace("%1", str(exc.path))


def library_error_dialog(exc: LibraryError, parent: QWidget | object | None = None) -> Library | None:
    """Tell the user the library cannot be opened; return a replacement or None."""
    box = QMessageBox(parent if isinstance(parent, QWidget) else None)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Cannot open the library"))
    box.setText(library_error_text(exc))
    if exc.detail:
        box.setDetailedText(exc.detail)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
    return None
