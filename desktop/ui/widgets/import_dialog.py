"""The import dialog: progress with Cancel while importing, then a summary
listing every file (imported, duplicate, or failed with the reason in words).

The dialog only shows; the import itself runs in a worker thread owned by
``desktop.ui.features.importing``, which feeds ``on_progress`` and
``on_finished``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formats import SUPPORTED
from desktop.core.importer import FailReason, FileReport, Outcome

CONTEXT = "ImportDialog"

OUTCOME_LABELS = {
    Outcome.IMPORTED: QT_TRANSLATE_NOOP("ImportDialog", "Imported"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("ImportDialog", "Updated to the new version"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("ImportDialog", "Already in the library"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("ImportDialog", "Not imported"),
}

REASON_LABELS = {
    FailReason.NOT_TEXT: QT_TRANSLATE_NOOP("ImportDialog", "not a text document"),
    FailReason.EMPTY: QT_TRANSLATE_NOOP("ImportDialog", "the file is empty"),
    FailReason.TOO_LARGE: QT_TRANSLATE_NOOP("ImportDialog", "larger than 20 MB"),
    FailReason.UNDECODABLE: QT_TRANSLATE_NOOP("ImportDialog", "its characters cannot be read (unknown encoding)"),
    FailReason.LEGACY_FONT: QT_TRANSLATE_NOOP(
        "ImportDialog", "typed in an old VNI font encoding: convert it to Unicode first (for example with "
        "Unikey's converter)"),
    FailReason.UNREADABLE: QT_TRANSLATE_NOOP("ImportDialog", "the file cannot be opened"),
    FailReason.MISSING: QT_TRANSLATE_NOOP("ImportDialog", "there is no such file"),
    FailReason.UNSUPPORTED: QT_TRANSLATE_NOOP("ImportDialog", "not a supported kind of file"),
    FailReason.ANALYSIS: QT_TRANSLATE_NOOP("ImportDialog", "could not be analysed (an internal error)"),
}

COL_FILE, COL_OUTCOME, COL_DETAIL = range(3)
_COLOURS = {Outcome.IMPORTED: "#1b7f3b", Outcome.UPDATED: "#1b5e9e", Outcome.DUPLICATE: "#6b6b6b", Outcome.FAILED: "#b3261e"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def outcome_text(report: FileReport) -> str:
    """The translated outcome of one file."""
    return _tr(OUTCOME_LABELS[report.outcome])


def reason_text(reason: FailReason | None) -> str:
    """The translated reason a file failed ("" when it did not)."""
    if reason is None:
        return ""
    source = REASON_LABELS.get(reason)
    return _tr(source) if source else str(reason)


class ImportDialog(QDialog):
    """Progress, Cancel, then the per-file summary.

    Signals:
        cancel_requested(): the user pressed Cancel while importing.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import articles"))
        self.setModal(False)  # the window stays usable while importing
        self.resize(760, 480)
        self.reports: list[FileReport] = []
        self.finished_import = False
        self._files_total = 0  # files found (the bar counts directives while linking)

        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("importCurrent")
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)  # busy until the file count is known
        self.table = QTreeWidget()
        self.table.setObjectName("importReport")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setColumnCount(3)
        self.table.setHeaderLabels([QCoreApplication.translate("ImportDialog", "File"), QCoreApplication.translate("ImportDialog", "Result"), QCoreApplication.translate("ImportDialog", "Title or reason")])
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_FILE, 240)
        header.setSectionResizeMode(COL_OUTCOME, QHeaderView.ResizeMode.ResizeToContents)

        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportDialog", "Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.close_button = QPushButton(QCoreApplication.translate("ImportDialog", "Close"))
        self.close_button.setObjectName("importClose")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.current)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button.clicked.connect(self.accept)
        self.status.setText(QCoreApplication.translate("ImportDialog", "Looking for files…"))

    # --- fed by the import controller ----------------------------------------------

    def on_progress(self, done: int, total: int, reports: list[FileReport]) -> None:
        """More files handled (``done`` of ``total`` so far)."""
        self._files_total = total
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(
            QCoreApplication.translate("ImportDialog", "Importing file %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
        )
        if reports:
            self.current.setText(Path(reports[-1].path).name)
        self.reports.extend(reports)
        self.table.setUpdatesEnabled(False)
        for report in reports:
            self._add_row(report)
        self.table.setUpdatesEnabled(True)
        if reports and not self.finished_import:
            self.table.scrollToBottom()

    def on_linking(self, done: int, total: int) -> None:
        """The files are in; the directives they cite are being linked again."""
        if self.finished_import:
            return
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(
            QCoreApplication.translate("ImportDialog", "Linking the directives the files cite: %1 of %2…")
            .replace("%1", str(done)).replace("%2", str(total)))
        self.current.setText("")
        self.cancel_button.setEnabled(False)  # the files are in: nothing left to cancel

    def on_finished(self, reports: list[FileReport], cancelled: bool) -> None:
        """The import ended: show the summary."""
        self.finished_import = True
        # The worker's list is the truth (it holds every file, in order).
        self.reports = list(reports)
        self.table.clear()
        # Failures first: they are what the user has to act on.
        order = {Outcome.FAILED: 0, Outcome.UPDATED: 1, Outcome.IMPORTED: 2, Outcome.DUPLICATE: 3}
        self.table.setUpdatesEnabled(False)
        for report in sorted(self.reports, key=lambda r: order[r.outcome]):
            self._add_row(report)
        self.table.setUpdatesEnabled(True)
        self.table.scrollToTop()
        imported = sum(r.outcome == Outcome.IMPORTED for r in self.reports)
        updated = sum(r.outcome == Outcome.UPDATED for r in self.reports)
        review = sum(r.notes_to_review for r in self.reports)
        duplicate = sum(r.outcome == Outcome.DUPLICATE for r in self.reports)
        failed = sum(r.outcome == Outcome.FAILED for r in self.reports)
        parts = [
            QCoreApplication.translate("ImportDialog", "%n imported", "", imported),
            *([QCoreApplication.translate("ImportDialog", "%n updated", "", updated)] if updated else []),
            QCoreApplication.translate("ImportDialog", "%n already in the library", "", duplicate),
            QCoreApplication.translate("ImportDialog", "%n not imported", "", failed),
        ]
        summary = " · ".join(parts)
        if review:
            summary += "\n" + QCoreApplication.translate(
                "ImportDialog", "%n note(s) no longer find their passage in the new text: the Notes panel "
                "marks them “Needs review”.", "", review)
        if cancelled:
            summary = QCoreApplication.translate("ImportDialog", "Cancelled. Files imported before you cancelled were kept.") + "\n" + summary
        elif not self.reports:
            summary = QCoreApplication.translate("ImportDialog", "No files to import were found (%1).").replace(
                "%1", ", ".join(SUPPORTED)
            )
        self.status.setText(summary)
        # the bar counts files again (it counted directives while they were linked)
        total = max(self._files_total, len(self.reports), 1)
        self.progress.setRange(0, total)
        self.progress.setValue(len(self.reports) if cancelled else total)
        self.current.setText("")
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def on_error(self, message: str) -> None:
        """The library could not be written: say so, keep the summary so far."""
        self.on_finished(self.reports, cancelled=True)
        self.status.setText(message)

    # --- internals ------------------------------------------------------------------

    def _add_row(self, report: FileReport) -> None:
        path = Path(report.path)
        detail = reason_text(report.reason) if report.outcome == Outcome.FAILED else report.title
        if report.notes_to_review:
            count = report.notes_to_review  # (a name: lupdate skips a call whose count is an expression)
            review = QCoreApplication.translate("ImportDialog", "%n note(s) to review", "", count)
            detail = f"{detail} · {review}"
        item = QTreeWidgetItem([path.name, outcome_text(report), detail])
        item.setToolTip(COL_FILE, str(path))
        item.setToolTip(COL_DETAIL, detail)
        item.setForeground(COL_OUTCOME, QBrush(QColor(_COLOURS[report.outcome])))
        self.table.addTopLevelItem(item)

    def _on_cancel(self) -> None:
        if self.finished_import:
            self.reject()
            return
        self.cancel_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("ImportDialog", "Cancelling after the current file…"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Override QDialog::reject: Escape cancels a running import first."""
        if not self.finished_import:
            if self.cancel_button.isEnabled():
                self._on_cancel()
            return
        super().reject()
