"""The filter bar above the article list: year range, kind, province, person,
directive, each choice with its article count, plus removable chips for the
filters in force and a one-click "Clear filters".

The bar holds no data of its own: ``set_facets`` fills it from the core's
counts, and every change the user makes comes out as a whole new
``ArticleFilter`` through ``filter_requested``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store.facets import Facets, FacetValue
from desktop.core.store.queries import ArticleFilter
from desktop.ui import i18n

CONTEXT = "FilterBar"

# Meeting kinds (``MeetingKind`` codes), translated at display time.
KIND_LABELS = {
    "giao-ban": QT_TRANSLATE_NOOP("FilterBar", "Briefing (giao ban)"),
    "so-ket": QT_TRANSLATE_NOOP("FilterBar", "Mid-term review (sơ kết)"),
    "tong-ket": QT_TRANSLATE_NOOP("FilterBar", "Annual review (tổng kết)"),
    "toan-quoc": QT_TRANSLATE_NOOP("FilterBar", "National conference"),
    "other": QT_TRANSLATE_NOOP("FilterBar", "Other"),
}

OPEN_END = 9999  # "from 2023" with no end year


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilterBar", text)


def kind_label(code: str) -> str:
    """The translated name of a meeting kind code."""
    source = KIND_LABELS.get(code)
    return _tr(source) if source else code


class FacetCombo(QComboBox):
    """A combo box of facet values, "label (count)", with an "all" first entry."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaxVisibleItems(20)
        self._all_text = ""

    def fill(self, all_text: str, values: list[FacetValue], chosen: object, label=None) -> None:
        """Replace the items (signals blocked) and select ``chosen``."""
        self.blockSignals(True)
        self.clear()
        self._all_text = all_text
        self.addItem(all_text, None)
        index = 0
        for value in values:
            text = label(value) if label else value.label
            self.addItem(f"{text} ({value.count})", value.key)
            if chosen is not None and value.key == chosen:
                index = self.count() - 1
        self.setCurrentIndex(index)
        self.setToolTip(self.currentText())
        self.blockSignals(False)

    def chosen(self) -> object:
        """The key selected, or None for "all"."""
        return self.currentData()


class FilterBar(QWidget):
    """Facet filters with counts, chips for active filters, "Clear filters".

    Signals:
        filter_requested(object): the user asked for this ``ArticleFilter``.
    """

    filter_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._filter = ArticleFilter()
        self._facets = Facets()
        self._directive_label: str | None = None
        self._chip_spec: list[tuple[str, str]] | None = None

        self.year_from = FacetCombo("filterYearFrom")
        self.year_to = FacetCombo("filterYearTo")
        self.kind = FacetCombo("filterKind")
        self.place = FacetCombo("filterPlace")
        self.person = FacetCombo("filterPerson")
        self.directive = FacetCombo("filterDirective")
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("filterClear")
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.dash = QLabel("–")

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(3)
        years = QHBoxLayout()
        years.setSpacing(2)
        years.addWidget(self.year_from, 1)
        years.addWidget(self.dash)
        years.addWidget(self.year_to, 1)
        grid.addLayout(years, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.place, 1, 0)
        grid.addWidget(self.person, 1, 1)
        grid.addWidget(self.directive, 2, 0)
        grid.addWidget(self.clear_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.chips = QWidget()
        self.chips.setObjectName("filterChips")
        self._chip_layout = QHBoxLayout(self.chips)
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self._chip_layout.setSpacing(4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(grid)
        layout.addWidget(self.chips)

        self.year_from.activated.connect(self._on_years)
        self.year_to.activated.connect(self._on_years)
        self.kind.activated.connect(lambda: self._request(kind=self.kind.chosen()))
        self.place.activated.connect(lambda: self._request(place=self.place.chosen()))
        self.person.activated.connect(lambda: self._request(person=self.person.chosen()))
        self.directive.activated.connect(lambda: self._request(directive_id=self.directive.chosen()))
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    # --- our API -------------------------------------------------------------

    @property
    def article_filter(self) -> ArticleFilter:
        """The filter the bar shows."""
        return self._filter

    @property
    def facets(self) -> Facets:
        """The counts the bar shows."""
        return self._facets

    @property
    def directive_label(self) -> str | None:
        """The name of the chosen directive, if known."""
        return self._directive_label

    def set_facets(self, flt: ArticleFilter, found: Facets, directive_label: str | None = None) -> None:
        """Show ``flt`` with the counts ``found`` under it."""
        self._filter = flt
        self._facets = found
        self._directive_label = directive_label
        self._refill()

    def choose(self, **change: object) -> None:
        """Ask for the filter in force with ``change`` made, as choosing in a combo does.

        ``choose(person=key)`` is choosing that person in the people list;
        the reader's names under an article's date line come this way.
        """
        self._request(**change)

    def clear(self) -> None:
        """Ask for no filters at all, keeping the search text."""
        self.filter_requested.emit(ArticleFilter(text=self._filter.text))

    def active_count(self) -> int:
        """How many filters (not counting the search text) are in force."""
        f = self._filter
        return sum(
            x is not None
            for x in (f.years, f.date_range, f.place, f.person, f.directive_id, f.kind, f.ids)
        )

    def retranslate(self) -> None:
        """Set every string again (after a language switch)."""
        self.clear_button.setText(QCoreApplication.translate("FilterBar", "Clear filters"))
        self.clear_button.setToolTip(QCoreApplication.translate("FilterBar", "Show every article again (the search stays)"))
        self.year_from.setToolTip(QCoreApplication.translate("FilterBar", "From year"))
        self.year_to.setToolTip(QCoreApplication.translate("FilterBar", "To year"))
        self._refill()

    # --- filling ---------------------------------------------------------------

    def _refill(self) -> None:
        f, found = self._filter, self._facets
        first, last = f.years if f.years else (None, None)
        self.year_from.fill(QCoreApplication.translate("FilterBar", "From year"), found.years, first)
        self.year_to.fill(QCoreApplication.translate("FilterBar", "To year"), found.years, last if last != OPEN_END else None)
        self.kind.fill(QCoreApplication.translate("FilterBar", "All kinds of meeting"), found.kinds, f.kind, lambda v: kind_label(v.key))
        self.place.fill(QCoreApplication.translate("FilterBar", "All provinces"), found.places, f.place)
        self.person.fill(QCoreApplication.translate("FilterBar", "All people"), found.people, f.person)
        directives = found.directives
        if f.directive_id is not None and all(v.key != f.directive_id for v in directives):
            directives = [FacetValue(f.directive_id, self._directive_label or "?", 0), *directives]
        self.directive.fill(QCoreApplication.translate("FilterBar", "All directives"), directives, f.directive_id)
        self.clear_button.setEnabled(self.active_count() > 0)
        self._fill_chips()

    def _fill_chips(self) -> None:
        f = self._filter
        chips: list[tuple[str, str, dict[str, object]]] = []
        if f.years:
            a, b = f.years
            text = str(a) if a == b else (f"≥ {a}" if b == OPEN_END else (f"≤ {b}" if a <= 0 else f"{a}–{b}"))
            chips.append(("chipYears", text, {"years": None}))
        if f.date_range:
            text = f"{i18n.format_date(f.date_range[0])} – {i18n.format_date(f.date_range[1])}"
            chips.append(("chipDates", text, {"date_range": None}))
        if f.kind:
            chips.append(("chipKind", kind_label(f.kind), {"kind": None}))
        if f.place:
            chips.append(("chipPlace", self._label_of(self._facets.places, f.place), {"place": None}))
        if f.person:
            chips.append(("chipPerson", self._label_of(self._facets.people, f.person), {"person": None}))
        if f.directive_id is not None:
            label = self._directive_label or self._label_of(self._facets.directives, f.directive_id)
            chips.append(("chipDirective", label, {"directive_id": None}))
        if f.ids is not None:
            chosen = len(f.ids)  # (a name: lupdate skips a call whose count is an expression)
            chips.append(("chipIds", QCoreApplication.translate("FilterBar", "%n chosen article(s)", "", chosen),
                          {"ids": None}))
        spec = [(name, text) for name, text, _ in chips]
        if spec == self._chip_spec:
            return  # the same chips: keep them (no flicker when only counts change)
        self._chip_spec = spec
        while self._chip_layout.count():
            item = self._chip_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from findChild at once
                widget.deleteLater()
        for name, text, change in chips:
            chip = QToolButton()
            chip.setObjectName(name)
            chip.setText(f"{text}  ✕")
            chip.setToolTip(QCoreApplication.translate("FilterBar", "Remove this filter"))
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _=False, change=change: self._request(**change))
            self._chip_layout.addWidget(chip)
            chip.show()
        self._chip_layout.addStretch(1)
        self.chips.setVisible(bool(chips))

    @staticmethod
    def _label_of(values: list[FacetValue], key: object) -> str:
        for value in values:
            if value.key == key:
                return value.label
        return str(key)

    # --- user actions ------------------------------------------------------------

    def _request(self, **change: object) -> None:
        self.filter_requested.emit(replace(self._filter, **change))

    def _on_years(self) -> None:
        first, last = self.year_from.chosen(), self.year_to.chosen()
        if first is None and last is None:
            years = None
        else:
            lo = int(first) if first is not None else 0
            hi = int(last) if last is not None else OPEN_END
            if lo > hi:  # the user moved one end past the other: follow them
                lo, hi = (hi, hi) if self.sender() is self.year_to else (lo, lo)
            years = (lo, hi)
        # A year range replaces a date range chosen elsewhere (the timeline).
        self._request(years=years, date_range=None)
