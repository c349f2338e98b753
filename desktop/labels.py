"""Names of the analyser's codes, for people: shared by the window and the command line.

The codes (``giao-ban``, ``article-date``) are data: they stay as they are in
the library and in JSON output. These tables give each its name, marked for
lupdate under the context the window already used, and translated when shown
(``QCoreApplication.translate`` in the window, ``catalogue.translate`` on the
command line: both read the same ``desktop_vi.qm``). Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.catalogue import QT_TRANSLATE_NOOP

#: context of LANE_LABELS
LANE_CONTEXT = "TimelineView"
#: a timeline lane (a meeting's kind, or a level) -> its name
LANE_LABELS = {
    "giao-ban": QT_TRANSLATE_NOOP("TimelineView", "Giao ban (briefings)"),
    "so-ket": QT_TRANSLATE_NOOP("TimelineView", "Sơ kết (reviews)"),
    "tong-ket": QT_TRANSLATE_NOOP("TimelineView", "Tổng kết (annual)"),
    "toan-quoc": QT_TRANSLATE_NOOP("TimelineView", "National conferences"),
    "other": QT_TRANSLATE_NOOP("TimelineView", "Other"),
    "central": QT_TRANSLATE_NOOP("TimelineView", "Central"),
    "province": QT_TRANSLATE_NOOP("TimelineView", "Provinces and cities"),
    "grassroots": QT_TRANSLATE_NOOP("TimelineView", "Grassroots"),
}

#: context of BASIS_LABELS
BASIS_CONTEXT = "Directives"
#: how a directive's term was decided (``linking.TermBasis``) -> a phrase
BASIS_LABELS = {
    "issue-date": QT_TRANSLATE_NOOP("Directives", "from the issue date stated"),
    "named": QT_TRANSLATE_NOOP("Directives", "named in the text"),
    "congress": QT_TRANSLATE_NOOP("Directives", "from the congress the text names"),
    "known-directive": QT_TRANSLATE_NOOP("Directives", "assumed: the directive of this number already known"),
    "article-date": QT_TRANSLATE_NOOP("Directives", "assumed from the article's date"),
    "unknown": QT_TRANSLATE_NOOP("Directives", "not known"),
}


def period_label(start: str, precision: str, *, short: bool, translate: Callable[..., str]) -> str:
    """A year, a half-year or a quarter in words: ``năm 2017`` (``2017`` when ``short``),
    ``6 tháng đầu năm 2024`` (``6T đầu 2024``), ``quý II/2024``.

    ``translate`` is ``QCoreApplication.translate`` in the window and
    ``catalogue.translate`` on the command line (context ``i18n`` in both).
    """
    year = start[:4]
    month = int(start[5:7]) if len(start) >= 7 else 1
    if precision == "year":
        return year if short else translate("i18n", "year %1").replace("%1", year)
    if precision == "half-year" and short:
        if month <= 6:
            return translate("i18n", "H1 %1", "first half-year, short").replace("%1", year)
        return translate("i18n", "H2 %1", "second half-year, short").replace("%1", year)
    if precision == "half-year":
        if month <= 6:
            return translate("i18n", "first half of %1").replace("%1", year)
        return translate("i18n", "second half of %1").replace("%1", year)
    roman = ("I", "II", "III", "IV")[(month - 1) // 3]
    return translate("i18n", "quarter %1/%2").replace("%1", roman).replace("%2", year)


#: the precisions :func:`period_label` names
PERIODS = ("year", "half-year", "quarter")
