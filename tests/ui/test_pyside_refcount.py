"""Guard against the PySide6 build that frees None (6.12.0 on Python 3.11).

That build dropped one reference to ``None`` on every call of a Qt method
returning void; on Python 3.11 a few thousand painter calls aborted the app
with "none_dealloc". pyproject pins PySide6-Essentials below 6.12 there; this
test fails if an install brings such a build back.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_void_qt_calls_do_not_drop_references_to_none(qapp) -> None:
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setPen(QColor("red"))
        painter.drawRect(1, 1, 3, 3)
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references in 4,000 calls"
