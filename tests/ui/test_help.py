"""Help → Keyboard shortcuts and Help → About, as a user opens them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from desktop import __version__
from desktop.core.store import queries
from desktop.ui.features.shortcuts import collect_shortcuts


def _table_rows(dialog) -> list[tuple[str, str]]:
    table = dialog.table
    rows = []
    for i in range(table.topLevelItemCount()):
        item = table.topLevelItem(i)
        portable = item.data(1, Qt.ItemDataRole.UserRole)
        if portable:
            rows.append((item.text(0).strip(), portable))
    return rows


def test_shortcuts_dialog_lists_every_action_shortcut(qtbot, window) -> None:
    dialog = window.features["shortcuts"].show()
    qtbot.addWidget(dialog)
    rows = _table_rows(dialog)
    listed = {keys for _, keys in rows}
    portable = QKeySequence.SequenceFormat.PortableText
    for action in {*window.findChildren(QAction), *window.actions()}:
        for seq in action.shortcuts():
            if not seq.isEmpty():
                assert any(seq.toString(portable) in keys.split(", ") for keys in listed), action.objectName()
    # The main window's own keys, with what they do.
    descriptions = dict((keys, text) for text, keys in rows)
    assert descriptions["J"] == "Next article"
    assert descriptions[QKeySequence(QKeySequence.StandardKey.Find).toString(portable)] == "Find"
    assert "Keyboard shortcuts" in descriptions.values()


def test_shortcuts_dialog_keeps_every_command_readable_in_vietnamese(qtbot, window) -> None:
    from desktop.ui import i18n

    try:
        i18n.switch_language("vi", remember=False)
        qtbot.waitUntil(lambda: window.menu_help.title() != "&Help")  # the window re-translated
        dialog = window.features["shortcuts"].show()
        qtbot.addWidget(dialog)
        items = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
        keyed = {item.data(1, Qt.ItemDataRole.UserRole): item for item in items
                 if item.data(1, Qt.ItemDataRole.UserRole)}
        assert keyed["Space"].text(1) == "Phím cách"  # Qt's key name, in our qtbase_vi
        redo = next(item for item in items if item.text(0).strip().startswith("Làm lại"))
        assert len(redo.toolTip(1).split(", ")) > 2 == len(redo.text(1).split(", "))
        # no command cut short by the keys' column
        metrics = dialog.table.fontMetrics()
        room = dialog.table.header().sectionSize(0)
        assert all(metrics.horizontalAdvance(item.text(0)) < room for item in items)
    finally:
        i18n.switch_language("en", remember=False)


def test_every_shortcut_has_a_description(window) -> None:
    # A QShortcut without setWhatsThis() would show up blank in the dialog.
    entries = collect_shortcuts(window)
    assert entries
    blank = [e.portable_keys for e in entries if not e.description.strip()]
    assert blank == []
    assert len(window.findChildren(QShortcut)) >= 3


def test_new_actions_show_up_without_editing_the_dialog(qtbot, window) -> None:
    action = QAction("Export notes…", window)
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    window.menu_file.addAction(action)
    dialog = window.features["shortcuts"].show()
    qtbot.addWidget(dialog)
    assert ("Export notes…", "Ctrl+Shift+E") in _table_rows(dialog)
    assert window.features["shortcuts"].action in window.menu_help.actions()


def test_about_shows_version_library_and_counts(window, library, monkeypatch) -> None:
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    window.act_about.trigger()
    counts = queries.counts(library.db)
    assert shown["title"] == "About Giao Ban Reader"
    text = shown["text"]
    assert __version__ in text
    assert str(library.path) in text
    assert f"Articles: {counts['articles']}" in text and counts["articles"] == 5
    assert f"Notes: {counts['notes']}" in text
