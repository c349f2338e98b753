"""The command line's language, from the window's own catalogue, without Qt.

The CLI never imports Qt (it starts in a fraction of the time), yet it should
speak Vietnamese to a Vietnamese user like the window does. Its strings are
marked the Qt way, ``translate("Cli", "...")``, so ``scripts/update-translations``
(lupdate) files them in ``resources/translations/desktop_vi.ts`` beside the
window's, and this module reads them back from the compiled ``desktop_vi.qm``
that the window loads, the one catalogue both share (and that the PyInstaller
build bundles).

The ``.qm`` layout read here (Qt's ``qtranslator.cpp``): a 16-byte magic
number, then sections of a tag byte and a big-endian 32-bit length. The
messages section (tag 0x69) is a run of messages, each a run of fields ended by
tag 1: the translation (3, UTF-16-BE; one field per plural form), the source
text (6), the context (7) and the disambiguation (8), each with a 32-bit
length; tag 5 is followed by 4 bytes of nothing. ``lrelease`` keeps every
source text and context (it strips them only when asked), so a plain dictionary
replaces Qt's hash lookup.

The language is ``--lang vi|en`` when given, else ``$GIAOBAN_LANG``, else the
system's: the user interface language on Windows, else the first of
``$LANGUAGE``, ``$LC_ALL``, ``$LC_MESSAGES`` and ``$LANG`` that is set (the
order gettext reads them in) and names a language; with none (``C``, nothing set)
Vietnamese, the readers' language. A choice made in the window's View → Language is
kept in Qt's settings and is not read here.
"""

from __future__ import annotations

import functools
import os
import struct
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from desktop import paths

LANGUAGES = ("vi", "en")
LANGUAGE_ENV = "GIAOBAN_LANG"
#: Windows' primary language id of Vietnamese (LANG_VIETNAMESE)
_LANG_VIETNAMESE = 0x2A

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8

Key = tuple[str, str, str]

_messages: dict[Key, str] = {}
_current = "en"


class CatalogueError(ValueError):
    """A ``.qm`` file that is not one, or is cut short."""


def read_qm(data: bytes) -> dict[Key, str]:
    """The messages of a compiled Qt catalogue.

    Returns:
        ``(context, source, disambiguation) -> translation`` (the first form of
        a plural message); messages with no translation are left out.

    Raises:
        CatalogueError: ``data`` is not a ``.qm`` file, or is truncated.
    """
    if not data.startswith(_QM_MAGIC):
        raise CatalogueError("not a Qt translation file")
    messages: dict[Key, str] = {}
    pos = len(_QM_MAGIC)
    try:
        while pos < len(data):
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            body = data[pos + 5 : pos + 5 + length]
            if len(body) != length:
                raise CatalogueError("the file is cut short")
            if tag == _SECTION_MESSAGES:
                _read_messages(body, messages)
            pos += 5 + length
    except struct.error as exc:
        raise CatalogueError("the file is cut short") from exc
    return messages


def _read_messages(body: bytes, into: dict[Key, str]) -> None:
    pos = 0
    fields: dict[int, bytes] = {}
    while pos < len(body):
        tag = body[pos]
        pos += 1
        if tag == _TAG_END:
            translation = fields.get(_TAG_TRANSLATION)
            if translation is not None and _TAG_SOURCE in fields:
                key = (
                    fields.get(_TAG_CONTEXT, b"").decode("utf-8"),
                    fields[_TAG_SOURCE].decode("utf-8"),
                    fields.get(_TAG_COMMENT, b"").decode("utf-8"),
                )
                into[key] = translation.decode("utf-16-be")
            fields = {}
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        if tag not in (_TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
            raise CatalogueError(f"unknown field {tag} in a message")
        (length,) = struct.unpack_from(">I", body, pos)
        pos += 4
        if length == 0xFFFFFFFF:  # a null translation
            continue
        if pos + length > len(body):
            raise CatalogueError("the file is cut short")
        # a plural message repeats the translation field: keep the first form
        fields.setdefault(tag, body[pos : pos + length])
        pos += length


#: locales that name no language (a bare container, a minimal Linux): the reader's own, Vietnamese
NO_LANGUAGE_LOCALES = ("c", "posix")


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """``vi`` when the system's interface language is Vietnamese or when the system names no
    language (``C``, ``POSIX``, nothing set), else ``en``."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" and environ is None:  # pragma: no cover - Windows only
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return "vi" if lang_id & 0x3FF == _LANG_VIETNAMESE else "en"
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            first = value.split(":")[0].lower()
            if first.split(".")[0] in NO_LANGUAGE_LOCALES:
                continue  # ("LC_ALL=C.UTF-8": no language; the next variable may name one)
            return "vi" if first.startswith("vi") else "en"
    return "vi"


def choose_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: ``--lang``, else ``$GIAOBAN_LANG``, else the system's."""
    env = os.environ if environ is None else environ
    args = list(argv)
    for i, arg in enumerate(args):
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return str(value)
    if env.get(LANGUAGE_ENV) in LANGUAGES:
        return str(env[LANGUAGE_ENV])
    return system_language(environ)


def catalogue_path(language: str) -> Path:
    """The compiled catalogue of ``language`` (the window's own)."""
    return paths.resources_dir() / "translations" / f"desktop_{language}.qm"


def install(language: str) -> str:
    """Speak ``language`` from now on; return the language in use.

    English needs no catalogue. A missing or damaged catalogue leaves the
    command line in English, with a one-line warning, rather than stopping it.
    """
    global _current
    _messages.clear()
    _current = "en"
    if language not in LANGUAGES or language == "en":
        return _current
    path = catalogue_path(language)
    try:
        _messages.update(read_qm(path.read_bytes()))
    except (OSError, CatalogueError) as exc:
        print(f"warning: the {language} translation could not be read ({path}: {exc}); "
              "using English", file=sys.stderr)
        return _current
    _current = language
    return _current


def current_language() -> str:
    """The language the command line speaks."""
    return _current


def translate(context: str, source: str, disambiguation: str = "") -> str:
    """``source`` in the installed language (itself when untranslated).

    The name and argument order are Qt's ``QCoreApplication.translate``, so
    lupdate extracts every literal passed here.
    """
    return _lookup(_messages, context, source, disambiguation)


def _lookup(messages: Mapping[Key, str], context: str, source: str, disambiguation: str) -> str:
    found = messages.get((context, source, disambiguation))
    if found is None and disambiguation:
        # as QTranslator does: lrelease may write a message without its disambiguation
        found = messages.get((context, source, ""))
    return source if found is None else found


@functools.cache
def _read_catalogue(language: str) -> Mapping[Key, str]:
    try:
        return read_qm(catalogue_path(language).read_bytes())
    except (OSError, CatalogueError):
        return {}


def translator(language: str) -> Callable[..., str]:
    """``translate`` into ``language`` whatever the command line speaks (a document's own
    language: an export in Vietnamese from an English session); its source text when the
    catalogue cannot be read."""
    messages = {} if language == "en" else _read_catalogue(language)
    return lambda context, source, disambiguation="": _lookup(messages, context, source, disambiguation)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's name, which lupdate knows
    """Mark ``source`` for lupdate without translating it (for tables built at import)."""
    return source
