"""Turning the bytes of a supported file into article text. Qt-free.

- ``.txt`` / ``.md``: UTF-8 (with or without BOM), UTF-16 (BOM), else the
  encoding charset-normalizer detects, with legacy Windows-1258 tried for
  Vietnamese; the result is NFC.
- ``.html`` / ``.htm``: main text via trafilatura, title and date via its
  metadata and htmldate (never a hand-written tag stripper).
- ``.docx``: paragraphs via python-docx.
"""

from __future__ import annotations

import io
import unicodedata

SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx")


class FormatError(Exception):
    """The bytes are not a readable article; ``reason`` is a FailReason value."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in sample


_VIET_MARKERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")


def _vietnamese_score(text: str) -> float:
    letters = sum(ch.isalpha() for ch in text) or 1
    viet = sum(ch in _VIET_MARKERS or ord(ch) > 0x1E00 for ch in text)
    bad = text.count("\ufffd") + sum(unicodedata.category(ch) == "Cc" and ch not in "\r\n\t" for ch in text)
    return (viet - 10 * bad) / letters


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes, detecting the encoding.

    Raises:
        FormatError: ``not-text`` for binary data, ``undecodable`` when no
            encoding reads it cleanly.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FormatError("undecodable", str(exc)) from exc
    if _looks_binary(data):
        raise FormatError("not-text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Legacy Vietnamese: Windows-1258 (combining tone marks, NFC fixes them up).
    candidates: list[str] = []
    for enc in ("cp1258",):
        try:
            candidates.append(data.decode(enc))
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            candidates.append(str(best))
    except Exception:  # pragma: no cover - detector failure is not fatal
        pass
    if not candidates:
        raise FormatError("undecodable")
    return max(candidates, key=_vietnamese_score)


def _html(data: bytes) -> tuple[str, str | None, str | None]:
    import trafilatura
    from htmldate import find_date

    html = decode_text(data)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    try:
        published = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:
        published = None
    if not text:
        raise FormatError("empty")
    body = text.replace("\n", "\n\n")
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    return body, title, published


def _docx(data: bytes) -> tuple[str, str | None, str | None]:
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError("not-text", str(exc)) from exc
    paragraphs = [p.text for p in document.paragraphs]
    title = document.core_properties.title or None
    return "\n\n".join(paragraphs), title, None


def extract(suffix: str, data: bytes) -> tuple[str, str | None, str | None]:
    """``(text, title, published)`` from a file's bytes, by its suffix.

    Raises:
        FormatError: with a FailReason value.
    """
    if suffix in (".txt", ".md", ""):
        return decode_text(data), None, None
    if suffix in (".html", ".htm"):
        return _html(data)
    if suffix == ".docx":
        return _docx(data)
    raise FormatError("unsupported", suffix)
