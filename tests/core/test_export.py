"""Tests for desktop.core.export: every format is exported, then read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import time
import zipfile
from collections.abc import Callable
from html.parser import HTMLParser

import docx
import pytest

from desktop.core.export import (
    CSV_COLUMNS,
    Citation,
    ExportFormat,
    ExportGroup,
    ExportLabels,
    export_notes,
    format_date,
)
from desktop.core.models import Anchor, AnchorState, Note

BOM = b"\xef\xbb\xbf"
QUOTE = "Đảng ủy tỉnh đã lãnh đạo thực hiện tốt Hướng dẫn số 16 của Ban Tổ chức Trung ương"
COMMENT = "Cần trích dẫn đoạn này trong báo cáo quý IV; đối chiếu Quy định 262."
SCRIPT = "<script>alert(1)</script>"


def make_note(
    note_id: int = 1,
    *,
    article_id: int = 1,
    start: int = 10,
    quote: str = QUOTE,
    comment: str = COMMENT,
    tags: tuple[str, ...] = ("nhân sự", "giao ban"),
    state: AnchorState = AnchorState.ANCHORED,
    color: str = "#ffd54f",
) -> Note:
    anchor = Anchor(start, start + len(quote), quote, "trước đó, ", ". Sau đó", "hash")
    return Note(
        id=note_id,
        article_id=article_id,
        anchor=anchor,
        comment=comment,
        tags=tags,
        color=color,
        state=state,
        created="2026-11-20T08:00:00",
        modified="2026-11-21T09:30:00",
    )


def make_citation(
    article_id: int = 1,
    title: str = "Giao ban công tác tổ chức xây dựng Đảng tháng 12",
    date: str | None = "2018-12-03",
) -> Citation:
    return Citation(
        article_id=article_id,
        title=title,
        date=date,
        outlet="Báo Vĩnh Phúc",
        byline="Nguyễn Thị Hà",
        file=f"seeds/{article_id:03d}_bai.txt",
    )


def one_group(*notes: Note) -> list[ExportGroup]:
    return [ExportGroup(make_citation(), notes or (make_note(),))]


# --- readers: every format read back to plain text --------------------------------


class _TextAndTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.chunks: list[str] = []
        self.decl: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    def handle_decl(self, decl: str) -> None:
        self.decl.append(decl)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def parse_html(data: bytes) -> _TextAndTags:
    parser = _TextAndTags()
    parser.feed(data.decode("utf-8"))
    parser.close()
    return parser


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    document = docx.Document(io.BytesIO(data))
    return [(p.style.name if p.style is not None else "", p.text) for p in document.paragraphs]


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(BOM)
    return list(csv.reader(io.StringIO(data[len(BOM) :].decode("utf-8"), newline="")))


def render_markdown(data: bytes) -> str:
    """CommonMark to HTML with markdown-it-py (a CommonMark-compliant parser)."""
    import markdown_it  # a declared test dependency: never skip this check
    return str(markdown_it.MarkdownIt("commonmark").render(data.decode("utf-8")))


def as_text(fmt: ExportFormat, data: bytes) -> str:
    """The visible text of an export, in document order."""
    if fmt is ExportFormat.HTML:
        return parse_html(data).text
    if fmt is ExportFormat.DOCX:
        return "\n".join(text for _, text in docx_paragraphs(data))
    if fmt is ExportFormat.CSV:
        return "\n".join("\t".join(row) for row in csv_rows(data))
    return data.decode("utf-8")


# --- each format, read back -----------------------------------------------------------


def test_markdown_has_block_quote_comment_tags_and_citation() -> None:
    out = export_notes(one_group(), ExportFormat.MARKDOWN, title="Trích dẫn quý IV")
    text = out.decode("utf-8")
    assert text.startswith("# Trích dẫn quý IV\n")
    assert f"> {QUOTE}\n" in text
    assert COMMENT.replace(".", ".") in text
    assert "*Thẻ:* nhân sự, giao ban" in text
    assert "*Ngày đăng:* 03/12/2018" in text
    assert "*Tác giả:* Nguyễn Thị Hà · *Nguồn:* Báo Vĩnh Phúc · *Ngày đăng:* 03/12/2018" in text
    html = render_markdown(out)
    assert f"<blockquote>\n<p>{QUOTE}</p>\n</blockquote>" in html
    assert "<h2>Giao ban công tác tổ chức xây dựng Đảng tháng 12</h2>" in html


def test_markdown_multi_line_quote_is_one_multi_line_block_quote() -> None:
    quote = "Dòng một của trích dẫn\nDòng hai của trích dẫn\n\nĐoạn thứ hai"
    out = export_notes(one_group(make_note(quote=quote)), "md")
    assert "> Dòng một của trích dẫn\\\n> Dòng hai của trích dẫn\n>\n> Đoạn thứ hai\n" in (
        out.decode("utf-8")
    )
    html = render_markdown(out)
    assert html.count("<blockquote>") == 1
    assert "Dòng một của trích dẫn<br />\nDòng hai của trích dẫn</p>\n<p>Đoạn thứ hai" in html


HOSTILE = [
    "# không phải tiêu đề",
    "## cũng không #",
    "> không phải trích dẫn",
    "* không phải danh sách",
    "- không phải danh sách",
    "+ không phải danh sách",
    "1. không phải danh sách",
    "2) không phải danh sách",
    "Dòng chữ\n===",
    "Dòng chữ\n---",
    "***",
    "`không phải mã`",
    "    không phải khối mã",
    "```\nkhông phải khối mã\n```",
    "<b>không đậm</b>",
    SCRIPT,
    "[liên kết](http://example.com)",
    "![ảnh](http://example.com/a.png)",
    "<http://example.com>",
    "**không đậm** và _không nghiêng_",
    "&amp; &copy; &#169;",
    "a \\ b \\* c",
    "| a | b |\n|---|---|",
    "~~không gạch~~",
    "dòng có hai dấu cách cuối  \ndòng sau",
]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("field", ["quote", "comment", "tag", "title"])
def test_markdown_user_text_stays_literal(hostile: str, field: str) -> None:
    note = make_note(
        quote=hostile if field == "quote" else QUOTE,
        comment=hostile if field == "comment" else COMMENT,
        tags=(hostile,) if field == "tag" else ("thẻ",),
    )
    title = hostile if field == "title" else "Bài"
    citation = make_citation(title=title)
    html = render_markdown(export_notes([ExportGroup(citation, (note,))], "md"))
    parsed = parse_html(html.encode("utf-8"))
    # Structure: exactly our own elements and nothing the user text made up.
    assert parsed.tags.count("h1") == 1
    assert parsed.tags.count("h2") == 1
    assert parsed.tags.count("blockquote") == 1
    for tag in ("li", "ul", "ol", "code", "pre", "a", "img", "hr", "b", "table", "script", "h3"):
        assert tag not in parsed.tags, tag
    assert parsed.tags.count("strong") == 0  # no needs_review marker here
    assert parsed.tags.count("em") == 5  # the labels: Tác giả, Nguồn, Ngày, Tệp, Thẻ
    # Content: every line of the user text is there, literally.
    flat = " ".join(parsed.text.split())
    for line in hostile.split("\n"):
        if line.strip():
            assert " ".join(line.split()) in flat


def test_html_escapes_everything_and_is_self_contained() -> None:
    note = make_note(quote=f'Trích "đoạn" {SCRIPT}', comment=SCRIPT, tags=(SCRIPT,))
    citation = Citation(1, SCRIPT, "2019-01-02", "<i>Báo</i>", "A & B", 'x"><img src=x>.txt')
    out = export_notes([ExportGroup(citation, (note,))], "html", title=SCRIPT)
    parsed = parse_html(out)
    assert parsed.decl == ["DOCTYPE html"]
    assert ("charset", "utf-8") in parsed.attrs
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert "i" not in parsed.tags
    assert parsed.text.count(SCRIPT) >= 4  # title (twice), heading, comment, tags...
    assert 'x"><img src=x>.txt' in parsed.text
    assert "A & B" in parsed.text
    assert QUOTE not in parsed.text  # only the hostile quote here
    assert 'Trích "đoạn" <script>' in parsed.text
    # Nothing fetched from elsewhere: no element refers to anything.
    assert not [name for name, _ in parsed.attrs if name in {"src", "href", "srcset"}]
    assert not {"link", "iframe", "object", "embed"} & set(parsed.tags)
    style = out.decode("utf-8").split("<style>")[1].split("</style>")[0]
    for needle in ("http", "@import", "url("):
        assert needle not in style


def test_html_note_content() -> None:
    out = export_notes(one_group(make_note(comment="Dòng 1\nDòng 2")), "html")
    parsed = parse_html(out)
    assert "blockquote" in parsed.tags
    assert QUOTE in parsed.text
    assert "Dòng 1" in parsed.text and "Dòng 2" in parsed.text
    assert "03/12/2018" in parsed.text
    assert "seeds/001_bai.txt" in parsed.text
    assert 'style="border-left-color: #ffd54f"' in out.decode("utf-8")


@pytest.mark.parametrize(
    ("color", "kept"),
    [("#ffd54f", True), ("yellow", True), ("red; background: url(x)", False), ('"><b>', False)],
)
def test_html_note_colour_is_sanitised(color: str, kept: bool) -> None:
    raw = export_notes(one_group(make_note(color=color)), "html").decode("utf-8")
    assert ("border-left-color: " + color in raw) is kept
    assert "url(x)" not in raw


def test_docx_reads_back_with_vietnamese_intact() -> None:
    comment = "Ý kiến: cần bổ sung số liệu.\nDòng hai của ý kiến."
    out = export_notes(one_group(make_note(comment=comment)), "docx", title="Trích dẫn quý IV")
    paragraphs = docx_paragraphs(out)
    assert paragraphs[0] == ("Title", "Trích dẫn quý IV")
    assert ("Heading 1", "Giao ban công tác tổ chức xây dựng Đảng tháng 12") in paragraphs
    assert ("Quote", QUOTE) in paragraphs
    assert ("Normal", comment) in paragraphs
    assert ("Normal", "Thẻ: nhân sự, giao ban") in paragraphs
    citation = [text for _, text in paragraphs if text.startswith("Tác giả:")]
    assert citation == [
        "Tác giả: Nguyễn Thị Hà · Nguồn: Báo Vĩnh Phúc · Ngày đăng: 03/12/2018 · Tệp: seeds/001_bai.txt"
    ]


def test_docx_fonts_cover_vietnamese() -> None:
    document = docx.Document(io.BytesIO(export_notes(one_group(), "docx")))
    for name in ("Normal", "Title", "Heading 1", "Quote"):
        fonts = document.styles[name].element.rPr.rFonts
        for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert fonts.get(f"{{{fonts.nsmap['w']}}}{attr}") == "Times New Roman", (name, attr)
        assert not [k for k in fonts.attrib if k.endswith("Theme") or k.endswith("theme")]
    quote = document.styles["Quote"]
    assert quote.font.italic is True
    assert quote.paragraph_format.left_indent is not None


def test_docx_pages_are_a4_as_vietnamese_documents_are() -> None:
    (page,) = docx.Document(io.BytesIO(export_notes(one_group(), "docx"))).sections
    assert (round(page.page_width.mm), round(page.page_height.mm)) == (210, 297)
    assert round(page.left_margin.mm) == 30 and round(page.right_margin.mm) == 20


def test_docx_is_marked_vietnamese_not_english() -> None:
    """Word proofs the export as Vietnamese (vi-VN), not as python-docx's en-US."""
    from docx.oxml.ns import qn

    data = export_notes(one_group(), "docx")
    document = docx.Document(io.BytesIO(data))
    styles = document.styles.element
    (lang,) = styles.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang")
    assert lang.get(qn("w:val")) == "vi-VN"
    assert lang.get(qn("w:eastAsia")) == "vi-VN"
    assert lang.get(qn("w:bidi")) != "en-US"
    # No style (Normal included) sets a language that overrides the default.
    for style_lang in styles.xpath("./w:style/w:rPr/w:lang"):
        assert style_lang.get(qn("w:val")) in (None, "vi-VN")
    assert document.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == "vi-VN"
    # Nothing in the file calls the text English, in any part Word may read.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                assert b"en-US" not in archive.read(name), name
        assert "word/stylesWithEffects.xml" not in archive.namelist()
    # The text itself still reads back whole.
    assert ("Quote", QUOTE) in docx_paragraphs(data)


def test_docx_is_deterministic_and_survives_control_characters() -> None:
    note = make_note(comment="có ký tự điều khiển\x00\x0b\x1f ở đây", quote="A\x0cB dài hơn")
    when = dt.datetime(2026, 11, 23, 8, 30, tzinfo=dt.timezone.utc)
    first = export_notes(one_group(note), "docx", when=when)
    assert first == export_notes(one_group(note), "docx", when=when)
    texts = [text for _, text in docx_paragraphs(first)]
    assert "có ký tự điều khiển ở đây" in texts
    assert "AB dài hơn" in texts


def test_a_docx_is_dated_when_it_was_made() -> None:
    from docx import Document

    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    core = Document(io.BytesIO(export_notes(one_group(make_note()), "docx"))).core_properties
    # (python-docx's template says 2013)
    created = core.created.replace(tzinfo=None)
    assert core.created == core.modified and created >= before
    assert created - before < dt.timedelta(minutes=5)


def test_json_reads_back() -> None:
    out = export_notes(one_group(make_note(state=AnchorState.NEEDS_REVIEW)), "json")
    assert "Đảng ủy".encode() in out  # not \\u escaped
    data = json.loads(out.decode("utf-8"))
    assert data == [
        {
            "article_id": 1,
            "title": "Giao ban công tác tổ chức xây dựng Đảng tháng 12",
            "date": "2018-12-03",
            "date_kind": "published",
            "period": None,
            "outlet": "Báo Vĩnh Phúc",
            "byline": "Nguyễn Thị Hà",
            "file": "seeds/001_bai.txt",
            "notes": [
                {
                    "id": 1,
                    "quote": QUOTE,
                    "prefix": "trước đó, ",
                    "suffix": ". Sau đó",
                    "start": 10,
                    "end": 10 + len(QUOTE),
                    "comment": COMMENT,
                    "tags": ["nhân sự", "giao ban"],
                    "color": "#ffd54f",
                    "state": "needs_review",
                    "created": "2026-11-20T08:00:00",
                    "modified": "2026-11-21T09:30:00",
                }
            ],
        }
    ]


def test_csv_reads_back_with_bom_quotes_and_newlines() -> None:
    comment = 'Nhận xét có "ngoặc kép", dấu phẩy;\nvà xuống dòng'
    out = export_notes(one_group(make_note(comment=comment, color="#81c784")), "csv")
    rows = csv_rows(out)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 2
    row = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert row == {
        "article_id": "1",
        "title": "Giao ban công tác tổ chức xây dựng Đảng tháng 12",
        "date": "2018-12-03",
        "outlet": "Báo Vĩnh Phúc",
        "byline": "Nguyễn Thị Hà",
        "file": "seeds/001_bai.txt",
        "note_id": "1",
        "quote": QUOTE,
        "comment": comment,
        "tags": "nhân sự; giao ban",
        "color": "#81c784",
        "state": "anchored",
        "created": "2026-11-20T08:00:00",
        "modified": "2026-11-21T09:30:00",
        "date_kind": "published",
    }


@pytest.mark.parametrize(
    ("comment", "guarded"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("- gạch đầu dòng", "'- gạch đầu dòng"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("bình thường = ổn", "bình thường = ổn"),
    ],
)
def test_csv_guards_formulas(comment: str, guarded: str) -> None:
    groups = one_group(make_note(comment=comment))
    assert csv_rows(export_notes(groups, "csv"))[1][8] == guarded
    assert csv_rows(export_notes(groups, "csv", guard_formulas=False))[1][8] == comment


# --- ordering, review marking, labels, empty exports ------------------------------------


def ordering_groups() -> list[ExportGroup]:
    def group(article_id: int, title: str, date: str | None) -> ExportGroup:
        notes = (
            make_note(article_id * 10 + 2, start=500, quote=f"Trích {title} thứ hai"),
            make_note(article_id * 10 + 1, start=5, quote=f"Trích {title} thứ nhất"),
        )
        return ExportGroup(make_citation(article_id, title, date), notes)

    return [
        group(1, "Bài không ngày B", None),
        group(2, "Bài năm 2019", "2019-05-01"),
        group(3, "Bài không ngày A", None),
        group(4, "Bài năm 2018", "2018-01-15"),
        group(5, "Bài tháng 3 năm 2019", "2019-03"),
        ExportGroup(make_citation(6, "Bài không có ghi chú", "2017-01-01"), ()),
    ]


EXPECTED_ORDER = [
    "Bài năm 2018",
    "Bài tháng 3 năm 2019",
    "Bài năm 2019",
    "Bài không ngày A",
    "Bài không ngày B",
]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_articles_by_date_undated_last_notes_by_position(fmt: ExportFormat) -> None:
    text = as_text(fmt, export_notes(ordering_groups(), fmt))
    positions = [text.index(f"Trích {title} thứ nhất") for title in EXPECTED_ORDER]
    assert positions == sorted(positions)
    for title in EXPECTED_ORDER:
        assert text.index(f"Trích {title} thứ nhất") < text.index(f"Trích {title} thứ hai")
    assert "Bài không có ghi chú" not in text


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        (ExportFormat.MARKDOWN, r"**\[Cần xem lại\]**"),
        (ExportFormat.HTML, "[Cần xem lại]"),
        (ExportFormat.DOCX, "[Cần xem lại]"),
        (ExportFormat.JSON, '"state": "needs_review"'),
        (ExportFormat.CSV, "needs_review"),
    ],
)
def test_needs_review_is_marked(fmt: ExportFormat, marker: str) -> None:
    review = make_note(2, start=900, quote="Đoạn đã bị sửa", state=AnchorState.NEEDS_REVIEW)
    text = as_text(fmt, export_notes(one_group(make_note(1), review), fmt))
    assert text.count(marker) == 1
    # The marker belongs to the note that needs review, the second one.
    assert text.index(QUOTE) < text.index(marker)


@pytest.mark.parametrize("fmt", [ExportFormat.MARKDOWN, ExportFormat.HTML, ExportFormat.DOCX])
def test_labels_can_be_translated(fmt: ExportFormat) -> None:
    labels = ExportLabels(
        document_title="Notes",
        tags="Tags",
        author="Author",
        source="Source",
        date="Date",
        file="File",
        needs_review="Needs review",
        no_notes="No notes.",
        lang="en",
    )
    note = make_note(state=AnchorState.NEEDS_REVIEW)
    text = as_text(fmt, export_notes(one_group(note), fmt, labels=labels))
    for word in ("Notes", "Tags:", "Author:", "Source:", "Date:", "File:", "Needs review"):
        assert word in text, word
    for word in ("Ghi chú", "Thẻ", "Tác giả", "Nguồn", "Tệp", "Cần xem lại"):
        assert word not in text, word
    empty = as_text(fmt, export_notes([], fmt, labels=labels))
    assert "No notes." in empty


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        (ExportFormat.MARKDOWN, lambda b: b == "# Ghi chú\n\nKhông có ghi chú.\n".encode()),
        (ExportFormat.HTML, lambda b: {"html", "head", "body", "h1"} <= set(parse_html(b).tags)),
        (
            ExportFormat.DOCX,
            lambda b: (
                docx_paragraphs(b)[:2]
                == [
                    ("Title", "Ghi chú"),
                    ("Normal", "Không có ghi chú."),
                ]
            ),
        ),
        (ExportFormat.JSON, lambda b: json.loads(b) == []),
        (ExportFormat.CSV, lambda b: csv_rows(b) == [list(CSV_COLUMNS)]),
    ],
)
@pytest.mark.parametrize(
    "groups",
    [[], [ExportGroup(make_citation(), ())]],
    ids=["no-groups", "group-without-notes"],
)
def test_empty_export_is_a_valid_document(
    fmt: ExportFormat, check: Callable[[bytes], bool], groups: list[ExportGroup]
) -> None:
    assert check(export_notes(groups, fmt))


def test_format_accepts_its_value_and_rejects_unknown() -> None:
    assert export_notes(one_group(), "md") == export_notes(one_group(), ExportFormat.MARKDOWN)
    with pytest.raises(ValueError):
        export_notes(one_group(), "pdf")


AUTHOR_ONLY = Citation(8, "Bài có tác giả", "2020-05-04", None, "Minh Đức", "a.txt")
OUTLET_ONLY = Citation(9, "Bài có nguồn", "2020-05-05", "Báo Nhân Dân", None, "b.txt")
BOTH = Citation(10, "Bài có cả hai", "2020-05-06", "Báo Nhân Dân", "Lê Thu Hà", "c.txt")


@pytest.mark.parametrize(
    ("citation", "line"),
    [
        (AUTHOR_ONLY, "*Tác giả:* Minh Đức · *Ngày đăng:* 04/05/2020 · *Tệp:* a.txt"),
        (OUTLET_ONLY, "*Nguồn:* Báo Nhân Dân · *Ngày đăng:* 05/05/2020 · *Tệp:* b.txt"),
        (
            BOTH,
            "*Tác giả:* Lê Thu Hà · *Nguồn:* Báo Nhân Dân · *Ngày đăng:* 06/05/2020 · *Tệp:* c.txt",
        ),
    ],
    ids=["author-only", "outlet-only", "both"],
)
def test_markdown_labels_author_as_author_and_outlet_as_source(
    citation: Citation, line: str
) -> None:
    text = export_notes([ExportGroup(citation, (make_note(),))], "md").decode("utf-8")
    lines = text.splitlines()
    assert line in lines
    assert "Nguồn:* Minh Đức" not in text and "Nguồn:* Lê Thu Hà" not in text
    assert ("Tác giả" in text) is (citation.byline is not None)
    assert ("Nguồn" in text) is (citation.outlet is not None)


@pytest.mark.parametrize(
    ("citation", "line"),
    [
        (AUTHOR_ONLY, "Tác giả: Minh Đức · Ngày đăng: 04/05/2020 · Tệp: a.txt"),
        (OUTLET_ONLY, "Nguồn: Báo Nhân Dân · Ngày đăng: 05/05/2020 · Tệp: b.txt"),
        (BOTH, "Tác giả: Lê Thu Hà · Nguồn: Báo Nhân Dân · Ngày đăng: 06/05/2020 · Tệp: c.txt"),
    ],
    ids=["author-only", "outlet-only", "both"],
)
def test_docx_labels_author_as_author_and_outlet_as_source(
    citation: Citation, line: str
) -> None:
    data = export_notes([ExportGroup(citation, (make_note(),))], "docx")
    paragraphs = docx_paragraphs(data)
    assert [(style, text) for style, text in paragraphs if text.endswith(citation.file)] == [
        ("Normal", line)
    ]
    (paragraph,) = [p for p in docx.Document(io.BytesIO(data)).paragraphs if p.text == line]
    bold = [run.text for run in paragraph.runs if run.bold]
    assert bold == [label + ": " for label in ("Tác giả", "Nguồn", "Ngày đăng", "Tệp") if label in line]


def two_articles(*citations: Citation) -> list[ExportGroup]:
    return [ExportGroup(c, (make_note(c.article_id),)) for c in citations]


def test_html_labels_author_as_author_and_outlet_as_source() -> None:
    out = export_notes(two_articles(AUTHOR_ONLY, OUTLET_ONLY), "html")
    text = parse_html(out).text
    assert "Tác giả: Minh Đức · Ngày đăng: 04/05/2020" in text
    assert "Nguồn: Báo Nhân Dân · Ngày đăng: 05/05/2020" in text
    assert "Nguồn: Minh Đức" not in text and "Tác giả: Báo Nhân Dân" not in text


@pytest.mark.parametrize("fmt", [ExportFormat.JSON, ExportFormat.CSV])
def test_machine_readable_exports_keep_author_and_outlet_apart(fmt: ExportFormat) -> None:
    """``byline`` (the author) and ``outlet`` (the source) stay separate fields, named as before."""
    out = export_notes(two_articles(AUTHOR_ONLY, OUTLET_ONLY), fmt)
    if fmt is ExportFormat.JSON:
        pairs = [(a["byline"], a["outlet"]) for a in json.loads(out)]
        assert pairs == [("Minh Đức", None), (None, "Báo Nhân Dân")]
    else:
        rows = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in csv_rows(out)[1:]]
        pairs = [(r["byline"], r["outlet"]) for r in rows]
        assert pairs == [("Minh Đức", ""), ("", "Báo Nhân Dân")]


def test_undated_and_untitled_article_citation() -> None:
    citation = Citation(7, "", None, None, None, "bai-khong-ten.txt")
    text = export_notes([ExportGroup(citation, (make_note(),))], "md").decode("utf-8")
    assert "## bai-khong-ten.txt" in text
    assert "Ngày" not in text and "Nguồn" not in text and "Tác giả" not in text
    assert "*Tệp:* bai-khong-ten.txt" in text


@pytest.mark.parametrize(
    ("iso", "shown"),
    [
        ("2018-12-03", "03/12/2018"),
        ("2018-12-03T17:40:00", "03/12/2018"),
        ("2019-03", "03/2019"),
        ("2019", "2019"),
        (None, ""),
        ("", ""),
        ("quý I/2019", "quý I/2019"),
    ],
)
def test_format_date(iso: str | None, shown: str) -> None:
    assert format_date(iso) == shown


# --- speed ---------------------------------------------------------------------------


def ten_thousand_notes() -> list[ExportGroup]:
    groups = []
    for article in range(200):
        notes = tuple(
            make_note(
                article * 50 + k,
                article_id=article,
                start=(50 - k) * 120,
                comment=f"{COMMENT}\nGhi chú số {article * 50 + k}.",
                state=AnchorState.NEEDS_REVIEW if k % 10 == 0 else AnchorState.ANCHORED,
            )
            for k in range(50)
        )
        date = None if article % 7 == 0 else f"20{10 + article % 10}-{article % 12 + 1:02d}-15"
        groups.append(ExportGroup(make_citation(article, f"Bài số {article}", date), notes))
    return groups


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_ten_thousand_notes_export_quickly(fmt: ExportFormat) -> None:
    groups = ten_thousand_notes()
    # CPU time, not wall time: the test machine may be shared.
    began = time.process_time()
    out = export_notes(groups, fmt)
    took = time.process_time() - began
    assert out
    assert took < 10.0, f"{fmt}: {took:.2f} s"


def test_an_article_cited_by_its_meeting_says_so_in_every_format() -> None:
    """With no publication date stated, the date cited is the meeting's, labelled as such
    (a "Ngày" that was sometimes one, sometimes the other, misled a trial's reader)."""
    from desktop.core.models import DateKind

    citation = Citation(article_id=3, title="Sơ kết 6 tháng", date="2024-07", outlet=None,
                        byline="Minh Đức", file="c.txt", date_kind=DateKind.MEETING)
    groups = [ExportGroup(citation, (make_note(),))]
    md = export_notes(groups, "md").decode("utf-8")
    assert "*Thời gian họp:* 07/2024" in md and "Ngày đăng" not in md
    assert json.loads(export_notes(groups, "json"))[0]["date_kind"] == "meeting"
    row = dict(zip(CSV_COLUMNS, csv_rows(export_notes(groups, "csv"))[1], strict=True))
    assert (row["date"], row["date_kind"]) == ("2024-07", "meeting")


@pytest.mark.parametrize(
    ("start", "precision", "words"),
    [("2024-01-01", "half-year", "6 tháng đầu năm 2024"), ("2024-07-01", "half-year", "6 tháng cuối năm 2024"),
     ("2024-04-01", "quarter", "quý II/2024"), ("2017-01-01", "year", "năm 2017")],
)
def test_a_meeting_known_by_a_period_is_cited_by_it_in_words(start: str, precision: str, words: str) -> None:
    """Not by its year alone ("2024" for a half-year's review lost which half) and never by
    the period's first day; the window's labels name it in the window's language."""
    from desktop.core.models import DateKind

    citation = Citation(article_id=3, title="Sơ kết", date=start[:4], outlet=None, byline=None, file="c.txt",
                        date_kind=DateKind.MEETING, period=(start, precision))
    groups = [ExportGroup(citation, (make_note(),))]
    assert f"*Thời gian họp:* {words} ·" in export_notes(groups, "md").decode("utf-8")
    assert f"{words}" in export_notes(groups, "html").decode("utf-8")
    document = docx.Document(io.BytesIO(export_notes(groups, "docx")))
    assert any(words in p.text for p in document.paragraphs)
    assert json.loads(export_notes(groups, "json"))[0]["period"] == {"start": start, "precision": precision}
    english = ExportLabels(meeting="Meeting held", period=lambda s, p: f"{p} from {s}")
    assert f"*Meeting held:* {precision} from {start}" in export_notes(groups, "md", labels=english).decode("utf-8")
