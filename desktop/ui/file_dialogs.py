"""The file dialogs (import files, import a folder, export notes), sized for Vietnamese.

Where the platform offers a native file dialog Qt shows that one, in the
system's language. Elsewhere (a Linux desktop without a platform theme, the
offscreen platform) Qt shows its own widget dialog, whose strings come from
``qtbase_vi.qm`` (contexts ``QFileDialog``, ``QFileSystemModel``,
``QAbstractFileIconProvider``). That dialog opens 624 px wide with its
columns sized for English ("128.88 GB", "mp3Folder"), which cuts
"Kích thước" and the file types; ``prepare`` widens both. The Type column
shows the system's MIME comments, often English ("Markdown document"), so
a proxy model names the formats we import and export in the UI language.

A ``QFileDialog`` subclass would never be native (Qt only uses the native
dialog for QFileDialog itself), so the dialog is a plain ``QFileDialog``
configured here.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QDir,
    QFileInfo,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFileIconProvider,
    QFileSystemModel,
    QListView,
    QTreeView,
    QWidget,
)

CONTEXT = "FileDialogs"
MIN_WIDTH = 860
MIN_HEIGHT = 520

# The article formats by suffix, as the Type column names them.
_TYPE_NAMES = {
    "txt": QT_TRANSLATE_NOOP("FileDialogs", "Text document"),
    "md": QT_TRANSLATE_NOOP("FileDialogs", "Markdown document"),
    "markdown": QT_TRANSLATE_NOOP("FileDialogs", "Markdown document"),
    "html": QT_TRANSLATE_NOOP("FileDialogs", "Web page"),
    "htm": QT_TRANSLATE_NOOP("FileDialogs", "Web page"),
    "docx": QT_TRANSLATE_NOOP("FileDialogs", "Word document"),
    "csv": QT_TRANSLATE_NOOP("FileDialogs", "Spreadsheet (CSV)"),
    "json": QT_TRANSLATE_NOOP("FileDialogs", "JSON data"),
}


def type_name(suffix: str) -> str | None:
    """The translated name of an article or export format (``md`` → ``Tài liệu Markdown``)."""
    source = _TYPE_NAMES.get(suffix.lower())
    return QCoreApplication.translate(CONTEXT, source) if source else None


class ArticleTypes(QIdentityProxyModel):
    """The dialog's file model, with our formats named in the UI language in the Type column.

    A proxy rather than a QFileIconProvider subclass: the file model asks its
    icon provider from its gatherer thread, and Python code there could
    deadlock against a dialog being destroyed on the GUI thread; a proxy's
    data() runs on the GUI thread only.
    """

    TYPE_COLUMN = 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:  # type: ignore[override]
        """Override QAbstractItemModel::data."""
        files = self.sourceModel()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.column() == self.TYPE_COLUMN
            and isinstance(files, QFileSystemModel)
        ):
            source = self.mapToSource(index)
            if not files.isDir(source):
                name = type_name(files.fileInfo(source).suffix())
                if name:
                    return name
        return super().data(index, role)


def _fit_columns(view: QTreeView) -> None:
    """Widen the Size, Type and Date columns to their (translated) headers and contents."""
    header = view.header()
    model = view.model()
    if model is None or header.count() < 4:
        return
    fm = view.fontMetrics()
    locale = QLocale()
    folder = QFileIconProvider().type(QFileInfo(QDir.homePath()))  # as Qt says it
    late = QDateTime.fromString("2024-12-28T23:59:00", "yyyy-MM-ddTHH:mm:ss")
    samples = {
        1: [locale.formattedDataSize(999_990_000)],
        # Qt's own word for a folder, from Qt (qtbase_vi.qm), not from our catalogue.
        2: [type_name(s) or "" for s in _TYPE_NAMES] + [folder],
        # QFileSystemModel writes dates in the system locale, which may not be the UI's.
        3: [
            loc.toString(late, QLocale.FormatType.ShortFormat) for loc in (locale, QLocale.system())
        ],
    }
    padding = fm.horizontalAdvance("MM")  # the cell's margins, and some air
    for section, texts in samples.items():
        contents = max(fm.horizontalAdvance(t) for t in texts) + padding
        wanted = max(header.sectionSizeHint(section), contents)
        if header.sectionSize(section) < wanted:
            header.resizeSection(section, wanted)


def _fit_sidebar(dialog: QFileDialog) -> None:
    """Widen the places list so "Máy tính" and short folder names are not cut."""
    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is None:
        return
    fm = sidebar.fontMetrics()
    model = sidebar.model()
    # "Máy tính", the home folder …: what the places list shows now.
    names = [model.index(row, 0).data() or "" for row in range(model.rowCount())] if model else []
    longest = max((fm.horizontalAdvance(n) for n in names), default=0)
    wanted = min(longest, fm.horizontalAdvance("M" * 14)) + sidebar.iconSize().width()
    wanted += fm.horizontalAdvance("MMMM")  # margins, frame, some air
    # Sizes set before the first show do not hold (the splitter lays out
    # then, and QFileDialog restores its remembered sidebarWidth): a minimum does.
    if sidebar.minimumWidth() < wanted:
        sidebar.setMinimumWidth(wanted)


def prepare(dialog: QFileDialog) -> QFileDialog:
    """Make Qt's own file dialog wide enough for the Vietnamese labels and columns.

    Does nothing visible to a native dialog (it has no widgets to size).
    """
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None and dialog.proxyModel() is None:
        dialog.setProxyModel(ArticleTypes(dialog))
    if dialog.width() < MIN_WIDTH or dialog.height() < MIN_HEIGHT:
        dialog.resize(max(dialog.width(), MIN_WIDTH), max(dialog.height(), MIN_HEIGHT))
    if view is not None:
        _fit_columns(view)
    _fit_sidebar(dialog)
    return dialog


def _dialog(parent: QWidget | None, caption: str, directory: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setObjectName("fileDialog")
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def open_file_names(
    parent: QWidget | None, caption: str, name_filter: str, directory: str = ""
) -> list[str]:
    """Like ``QFileDialog.getOpenFileNames``: the chosen files, [] if cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(prepare(dialog))


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """Like ``QFileDialog.getExistingDirectory``: the chosen folder, "" if cancelled."""
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(prepare(dialog))
    return chosen[0] if chosen else ""


def save_file_name(
    parent: QWidget | None,
    caption: str,
    directory: str,
    name_filter: str,
    options: QFileDialog.Option | None = None,
) -> str:
    """Like ``QFileDialog.getSaveFileName``: the chosen path, "" if cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if options is not None:
        dialog.setOptions(dialog.options() | options)
    chosen = _run(prepare(dialog))
    return chosen[0] if chosen else ""
