"""UI state in QSettings (window layout, last article, zoom, language).

Read and written here only. The library itself never lives in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORG = "GiaoBan"
APP = "GiaoBanReader"


def settings() -> QSettings:
    """The application's settings store."""
    return QSettings(ORG, APP)


def read(key: str, default: object = None) -> object:
    """One setting, or ``default``."""
    value = settings().value(key, default)
    return default if value is None else value


def read_int(key: str, default: int) -> int:
    """An integer setting (QSettings may hand back strings)."""
    try:
        return int(read(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def read_bytes(key: str) -> QByteArray | None:
    """A QByteArray setting (window geometry and state)."""
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None


def write(key: str, value: object) -> None:
    """Store one setting."""
    store = settings()
    store.setValue(key, value)
    store.sync()
