"""Help → Keyboard shortcuts: every shortcut of the window, in one table.

The table is generated from the window's own ``QAction`` and ``QShortcut``
objects each time it is shown, so it stays true as features add actions.
An action is listed under the menu it sits in; a bare ``QShortcut`` (``j``,
``k``, Space in the article list) is described by its ``whatsThis`` text, or
by the small table below for the main window's own keys. Features adding a
``QShortcut`` should ``setWhatsThis(...)`` on it so it appears here
(``tests/test_i18n.py`` checks that every shortcut has a description).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_CONTEXT = "ShortcutsDialog"

# Descriptions for the main window's bare QShortcuts, by portable key text.
# Marked for lupdate here, translated when the table is built.
_KNOWN_KEYS = {
    "J": QT_TRANSLATE_NOOP("ShortcutsDialog", "Next article"),
    "K": QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous article"),
    "Space": QT_TRANSLATE_NOOP("ShortcutsDialog", "Scroll the article down one screen"),
}


def _tr(text: str) -> str:
    # Only for strings marked with QT_TRANSLATE_NOOP above (lupdate reads those).
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class ShortcutEntry:
    """One row of the table.

    Attributes:
        group: where the command lives (a menu title, or "Article list and reader").
        description: what the keys do, in the UI language.
        keys: the key sequences as the platform writes them (``Ctrl+F``).
        portable_keys: the same in portable form, for tests and de-duplication.
        shown_keys: the first two of ``keys``, for the table (all are in its
            tooltip): Qt's standard keys can be many (Redo: Ctrl+Y,
            Alt+Shift+Backspace, Ctrl+Shift+Z and a media key), which would
            push the commands out of view.
    """

    group: str
    description: str
    keys: str
    portable_keys: str
    shown_keys: str


def _plain(text: str) -> str:
    """A menu text without its ``&`` accelerator marks (``&&`` stays ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _keys(sequences: list[QKeySequence], fmt: QKeySequence.SequenceFormat) -> str:
    return ", ".join(s.toString(fmt) for s in sequences if not s.isEmpty())


def collect_shortcuts(window: QWidget) -> list[ShortcutEntry]:
    """Every shortcut reachable in ``window``, grouped by menu.

    Args:
        window: the main window (its actions, its children's actions and
            ``QShortcut`` objects are all collected).

    Returns:
        Entries sorted by group, then description; duplicates (the same keys
        doing the same thing from two widgets) appear once.
    """
    native = QKeySequence.SequenceFormat.NativeText
    portable = QKeySequence.SequenceFormat.PortableText
    entries: dict[tuple[str, str, str], ShortcutEntry] = {}
    actions = list(dict.fromkeys([*window.actions(), *window.findChildren(QAction)]))
    for action in actions:
        sequences = [s for s in action.shortcuts() if not s.isEmpty()]
        if not sequences:
            continue
        menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
        group = _plain(menus[0].title()) if menus else _tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "General"))
        description = _plain(action.text()) or _plain(action.toolTip()) or action.objectName()
        keys = _keys(sequences, portable)
        entries[(group, description, keys)] = ShortcutEntry(
            group, description, _keys(sequences, native), keys, _keys(sequences[:2], native)
        )
    nav_group = _tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Article list and reader"))
    for shortcut in window.findChildren(QShortcut):
        sequences = [s for s in shortcut.keys() if not s.isEmpty()]
        if not sequences or not shortcut.isEnabled():
            continue
        keys = _keys(sequences, portable)
        description = shortcut.whatsThis() or (_tr(_KNOWN_KEYS[keys]) if keys in _KNOWN_KEYS else "")
        entries[(nav_group, description, keys)] = ShortcutEntry(
            nav_group, description, _keys(sequences, native), keys, _keys(sequences[:2], native)
        )
    return sorted(entries.values(), key=lambda e: (e.group, e.description))


class ShortcutsDialog(QDialog):
    """A read-only table of every shortcut, rebuilt when shown or re-translated."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self._window = window
        self.table = QTreeWidget()
        self.table.setObjectName("shortcutsTable")
        self.table.setColumnCount(2)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the table from the window's current actions, in the UI language."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.clear()
        group_item: QTreeWidgetItem | None = None
        bold = self.table.font()
        bold.setBold(True)
        for entry in collect_shortcuts(self._window):
            if group_item is None or group_item.text(0) != entry.group:
                group_item = QTreeWidgetItem(self.table, [entry.group, ""])
                group_item.setFont(0, bold)
                group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group_item.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(self.table, ["    " + entry.description, entry.shown_keys])
            item.setData(1, Qt.ItemDataRole.UserRole, entry.portable_keys)
            item.setToolTip(0, entry.description)
            item.setToolTip(1, entry.keys)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)


class ShortcutsController:
    """Help → Keyboard shortcuts (F1).

    Attributes:
        action: the menu action.
        dialog: the dialog, once opened.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: ShortcutsDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actShortcuts")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action.triggered.connect(self.show)
        window.menu_help.insertAction(window.act_about, self.action)
        window.addAction(self.action)
        window.retranslate_hooks.append(self.retranslate)

    def show(self) -> ShortcutsDialog:
        """Open (or raise) the dialog, listing the shortcuts as they are now."""
        if self.dialog is None:
            self.dialog = ShortcutsDialog(self.window)
        else:
            self.dialog.rebuild()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def retranslate(self) -> None:
        """Set this feature's strings (a retranslate hook)."""
        self.action.setText(QCoreApplication.translate("ShortcutsDialog", "&Keyboard shortcuts"))


def install(window: MainWindow) -> ShortcutsController:
    """Add Help → Keyboard shortcuts to ``window``."""
    return ShortcutsController(window)
