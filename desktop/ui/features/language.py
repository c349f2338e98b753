"""View → Language: switch between Tiếng Việt and English while the app runs.

The choice is remembered (QSettings ``ui/language``, read by
``desktop.ui.app.main``). Switching installs the new translators; every open
window then gets ``QEvent.LanguageChange`` and calls ``window.retranslate()``,
which runs every feature's retranslate hook. Dates in the list and the reader
are redrawn too, since their format follows the language (dd/MM/yyyy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.ui import i18n

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class LanguageController(QObject):
    """The Language submenu and the live re-translation of the window.

    Attributes:
        menu: View → Language.
        actions: one checkable action per shipped language, by code.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("languageController")
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("menuLanguage")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            action = QAction(i18n.LANGUAGE_NAMES[code], self.menu)
            action.setObjectName(f"actLanguage_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        window.menu_view.addSeparator()
        window.menu_view.addMenu(self.menu)
        i18n.watch_language_change(window, self.on_language_changed)
        window.retranslate_hooks.append(self.retranslate)

    def choose(self, code: str) -> None:
        """Switch the whole app to ``code`` and remember it."""
        if code != i18n.current_language():
            i18n.switch_language(code)
        self._sync_checks()

    def on_language_changed(self) -> None:
        """Qt said the language changed: re-set every string, redraw dates."""
        if not self.window.isVisible():
            # A closed window (its library may be closed too) has nothing to redraw.
            return
        self.window.retranslate()
        model = self.window.article_model
        rows, columns = model.rowCount(), model.columnCount()
        if rows and columns:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
        self.window.refresh_reader()

    def retranslate(self) -> None:
        """Set this feature's strings (a retranslate hook)."""
        # Both names, so someone stuck in a language they cannot read finds it.
        self.menu.setTitle(QCoreApplication.translate("LanguageMenu", "&Language (Ngôn ngữ)"))
        self._sync_checks()

    def _sync_checks(self) -> None:
        current = i18n.current_language()
        for code, action in self.actions.items():
            action.setChecked(code == current)


def install(window: MainWindow) -> LanguageController:
    """Add View → Language to ``window``."""
    return LanguageController(window)
