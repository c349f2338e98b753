"""Notes in the window, driven as a user would (issue 6).

Dialogs are answered by monkeypatching their ``ask`` classmethods (pytest-qt
``docs/note_dialogs.rst``); everything else is the real window on a real
library file.
"""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication, QProgressBar

from desktop.core.export import ExportFormat
from desktop.core.models import AnchorState
from desktop.core.store import notes as store
from desktop.ui.main_window import MainWindow
from desktop.ui.models.notes import COL_ARTICLE, COL_NOTED, AllNotesModel, ArticleNotesModel
from desktop.ui.widgets.export_dialog import ExportDialog, ExportRequest, Scope
from desktop.ui.widgets.note_editor import NoteEditorDialog, NoteInput
from desktop.ui.widgets.reader_view import NOTE_COLOURS

QUOTE = "lấy phiếu tín nhiệm đối với các đồng chí ủy viên Bộ Chính trị"
NOTE_PROP = QTextFormat.Property.UserProperty + 1


def type_text(widget, text: str) -> None:
    """Type ``text`` as key presses (QTest.keyClicks cannot type Vietnamese)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def controller(window: MainWindow):
    return window.features["notes"]


def char_format_at(window: MainWindow, clean_offset: int):
    """The character format of the character at ``clean_offset`` in the reader."""
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(clean_offset) + 1)
    return cursor.charFormat()


def quote_span(window: MainWindow, article_id: int, quote: str = QUOTE) -> tuple[int, int]:
    text = window.db.execute("SELECT clean_text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def answers(monkeypatch):
    """What the Add note dialog answers; records that it was asked."""
    asked: list[str] = []
    value = {"input": NoteInput("Cần đối chiếu <script>alert(1)</script>", ("tín nhiệm", "nhân sự"), "blue")}

    def ask(cls, parent, quote, known_tags, color="yellow"):
        asked.append(quote)
        return value["input"]

    monkeypatch.setattr(NoteEditorDialog, "ask", classmethod(ask))
    return asked, value


def add_note_on(window: MainWindow, article_id: int, quote: str = QUOTE):
    window.open_article(article_id)
    start, end = quote_span(window, article_id, quote)
    window.reader.select_range(start, end)
    assert window.reader.selected_range() == (start, end)
    return controller(window).add_note(), (start, end)


def test_add_note_highlight_and_find_it_after_a_restart(qtbot, window, library, answers) -> None:
    asked, _value = answers
    window.open_article(1)
    start, end = quote_span(window, 1)
    window.reader.select_range(start, end)
    controller(window).act_add.trigger()  # the real action, as the toolbar and menu do
    assert asked == [QUOTE]
    (note,) = store.notes_for_article(library.db, 1)
    assert (note.anchor.start, note.anchor.end, note.anchor.exact) == (start, end, QUOTE)
    assert (note.comment, note.tags, note.color) == ("Cần đối chiếu <script>alert(1)</script>", ("tín nhiệm", "nhân sự"), "blue")

    # The passage is highlighted in the note's colour, and only the passage.
    for offset in (start, (start + end) // 2, end - 1):
        fmt = char_format_at(window, offset)
        assert fmt.background().color() == QColor(NOTE_COLOURS["blue"])
        assert fmt.property(NOTE_PROP) == note.id
    assert char_format_at(window, end + 2).property(NOTE_PROP) is None
    panel = controller(window).panel
    assert panel.model.rowCount() == 1 and panel.current_note().id == note.id

    # Restart: a new window on the same library file finds the note.
    window.close()
    QSettings("GiaoBan", "GiaoBanReader").clear()
    again = MainWindow(library)
    qtbot.addWidget(again)
    again.show()
    again.open_article(1)
    assert controller(again).model.notes()[0].id == note.id
    assert char_format_at(again, start + 3).property(NOTE_PROP) == note.id


def test_shortcut_and_context_menu_reach_add_note(qtbot, window, answers) -> None:
    asked, _value = answers
    ctl = controller(window)
    assert ctl.act_add.shortcut().toString() == "Ctrl+Shift+N"
    assert ctl.act_add in window.toolbar.actions()
    menu = ctl.reader_menu(QPoint(10, 10))
    assert menu.actions()[0] is ctl.act_add
    window.open_article(1)
    start, end = quote_span(window, 1)
    window.reader.select_range(start, end)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [QUOTE]


def test_without_a_selection_nothing_is_asked(window, answers) -> None:
    asked, _value = answers
    window.open_article(1)
    window.reader.moveCursor(QTextCursor.MoveOperation.Start)
    assert controller(window).add_note() is None
    assert asked == [] and store.count_notes(window.db) == 0
    assert "Select a passage" in window.statusBar().currentMessage()


def test_cancel_saves_nothing(window, answers) -> None:
    _asked, value = answers
    value["input"] = None
    note, _span = add_note_on(window, 1)
    assert note is None and store.count_notes(window.db) == 0


def test_delete_and_undo_with_ctrl_z(qtbot, window, answers) -> None:
    note, (start, _end) = add_note_on(window, 1)
    ctl = controller(window)
    ctl.panel.select_note(note.id)
    qtbot.mouseClick(ctl.panel.delete_button, Qt.MouseButton.LeftButton)
    assert store.get_note(window.db, note.id) is None
    assert ctl.model.rowCount() == 0
    assert char_format_at(window, start + 1).property(NOTE_PROP) is None

    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_note(window.db, note.id) == note  # the very same note, same id
    assert ctl.model.rowCount() == 1
    assert char_format_at(window, start + 1).property(NOTE_PROP) == note.id

    ctl.act_redo.trigger()
    assert store.get_note(window.db, note.id) is None
    ctl.act_undo.trigger()
    assert store.get_note(window.db, note.id) == note


def test_edit_in_place_then_close_at_once_keeps_the_edit(qtbot, window, library, answers) -> None:
    note, (start, _end) = add_note_on(window, 1)
    ctl = controller(window)
    ctl.panel.select_note(note.id)
    ctl.panel.comment.setFocus()
    ctl.panel.comment.moveCursor(QTextCursor.MoveOperation.End)
    type_text(ctl.panel.comment, " — thêm ý")
    assert ctl.panel.has_pending()  # not yet saved: the debounce is running
    window.close()  # at once, before the timer fires
    assert store.get_note(library.db, note.id).comment == note.comment + " — thêm ý"


def test_edits_are_saved_and_shown(qtbot, window, answers) -> None:
    note, (start, _end) = add_note_on(window, 1)
    ctl = controller(window)
    ctl.panel.select_note(note.id)
    ctl.panel.tags.setFocus()
    ctl.panel.tags.selectAll()
    type_text(ctl.panel.tags, "Đại hội, tín nhiệm")
    qtbot.keyClick(ctl.panel.tags, Qt.Key.Key_Return)  # editingFinished saves
    assert store.get_note(window.db, note.id).tags == ("Đại hội", "tín nhiệm")
    ctl.panel.color.setCurrentIndex(ctl.panel.color.findData("green"))  # saved at once
    assert store.get_note(window.db, note.id).color == "green"
    assert char_format_at(window, start + 1).background().color() == QColor(NOTE_COLOURS["green"])
    ctl.panel.comment.setPlainText("Viết lại")
    qtbot.waitUntil(lambda: store.get_note(window.db, note.id).comment == "Viết lại", timeout=3000)
    assert "Viết lại" in ctl.model.index(0, 0).data()


def test_clicking_a_note_scrolls_the_reader_to_it(qtbot, window, library) -> None:
    window.open_article(2)
    text = window.reader.article().clean_text
    start = len(text) - 300
    note = store.add_note(library.db, 2, start, start + 40, comment="cuối bài")
    window.refresh_reader()
    ctl = controller(window)
    ctl.model.reload()
    window.reader.verticalScrollBar().setValue(0)
    index = ctl.model.index(ctl.model.row_of(note.id), 0)
    ctl.panel.list.scrollTo(index)
    qtbot.mouseClick(ctl.panel.list.viewport(), Qt.MouseButton.LeftButton, pos=ctl.panel.list.visualRect(index).center())
    assert window.reader.verticalScrollBar().value() > 0
    assert window.reader.flashed_range() == (start, start + 40)


def test_a_note_needing_review_is_shown_as_such(window, library) -> None:
    window.open_article(1)
    note = store.add_note(library.db, 1, 10, 50, comment="cũ")
    library.db.execute("UPDATE notes SET state = 'needs_review', exact = 'không còn trong bài' WHERE id = ?", [note.id])
    library.db.conn.commit()
    window.open_article(2)
    window.open_article(1)
    ctl = controller(window)
    assert "Needs review" in ctl.model.index(0, 0).data()
    assert char_format_at(window, 20).property(NOTE_PROP) is None  # not painted on text it is not about
    ctl.panel.select_note(note.id)
    assert ctl.panel.review_label.isVisibleTo(ctl.panel)


# --- export --------------------------------------------------------------------------


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


@pytest.fixture
def export_answers(monkeypatch, tmp_path):
    state: dict[str, object] = {"request": None, "path": None, "overwrite": True, "errors": [], "asked_overwrite": []}
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, tags, title, selected, fmt=None: state["request"]))
    monkeypatch.setattr(ExportDialog, "choose_file", staticmethod(lambda parent, fmt, suggested: state["path"]))

    def confirm(parent, path):
        state["asked_overwrite"].append(path)
        return state["overwrite"]

    monkeypatch.setattr(ExportDialog, "confirm_overwrite", staticmethod(confirm))
    monkeypatch.setattr(ExportDialog, "show_error", staticmethod(lambda parent, text: state["errors"].append(text)))
    return state


def export_and_wait(qtbot, window: MainWindow):
    """File → Export notes… and wait for the background write: (started, written)."""
    c = controller(window)
    with qtbot.waitSignal(c.export_finished, timeout=60000) as blocker:
        started = c.export_notes()
        assert started is not None
    return started, blocker.args[0]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_each_format_from_the_dialog(qtbot, window, answers, export_answers, tmp_path, fmt) -> None:
    add_note_on(window, 1)
    target = tmp_path / f"ghi chú.{fmt.value}"
    export_answers.update(request=ExportRequest(fmt, Scope.ALL), path=target)
    assert export_and_wait(qtbot, window) == (target, target)
    data = target.read_bytes()
    comment = "Cần đối chiếu <script>alert(1)</script>"
    if fmt is ExportFormat.DOCX:
        import docx

        paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
        assert QUOTE in paragraphs and comment in paragraphs
    elif fmt is ExportFormat.CSV:
        assert data[:3] == b"\xef\xbb\xbf"
        (row,) = list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"))))
        assert (row["quote"], row["comment"], row["tags"]) == (QUOTE, comment, "tín nhiệm; nhân sự")
    elif fmt is ExportFormat.HTML:
        parser = _TextOnly()
        parser.feed(data.decode("utf-8"))
        assert "script" not in parser.tags  # the comment's <script> is text, not a tag
        assert comment in "".join(parser.text) and QUOTE in "".join(parser.text)
    elif fmt is ExportFormat.JSON:
        (article,) = json.loads(data.decode("utf-8"))
        assert article["article_id"] == 1 and article["notes"][0]["quote"] == QUOTE
        assert article["notes"][0]["comment"] == comment
    else:
        text = data.decode("utf-8")
        assert QUOTE in text and "tín nhiệm" in text and "alert(1)" in text
    assert "1" in window.statusBar().currentMessage()


def test_export_asks_before_overwriting(qtbot, window, answers, export_answers, tmp_path) -> None:
    add_note_on(window, 1)
    target = tmp_path / "report.md"
    target.write_text("báo cáo của tôi", encoding="utf-8")
    export_answers.update(request=ExportRequest(ExportFormat.MARKDOWN, Scope.ALL), path=target, overwrite=False)
    assert controller(window).export_notes() is None
    assert export_answers["asked_overwrite"] == [target]
    assert target.read_text(encoding="utf-8") == "báo cáo của tôi"
    export_answers["overwrite"] = True
    assert export_and_wait(qtbot, window) == (target, target)
    assert QUOTE in target.read_text(encoding="utf-8")


def test_export_failure_is_told_and_leaves_nothing(qtbot, window, answers, export_answers, tmp_path) -> None:
    add_note_on(window, 1)
    target = tmp_path / "missing-folder" / "notes.docx"
    export_answers.update(request=ExportRequest(ExportFormat.DOCX, Scope.ALL), path=target)
    assert export_and_wait(qtbot, window) == (target, None)
    (message,) = export_answers["errors"]
    assert "does not exist" in message and str(target) in message
    assert not target.parent.exists()


def test_export_scopes(qtbot, window, library, answers, export_answers, tmp_path) -> None:
    first, _ = add_note_on(window, 1)
    answers[1]["input"] = NoteInput("khác", ("riêng",), "yellow")
    second, _ = add_note_on(window, 3, "Hướng dẫn 26-HD/BTCTW")
    target = tmp_path / "n.json"

    def exported(request: ExportRequest) -> set[int]:
        export_answers.update(request=request, path=target)
        assert export_and_wait(qtbot, window) == (target, target)
        return {n["id"] for a in json.loads(target.read_text(encoding="utf-8")) for n in a["notes"]}

    assert exported(ExportRequest(ExportFormat.JSON, Scope.ALL)) == {first.id, second.id}
    assert exported(ExportRequest(ExportFormat.JSON, Scope.ARTICLE)) == {second.id}  # article 3 is open
    assert exported(ExportRequest(ExportFormat.JSON, Scope.TAG, "riêng")) == {second.id}
    view = controller(window).all_notes
    controller(window).show_all_notes()
    view.table.selectionModel().select(
        view.model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert len(view.selected_note_ids()) == 1
    assert exported(ExportRequest(ExportFormat.JSON, Scope.SELECTED)) == set(view.selected_note_ids())


def test_export_runs_in_the_background_and_the_window_goes_on(
        qtbot, window, answers, export_answers, tmp_path) -> None:
    from desktop.ui.features.notes import EXPORT_BAR_NAME

    add_note_on(window, 1)
    c = controller(window)
    target = tmp_path / "ghi chú.docx"
    export_answers.update(request=ExportRequest(ExportFormat.DOCX, Scope.ALL), path=target)
    bar = window.findChild(QProgressBar, EXPORT_BAR_NAME)
    with qtbot.waitSignal(c.export_finished, timeout=60000) as blocker:
        assert c.export_notes() == target
        # the write is under way on its thread: the bar shows, a second export waits its turn
        assert c.exporting and bar.isVisible() and not c.act_export.isEnabled()
        assert "ghi chú.docx" in c.export_label.text()
        assert c.export_notes() is None
        assert window.open_article(3)  # reading goes on
    assert blocker.args == [target]
    assert not c.exporting and not bar.isVisible() and c.act_export.isEnabled()
    assert "1" in window.statusBar().currentMessage()
    import docx

    assert QUOTE in [p.text for p in docx.Document(str(target)).paragraphs]


def test_closing_the_window_during_an_export_leaves_the_whole_file(
        qtbot, window, answers, export_answers, tmp_path) -> None:
    add_note_on(window, 1)
    target = tmp_path / "notes.md"
    export_answers.update(request=ExportRequest(ExportFormat.MARKDOWN, Scope.ALL), path=target)
    assert controller(window).export_notes() == target
    window.close()  # waits for the file before the window goes
    assert QUOTE in target.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".notes.md.*"))  # no half-written temporary left


# --- all notes -----------------------------------------------------------------------


@pytest.fixture
def three_notes(library):
    def span(article_id: int, phrase: str, occurrence: int = 0) -> tuple[int, int]:
        text = library.db.execute("SELECT clean_text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        start = text.index(phrase)
        return start, start + len(phrase)

    a = store.add_note(library.db, 1, *span(1, QUOTE), comment="Quy trình tín nhiệm", tags=["tín nhiệm"])
    b = store.add_note(library.db, 3, *span(3, "Hướng dẫn 26-HD/BTCTW"), comment="Đối chiếu", tags=["hướng dẫn"])
    c = store.add_note(library.db, 3, 0, 30, comment="Mở đầu", tags=["hướng dẫn", "mở đầu"])
    return a, b, c


def test_models_pass_the_model_tester(qtmodeltester, library, three_notes, monkeypatch) -> None:
    monkeypatch.setattr(AllNotesModel, "PAGE", 2)
    model = AllNotesModel(library.db)
    model.set_filter(store.NoteFilter())
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore()
    article = ArticleNotesModel(library.db)
    article.set_article(3)
    assert article.rowCount() == 2
    qtmodeltester.check(article)
    assert article.setData(article.index(0, 0), "đã sửa")
    assert store.get_note(library.db, article.index(0, 0).data(0x0100 + 4)).comment == "đã sửa"


def test_all_notes_filters_and_sorts(qtbot, window, three_notes) -> None:
    a, b, c = three_notes
    ctl = controller(window)
    ctl.show_all_notes()
    view = ctl.all_notes
    ids = lambda: [view.model.note_at(r).id for r in range(view.model.rowCount())]  # noqa: E731
    assert ids() == [c.id, b.id, a.id]  # newest first
    view.text.setText("tin nhiem")  # without diacritics
    qtbot.waitUntil(lambda: ids() == [a.id], timeout=3000)
    view.text.clear()
    view.apply_filter()
    view.set_tag("hướng dẫn")
    assert ids() == [c.id, b.id]
    view.set_tag(None)
    view.set_article(1)
    assert ids() == [a.id]
    view.set_article(None)
    view.table.header().sectionClicked.emit(COL_ARTICLE)
    assert view.order.currentData() == "article"
    assert ids() == [c.id, b.id, a.id]  # article 3 (2019) before article 1 (2018); in text order
    view.table.header().sectionClicked.emit(COL_NOTED)
    assert ids() == [c.id, b.id, a.id] and view.order.currentData() == "date"
    assert "3" in view.count_label.text()


def test_all_notes_columns_share_the_width_until_the_user_sizes_one(qtbot, window, three_notes) -> None:
    ctl = controller(window)
    ctl.show_all_notes()
    view = ctl.all_notes
    header = view.table.header()

    def widths() -> list[int]:
        return [header.sectionSize(c) for c in range(header.count())]

    for size in (1400, 1800):  # the tab beside the list and the notes dock
        window.resize(size, 850)
        qtbot.waitUntil(lambda: sum(widths()) <= view.table.viewport().width() < sum(widths()) + 8)
        assert not view.table.horizontalScrollBar().isVisible()
    wide = widths()
    header.resizeSection(COL_ARTICLE, 400)  # as a drag does
    window.resize(1400, 850)
    qtbot.waitUntil(lambda: view.table.viewport().width() < sum(wide))
    assert header.sectionSize(COL_ARTICLE) == 400 and widths()[0] == wide[0]


def test_clicking_in_all_notes_opens_the_article_at_the_note(qtbot, window, three_notes) -> None:
    a, _b, _c = three_notes
    ctl = controller(window)
    window.open_article(3)
    ctl.show_all_notes()
    row = next(r for r in range(ctl.all_notes.model.rowCount()) if ctl.all_notes.model.note_at(r).id == a.id)
    index = ctl.all_notes.model.index(row, 0)
    with qtbot.waitSignal(window.article_opened) as blocker:
        qtbot.mouseClick(
            ctl.all_notes.table.viewport(), Qt.MouseButton.LeftButton, pos=ctl.all_notes.table.visualRect(index).center()
        )
    assert blocker.args == [1]
    assert window.tabs.currentWidget() is window.reader
    assert window.reader.flashed_range() == (a.anchor.start, a.anchor.end)
    assert ctl.panel.current_note().id == a.id


def test_new_notes_appear_in_all_notes(window, answers) -> None:
    ctl = controller(window)
    ctl.show_all_notes()
    assert ctl.all_notes.model.rowCount() == 0
    add_note_on(window, 1)
    ctl.show_all_notes()
    assert ctl.all_notes.model.rowCount() == 1
    assert ctl.all_notes.model.note_at(0).state is AnchorState.ANCHORED


def test_closing_flushes_an_edit_even_without_a_focus_change(window, library, answers) -> None:
    note, _span = add_note_on(window, 1)
    ctl = controller(window)
    ctl.panel.select_note(note.id)
    window.reader.setFocus()
    ctl.panel.comment.setPlainText("Sửa bằng dán, con trỏ ở nơi khác")  # e.g. pasted by a tool
    assert ctl.panel.has_pending()
    window.close()
    assert store.get_note(library.db, note.id).comment == "Sửa bằng dán, con trỏ ở nơi khác"


def test_ctrl_enter_saves_the_new_note_and_enter_makes_a_new_line(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    dialog = NoteEditorDialog("một đoạn trích", ["nhân sự"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.comment.setFocus()
    dialog.comment.insertPlainText("dòng một")  # (QTest types ASCII only)
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    dialog.comment.insertPlainText("dòng hai")
    assert dialog.isVisible() and dialog.comment.toPlainText() == "dòng một\ndòng hai"
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.value().comment == "dòng một\ndòng hai"


def test_a_note_on_an_article_about_a_half_year_names_the_half_year(
    qtbot, window, library, answers, export_answers, tmp_path
) -> None:
    """The all-notes list and a Markdown export from the window name the half-year the
    meeting is known by, in the window's language, not its year alone."""
    from desktop.ui.models.notes import COL_ARTICLE_DATE

    (half,) = library.db.execute("SELECT id FROM articles WHERE event_precision = 'half-year'").fetchone()
    store.add_note(library.db, half, 0, 20, comment="sáu tháng")
    ctl = controller(window)
    ctl.show_all_notes()
    model = ctl.all_notes.model
    (row,) = [r for r in range(model.rowCount()) if model.note_at(r).article_id == half]
    assert model.index(row, COL_ARTICLE_DATE).data() == "H1 2024"
    target = tmp_path / "notes.md"
    export_answers.update(request=ExportRequest(ExportFormat.MARKDOWN, Scope.ALL), path=target)
    export_and_wait(qtbot, window)
    assert "*Meeting held:* first half of 2024 ·" in target.read_text(encoding="utf-8")
