"""The notes feature of the main window (issue 6).

Installs:

* **Add note** (Ctrl+Shift+N, the toolbar, the reader's context menu and the
  Notes menu): the selected passage gets a note through ``NoteEditorDialog``
  and is highlighted in the reader (``window.decorators``).
* the **notes panel** (a dock beside the reader) listing the open article's
  notes; a click scrolls the reader to the passage; comment, tags and colour
  are edited in place and saved as they change; Delete with Undo/Redo
  (Ctrl+Z / Ctrl+Shift+Z, a ``QUndoStack``).
* the **All notes** tab (filters, sort, multi-selection; a click opens the
  article at the note).
* **File → Export notes…** (``ExportDialog``; written by
  ``desktop.core.export_file``, atomically, on a thread of its own with its
  own library connection: a Word export of 10,000 notes takes seconds, and
  the window goes on meanwhile, a busy bar in the status bar).

Every write is one store call, hence one transaction. Pending edits are
flushed when the window closes (an event filter sees the Close event before
``MainWindow.closeEvent``) and on ``QApplication.aboutToQuit``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QThread, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStyle,
)

from desktop.core.export import ExportFormat, ExportLabels
from desktop.core.export_file import ExportResult, ExportWriteError, export_to_file
from desktop.core.models import AnchorState, Note
from desktop.core.store import notes as store
from desktop.core.store.db import LibraryError, classify, open_library
from desktop.ui import i18n, live_threads
from desktop.ui.models.notes import ArticleNotesModel
from desktop.ui.widgets.all_notes_view import AllNotesView
from desktop.ui.widgets.export_dialog import ExportDialog, ExportRequest, Scope, problem_text
from desktop.ui.widgets.note_editor import NoteEditorDialog
from desktop.ui.widgets.notes_panel import NotesPanel
from desktop.ui.widgets.reader_view import Highlight

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ADD_NOTE_KEYS = "Ctrl+Shift+N"
# the status bar's busy bar while an export is written
EXPORT_BAR_NAME = "exportProgress"
# how long closing the window waits for an export being written, ms
EXPORT_WAIT_MS = 300000


class _ExportThread(QThread):
    """Writes one notes export off the GUI thread, on a library connection of its own.

    Signals:
        exported(object): the :class:`~desktop.core.export_file.ExportResult`.
        failed(object): the exception (``ExportWriteError``, ``LibraryError``,
            ``sqlite3.Error``); nothing was written.
    """

    exported = Signal(object)
    failed = Signal(object)

    def __init__(self, library: Path, target: Path, fmt: ExportFormat,
                 flt: store.NoteFilter, labels: ExportLabels, *, overwrite: bool,
                 read_only: bool) -> None:
        super().__init__()
        self.library, self.target, self.fmt, self.flt = library, target, fmt, flt
        self.labels, self.overwrite, self.read_only = labels, overwrite, read_only

    def run(self) -> None:
        """Override QThread::run."""
        try:
            lib = open_library(self.library, create=False, migrate=False,
                               read_only=self.read_only)
        except (LibraryError, sqlite3.Error, OSError) as exc:
            self.failed.emit(exc)
            return
        try:
            result = export_to_file(lib.db, self.target, self.fmt, self.flt,
                                    labels=self.labels, overwrite=self.overwrite)
        except (ExportWriteError, sqlite3.Error) as exc:
            self.failed.emit(exc)
            return
        finally:
            lib.close()
        self.exported.emit(result)


class DeleteNoteCommand(QUndoCommand):
    """Deleting a note, undoable: undo puts the very same note back (same id)."""

    def __init__(self, controller: NotesController, note: Note) -> None:
        super().__init__()
        self._controller = controller
        self.note = note
        self.setText(QApplication.translate("Notes", "delete note"))

    def redo(self) -> None:
        """Override QUndoCommand::redo: delete the note."""
        self._controller.apply_delete(self.note.id)

    def undo(self) -> None:
        """Override QUndoCommand::undo: restore the note as it was."""
        restored = self._controller.apply_restore(self.note)
        if restored is not None:
            self.note = restored


class NotesController(QObject):
    """Wires the notes panel, the all-notes tab, the actions and the export.

    Attributes:
        panel: the notes panel (in ``dock``).
        all_notes: the "All notes" tab.
        undo_stack: deletions that Ctrl+Z brings back.

    Signals:
        export_finished(object): an export ended: the file written, or None
            when it could not be (the user was told why).
    """

    export_finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self._all_stale = True
        self._export: _ExportThread | None = None
        self.export_bar = QProgressBar()
        self.export_bar.setObjectName(EXPORT_BAR_NAME)
        self.export_bar.setRange(0, 0)  # busy: the export has no steps worth counting
        self.export_bar.setMaximumWidth(120)
        self.export_label = QLabel()
        for widget in (self.export_label, self.export_bar):
            widget.setVisible(False)
            window.statusBar().addPermanentWidget(widget)
        # Word first: what most users write their reports in.
        self._last_format = ExportFormat.DOCX

        self.model = ArticleNotesModel(self.db, self)
        self.panel = NotesPanel(self.model)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("notesDock")
        self.dock.setWidget(self.panel)
        self.dock.setMinimumWidth(260)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Share the right-hand column with the directive panel as tabs: stacked,
        # each got a sliver of height (the panel's list was 68 px tall).
        directives = window.features.get("directives")
        panel_dock = getattr(directives, "panel_dock", None)
        if panel_dock is not None:
            window.tabifyDockWidget(panel_dock, self.dock)
            self.dock.raise_()

        self.all_notes = AllNotesView(self.db)
        window.tabs.addTab(self.all_notes, "")

        self.undo_stack = QUndoStack(self)
        self._build_actions()
        self._connect()
        window.decorators.append(self.highlights)
        window.retranslate_hooks.append(self.retranslate)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
            app.aboutToQuit.connect(self.wait_for_export)
        self.retranslate()
        if window.current_article_id is not None:
            self.on_article_opened(window.current_article_id)

    # --- construction ----------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        style = w.style()
        self.act_add = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), "", w)
        self.act_add.setObjectName("actAddNote")
        self.act_add.setShortcut(QKeySequence(ADD_NOTE_KEYS))
        self.act_add.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Our own actions, not QUndoStack.createUndoAction(): those rewrite their
        # text with Qt's "Undo %1"/"Redo" (translated once, when made) whenever
        # the stack changes, so a language switch left them in the old language.
        self.act_undo = QAction(w)
        self.act_undo.setObjectName("actUndoNote")
        self.act_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.act_undo.setEnabled(False)
        self.act_undo.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.act_redo = QAction(w)
        self.act_redo.setObjectName("actRedoNote")
        self.act_redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.act_redo.setEnabled(False)
        self.act_redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.act_all = QAction(w)
        self.act_all.setObjectName("actAllNotes")
        self.act_all.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.act_export = QAction(w)
        self.act_export.setObjectName("actExportNotes")
        self.act_export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        for act in (self.act_undo, self.act_redo, self.act_all, self.act_export):
            # Text fields (the comment being typed) keep their own Ctrl+Z:
            # they take the ShortcutOverride before a window shortcut fires.
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        w.addActions([self.act_add, self.act_undo, self.act_redo, self.act_all, self.act_export])

        w.toolbar.addSeparator()
        w.toolbar.addAction(self.act_add)

        self.menu = QMenu(w)
        self.menu.setObjectName("menuNotes")
        self.menu.addAction(self.act_add)
        self.menu.addAction(self.act_undo)
        self.menu.addAction(self.act_redo)
        self.menu.addSeparator()
        self.menu.addAction(self.act_all)
        self.act_dock = self.dock.toggleViewAction()
        self.act_dock.setObjectName("actNotesPanel")
        self.menu.addAction(self.act_dock)
        self.menu.addSeparator()
        self.menu.addAction(self.act_export)
        w.menuBar().insertMenu(w.menu_help.menuAction(), self.menu)

        # File → Export notes…, just above Quit.
        quit_action = getattr(w, "act_quit", None)
        w.menu_file.insertAction(quit_action, self.act_export)
        w.menu_file.insertSeparator(quit_action)

        # The reader's context menu: Add note above Copy / Select All.
        w.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        w.reader.customContextMenuRequested.connect(self._on_reader_menu)

    def _connect(self) -> None:
        w = self.window
        self.act_add.triggered.connect(self.add_note)
        self.act_all.triggered.connect(self.show_all_notes)
        self.act_export.triggered.connect(self.export_notes)
        self.panel.note_activated.connect(self.go_to_note)
        self.panel.edit_requested.connect(self.save_edit)
        self.panel.delete_requested.connect(self.delete_note)
        self.all_notes.note_activated.connect(self.open_note)
        w.article_opened.connect(self.on_article_opened)
        w.tabs.currentChanged.connect(self._on_tab_changed)
        # An import may have replaced an article's text (a corrected version):
        # read the notes again, they may have moved or need review.
        w.article_model.modelReset.connect(self._on_library_changed)

    def retranslate(self) -> None:
        """Set every visible string (again, after a language switch)."""
        self.dock.setWindowTitle(self.tr("Notes"))
        self.menu.setTitle(self.tr("&Notes"))
        self.act_add.setText(self.tr("&Add note"))
        self.act_add.setToolTip(self.tr("Add a note on the selected passage (%1)").replace("%1", ADD_NOTE_KEYS))
        self.act_add.setIconText(self.tr("Add note"))
        self.act_undo.setText(self.tr("&Undo delete note"))
        self.act_redo.setText(self.tr("&Redo delete note"))
        self.act_all.setText(self.tr("A&ll notes"))
        self.act_dock.setText(self.tr("Notes &panel"))
        self.act_export.setText(self.tr("&Export notes…"))
        self.act_export.setStatusTip(self.tr("Save notes as Word, Markdown, HTML, JSON or CSV"))
        self.window.tabs.setTabText(self.window.tabs.indexOf(self.all_notes), self.tr("All notes"))
        self.panel.retranslate()
        self.all_notes.retranslate()

    # --- reader decoration ------------------------------------------------

    def highlights(self, article_id: int) -> dict[str, list[object]]:
        """``window.decorators`` hook: the article's notes as highlights.

        A note that needs review is painted only where its old passage still
        stands word for word (a candidate, with a wavy underline); elsewhere
        painting it would show it on text it was never about.
        """
        detail_text = self._clean_text(article_id)
        found: list[object] = []
        for note in store.notes_for_article(self.db, article_id):
            a = note.anchor
            review = note.state is AnchorState.NEEDS_REVIEW
            if review and (detail_text is None or detail_text[a.start : a.end] != a.exact):
                continue
            found.append(Highlight(a.start, a.end, note.color, note.id, review))
        return {"highlights": found}

    def _clean_text(self, article_id: int) -> str | None:
        detail = self.window.reader.article()
        if detail is not None and detail.summary.id == article_id:
            return detail.clean_text
        row = self.db.execute("SELECT clean_text FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    # --- actions ------------------------------------------------------------

    def add_note(self) -> Note | None:
        """Add a note on the reader's selection (asks for comment, tags, colour)."""
        w = self.window
        article_id = w.current_article_id
        span = w.reader.selected_range()
        detail = w.reader.article()
        if article_id is None or span is None or detail is None:
            w.statusBar().showMessage(self.tr("Select a passage in the article first, then add a note."), 5000)
            return None
        start, end = span
        self.panel.flush()
        tags = [t for t, _n in store.all_tags(self.db)]
        values = NoteEditorDialog.ask(w, detail.clean_text[start:end], tags)
        if values is None:
            return None
        note = self._write(
            lambda: store.add_note(
                self.db, article_id, start, end, comment=values.comment, tags=values.tags, color=values.color
            )
        )
        if note is None:
            return None
        self._after_change(select=note.id)
        self.dock.show()
        w.statusBar().showMessage(self.tr("Note saved."), 3000)
        return note

    def save_edit(self, note_id: int, changes: dict[str, object]) -> None:
        """Save an edit from the panel (comment, tags or colour) at once."""
        note = self._write(lambda: store.update_note(self.db, note_id, **changes))  # type: ignore[arg-type]
        if note is None:
            return
        self.panel.note_saved(note)
        self.panel.set_known_tags([t for t, _n in store.all_tags(self.db)])
        self._all_stale = True
        if "color" in changes:
            self.window.refresh_reader()

    def delete_note(self, note_id: int) -> None:
        """Delete a note, undoably (Ctrl+Z)."""
        note = store.get_note(self.db, note_id)
        if note is not None:
            self.undo_stack.push(DeleteNoteCommand(self, note))

    def apply_delete(self, note_id: int) -> None:
        """Delete now (the undo command's redo)."""
        if self._write(lambda: store.delete_note(self.db, note_id) or True) is not None:
            self._after_change()
            self.window.statusBar().showMessage(self.tr("Note deleted. Ctrl+Z brings it back."), 5000)

    def apply_restore(self, note: Note) -> Note | None:
        """Put a deleted note back (the undo command's undo)."""
        if store.get_note(self.db, note.id) is not None:
            return note  # already there (undone twice): nothing to do
        restored = self._write(lambda: store.restore_note(self.db, note))
        if restored is not None:
            if self.window.current_article_id != note.article_id:
                self.window.open_article(note.article_id)
            self._after_change(select=restored.id)
            self.window.statusBar().showMessage(self.tr("Note restored."), 3000)
        return restored

    def go_to_note(self, note: Note) -> None:
        """Scroll the reader to a note's passage (from the panel)."""
        text = self._clean_text(note.article_id)
        a = note.anchor
        if note.state is AnchorState.NEEDS_REVIEW and (text is None or text[a.start : a.end] != a.exact):
            self.window.statusBar().showMessage(
                self.tr("This note needs review: its passage is no longer in the article's text."), 6000
            )
            return
        self.window.tabs.setCurrentWidget(self.window.reader)
        self.window.reader.scroll_to_offset(a.start, a.end)

    def open_note(self, note: Note) -> None:
        """Open a note's article and scroll to the note (from All notes)."""
        self.panel.flush()
        if self.window.current_article_id != note.article_id and not self.window.open_article(note.article_id):
            return
        self.window.tabs.setCurrentWidget(self.window.reader)
        self.panel.select_note(note.id)
        self.go_to_note(note)

    def show_all_notes(self) -> None:
        """Show the All notes tab."""
        self.window.tabs.setCurrentWidget(self.all_notes)

    def export_notes(self) -> Path | None:
        """File → Export notes…: ask, choose a file, then write it whole in the background.

        Returns:
            The file being written (:attr:`export_finished` tells when it is on
            disk), or None when nothing is written (the user cancelled, or an
            export is still being written).
        """
        w = self.window
        if self._export is not None:
            w.statusBar().showMessage(self.tr("An export is still being written."), 6000)
            return None
        self.flush()
        detail = w.reader.article()
        title = (detail.summary.title or detail.summary.file) if detail is not None else None
        selected = self.all_notes.selected_note_ids()
        tags = [t for t, _n in store.all_tags(self.db)]
        request = ExportDialog.ask(w, tags, title, len(selected), self._last_format)
        if request is None:
            return None
        self._last_format = request.fmt
        flt = self._export_filter(request, selected)
        if flt is None:
            return None
        stem = self.tr("notes", "the suggested name of an export file")
        suggested = Path.home() / f"{stem}.{request.fmt.value}"
        path = ExportDialog.choose_file(w, request.fmt, suggested)
        if path is None:
            return None
        overwrite = False
        if path.exists():
            if not ExportDialog.confirm_overwrite(w, path):
                return None
            overwrite = True
        return self._start_export(path, request.fmt, flt, overwrite=overwrite)

    @property
    def exporting(self) -> bool:
        """True while an export is being written."""
        return self._export is not None

    def _start_export(self, path: Path, fmt: ExportFormat, flt: store.NoteFilter, *,
                      overwrite: bool) -> Path:
        library = self.window.library
        thread = _ExportThread(Path(library.path), path, fmt, flt, self.labels(),
                               overwrite=overwrite,
                               read_only=bool(getattr(library, "read_only", False)))
        thread.setObjectName("exportThread")
        thread.exported.connect(self._on_exported)
        thread.failed.connect(self._on_export_failed)
        # not a child of the window: closing it waits for the file (eventFilter)
        live_threads.keep(thread, thread, wait_ms=EXPORT_WAIT_MS)
        self._export = thread
        self.act_export.setEnabled(False)
        self.export_label.setText(self.tr("Exporting notes to %1…").replace("%1", path.name))
        self.export_label.setToolTip(str(path))
        self.export_label.setVisible(True)
        self.export_bar.setVisible(True)
        thread.start()
        return path

    def _end_export(self) -> None:
        thread, self._export = self._export, None
        if thread is not None:
            live_threads.stop(thread, thread)
            thread.deleteLater()
        self.export_bar.setVisible(False)
        self.export_label.setVisible(False)
        self.act_export.setEnabled(True)

    def wait_for_export(self) -> None:
        """Block until the export being written is on disk (the window closes)."""
        if self._export is not None:
            self._export.wait(EXPORT_WAIT_MS)

    def _on_exported(self, result: ExportResult) -> None:
        self._end_export()
        self.window.statusBar().showMessage(
            self.tr("Exported %n note(s) to %1", "", result.notes).replace("%1", str(result.path)), 8000
        )
        self.export_finished.emit(result.path)

    def _on_export_failed(self, exc: Exception) -> None:
        self._end_export()
        if isinstance(exc, ExportWriteError):
            ExportDialog.show_error(self.window, problem_text(exc))
        elif isinstance(exc, LibraryError):
            from desktop.ui.dialogs import library_error_text

            QMessageBox.warning(self.window, self.tr("The notes could not be exported"),
                                library_error_text(exc))
        elif isinstance(exc, sqlite3.Error):
            self._show_library_error(exc, self.tr("The notes could not be exported"))
        else:  # pragma: no cover - run() only sends the errors above
            from desktop.ui.dialogs import technical_details

            QMessageBox.warning(
                self.window, self.tr("The notes could not be exported"), technical_details(str(exc))
            )
        self.export_finished.emit(None)

    def _export_filter(self, request: ExportRequest, selected: list[int]) -> store.NoteFilter | None:
        if request.scope is Scope.ARTICLE:
            if self.window.current_article_id is None:
                return None
            return store.NoteFilter(article_id=self.window.current_article_id)
        if request.scope is Scope.TAG:
            return store.NoteFilter(tag=request.tag) if request.tag else None
        if request.scope is Scope.SELECTED:
            return store.NoteFilter(ids=tuple(selected))
        return store.NoteFilter()

    def labels(self) -> ExportLabels:
        """The words of an exported document, in the UI language."""
        return ExportLabels(
            document_title=self.tr("Notes"),
            tags=self.tr("Tags"),
            author=self.tr("Author"),
            source=self.tr("Source"),
            date=self.tr("Published"),
            meeting=self.tr("Meeting held"),
            file=self.tr("File"),
            needs_review=self.tr("Needs review"),
            no_notes=self.tr("No notes."),
            lang=self.tr("en", "the language code of the exported documents"),
            period=lambda start, precision: i18n.format_period(start, None, precision),
        )

    def flush(self) -> None:
        """Save any edit still waiting (closing, quitting, exporting)."""
        self.panel.flush()

    # --- internals -----------------------------------------------------------

    def _write(self, op):  # type: ignore[no-untyped-def]
        """Run one store write; on a library error tell the user, return None."""
        try:
            return op()
        except sqlite3.Error as exc:
            self._show_library_error(exc)
            return None
        except store.NoteError as exc:
            # The store's reason ("no note 12") is English: after a sentence of ours.
            self.window.statusBar().showMessage(
                self.tr("The note could not be saved (%1).").replace("%1", str(exc)), 6000
            )
            return None

    def _show_library_error(self, exc: sqlite3.Error, heading: str | None = None) -> None:
        from desktop.ui.dialogs import library_error_text, technical_details

        known = classify(exc, self.window.library.path)
        text = library_error_text(known) if known is not None else technical_details(str(exc))
        QMessageBox.warning(self.window, heading or self.tr("The note could not be saved"), text)

    def _after_change(self, select: int | None = None) -> None:
        """A note was added, deleted or restored: reader, panel, All notes."""
        self.window.refresh_reader()
        self.model.reload()
        if select is not None:
            self.panel.select_note(select)
        self.panel.set_known_tags([t for t, _n in store.all_tags(self.db)])
        self._all_stale = True
        if self.window.tabs.currentWidget() is self.all_notes:
            self._refresh_all()

    def _refresh_all(self) -> None:
        self._all_stale = False
        self.all_notes.refresh()

    def on_article_opened(self, article_id: int) -> None:
        """The reader shows another article: list its notes."""
        self.panel.flush()
        if self.model.article_id() != article_id:
            self.model.set_article(article_id)
        else:
            self.model.reload()
        self.panel.set_known_tags([t for t, _n in store.all_tags(self.db)])

    def _on_tab_changed(self, _index: int) -> None:
        if self.window.tabs.currentWidget() is self.all_notes and (
            self._all_stale or not self.all_notes.model.is_loaded()
        ):
            self._refresh_all()

    def _on_library_changed(self) -> None:
        self._all_stale = True
        if self.model.article_id() is not None:
            self.model.reload()

    def _on_reader_menu(self, pos: QPoint) -> None:
        menu = self.reader_menu(pos)
        menu.exec(self.window.reader.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def reader_menu(self, pos: QPoint) -> QMenu:
        """The reader's context menu: Add note, then the standard entries."""
        menu = self.window.reader.createStandardContextMenu(pos)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.act_add)
        if first is not None:
            menu.insertSeparator(first)
        self.act_add.setEnabled(True)
        return menu

    # --- Qt overrides ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: save pending edits before the window closes."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.flush()
            self.wait_for_export()  # an export asked for is written whole before the window goes
        return super().eventFilter(watched, event)


def install(window: MainWindow) -> NotesController:
    """Build the notes panel, tab, actions and export in ``window``."""
    return NotesController(window)
