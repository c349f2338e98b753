"""Language: loading translators, switching at run time, formatting dates.

The UI follows the system locale (Vietnamese for ``vi``), unless the user
picked a language (remembered in QSettings) or ``GIAOBAN_LANG`` is set. Qt's
own catalogue (``qtbase_vi``: dialog buttons) loads before ours.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

LANGUAGES = ("vi", "en")
_current = "en"

_VI_MONTHS = tuple(f"tháng {i}" for i in range(1, 13))
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def system_language() -> str:
    """``vi`` when the system locale is Vietnamese, else ``en``."""
    env = os.environ.get("GIAOBAN_LANG")
    if env in LANGUAGES:
        return env
    return "vi" if QLocale.system().name().lower().startswith("vi") else "en"


def current_language() -> str:
    """The language the UI is in."""
    return _current


def translations_dir() -> str:
    """Where the compiled ``.qm`` files are."""
    return str(paths.resources_dir() / "translations")


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ``language`` into ``app`` (removing translators from before).

    Returns:
        The installed translators (parented to the app so they stay alive).
    """
    global _current
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    _current = language if language in LANGUAGES else "en"
    installed: list[QTranslator] = []
    if _current == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{_current}", qt_dir), (f"desktop_{_current}", translations_dir())):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def format_date(iso: str | None, precision: str | None = None) -> str:
    """An ISO date as the UI shows it: ``dd/MM/yyyy`` in Vietnamese.

    With a precision coarser than a day, only what is known is shown
    (``quý II/2024``, ``6 tháng đầu năm 2024`` style labels come from
    ``format_period``).
    """
    if not iso:
        return ""
    year, month, day = (iso.split("-") + ["", ""])[:3]
    if precision in ("year",):
        return year
    if precision in ("month",) and month:
        return f"{month}/{year}" if _current == "vi" else f"{_EN_MONTHS[int(month) - 1]} {year}"
    if not (month and day):
        return iso
    if _current == "vi":
        return f"{day}/{month}/{year}"
    return f"{int(day)} {_EN_MONTHS[int(month) - 1]} {year}"


def month_name(month: int, short: bool = False) -> str:
    """A month's name in the UI language (``tháng 3`` / ``Mar``)."""
    if _current == "vi":
        return f"Th{month}" if short else _VI_MONTHS[month - 1]
    return _EN_MONTHS[month - 1]


def format_period(start: str | None, end: str | None, precision: str | None) -> str:
    """A date or period as the UI shows it."""
    tr = QCoreApplication.translate
    if not start:
        return tr("i18n", "no date")
    if precision in (None, "day"):
        return format_date(start)
    year = start[:4]
    month = int(start[5:7]) if len(start) >= 7 else 1
    if precision == "year":
        return tr("i18n", "year %1").replace("%1", year)
    if precision == "half-year":
        half = tr("i18n", "first half of %1") if month <= 6 else tr("i18n", "second half of %1")
        return half.replace("%1", year)
    if precision == "quarter":
        quarter = (month - 1) // 3 + 1
        roman = ("I", "II", "III", "IV")[quarter - 1]
        return tr("i18n", "quarter %1/%2").replace("%1", roman).replace("%2", year)
    if precision == "month":
        return format_date(start, "month")
    return format_date(start)
