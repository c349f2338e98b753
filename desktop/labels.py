"""Names of the analyser's codes, for people: shared by the window and the command line.

The codes (``giao-ban``, ``article-date``) are data: they stay as they are in
the library and in JSON output. These tables give each its name, marked for
lupdate under the context the window already used, and translated when shown
(``QCoreApplication.translate`` in the window, ``catalogue.translate`` on the
command line: both read the same ``desktop_vi.qm``). Qt-free.
"""

from __future__ import annotations

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
