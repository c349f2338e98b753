"""Turning the bytes of a supported file into article text. Qt-free.

- ``.txt`` / ``.md``: UTF-8 (with or without BOM), UTF-16 (with a BOM, or
  without one when the NUL pattern says so), else legacy Windows-1258 or what
  charset-normalizer detects, whichever reads as Vietnamese; the result is
  NFC (Windows-1258 writes tone marks as combining characters, NFC folds them
  into the precomposed letters the rest of the app expects). Markdown loses
  its markup (``# ``, ``**``, links), keeping the words.
- ``.html`` / ``.htm``: main text via trafilatura, title and date via its
  metadata and htmldate (never a hand-written tag stripper).
- ``.docx``: paragraphs via python-docx.
- a news feed (RSS 2.0 or Atom, saved as ``.xml``/``.rss`` or as text): its first
  item's headline, date and author, and its HTML body read as a page's.
- a ``.txt`` that holds a saved page's HTML, or a feed, is read as one.
- ``.ics``: a calendar's event, decoded as text, which the analyser reads as a notice of
  the meeting (``parse.ics``); a site's JSON record of an article is read when saved as
  ``.txt`` (``parse.jsondoc``: a folder's ``.json`` files are data, not articles).
- ``.ris``: a reference manager's record (Zotero's, EndNote's export), decoded as text, which
  the analyser reads as the page it came from (``parse.ris``), as it does under a ``.txt`` name.
- an e-mail (``.eml``, or a ``.txt`` a mail program saved with the mail's raw headers):
  read by the standard library's ``email`` parser, its encoded subject and its
  body (base64, quoted-printable, an HTML part read as a page) decoded; the
  text keeps the sender, date and subject as header lines over the body.

Failures raise ``FormatError`` with a ``FailReason`` value as ``reason``.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata

SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx", ".xml", ".rss", ".atom", ".eml", ".ics", ".ris")
#: how many of the commonest words written the VNI way tell a VNI text
_VNI_SIGNS = 3
#: documents of other kinds a folder of articles may hold, which an import names as not
#: read (a page's images, scripts and styles it passes over without a word)
OTHER_DOCUMENTS = (".pdf", ".doc", ".rtf", ".odt", ".epub", ".pages", ".wpd")
DOCX_XML_LIMIT = 16 * 1024 * 1024  # unpacked XML of a .docx; a 300-page report is ~5 MB


class FormatError(Exception):
    """The bytes are not a readable article; ``reason`` is a FailReason value."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


# --- plain text ---------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit on one side of every byte pair.

    Latin-script text in UTF-16 has a NUL as the high byte of most characters
    ("H\\x00o\\x00i\\x00"); binary files have NULs scattered anywhere.
    """
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd > pairs * 0.3 and even == 0:
        return "utf-16-le"
    if even > pairs * 0.3 and odd == 0:
        return "utf-16-be"
    return None


# Letters that only Vietnamese (among Latin-script languages) uses so much.
_VIET = frozenset(
    "ăâđêôơưĂÂĐÊÔƠƯàáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩũĨŨ"
    + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
)


def _vietnamese_score(text: str) -> float:
    """How much ``text`` (NFC) reads as Vietnamese: higher is better.

    Vietnamese letters count for a reading; letters of another script
    (``ﾐaﾒng`` is what Shift-JIS makes of cp1258's ``Đảng``), stray combining
    marks, control characters and U+FFFD count against it.
    """
    sample = text[:20000]
    letters = viet = foreign = bad = 0
    for ch in sample:
        if ch.isalpha():
            letters += 1
            if ch in _VIET:
                viet += 1
            elif ord(ch) > 0x24F and not 0x1E00 <= ord(ch) <= 0x1EFF:
                foreign += 1
        elif ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Mn") and ch not in "\r\n\t\f"):
            bad += 1
    return (viet - 3 * foreign - 10 * bad) / max(letters, 1)


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    """Share of control characters (not tab, line breaks or form feed).

    A regex, not ``unicodedata.category`` per character: this runs on every
    imported text file and was a third of the import time.
    """
    sample = text[:20000]
    return len(_CONTROLS.findall(sample)) / max(len(sample), 1)


#: TCVN 5712:1993 VN3 ("TCVN3", "ABC"), the font encoding of Vietnamese documents typed in
#: .VnTime fonts before Unicode: its letters in the upper half, ASCII below (Python has no
#: codec for it; the table as the standard and the converters of the field give it)
_TCVN3 = dict(zip(
    b"\xb5\xb8\xb6\xb7\xb9\xa8\xbb\xbe\xbc\xbd\xc6\xa9\xc7\xca\xc8\xc9\xcb\xae\xcc\xd0\xce\xcf\xd1\xaa"
    b"\xd2\xd5\xd3\xd4\xd6\xd7\xdd\xd8\xdc\xde\xdf\xe3\xe1\xe2\xe4\xab\xe5\xe8\xe6\xe7\xe9\xac\xea\xed"
    b"\xeb\xec\xee\xef\xf3\xf1\xf2\xf4\xad\xf5\xf8\xf6\xf7\xf9\xfa\xfd\xfb\xfc\xfe\xa1\xa2\xa7\xa3\xa4"
    b"\xa5\xa6",
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ",
    strict=True))


def _decode_tcvn3(data: bytes) -> str:
    return data.decode("latin-1").translate(_TCVN3)


#: the commonest words of the genre's Vietnamese, to tell the right decoding from the wrong
#: ones (a font encoding read as a code page still gives letters, never these words)
_COMMON_WORDS = frozenset(
    "của và các được đảng trong những người với đã cho năm công tác là có không này cán bộ".split())
#: the same words as VNI, the other font encoding of the 1990s, writes them read as
#: Windows-1252: "của" "và" "các" "được" "Đảng"
_VNI_WORDS = ("cuûa", "vaø", "caùc", "ñöôïc", "Ñaûng", "ñaûng", "ngöôøi", "nhöõng")


def _common_word_hits(text: str) -> int:
    return sum(1 for w in text[:20000].lower().split() if w in _COMMON_WORDS)


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes, detecting the encoding; return NFC text.

    Raises:
        FormatError: ``not-text`` for binary data, ``undecodable`` when the
            bytes declare an encoding they break (a BOM followed by invalid
            data) or no encoding reads them as text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return unicodedata.normalize("NFC", data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise FormatError("undecodable", f"{encoding}: {exc}") from exc
    sample = data[:8192]
    if b"\x00" in sample:
        encoding16 = _utf16_without_bom(sample)
        if encoding16 is None:
            raise FormatError("not-text")
        try:
            return unicodedata.normalize("NFC", data.decode(encoding16))
        except UnicodeDecodeError as exc:
            raise FormatError("undecodable", f"{encoding16}: {exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _control_ratio(text) > 0.05:
            raise FormatError("not-text")
        return unicodedata.normalize("NFC", text)
    # Not UTF-8: legacy Vietnamese Windows-1258 first, then the detector's
    # guess; keep whichever reads most like Vietnamese.
    candidates: list[str] = []
    try:
        candidates.append(unicodedata.normalize("NFC", data.decode("cp1258")))
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            candidates.append(unicodedata.normalize("NFC", str(best)))
    except Exception:  # pragma: no cover - a detector failure is not fatal
        pass
    if not candidates:
        raise FormatError("undecodable")
    scores = [(_common_word_hits(t), _vietnamese_score(t)) for t in candidates]
    best = max(range(len(candidates)), key=scores.__getitem__)  # (the first of equals)
    text, hits = candidates[best], scores[best][0]
    # a document typed in a .VnTime font (TCVN3), where its reading has more of the
    # commonest words than any code page's
    tcvn3 = unicodedata.normalize("NFC", _decode_tcvn3(data))
    tcvn3_hits = _common_word_hits(tcvn3)
    if tcvn3_hits > hits:
        text, hits = tcvn3, tcvn3_hits
    if hits == 0:
        western = data.decode("cp1252", errors="replace")
        if sum(western.count(w) for w in _VNI_WORDS) >= _VNI_SIGNS:
            # typed in a VNI font: its letters are two characters each, which no code page
            # reads; refused with a message saying so rather than imported as gibberish
            raise FormatError("legacy-font", "VNI")
    if _control_ratio(text) > 0.05:
        raise FormatError("not-text")
    if text.count("\ufffd") > len(text) // 100:
        raise FormatError("undecodable")
    return text


# --- Markdown -----------------------------------------------------------------

def markdown_text(text: str) -> str:
    """The words of a Markdown document without its markup (:func:`.parse.markdown.to_text`).

    Only markup is removed (``# Tiêu đề`` -> ``Tiêu đề``, ``**Đảng**`` ->
    ``Đảng``, ``[Chỉ thị 35](url)`` -> ``Chỉ thị 35``), so directive codes such
    as ``26-HD/BTCTW`` and list dashes in the prose survive; a clipper's front
    matter becomes ``key: value`` lines over the text.
    """
    from desktop.core.parse.markdown import to_text

    return to_text(text)


# --- HTML ---------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_html(data: bytes) -> str:
    """HTML bytes as text: a BOM, else the page's own ``<meta charset>``, else detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        found = _META_CHARSET.search(data[:4096])
        if found:
            try:
                name = codecs.lookup(found.group(1).decode("ascii")).name
                return unicodedata.normalize("NFC", data.decode(name))
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
    return decode_text(data)


def _main_text(html: str) -> str | None:
    """A page's main text, a line a paragraph (trafilatura)."""
    import trafilatura

    return trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False
    )


def _html(data: bytes) -> tuple[str, str | None, str | None]:
    import trafilatura
    from htmldate import find_date

    html = _decode_html(data)
    text = _main_text(html)
    meta = trafilatura.extract_metadata(html)
    # the headline the page shows (its <h1>), else its metadata's (og:title, <title>)
    title = _visible_headline(html) or (meta.title.strip() if meta is not None and meta.title else None)
    try:
        published = find_date(
            html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except Exception:  # htmldate raises on odd markup; a page without a date is fine
        published = None
    author = " ".join(meta.author.split()) if meta is not None and meta.author else ""
    return _page_text(text, title, published, author), title, published


def _page_text(text: str | None, title: str | None, published: str | None, author: str) -> str:
    """A page's main text with the headline, date line and author line it left out.

    They are kept as the page shows them (the text is what is stored and analysed again
    later): the headline and the date on top, the author at the foot.
    """
    if not text or not text.strip():
        raise FormatError("empty")
    # trafilatura gives one paragraph a line; the app separates them by blank lines.
    body = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    paragraphs = body.split("\n\n")
    if title and paragraphs[0].strip() != title:
        paragraphs.insert(0, title)
    if published and not _shows_date(body[:_DATE_NEAR_TOP], published):
        y, m, d = published.split("-")
        paragraphs.insert(1 if title else 0, f"{d}/{m}/{y}")  # (under the headline)
    if author and author.casefold() not in body.casefold() and _reads_as_byline(author):
        paragraphs.append(author)
    return "\n\n".join(paragraphs)


#: how far into a page's text its own date line is looked for
_DATE_NEAR_TOP = 300


def _shows_date(text: str, iso: str) -> bool:
    """Whether ``text`` prints the day ``iso`` (``2023-07-05``) as d/m/yyyy, with any separators."""
    y, m, d = (int(x) for x in iso.split("-"))
    return re.search(rf"(?<!\d)0?{d}\s*[/.-]\s*0?{m}\s*[/.-]\s*{y}(?!\d)", text) is not None


def _reads_as_byline(author: str) -> bool:
    """Whether a page's author metadata reads as a byline (not a site's or a CMS's label)."""
    from desktop.core.parse.people import parse_byline

    byline = parse_byline(author)
    return byline is not None and bool(byline.names)


def _visible_headline(html: str) -> str | None:
    """The text of the page's first ``<h1>``, if it has one (a headline, not the site's logo)."""
    import lxml.html  # (trafilatura's own parser)

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for h1 in root.iter("h1"):
        text = " ".join(h1.text_content().split())
        if len(text.split()) >= _HEADLINE_WORDS_MIN:
            return unicodedata.normalize("NFC", text)
    return None


#: fewest words of a headline (an <h1> holding a site's name or logo has fewer)
_HEADLINE_WORDS_MIN = 4


# --- news feeds ---------------------------------------------------------------

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"  # (RSS 1.0, an RDF document: its own namespace)
_CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"
#: how a text that is a feed or a page begins (after a BOM and white space)
_MARKUP_START = re.compile(r"\A\ufeff?\s*<(\?xml|!doctype|html|rss|feed)\b", re.I)
#: a feed's root element (an XHTML page begins with "<?xml" too)
_FEED_START = re.compile(r"<(rss|feed|rdf:RDF)\b")


def _child_text(item, *tags: str) -> str:  # (lxml elements: lxml ships no type stubs)
    """The text of ``item``'s first child among ``tags`` that has some, stripped."""
    for tag in tags:
        child = item.find(tag)
        if child is not None:
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return ""


def _html_words(html: str) -> str:
    """The text of an HTML fragment, a line a block (lxml, which trafilatura brings)."""
    import lxml.html

    try:
        blocks = lxml.html.fragments_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    return "\n".join(" ".join((b if isinstance(b, str) else b.text_content()).split()) for b in blocks)


def _feed_date(stamp: str) -> str | None:
    """ISO date of an RSS (RFC 822) or Atom (RFC 3339) time stamp, on the day it states."""
    import datetime
    import email.utils

    try:
        if stamp[:1].isdigit():  # Atom: 2025-10-15T10:20:00+07:00
            return datetime.date.fromisoformat(stamp[:10]).isoformat()
        return email.utils.parsedate_to_datetime(stamp).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _feed(data: bytes) -> tuple[str, str | None, str | None]:
    """The first item of an RSS 2.0 or Atom feed, as a page with its headline, date and author.

    A feed saved from a reader or a browser usually holds the one item wanted, and a
    feed lists its newest item first; the file is one article in the library.
    """
    import lxml.etree

    # no entities resolved, nothing fetched: a feed is untrusted input
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(data, parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise FormatError("not-text", str(exc)) from exc
    if root is None:
        raise FormatError("not-text", "unreadable XML")
    item = next(root.iter("item", f"{_ATOM}entry", f"{_RSS1}item"), None)
    if item is None:
        raise FormatError("not-text", "XML without a feed's items")
    title = " ".join(_child_text(item, "title", f"{_ATOM}title", f"{_RSS1}title").split()) or None
    stamp = _child_text(item, "pubDate", f"{_ATOM}published", f"{_ATOM}updated", f"{_DC}date")
    published = _feed_date(stamp) if stamp else None
    author = _child_text(item, f"{_DC}creator", "author", f"{_ATOM}author/{_ATOM}name")
    body = _child_text(item, _CONTENT_ENCODED, f"{_ATOM}content", "description", f"{_RSS1}description",
                       f"{_ATOM}summary")
    text = body
    if "<" in body:  # HTML: its main text, else (a body too short for trafilatura) all its words
        text = _main_text(f"<html><body><article>{body}</article></body></html>") or _html_words(body)
    if title:
        title = unicodedata.normalize("NFC", title)
    page = _page_text(text, title, published, " ".join(author.split()))
    return unicodedata.normalize("NFC", page), title, published


# --- Word ---------------------------------------------------------------------


def _docx(data: bytes) -> tuple[str, str | None, str | None]:
    import zipfile

    import docx

    # A zip bomb: 200 KB of file can unpack to 60 MB of XML, which python-docx
    # would hold as a tree for minutes (issue 10, hostile input). The sizes
    # declared in the zip bound what zipfile will ever unpack.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise FormatError("not-text", str(exc)) from exc
    if unpacked > DOCX_XML_LIMIT:
        raise FormatError("too-large", f"{unpacked} bytes of XML inside")
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError("not-text", str(exc)) from exc
    except Exception as exc:  # python-docx raises its own types on foreign zips
        raise FormatError("not-text", str(exc)) from exc
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                paragraphs.append(" | ".join(cells))
    # The first paragraph is the headline; the document property is only a
    # fallback (Word often fills it with a template's or a file's name).
    title = (document.core_properties.title or "").strip() or None
    return unicodedata.normalize("NFC", "\n\n".join(paragraphs)), title, None


# --- e-mail --------------------------------------------------------------------

#: a mail's raw headers opening a file: an mbox "From " line, or transport headers
_MAIL_START = re.compile(
    r"\A\ufeff?(?:From \S.*\n)?(?:[\w-]+:.*\n(?:[ \t].*\n)*){0,40}?"
    r"(?:Received|Return-Path|Message-ID|Message-Id|MIME-Version|X-Mozilla-Status|Delivered-To): ", re.I)


def _mail(data: bytes) -> tuple[str, str | None, str | None]:
    """An e-mail's text: ``From:``, ``Date:`` and ``Subject:`` lines, then its body.

    The date is the mail's, not the article's: none is returned as published.
    """
    import email
    import email.policy

    raw = data.partition(b"\n")[2] if data.startswith(b"From ") else data  # (an mbox's separator line)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    heads = [f"{name}: {' '.join(str(message[name]).split())}"
             for name in ("From", "Date", "Subject") if message[name]]
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise FormatError("empty")
    try:
        content = part.get_content()
    except (LookupError, ValueError) as e:  # an unknown charset, a broken encoding
        raise FormatError("undecodable", str(e)) from e
    if isinstance(content, bytes):
        content = decode_text(content)
    if part.get_param("format", "").lower() == "flowed":
        content = _unflow(content, part.get_param("delsp", "").lower() == "yes")
    if part.get_content_subtype() == "html":
        content, _title, _published = _html(content.encode("utf-8"))
    body = unicodedata.normalize("NFC", content.replace("\r\n", "\n")).strip()
    if not body:
        raise FormatError("empty")
    return "\n".join(heads) + "\n\n" + body, None, None


def _unflow(text: str, delsp: bool) -> str:
    """A ``format=flowed`` body (RFC 3676) with its soft line breaks joined: a line ending
    in a space goes on with the next (the signature's "-- " is no soft break)."""
    out: list[str] = []
    carry = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        line = carry + line
        if line.endswith(" ") and line != "-- ":
            carry = line[:-1] if delsp else line
            continue
        carry = ""
        out.append(line)
    if carry:
        out.append(carry)
    return "\n".join(out)


# --- dispatch -----------------------------------------------------------------


def extract(suffix: str, data: bytes) -> tuple[str, str | None, str | None]:
    """``(text, title, published)`` from a file's bytes, by its suffix.

    Raises:
        FormatError: with a FailReason value.
    """
    if suffix == ".eml":
        return _mail(data)
    if suffix in (".ics", ".ris"):  # a calendar's event, a reference manager's record: the analyser reads them
        return decode_text(data), None, None
    if suffix in (".txt", ".md", ""):
        text = decode_text(data)
        if _MAIL_START.match(text[:1024]):
            return _mail(data)  # a mail saved with its raw headers
        markup = _MARKUP_START.match(text[:512])
        if markup is None:
            return (markdown_text(text) if suffix == ".md" else text), None, None
        # a page or a feed saved under a text file's name: read it as what it is
        suffix = ".rss" if _FEED_START.search(text[:4096]) else ".html"
    if suffix in (".xml", ".rss", ".atom"):
        return _feed(data)
    if suffix in (".html", ".htm"):
        return _html(data)
    if suffix == ".docx":
        return _docx(data)
    raise FormatError("unsupported", suffix)
