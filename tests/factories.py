"""Builders for analyser tests (like eyecite's ``test_factories.py``).

Tests describe articles and expected findings as small data tables; these
helpers turn them into raw text and comparable tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.core.models import DirectiveRef, ParsedArticle


def article(
    title: str = "Giao ban công tác tổ chức xây dựng Đảng quý III",
    paragraphs: Sequence[str] = ("Sáng 5/10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.",),
    *,
    header: Sequence[str] = (),
    date_line: str | None = None,
    byline: str | None = None,
    footer: Sequence[str] = (),
    blank_lines: bool = True,
) -> str:
    """Raw article text: header lines, title, date line, paragraphs, byline, footer."""
    lines: list[str] = [*header, title]
    if date_line is not None:
        lines.append(date_line)
    lines += list(paragraphs)
    if byline is not None:
        lines.append(byline)
    lines += list(footer)
    return ("\n\n" if blank_lines else "\n").join(lines)


def ref(canonical: str, surface: str | None = None, **extra: object) -> dict[str, object]:
    """An expected directive: canonical form, surface, and any other field to check."""
    out: dict[str, object] = {"canonical": canonical}
    if surface is not None:
        out["surface"] = surface
    out.update(extra)
    return out


def matches(found: DirectiveRef, expected: dict[str, object]) -> bool:
    """Whether ``found`` has every field of ``expected``."""
    return all(getattr(found, k) == v for k, v in expected.items())


def canonicals(refs: Iterable[DirectiveRef]) -> list[str]:
    """The canonical forms, in order."""
    return [r.canonical for r in refs]


def people_pairs(parsed: ParsedArticle) -> list[tuple[str, str]]:
    """``(name, title)`` of every person, in order."""
    return [(p.name, p.title) for p in parsed.people]
