"""The article analyser: raw text in, :class:`~desktop.core.models.ParsedArticle` out.

Qt-free. The pipeline (eyecite-shaped, see ``shared/STYLE.md`` section 3):

1. :mod:`.clean` splits the NFC text into line segments that remember their
   raw offsets, drops page chrome, labels the headline, date lines and
   byline, and joins the body paragraphs (and the byline) into the clean text.
   The headline and date lines are *not* part of the clean text (the reader
   shows them separately); every body sentence is.
2. :mod:`.directives` finds numbered document references in the clean text
   and resolves short forms to full ones.
3. :mod:`.people` finds named people and their titles; :mod:`.places` the
   provinces (:mod:`.gazetteer`); :mod:`.dates` the publication date, the
   meeting date and period; :mod:`.classify` the kind, level and outlet.

All patterns live in :mod:`.regexes`. Spans are offsets into the clean text;
:func:`.annotate.clean_to_raw` maps them back to the raw text.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from desktop.core.analyser_version import ANALYSER_VERSION
from desktop.core.models import DirectiveRef, Level, MeetingKind, ParsedArticle, Person
from desktop.core.parse import (
    classify,
    clean,
    dates,
    directives,
    ics,
    jsondoc,
    markdown,
    markup,
    people,
    places,
    regexes,
    ris,
)
from desktop.core.parse.annotate import annotate_html, clean_to_raw
from desktop.core.parse.common import ffold
from desktop.core.text import nfc

__all__ = [
    "ANALYSER_VERSION", "analysis_dict", "annotate_html", "clean_to_raw", "parse_article",
    "parse_article_strict",
]

_log = logging.getLogger(__name__)

#: how many leading body paragraphs count as the lead
LEAD_PARAGRAPHS = 3
#: how far into the raw text a chat message's reply header ("Trả lời <name>") is looked for
_REPLY_HEAD_MAX = 200
#: how far into the raw text a repost's note of its first run is looked for
_FIRST_RUN_ZONE = 3000
#: longest label over a headline read as a live report's ("● TRỰC TIẾP")
_LIVE_LABEL_MAX = 30


def _empty(raw: str) -> ParsedArticle:
    return ParsedArticle(raw, "", (), "", None, None, None, None, None,
                         MeetingKind.OTHER, Level.PROVINCE)


def parse_article(raw_text: str) -> ParsedArticle:
    """Analyse one article's raw text. Never raises on a ``str``.

    A failure inside the analyser is logged (with its traceback) and gives an
    empty analysis, so one odd article cannot take the reader down; tests call
    :func:`parse_article_strict`, which lets the exception through.

    Args:
        raw_text: the article as read (any normalisation; made NFC here).

    Returns:
        The :class:`ParsedArticle`; its ``raw_text`` is the NFC text the
        offsets refer to.
    """
    try:
        raw = nfc(raw_text)
    except Exception:  # noqa: BLE001 - a str that cannot be normalised
        _log.exception("analyser: cannot normalise the article text")
        return _empty(raw_text if isinstance(raw_text, str) else "")
    try:
        return _parse(raw)
    except Exception:  # noqa: BLE001 - the analyser must never take the reader down
        _log.exception("analyser failed on an article (%d characters, starting %r)",
                       len(raw), raw[:60])
        return _empty(raw)


def parse_article_strict(raw_text: str) -> ParsedArticle:
    """:func:`parse_article` without the safety net: an analyser bug raises.

    For tests and benchmarks, so that a bug surfaces instead of an empty analysis.
    """
    return _parse(nfc(raw_text))


def _parse(raw: str) -> ParsedArticle:
    record = jsondoc.article_fields(raw) if raw[:1] in "{[\ufeff \n" else None
    if record is not None:  # a site's JSON record of the article: the article read
        raw = nfc(markup.without_leftovers(jsondoc.to_text(record)))
    elif raw[:1] in "B\ufeff" and ics.looks_like_ics(raw):  # a calendar's event: read as a notice
        raw = nfc(ics.to_text(raw))
    elif raw[:1] in "T\ufeff" and ris.looks_like_ris(raw):  # a reference manager's record: its page
        raw = nfc(ris.to_text(raw))
    elif markup.looks_like_markup(raw):  # a page saved with its HTML: its text is read
        raw = nfc(markup.strip_markup(raw))
    elif markdown.looks_like_markdown(raw):  # a clipper's or note app's Markdown: its text
        raw = nfc(markup.without_leftovers(markdown.to_text(raw)))
    else:  # entities and invisible characters a page's text kept: the text read is without them
        read = markup.without_leftovers(raw)
        if read is not raw:
            raw = nfc(read)
        raw = clean.unquote(raw)  # an e-mail quoting the article ("> "): the text quoted
    cleaned = clean.clean(raw)
    text = cleaned.clean_text
    folded = ffold(text)

    title_seg = cleaned.of_kind(clean.TITLE)
    title = " ".join(title_seg[0].text.split()) if title_seg else ""
    if not title:
        # a mail with no headline of its own: its subject ("Subject: Giao ban quý I", "Tiêu đề: ...");
        # a page's source with its headline in its front matter only ("title: ...")
        labels = cleaned.of_kind(clean.LABEL)
        subject = next((m for s in labels if (m := _SUBJECT_RE.match(s.text))), None)
        if subject is None and _printed_mail(labels):
            # a mail printed from Gmail: its subject on the line under the mailbox's owner
            subject = _PRINTED_SUBJECT_RE.fullmatch(labels[1].text)
        if subject is None and _MAIL_FROM_RE.match(raw):  # (its "Chủ đề:" read as a tags' label)
            subject = next((m for line in raw[:_MAIL_HEAD_CHARS].splitlines()
                            if (m := _SUBJECT_RE.match(line.strip()))), None)
        title = " ".join(subject.group(1).split()) if subject else ""
    title_folded = ffold(title)

    # (not the author's post under a byline over the article: "Trưởng Ban Tổ chức Tỉnh ủy")
    paragraphs = cleaned.paragraphs
    body_paras = [(start, start + len(seg.text)) for i, (start, seg) in enumerate(paragraphs)
                  if seg.kind == clean.BODY and not (
                      i and paragraphs[i - 1][1].kind == clean.BYLINE and clean.is_author_post(seg))]
    # the lead is read past photo captions ("Ảnh trên: ...", "Ảnh: HẢI ĐĂNG") printed before it
    text_paras = [(a, b) for a, b in body_paras if not regexes.CAPTION_START_F.match(folded, a, b)]
    lead = text_paras[:LEAD_PARAGRAPHS]
    lead_folded = " \n ".join(folded[a:b] for a, b in lead)

    # directives
    mentions = directives.find_mentions(text, folded)
    refs = directives.resolve(mentions)

    # dates
    published = dates.published_date([s.text for s in cleaned.dates_by_title()])
    if published is None:
        published = _mail_date(cleaned.segments) or _signed_source_date(cleaned.of_kind(clean.BYLINE))
    over_title = [s.folded for s in itertools.takewhile(lambda s: s.kind != clean.TITLE, cleaned.segments)
                  if s.kind in (clean.LABEL, clean.SITE) and len(s.text) <= _LIVE_LABEL_MAX]
    # (a repost's year is its first run's: "(Bài viết được đăng lần đầu ngày 12/3/2024 ...)" over
    # "Sáng 11-3, ..." on a page of 13/03/2025)
    # (read from the raw text: a short note is the page's label, not in the clean text)
    top = raw[:_FIRST_RUN_ZONE]
    first_run = dates.first_run(ffold(top)) if "lần đầu" in top else None
    event = dates.find_event_date(text_paras, folded, title_folded, first_run or published,
                                  directives.issue_date_spans(mentions),
                                  issued=[r.issue_date for r in refs if r.issue_date],
                                  live=dates.live_report(title_folded, over_title))
    if event and published is None:
        published = dates.yearless_published([s.text for s in cleaned.dates_by_title()], event)
    if event:
        period = dates.day_period(event)
    else:
        texts = [title_folded] + [folded[a:b] for a, b in text_paras[:5]]
        period = dates.find_event_period(texts, [title_folded, lead_folded], published)

    # people, byline (a headline naming one first: "BÀI PHÁT BIỂU của đồng chí X, ...")
    mentions_p = people.find_people(text)
    title_people = ([p for p in people.find_people(title) if p.title]
                    if title and people.may_name_someone(title) else [])
    credits = (people.find_photo_credits(text) + people.find_askers(text) + people.find_listed(text)
               + people.find_editors(text))
    # (a table's rows read from the raw text: the clean text joins them, its tabs gone; each
    # name where the clean text keeps it, none from a table cut away as the page's chrome)
    credits += [replace(p, start=at, end=at + len(p.name)) for p in people.table_people(raw)
                if (at := text.find(p.name)) >= 0]
    signed, columns = people.may_have_signatures(text), people.may_have_columns(text)
    lines = _body_lines(paragraphs) if signed or columns else []
    if signed:  # the signers of a document printed whole
        credits += people.signatories(lines)
    if columns:  # ... or side by side: "THƯ KÝ      CHỦ TRÌ" over their names
        credits += people.column_signatures(lines)
    if credits:
        mentions_p = sorted(mentions_p + credits, key=lambda p: p.start)
    person_list = [Person(n, t) for n, t in people.unique_people(title_people + mentions_p)]
    byline_parts: list[str] = []
    attribution = None
    seen = {ffold(p.name) for p in person_list}
    for seg in cleaned.of_kind(clean.BYLINE):
        b = people.parse_byline(seg.text) or people.place_named_author(seg.text)
        if b is None:
            continue
        attribution = attribution or b.outlet
        # a photographer's credit ("Ảnh: MINH HẢI") closing the article is no author's name
        photos = people.photo_only(seg.text)
        if b.text and not photos and not all(n in byline_parts for n in b.text.split(" - ")):
            byline_parts += b.text.split(" - ")  # (not the same credit printed again at the foot)
        for name, printed in b.names:
            notes = (["photo credit"] if photos else []) + (
                [f"printed in capitals: {printed}"] if printed else [])
            _add_person(person_list, seen, name, f"byline ({', '.join(notes)})" if notes else "byline")
        posted = people.post_header(seg.text)
        for name in posted[1] if posted is not None else ():
            _add_person(person_list, seen, name)  # whom a post's author tagged in its header

    # the signature under a forwarding mail's cover note: a name, its title under it; a chat's
    # sender over the note forwarding the article: a name alone over the message
    forward = cleaned.of_kind(clean.FORWARD)
    for line, nxt in itertools.zip_longest(forward, forward[1:]):  # (the last line too, nothing under it)
        sig = people.signature(line.text, nxt.text) if nxt is not None else None
        if sig is None and (name := people.bare_name(line.text)) is not None:
            sig = (name, "")
        if sig is None and line.text[:1] in _CHAT_OPENERS and (name := people.chat_sender(line.text)) is not None:
            sig = (name, "")  # a chat's sender: "[08:06] Hoàng Vy: ..."
        if sig is not None:
            _add_person(person_list, seen, *sig)
    # a team chat's senders, each over a message, the time beside the name: "Lê Hoàng Phúc  7:58 AM"
    for seg in cleaned.segments if "  " in raw else ():
        if "  " not in seg.text:
            continue
        if (name := people.stamped_sender(seg.text)) is not None:
            _add_person(person_list, seen, name)
        elif ":" in seg.text[:9]:  # a live stream's replayed chat: "-9:41  Hoàng Văn Dũng  Điểm cầu ..."
            for line in seg.text.split("\n"):
                if (name := people.replay_sender(line)) is not None:
                    _add_person(person_list, seen, name)
    for seg, nxt in zip(cleaned.segments[:_POSTER_TOP], cleaned.segments[1 : _POSTER_TOP + 1]):
        if seg.kind == clean.SITE and nxt.kind == clean.DATE and (name := people.bare_name(seg.text)) is not None:
            _add_person(person_list, seen, name)  # a post's author over its time: "Hồ Văn Khánh" / "4 tháng 4 lúc 07:12"
    for name in people.senders_over_times(raw):  # a chat's senders, each over the time: "Hà Văn Tới" / "07:58"
        _add_person(person_list, seen, name)
    if raw[:_REPLY_HEAD_MAX].count("\nTrả lời ") == 1 or raw[:_REPLY_HEAD_MAX].count("\nReply to ") == 1:
        # a chat's message copied with the one it answers: "Nguyễn Hoàng Duy" / "Trả lời Lâm Thị
        # Tuyết Mai" / the message (Zalo's): the sender, and whom they answer
        first, _nl, rest = raw.lstrip().partition("\n")
        reply = rest.partition("\n")[0].strip()
        answered = reply.removeprefix("Trả lời ").removeprefix("Reply to ")
        if answered != reply and (sender := people.bare_name(first.strip())) is not None \
                and (other := people.bare_name(answered)) is not None:
            _add_person(person_list, seen, sender)
            _add_person(person_list, seen, other)
    if "\nAuthor:" in raw:  # a feed's export, an item a block: its authors ("Author: Thu Hằng")
        for m in _FEED_AUTHOR_RE.finditer(raw):
            b = people.parse_byline(m.group(1))
            for name, _printed in b.names if b is not None else ():
                _add_person(person_list, seen, name, "byline")
    if ")" in raw:  # a list of those who held an office, one a line with their years: "Đặng Minh Chiến (2004–2010)"
        for m in _HOLDER_YEARS_RE.finditer(text):
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if len(line) <= _HOLDER_NAME_MAX and (name := people.bare_name(line)) is not None:
                _add_person(person_list, seen, name)
    if " --> " in raw:  # a transcript's speakers, each before the words of a cue: "Trần Văn Hậu: ..."
        for seg in cleaned.of_kind(clean.BODY):
            if (name := people.cue_speaker(seg.text)) is not None:
                _add_person(person_list, seen, name)
    if "Phản hồi" in raw or "Thích" in raw or "Trả lời" in raw or "Reply" in raw:  # readers' comments under it
        for name in people.commenters(raw):
            _add_person(person_list, seen, name)
    if "@" in raw:  # a mail's senders, named by their addresses in its headers
        _add_mail_senders(person_list, seen, cleaned.of_kind(clean.FORWARD, clean.LABEL))

    # places: title first, then the clean text (not inside people's names, the byline's among
    # them: "Hà Giang" signing an article is a reporter)
    name_spans = [(p.start, p.end) for p in mentions_p]
    for start, seg in cleaned.paragraphs:
        if seg.kind == clean.FORWARD and seg.text[:1] in _CHAT_OPENERS and (
                chat := regexes.CHAT_HEADER_RE.match(seg.text)) is not None:
            name_spans.append((start + chat.start("who"), start + chat.end("who")))  # a chat's sender
        if seg.kind == clean.BYLINE:
            b = people.parse_byline(seg.text)
            place_named = b is None and (b := people.place_named_author(seg.text)) is not None
            for name, printed in b.names if b is not None else ():
                at = seg.text.find(printed or name)
                if at >= 0:
                    name_spans.append((start + at, start + at + len(printed or name)))
                if place_named:
                    # (a reporter named as a province is: the photos credited to the name too)
                    name_spans += [m.span("n") for m in people.PHOTO_CREDIT_RE.finditer(text)
                                   if m.group("n").strip(" .)") == name]
    # the header's lines in the order printed: the site's name ("Đảng ủy Khối các cơ
    # quan tỉnh Bình Định"), the headline, a dateline ("Hà Nội, 23/10/2023")
    found = []
    districts: set[str] = set()  # provinces' names a district of the text bears
    outlets: set[str] = set()  # provinces the site's own name holds: the provinces meant
    for seg in cleaned.of_kind(clean.SITE, clean.TITLE, clean.DATE):
        # a masthead in capitals ("BAN TỔ CHỨC TỈNH UỶ SÓC TRĂNG") read in title case
        found += places.find_places(seg.text, districts=districts)
        if seg.kind == clean.SITE and seg.text.isupper():
            named = places.find_places(seg.text.title())
            outlets.update(f[0] for f in named)
            found += named
    for a, b in body_paras[:_DATELINE_PARAS]:  # "HÀ TĨNH - Sáng 14/3, ...": a dateline in capitals
        # (under a sapo, on an English page: "NDO - The ..." / "HANOI - The request ...")
        found += places.dateline_place(text[a:b])
    found += places.find_places(text, folded, name_spans + places.publication_places(folded),
                                districts=districts)
    if districts - outlets:
        found = places.without_district_namesakes(found, districts - outlets, ffold(raw))
    place_list = places.unique_places(found)
    # the page after the article (related news, a reader's links, the footer): named in the
    # text as stored, not by the article
    tail = max((seg.start + len(seg.text) for seg in cleaned.segments), default=len(raw))
    page_places = places.unique_places(found + places.find_places(raw[tail:]))[len(place_list):]
    page_people = [Person(n, t) for n, t in people.masthead_credits(raw[tail:]) if ffold(n) not in seen]

    kind = classify.meeting_kind(title_folded, lead_folded)
    level = classify.meeting_level(title_folded, lead_folded)
    first_para = text[body_paras[0][0] : body_paras[0][1]] if body_paras else ""
    outlet = classify.find_outlet(attribution, first_para,
                                  [s.text for s in cleaned.of_kind(clean.SITE)])

    return ParsedArticle(
        raw_text=raw,
        clean_text=text,
        offset_map=cleaned.offset_map,
        title=title,
        published=published,
        event_date=event,
        event_period=period,
        byline=" - ".join(byline_parts) or None,
        outlet=outlet,
        kind=kind,
        level=level,
        directives=tuple(refs),
        people=tuple(person_list),
        places=tuple(place_list),
        page_places=tuple(page_places),
        page_people=tuple(page_people),
    )


def _add_person(person_list: list[Person], seen: set[str], name: str, title: str = "") -> None:
    """Add ``name`` (with ``title``) to ``person_list`` unless ``seen`` holds it already."""
    name = people.without_baptismal_name(name)  # (a Catholic's byline: "Giuse Minh Khang")
    if ffold(name) not in seen:
        seen.add(ffold(name))
        person_list.append(Person(name, title))


def _add_mail_senders(person_list: list[Person], seen: set[str], lines: list[clean.Segment]) -> None:
    """Add the people a mail's header lines name by their addresses (``Từ: Võ Hoàng Anh
    <anh.vh@x.vn>``), each once; one named in the mail by the end of the name only, with no
    title (``anh Hoàng Anh``), is the same person."""
    senders = [name for s in lines if (name := people.mail_sender(s.text)) is not None]
    for name in senders:
        _add_person(person_list, seen, name)
    ends = {" ".join(words[k:]) for name in senders
            for words in [ffold(name).split()] for k in range(1, len(words) - 1)}
    person_list[:] = [p for p in person_list if p.title or ffold(p.name) not in ends]


def _body_lines(paragraphs: Sequence[tuple[int, clean.Segment]]) -> list[tuple[int, str]]:
    """The lines of the text and its bylines, ``(start, text)`` in the clean text (a
    joined paragraph's apart)."""
    lines = []
    for start, seg in paragraphs:
        if seg.kind not in (clean.BODY, clean.BYLINE):
            continue
        pos = 0
        for line in seg.text.split("\n"):
            lines.append((start + pos, line.rstrip("\r")))
            pos += len(line) + 1
    return lines


def _mail_date(segs: Sequence[clean.Segment]) -> str | None:
    """When a newsletter's mail was sent: its ``Date:`` header, among the headers it opens
    with (``From:`` first), when its subject names a bulletin (``[Bản tin tuần số 44/2019]
    ...``). A mail passing an article on is not the article's publication."""
    if not segs or segs[0].kind != clean.LABEL:
        return None
    if not _MAIL_FROM_RE.match(segs[0].text):
        # printed from Gmail: the mailbox's owner, the subject, the sender's line with the day
        labels = list(itertools.takewhile(lambda s: s.kind == clean.LABEL, segs[:_MAIL_HEADERS_MAX]))
        if not (_printed_mail(labels) and _BULLETIN_F.search(ffold(labels[1].text))):
            return None
        sent = next((m.group(1) for s in labels[2:] if "@" in s.text and (m := _SENT_AFTER_ADDRESS_RE.search(s.text))),
                    None)
        return dates.published_date([sent]) if sent else None
    headers = []
    for s in segs[1:_MAIL_HEADERS_MAX]:
        if s.kind != clean.LABEL or regexes.FORWARD_MARK_F.fullmatch(ffold(s.text).strip(" -")):
            break
        headers.append(s.text)
    sent = next((m.group(1) for h in headers if (m := _MAIL_DATE_RE.match(h))), None)
    if sent is None or not any((m := _SUBJECT_RE.match(h)) and _BULLETIN_F.search(ffold(m.group(0)))
                               for h in headers):
        return None
    return dates.published_date([sent])


def _signed_source_date(bylines: Sequence[clean.Segment]) -> str | None:
    """The day an outlet printed the article, in brackets after its author's name at its
    end, as a book or a reader's copy collecting it credits it: ``HOÀNG HIỆP (Báo Đà Nẵng,
    ngày 9-4-2022)``."""
    for s in bylines:
        if s.text[-1:] == ")" and (m := _SIGNED_SOURCE_RE.search(s.text)):
            return dates.published_date([m.group("day")])
    return None


#: an outlet and a day in brackets closing a byline: "(Báo Đà Nẵng, ngày 9-4-2022)", "(Tạp
#: chí Xây dựng Đảng, 12/3/2021)"
_SIGNED_SOURCE_RE = re.compile(
    r"\((?:theo\s+)?(?:báo|tạp chí|đài|cổng thông tin)\s[^,;()]{2,50},\s*(?:đăng\s+)?"
    r"(?P<day>(?:ngày\s+)?\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)\s*\)$", re.I)
#: the years a holder held an office, closing a line with a name alone: "Trần Văn Hiếu (2010–2015)"
_HOLDER_YEARS_RE = re.compile(r"\((?:19|20)\d\d[ \t]*[-–][ \t]*(?:(?:19|20)\d\d|nay)\)[ \t]*$", re.M)
_HOLDER_NAME_MAX = 40
#: how much of a mail's text its headers take at most
_MAIL_HEAD_CHARS = 2000
#: a mail's first header, and its date's
_MAIL_FROM_RE = re.compile(r"(?:From|Từ|Người gửi)\s*:")
_MAIL_DATE_RE = re.compile(r"(?:Date|Sent|Ngày|Ngày gửi|Đã gửi)\s*:\s*(.{6,80})$")
_MAIL_HEADERS_MAX = 8
#: how far down a post's author is looked for, over the post's time
_POSTER_TOP = 8
#: how many paragraphs from the top may open with a dateline in capitals
_DATELINE_PARAS = 2
#: how a chat's message header opens: its stamp in brackets, or its day
_CHAT_OPENERS = "[0123456789"
#: an item's author in a feed reader's export, a line of its own
_FEED_AUTHOR_RE = re.compile(r"^Author:[ \t]*(\S[^\n]{1,60})$", re.MULTILINE)
def _printed_mail(labels: Sequence[clean.Segment]) -> bool:
    """Whether a mail printed from Gmail opens the page: the mailbox's owner ("Gmail   Tên
    <a@b.vn>", or the address alone) over the subject."""
    if len(labels) < 2 or "@" not in labels[0].text:
        return False
    first = labels[0].text
    return first.startswith("Gmail") or " " not in first.strip()


#: the day a printed mail was sent, after its sender's address: "... <vp@gmail.com>   7 tháng 10, 2024 lúc 08:47"
_SENT_AFTER_ADDRESS_RE = re.compile(r">\s+(\S.{5,60})$")
#: a subject as Gmail prints it, under the mailbox's owner: "V/v kết quả Kỳ họp lần thứ 19"
_PRINTED_SUBJECT_RE = re.compile(r"(?:(?:Fwd?|FW|Re|RE|TL|Chuyển tiếp)\s*:\s*)*(\S.{2,200})")
#: a bulletin named in a mail's subject (folded)
_BULLETIN_F = re.compile(r"(?<![\w])(?:ban\s+tin|diem\s+tin|newsletter|bulletin)(?![\w])")
#: a mail's subject line (its forward marks go: "Subject: Fwd: ...", "Tiêu đề: TL: ...")
_SUBJECT_RE = re.compile(r"(?:Subject|Tiêu đề|Chủ đề|[Tt]itle)\s*:\s*(?:(?:Fwd?|FW|Re|RE|TL|Chuyển tiếp)\s*:\s*)*"
                         # (a tag before it: "[Lịch họp] Giao ban ...", "[Bản tin XDĐ] ...")
                         r"(?:\[[^\[\]\n]{1,30}\]\s*)?(\S.{2,200})$")


def analysis_dict(parsed: ParsedArticle, file: str) -> dict[str, Any]:
    """The JSON object ``python -m desktop analyze --json FILE`` prints for one article.

    Args:
        parsed: the analysis.
        file: the file's base name.
    """
    period = parsed.event_period
    party = [d for d in parsed.directives if directives.is_party_document(d)]
    state = [d for d in parsed.directives if not directives.is_party_document(d)]
    return {
        "file": file,
        "title": parsed.title,
        "published": parsed.published,
        "event_date": parsed.event_date,
        "event_period": (
            {"start": period.start, "end": period.end, "precision": str(period.precision)}
            if period else None
        ),
        "byline": parsed.byline,
        "outlet": parsed.outlet,
        "kind": str(parsed.kind),
        "level": str(parsed.level),
        "directives": [_directive_dict(d) for d in party],
        # state documents (Nghị định, ... /NĐ-CP): found and linked, not Party directives
        "other_documents": [_directive_dict(d) for d in state],
        # (the article's, then the page masthead's: "Tổng Biên tập: ...")
        "people": [{"name": p.name, "title": p.title} for p in (*parsed.people, *parsed.page_people)],
        # (the article's, then the page's: the text as stored names both)
        "places": list(parsed.places) + list(parsed.page_places),
    }


def unanalysed_dict(file: str, reason: str, message: str) -> dict[str, Any]:
    """The object ``analyze --json`` prints for a file it could not read: the keys of
    :func:`analysis_dict` with nothing found, and ``error`` saying why (``reason`` a stable
    code such as ``undecodable``, ``message`` for people)."""
    return {
        "file": file, "title": None, "published": None, "event_date": None, "event_period": None,
        "byline": None, "outlet": None, "kind": None, "level": None,
        "directives": [], "other_documents": [], "people": [], "places": [],
        "error": {"reason": reason, "message": message},
    }


def _directive_dict(d: DirectiveRef) -> dict[str, Any]:
    return {
        "surface": d.surface, "canonical": d.canonical, "type": d.type, "number": d.number,
        "code": d.code, "issuer": d.issuer, "issue_date": d.issue_date, "inferred": d.inferred,
        "start": d.start, "end": d.end, "congress": d.congress,
    }
