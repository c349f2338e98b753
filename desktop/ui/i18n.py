"""Language: loading translators, switching at run time, formatting dates.

The UI follows the system locale (Vietnamese for ``vi``, and for a locale that names
no language, ``C``), unless
``GIAOBAN_LANG`` or ``--lang`` says otherwise or the user picked a language in
View → Language (remembered in QSettings as ``ui/language``).

Two catalogues load for Vietnamese: Qt's own (``qtbase_vi``: dialog buttons,
the text fields' context menus, the file dialog) and ours (``desktop_vi``).
The PySide6 wheels ship no ``qtbase_vi.qm``, so ``resources/translations/``
carries one of our own, compiled from ``qtbase_vi.ts``. Both ``.qm`` files
are committed and rebuilt by ``scripts/update-translations``.

Switching language at run time installs the new translators; Qt then sends
``QEvent.LanguageChange`` to every widget, and ``watch_language_change`` turns
that into one ``window.retranslate()`` per window.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)

from desktop import labels, paths

# Shipped languages, and the locale each one stands for (Anki's smoke test:
# every shipped language must resolve to a real locale, tests/test_i18n.py).
LANGUAGES = ("vi", "en")
LOCALES = {"vi": "vi_VN", "en": "en_US"}
# Each language's own name: shown untranslated so a reader stuck in the
# wrong language can still find theirs.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
LANGUAGE_ENV = "GIAOBAN_LANG"
SETTINGS_KEY = "ui/language"

_current = "en"

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_MONTHS_LONG = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


# --- choosing the language ---------------------------------------------------


def system_language() -> str:
    """``vi`` when ``GIAOBAN_LANG`` or the system locale is Vietnamese, or when the locale
    names no language (``C``: a bare system), else ``en``."""
    env = os.environ.get(LANGUAGE_ENV)
    if env in LANGUAGES:
        return env
    locale = QLocale.system()
    if locale.language() == QLocale.Language.C:
        return "vi"
    return "vi" if locale.name().lower().startswith("vi") else "en"


def choose_language(explicit: str | None = None, saved: object = None) -> str:
    """The language to start in.

    Args:
        explicit: ``--lang`` from the command line, if given.
        saved: the ``ui/language`` setting (the user's choice in the menu).

    Returns:
        ``explicit``, else ``$GIAOBAN_LANG``, else the saved choice, else the
        system locale's language. The variable beats the saved choice so a
        packaged test run (and a user's one-off ``GIAOBAN_LANG=en``) is not
        overridden by what an earlier session remembered.
    """
    if explicit in LANGUAGES:
        return str(explicit)
    env = os.environ.get(LANGUAGE_ENV)
    if env in LANGUAGES:
        return str(env)
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    return system_language()


def current_language() -> str:
    """The language the UI is in."""
    return _current


def locale_for(language: str) -> QLocale:
    """The QLocale a shipped language stands for (``vi`` → ``vi_VN``)."""
    return QLocale(LOCALES.get(language, LOCALES["en"]))


def translations_dir() -> str:
    """Where the compiled ``.qm`` files are."""
    return str(paths.resources_dir() / "translations")


def qt_translations_dir() -> str:
    """Where Qt's own ``.qm`` files are (inside the PySide6 wheel or the bundle)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


# --- installing translators --------------------------------------------------


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ``language`` into ``app`` (removing translators from before).

    Qt's catalogue is loaded from the wheel when it has one, then ours from
    ``resources/translations``; the translator installed last is asked
    first, so our ``qtbase_vi`` wins over a future upstream one.

    Returns:
        The installed translators (parented to the app so they stay alive).
    """
    global _current
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    _current = language if language in LANGUAGES else "en"
    QLocale.setDefault(locale_for(_current))
    installed: list[QTranslator] = []
    if _current == "en":
        return installed
    catalogues = (
        (f"qtbase_{_current}", qt_translations_dir()),
        (f"qtbase_{_current}", translations_dir()),
        (f"desktop_{_current}", translations_dir()),
    )
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.setParent(None)
            translator.deleteLater()
    return installed


def switch_language(language: str, remember: bool = True) -> None:
    """Change the UI language of the running app (View → Language).

    Open windows re-translate themselves on the ``LanguageChange`` event Qt
    sends (see ``watch_language_change``).

    Args:
        language: one of ``LANGUAGES``.
        remember: store the choice as ``ui/language`` for the next start.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("switch_language needs a running QApplication")
    install(app, language)
    if remember:
        from desktop.ui import settings

        settings.write(SETTINGS_KEY, _current)


class _LanguageChangeFilter(QObject):
    """Turns the burst of ``LanguageChange`` events into one call.

    Qt sends one event per translator added or removed (a switch removes
    three and adds three), so the call is deferred to the next turn of the
    event loop and made once.
    """

    def __init__(self, target: QObject, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self._callback = callback
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # type: ignore[override]
        """Override QObject::eventFilter: schedule one re-translation."""
        if event.type() == QEvent.Type.LanguageChange and not self._pending:
            self._pending = True
            # (with this filter as the context: dropped if its window is destroyed first)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self._pending = False
        self._callback()


def watch_language_change(target: QObject, callback: Callable[[], None]) -> QObject:
    """Call ``callback`` (once) whenever ``target`` gets ``LanguageChange``.

    Returns:
        The event filter (owned by ``target``).
    """
    watcher = _LanguageChangeFilter(target, callback)
    target.installEventFilter(watcher)
    return watcher


# --- dates ---------------------------------------------------------------------


def format_date(iso: str | None, precision: str | None = None) -> str:
    """An ISO date as the UI shows it: ``dd/MM/yyyy`` in Vietnamese.

    With a precision coarser than a day only what is known is shown:
    ``tháng 3/2024`` (``Mar 2024``) for a month, ``2024`` for a year.
    Periods (``quý II/2024``, ``6 tháng đầu năm 2024``) come from
    ``format_period``.
    """
    if not iso:
        return ""
    year, month, day = (iso.split("-") + ["", ""])[:3]
    if precision in ("year",):
        return year
    if precision in ("month",) and month:
        return format_month(int(year), int(month))
    if not (month and day):
        return iso
    if _current == "vi":
        return f"{int(day):02d}/{int(month):02d}/{year}"
    return f"{int(day)} {_EN_MONTHS[int(month) - 1]} {year}"


def format_qdate(date: QDate) -> str:
    """A QDate as the UI shows it (``dd/MM/yyyy`` in Vietnamese)."""
    if not date.isValid():
        return ""
    return format_date(date.toString("yyyy-MM-dd"))


def month_name(month: int, short: bool = False) -> str:
    """A month's name in the UI language (``tháng 3`` / ``March``, short ``Th3`` / ``Mar``)."""
    if _current == "vi":
        return f"Th{month}" if short else f"tháng {month}"
    return _EN_MONTHS[month - 1] if short else _EN_MONTHS_LONG[month - 1]


def format_month(year: int, month: int, heading: bool = False) -> str:
    """A month of a year: ``tháng 3/2024`` (``Tháng 3/2024`` as a heading), ``Mar 2024``.

    Args:
        year: the year.
        month: 1..12.
        heading: capitalise and spell out for timeline headings
            (``Tháng 3/2024``, ``March 2024``).
    """
    if _current == "vi":
        label = f"tháng {month}/{year}"
        return label[0].upper() + label[1:] if heading else label
    return f"{_EN_MONTHS_LONG[month - 1] if heading else _EN_MONTHS[month - 1]} {year}"


def format_period(
    start: str | None, end: str | None, precision: str | None, short: bool = False
) -> str:
    """A date or period as the UI shows it.

    ``short`` gives the compact form a list column has room for
    (``6T đầu 2024``, ``Quý II/2024``) instead of the reader's full words.
    """
    if not start:
        return QCoreApplication.translate("i18n", "no date")
    if precision not in labels.PERIODS:
        return format_date(start, "month" if precision == "month" else None)
    return labels.period_label(start, precision, short=short, translate=QCoreApplication.translate)
