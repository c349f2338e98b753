"""Hostile input: the analyser and the importer never crash, hang or balloon.

- No exception escapes: ``parse_article`` returns for any text, and
  ``read_article`` either returns text or raises ``ImportFailure``.
- Time stays bounded: about 1 s per 100 KB (``BUDGET_PER_100KB``), with
  ``SLACK`` for slow CI machines; and doubling the input at most about
  doubles the time (a quadratic blow-up fails however fast the machine).
- Memory stays bounded: the tracemalloc peak of a large input is a small
  multiple of its size.

``GIAOBAN_FUZZ_EXAMPLES`` raises the hypothesis example counts for a long run.
"""

from __future__ import annotations

import io
import os
import random
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import formats
from desktop.core.importer import FailReason, ImportFailure, read_article
from desktop.core.parse import parse_article

EXAMPLES = int(os.environ.get("GIAOBAN_FUZZ_EXAMPLES", "100"))
BUDGET_PER_100KB = 1.0  # seconds, the figure
SLACK = 3.0  # CI machines are slower than a desk; a blow-up is far beyond this
SUFFIXES = (*formats.SUPPORTED, ".TXT", ".pdf", "")

# Pieces of the texts we read, to fuzz with more than random letters.
_TOKENS = (
    "Đảng bộ", "chi bộ", "Chỉ thị", "Chỉ thị số 35-CT/TW", "Quy định 262", "Hướng dẫn số 16",
    "-HD/BTCTW", "CT/TW", "số", "ngày", "tháng", "năm", "3/12", "(03/12/2018 17:40)",
    "Thứ Hai, 06/03/2017", "quý II/2024", "6 tháng đầu năm", "đồng chí", "Nguyễn Văn A",
    "Ủy viên Bộ Chính trị,", "Bí thư Tỉnh ủy", "TP. Hồ Chí Minh", "Hòa Bình", "Đắk Lắk",
    "Xem phản hồi", "Ảnh:", "Tin khác", "\u00a0", "\n", "\n\n", " ", "\t", "\u200b", "\ufeff",
    "<img src=\"http://x/y.png\">", "<a href=\"javascript:alert(1)\">", "<script>", "&amp;",
    "o\u0300", "\u0301", "\U0001f600", "\x00", "\r\n", "1", "2026", "/", "-", ".",
)
texts = st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=8)), max_size=300).map("".join)


def _parse_ok(text: str) -> None:
    parsed = parse_article(text)
    assert isinstance(parsed.clean_text, str) and isinstance(parsed.title, str)
    n = len(parsed.clean_text)
    for ref in parsed.directives:  # the reader links these spans: they must fit
        assert 0 <= ref.start <= ref.end <= n


# --- no exception escapes ----------------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_analyser_takes_any_text(text: str) -> None:
    _parse_ok(text)


def test_analyser_takes_random_bytes_however_decoded() -> None:
    rng = random.Random(20261122)
    for _ in range(EXAMPLES):
        data = rng.randbytes(rng.choice((1, 50, 500, 5000)))
        for text in (data.decode("utf-8", "replace"), data.decode("latin-1"), data.decode("cp1258", "replace")):
            _parse_ok(text)


def _read(tmp: Path, suffix: str, data: bytes) -> None:
    path = tmp / f"input{suffix}"
    path.write_bytes(data)
    try:
        text, title, published = read_article(path)
    except ImportFailure as exc:
        assert isinstance(exc.reason, FailReason)
        return
    assert isinstance(text, str) and text.strip()
    assert title is None or isinstance(title, str)
    assert published is None or isinstance(published, str)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUFFIXES))
def test_importer_raises_only_import_failure_on_any_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    _read(tmp_path, suffix, data)


def test_importer_raises_only_import_failure_on_random_bytes(tmp_path: Path) -> None:
    rng = random.Random(1)
    for _ in range(EXAMPLES // 3):
        data = rng.randbytes(rng.choice((0, 1, 100, 20000)))
        for suffix in SUFFIXES:
            _read(tmp_path, suffix, data)


def _docx_with(parts: dict[str, bytes]) -> bytes:
    import docx

    blank = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Hội nghị giao ban")
    document.save(blank)
    src = zipfile.ZipFile(io.BytesIO(blank.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item.filename, parts.get(item.filename, src.read(item.filename)))
    return out.getvalue()


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_LAUGHS = b"".join(
    [b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">']
    + [b'<!ENTITY l%d "%s">' % (i, b"".join(b"&l%d;" % (i - 1) for _ in range(10))) for i in range(1, 10)]
    + [b"]>"]
)


@pytest.mark.parametrize(
    ("name", "suffix", "data"),
    [
        ("docx garbage xml", ".docx", lambda: _docx_with({"word/document.xml": b"<<<" + bytes(range(256)) * 10})),
        (
            "docx billion laughs",
            ".docx",
            lambda: _docx_with(
                {"word/document.xml": _LAUGHS + b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"}
            ),
        ),
        ("docx zip bomb", ".docx", lambda: _docx_with({"word/document.xml": b"<w:document " + _W + b"><w:body>" + b"<w:p><w:r><w:t>" + b"a" * 9_000_000 + b"</w:t></w:r></w:p>" * 12 + b"</w:body></w:document>"})),
        (
            "docx zip bomb of small paragraphs",
            ".docx",
            lambda: _docx_with({"word/document.xml": b"<w:document " + _W + b"><w:body>" + b"<w:p><w:r><w:t>Dang bo</w:t></w:r></w:p>" * 1_500_000 + b"</w:body></w:document>"}),
        ),
        ("zip that is no docx", ".docx", lambda: _zip({"hello.txt": b"xin chao"})),
        ("html billion laughs", ".html", lambda: _LAUGHS + b"<html><body><p>&l9;</p></body></html>"),
        ("html nested 30k deep", ".html", lambda: b"<html><body>" + b"<div>" * 30_000 + b"Xin ch\xc3\xa0o" + b"</div>" * 30_000),
        ("utf-16 without bom, odd length", ".txt", lambda: "Đảng bộ".encode("utf-16-le") * 1000 + b"\x00"),
        ("a lone bom", ".txt", lambda: b"\xef\xbb\xbf"),
        ("nul bytes", ".md", lambda: b"\x00" * 5000),
    ],
)
def test_importer_survives_crafted_files(tmp_path: Path, name: str, suffix: str, data) -> None:
    payload = data()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        _read(tmp_path, suffix, payload)
    finally:
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    # A crafted file of a few hundred KB must not cost more than a real
    # article of the 20 MB import limit would: time and memory both.
    assert elapsed < 20, (name, elapsed)
    assert peak < 300 * 1024 * 1024, (name, peak)


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


# --- time ----------------------------------------------------------------------


def _vietnamese_noise(size: int, seed: int = 0) -> str:
    """Text-like noise (no NUL: a NUL makes a file binary, refused at once)."""
    rng = random.Random(seed)
    tokens = [t for t in _TOKENS if "\x00" not in t]
    pieces = []
    total = 0
    while total < size:
        piece = rng.choice(tokens) if rng.random() < 0.5 else "".join(
            rng.choice("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếểễệọộờớởỡợ0123456789/-.,:() ") for _ in range(rng.randint(1, 12))
        )
        pieces.append(piece + " ")
        total += len(piece) + 1
    return "".join(pieces)[:size]


def _seconds(fn, *args: object) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


# One long unbroken run of each kind: the inputs that make a regex backtrack.
RUNS = ("HD/BTCTW", "Đ", "A", "-CT/TW ", "Quy định số ", "Ủy viên Bộ Chính trị, ", "ngày 1/1/")
RUN_SIZE = 50_000


@pytest.mark.parametrize("piece", RUNS)
def test_analyser_time_is_bounded_on_long_runs(piece: str) -> None:
    text = (piece * (RUN_SIZE // len(piece) + 1))[:RUN_SIZE]
    budget = BUDGET_PER_100KB * SLACK * len(text.encode("utf-8")) / 100_000
    elapsed = _seconds(parse_article, text)
    assert elapsed < max(budget, 0.5), f"{piece!r} x {RUN_SIZE}: {elapsed:.2f} s > {budget:.2f} s"


@pytest.mark.parametrize("piece", ["noise", "HD/BTCTW", "Đ"])
def test_analyser_time_grows_linearly(piece: str) -> None:
    def make(size: int) -> str:
        if piece == "noise":
            return _vietnamese_noise(size)
        return (piece * (size // len(piece) + 1))[:size]

    # Best of three each, so a busy CI machine does not fake a blow-up.
    small = min(_seconds(parse_article, make(20_000)) for _ in range(3))
    large = min(_seconds(parse_article, make(80_000)) for _ in range(3))
    # Four times the input: linear is ~4x; quadratic would be ~16x.
    assert large < 8 * small + 0.2, f"{piece}: 20 KB {small:.2f} s, 80 KB {large:.2f} s"


def test_importer_and_analyser_time_on_a_large_random_file(tmp_path: Path) -> None:
    path = tmp_path / "lon.txt"
    text = _vietnamese_noise(300_000, seed=3)
    path.write_text(text, encoding="utf-8")
    size = path.stat().st_size
    started = time.perf_counter()
    read, _title, _published = read_article(path)
    parse_article(read)
    elapsed = time.perf_counter() - started
    budget = BUDGET_PER_100KB * SLACK * size / 100_000
    assert elapsed < budget, f"{size} bytes: {elapsed:.2f} s > {budget:.2f} s"


def test_importer_time_on_random_bytes_of_each_kind(tmp_path: Path) -> None:
    data = random.Random(5).randbytes(300_000)
    for suffix in SUFFIXES:
        budget = BUDGET_PER_100KB * SLACK * len(data) / 100_000
        elapsed = _seconds(_read, tmp_path, suffix, data)
        assert elapsed < budget + 1.0, (suffix, elapsed)  # + the one-off import of trafilatura


# --- memory --------------------------------------------------------------------


def test_analyser_memory_is_a_small_multiple_of_the_input() -> None:
    text = _vietnamese_noise(100_000, seed=9)
    parse_article(text[:1000])  # caches and lazy imports outside the measurement
    tracemalloc.start()
    try:
        parse_article(text)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = len(text.encode("utf-8"))
    assert peak < 80 * size, f"peak {peak / 1e6:.1f} MB for {size / 1e3:.0f} KB"


def test_importer_memory_on_a_large_random_file(tmp_path: Path) -> None:
    path = tmp_path / "rac.txt"
    path.write_bytes(random.Random(11).randbytes(2_000_000))
    tracemalloc.start()
    try:
        _read(tmp_path, ".txt", path.read_bytes())
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * 2_000_000, f"peak {peak / 1e6:.1f} MB for 2 MB"
