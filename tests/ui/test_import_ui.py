"""Importing from the window: menu actions, drag and drop, progress, Cancel,
the summary, and a window that keeps answering while the worker imports."""

from __future__ import annotations

import warnings
from pathlib import Path

from import_factories import article_text, assert_consistent, write_mixed_folder
from import_factories import many_files as _many
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.core.importer import FailReason, Outcome
from desktop.core.store import queries
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.import_dialog import COL_DETAIL, COL_FILE, COL_OUTCOME, reason_text


def _controller(window: MainWindow):
    return window.features["importing"]


def _wait_done(qtbot, window: MainWindow, timeout: int = 60000):
    ctl = _controller(window)
    qtbot.waitUntil(lambda: not ctl.running, timeout=timeout)
    return ctl


def test_import_folder_from_the_menu_shows_a_summary(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:
    files = write_mixed_folder(tmp_path / "mixed")
    ctl = _controller(window)
    monkeypatch.setattr(type(ctl), "ask_folder", classmethod(lambda cls, parent: str(tmp_path / "mixed")))
    assert ctl.act_folder in window.menu_file.actions() and ctl.act_files in window.menu_file.actions()
    before = window.article_model.total()
    with qtbot.waitSignal(ctl.import_finished, timeout=60000) as finished:
        ctl.act_folder.trigger()
    reports = finished.args[0]
    dialog = ctl.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    assert dialog.progress.value() == dialog.progress.maximum() == len(files)
    rows = {
        dialog.table.topLevelItem(i).text(COL_FILE): dialog.table.topLevelItem(i)
        for i in range(dialog.table.topLevelItemCount())
    }
    assert set(rows) == {p.name for p in files.values()}
    assert rows["g_binary.txt"].text(COL_DETAIL) == reason_text(FailReason.NOT_TEXT) == "not a text document"
    assert rows["j_huge.txt"].text(COL_DETAIL) == "larger than 20 MB"
    assert rows["h_empty.txt"].text(COL_DETAIL) == "the file is empty"
    assert rows["a_cp1258.txt"].text(COL_OUTCOME) == "Imported"
    assert "6 imported" in dialog.status.text() and "5 not imported" in dialog.status.text()
    # The list reloaded with the new articles.
    assert window.article_model.total() == before + 6
    assert sum(r.outcome == Outcome.IMPORTED for r in reports) == 6
    # Again: every file is now a duplicate or a failure, nothing new.
    with qtbot.waitSignal(ctl.import_finished, timeout=60000) as again:
        ctl.start([str(tmp_path / "mixed")])
    assert sum(r.outcome == Outcome.DUPLICATE for r in again.args[0]) == 6
    assert "6 already in the library" in ctl.dialog.status.text()
    assert window.article_model.total() == before + 6


def test_import_files_from_the_menu(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:
    paths = _many(tmp_path / "few", 3)
    ctl = _controller(window)
    monkeypatch.setattr(type(ctl), "ask_files", classmethod(lambda cls, parent: [str(p) for p in paths]))
    with qtbot.waitSignal(ctl.import_finished, timeout=60000):
        ctl.act_files.trigger()
    assert window.article_model.total() == 8
    # The new articles are searchable and countable at once.
    window.search_box.setText('"tháng 3 số 2"')
    window.features["search"].apply_search()
    assert window.article_model.rowCount() == 1


def test_drop_files_on_the_window(qtbot, window: MainWindow, tmp_path) -> None:
    path = tmp_path / "dropped.md"
    path.write_text(article_text(77), encoding="utf-8")
    ctl = _controller(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    target = window.article_list.viewport()
    with warnings.catch_warnings():  # Qt 6 marks the QPoint constructor deprecated; there is no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    # A real drag enters before it drops; Qt delivers the drop only then.
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(ctl.import_finished, timeout=60000) as finished:
        QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    assert [Path(r.path).name for r in finished.args[0]] == ["dropped.md"]  # the .jpg was not taken
    assert window.article_model.total() == 6


def test_cancel_mid_import_keeps_whole_articles(qtbot, window: MainWindow, tmp_path) -> None:
    _many(tmp_path / "many", 400)
    ctl = _controller(window)
    dialog = ctl.start([str(tmp_path / "many")])
    # Cancel as the first step shows (not after waiting a while: a fast machine
    # could import them all first); the worker stops after the file it is on.
    clicked: list[int] = []

    def click(value: int) -> None:
        if not clicked:
            clicked.append(value)
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(ctl.import_finished, timeout=60000) as finished:
        dialog.progress.valueChanged.connect(click)
    reports = finished.args[0]
    assert clicked and 1 <= len(reports) < 400
    assert "Cancelled" in dialog.status.text()
    db = window.db
    assert queries.count(db) == 5 + len(reports)
    assert window.article_model.total() == 5 + len(reports)
    assert_consistent(db)


def test_window_stays_responsive_during_a_long_import(qtbot, window: MainWindow, tmp_path) -> None:
    # Told by the order of events, not by the clock (speed is measured in bench/):
    # a timer on the GUI thread fires between the progress bar's steps only if the
    # event loop keeps turning while the worker imports.
    _many(tmp_path / "long", 200)
    ctl = _controller(window)
    events: list[tuple[str, int]] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: events.append(("tick", 0)))
    timer.start()
    dialog = ctl.start([str(tmp_path / "long")])
    dialog.progress.valueChanged.connect(lambda value: events.append(("progress", value)))
    # Meanwhile the user keeps using the window: searching reads the library.
    window.search_box.setText("hoa binh")
    window.features["search"].apply_search()
    events.append(("searched", 0))
    _wait_done(qtbot, window, timeout=120000)
    timer.stop()
    steps = [value for kind, value in events if kind == "progress"]
    # Progress moved in steps all along, not in one jump at the end.
    assert len(set(steps)) >= 3 and steps[-1] == 200
    first = next(i for i, (kind, _) in enumerate(events) if kind == "progress")
    last = max(i for i, (kind, _) in enumerate(events) if kind == "progress")
    # The search ran before the import was done, and the timer fired between steps.
    assert events.index(("searched", 0)) < last
    between = [kind for kind, _ in events[first:last]]
    assert between.count("tick") >= 2, between
    assert sum(r.outcome == Outcome.IMPORTED for r in dialog.reports) == 200
    assert queries.count(window.db) == 205


def test_a_second_import_waits_for_the_first(qtbot, window: MainWindow, tmp_path) -> None:
    _many(tmp_path / "a", 40)
    ctl = _controller(window)
    first = ctl.start([str(tmp_path / "a")])
    assert first is not None
    assert ctl.start([str(tmp_path / "a")]) is None
    _wait_done(qtbot, window)


def test_the_dialog_says_when_it_links_the_directives_after_the_files(
        qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:
    from desktop.ui.widgets.import_dialog import ImportDialog

    folder = tmp_path / "linking"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(article_text(900 + n), encoding="utf-8")
    seen: list[tuple[str, bool, int, int]] = []
    original = ImportDialog.on_linking

    def on_linking(self, done: int, total: int) -> None:
        original(self, done, total)
        seen.append((self.status.text(), self.cancel_button.isEnabled(),
                     self.progress.value(), self.progress.maximum()))

    monkeypatch.setattr(ImportDialog, "on_linking", on_linking)
    ctl = _controller(window)
    with qtbot.waitSignal(ctl.import_finished, timeout=60000):
        ctl.start([str(folder)])
    assert seen, "no linking phase was shown"
    text, cancel_enabled, value, maximum = seen[-1]
    assert text.startswith("Linking the directives the files cite:") and not cancel_enabled
    assert value == maximum >= 1
    assert "3 imported" in ctl.dialog.status.text()  # the summary follows it


def test_the_file_dialog_offers_every_format_the_importer_reads(window: MainWindow, monkeypatch) -> None:
    from desktop.core import formats
    from desktop.ui import file_dialogs

    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "open_file_names", lambda parent, caption, filters: asked.append(filters) or [])
    assert type(_controller(window)).ask_files(window) == []
    articles = asked[0].split(";;")[0]
    assert [f"*{suffix}" in articles.split("(")[1] for suffix in formats.SUPPORTED] == [True] * len(formats.SUPPORTED)
    assert "*.ics" in articles


def test_the_words_about_formats_name_every_format_the_importer_reads(
    qtbot, window: MainWindow, tmp_path
) -> None:
    from desktop.core import formats

    # the menu's status tip, and the summary of a folder with nothing to import
    tip = _controller(window).act_files.statusTip()
    (tmp_path / "empty" / "pictures").mkdir(parents=True)
    (tmp_path / "empty" / "pictures" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    ctl = _controller(window)
    with qtbot.waitSignal(ctl.import_finished, timeout=60000):
        ctl.start([str(tmp_path / "empty")])
    summary = ctl.dialog.status.text()
    for words in (tip, summary):
        assert [suffix in words for suffix in formats.SUPPORTED] == [True] * len(formats.SUPPORTED), words
    assert "%1" not in tip and "%1" not in summary


def test_a_corrected_file_is_shown_as_updated_with_its_notes_to_review(qtbot, window: MainWindow, tmp_path) -> None:
    from desktop.core.store import notes

    path = tmp_path / "bao-cao.txt"
    head = article_text(7)
    path.write_text(head, encoding="utf-8")
    ctl = _controller(window)
    with qtbot.waitSignal(ctl.import_finished, timeout=60000) as first:
        ctl.start([str(path)])
    (report,) = first.args[0]
    db = window.library.db
    clean = db.execute("SELECT clean_text FROM articles WHERE id = ?", [report.article_id]).fetchone()[0]
    start = clean.index("Phú Thọ và Yên Bái")
    notes.add_note(db, report.article_id, start, start + len("Phú Thọ và Yên Bái"), comment="c")

    path.write_text(head.replace("Phú Thọ và Yên Bái", "các huyện miền núi"), encoding="utf-8")
    with qtbot.waitSignal(ctl.import_finished, timeout=60000) as again:
        ctl.start([str(path)])
    (updated,) = again.args[0]
    assert (updated.outcome, updated.article_id, updated.notes_to_review) == (Outcome.UPDATED, report.article_id, 1)
    row = ctl.dialog.table.topLevelItem(0)
    assert row.text(COL_OUTCOME) == "Updated to the new version"
    assert row.text(COL_DETAIL).endswith("1 note(s) to review")
    status = ctl.dialog.status.text()
    assert "1 updated" in status and "0 imported" in status and "Needs review" in status
