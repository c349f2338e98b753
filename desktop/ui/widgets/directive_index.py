"""The directive index: every directive in the library, grouped, with counts (issue 4).

A filter box (diacritic-insensitive: ``chi thi 35`` finds ``Chỉ thị 35-CT/TW``,
run in SQL), a choice of grouping (by type or by issuer), and the tree.
Choosing a directive announces it; the feature filters the article list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from desktop.core.store.directive_queries import GroupBy
from desktop.ui.models.directives import COL_ARTICLES, COL_NAME, DirectiveIndexModel
from desktop.ui.roles import DirectiveIdRole


class DirectiveIndex(QWidget):
    """Browse the library's directives.

    Signals:
        directive_chosen(int): the user chose a directive (click or Enter).
    """

    directive_chosen = Signal(int)

    FILTER_DELAY_MS = 150

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directiveIndex")
        # Read on first show, not at start-up: at 100,000 articles building
        # and expanding the index cost seconds before the window painted.
        self.model = DirectiveIndexModel(db, self, load=False)

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("directiveFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("directiveGroupBy")
        self.group_combo.addItem("", str(GroupBy.TYPE))
        self.group_combo.addItem("", str(GroupBy.ISSUER))
        self.group_label.setBuddy(self.group_combo)

        self.view = QTreeView()
        self.view.setObjectName("directiveIndexView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ARTICLES, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("directiveIndexEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.group_label)
        top.addWidget(self.group_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter_box.textChanged.connect(lambda _text: self._timer.start())
        self.filter_box.returnPressed.connect(self.apply_filter)
        self.group_combo.currentIndexChanged.connect(self._on_group_changed)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()
        self.retranslate()

    # --- our API -----------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string (again, after a language switch)."""
        self.filter_box.setPlaceholderText(self.tr("Filter directives, e.g. chi thi 35 (diacritics optional)"))
        self.group_label.setText(self.tr("&Group by:"))
        self.group_combo.setItemText(0, self.tr("Type"))
        self.group_combo.setItemText(1, self.tr("Issuer"))
        self.empty_label.setText(
            self.tr("No directive matches this filter.") if self.model.filter_text else self.tr("No directives yet.")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def apply_filter(self) -> None:
        """Filter now (the box waits a moment after each key)."""
        self._timer.stop()
        self.model.set_filter(self.filter_box.text())

    def reload(self) -> None:
        """Re-read the library (after an import), keeping the reader's place.

        The directive that was current stays current when it is still loaded,
        and the view keeps its scroll position.
        """
        current = self.view.currentIndex().data(DirectiveIdRole)
        scroll = self.view.verticalScrollBar().value()
        self.model.reload()
        # Lay the expanded groups out now, so the scroll range is there to restore.
        self.view.executeDelayedItemsLayout()
        self.view.verticalScrollBar().setValue(scroll)
        if current is not None:
            self.select_directive(int(current))

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget::showEvent: read the index the first time it is seen."""
        if not self.model.loaded:
            self.model.reload()
        super().showEvent(event)

    def select_directive(self, directive_id: int) -> bool:
        """Make a loaded directive current without announcing it."""
        index = self.model.find_directive(directive_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index.isValid()

    # --- slots ---------------------------------------------------------------

    def _on_group_changed(self, _row: int) -> None:
        self.model.set_group_by(GroupBy(self.group_combo.currentData()))

    def _on_activated(self, index: QModelIndex) -> None:
        directive_id = index.data(DirectiveIdRole)
        if directive_id is not None:
            self.directive_chosen.emit(int(directive_id))

    def _after_reset(self) -> None:
        # Groups are few (types, issuers) and each loads one bounded page.
        self.view.expandAll()
        empty = self.model.rowCount() == 0
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.empty_label.setText(
            self.tr("No directive matches this filter.") if self.model.filter_text else self.tr("No directives yet.")
        )
