"""Linking a directive's mentions again, so the result does not depend on import order.

``writes._link_directives`` links each article's mentions as it is imported,
with what the library knows at that moment. What it knows depends on what came
before: a 2021 article citing a bare ``Chỉ thị 35-CT/TW`` imported before any
article dating the 2019 directive is tied to term XIII by its own date, and
stays there when the 2019 directive arrives later; the other way round it joins
the 2019 directive (the two-year carry-over of ``linking``).

``relink`` takes every mention of the national directives of some bases (type,
number and code, without the term) and links them afresh, in one order that
does not depend on the imports: first the mentions whose term the text states
(an issue date, a named term, a congress), which fix their directives whatever
else is known; then the rest in the citing articles' date order, each seeing
every stated directive and every assumed one before it. Rows are kept where
their key survives (so a directive open in the window stays open), mentions are
moved only when their directive changes, and directives left without a mention
go. Local and issuer-less documents (keys scoped to one article) are never
relinked: they have one article's mentions only.

Importing and re-analysing call it at the end with the bases they touched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from desktop.core import linking
from desktop.core.models import DirectiveRef

#: bases that fix a directive's term from the mention alone
_STATED = frozenset(
    str(b) for b in (linking.TermBasis.ISSUE_DATE, linking.TermBasis.NAMED, linking.TermBasis.CONGRESS)
)

_MENTIONS = """
    SELECT m.id, m.article_id, m.directive_id, m.term_basis, nullif(m.date_key, '~'), d.key, d.term,
           m.surface, m.canonical, d.type, d.number, d.code, m.issuer, m.issue_date,
           m.inferred, m.start, m."end", m.congress
    FROM directives d JOIN mentions m ON m.directive_id = d.id
    WHERE d.key >= ? AND d.key < ?
    ORDER BY m.date_key, m.article_id, m.start, m.id"""


@dataclass(slots=True)
class _Mention:
    id: int
    article_id: int
    directive_id: int
    basis: str | None
    date: str | None
    ref: DirectiveRef
    position: int
    key: str = ""  # the directive it goes to
    new_basis: str = ""
    term: str | None = None


@dataclass(slots=True)
class _Row:
    """A directive as its mentions, in date order, describe it."""

    term: str | None
    mentions: list[_Mention] = field(default_factory=list)
    basis: str = str(linking.TermBasis.UNKNOWN)
    issue_date: str | None = None  # the first stated, as the mentions come

    def values(self) -> dict[str, object]:
        refs = [m.ref for m in self.mentions]
        printed = next((r for r in refs if not r.inferred), refs[0])
        issuer = next((r.issuer for r in refs if r.issuer), None)
        return {
            "canonical": printed.canonical,
            "code_inferred": int(all(r.inferred for r in refs)),
            "issuer": issuer,
            "issue_date": next((r.issue_date for r in refs if r.issue_date), None),
            "term": self.term,
            "term_basis": self.basis,
            "folded": linking.search_key(printed.canonical, issuer),
            "issuer_group": linking.issuer_group(printed.code, issuer),
        }


def relinkable(bases: Iterable[str]) -> list[str]:
    """The bases ``relink`` works on: national ones (not scoped to one article)."""
    return sorted({b for b in bases if "@" not in b})


def relink(db: Database, bases: Iterable[str],
           progress: Callable[[int, int], None] | None = None) -> int:
    """Link every mention of the national directives of ``bases`` again (see module doc).

    Runs in the caller's transaction when there is one, else in its own.

    Args:
        db: the library.
        bases: directive base keys (the ones scoped to one article are passed over).
        progress: called with ``(done, total)`` bases: first ``(0, total)``, then after
            each, at most every ``PROGRESS_EVERY`` seconds (and after the last).

    Returns:
        How many mentions moved to another directive.
    """
    todo = relinkable(bases)
    if not todo:
        return 0
    if db.conn.in_transaction:
        return _relink_all(db, todo, progress)
    with db.atomic():
        return _relink_all(db, todo, progress)


#: seconds between two ``progress`` calls of :func:`relink`
PROGRESS_EVERY = 0.1


def _relink_all(db: Database, todo: list[str],
                progress: Callable[[int, int], None] | None) -> int:
    if progress is None:
        return sum(_relink_base(db, base) for base in todo)
    moved = 0
    progress(0, len(todo))
    last = time.monotonic()
    for done, base in enumerate(todo, 1):
        moved += _relink_base(db, base)
        now = time.monotonic()
        if done == len(todo) or now - last >= PROGRESS_EVERY:
            last = now
            progress(done, len(todo))
    return moved


def _read(db: Database, base: str) -> tuple[list[_Mention], bool]:
    """The mentions of ``base`` in date order, and whether their keys are this version's."""
    mentions = []
    checked: set[int] = set()
    for (mid, aid, did, basis, date, key, term, surface, canonical, kind, number, code, issuer,
         issued, inferred, start, end, congress) in db.execute(_MENTIONS, (base + "|", base + "|\uffff")):
        ref = DirectiveRef(surface, canonical, kind, number, code, issuer, issued, bool(inferred),
                           start, end, congress)
        if did not in checked:  # one mention per directive: the rest share its key
            checked.add(did)
            if linking.base_key(ref) != base:
                return [], False  # rows written by another version of the keys: leave them to reanalyse
        mention = _Mention(mid, aid, did, basis, date, ref, len(mentions))
        if basis in _STATED:  # the mention states its term: its directive stays
            mention.key, mention.new_basis, mention.term = key, basis, term
        mentions.append(mention)
    return mentions, True


def _assign(base: str, mentions: list[_Mention]) -> dict[str, _Row]:
    """Decide each mention's directive: stated terms first, then the rest in date order."""
    rows: dict[str, _Row] = {}
    candidates: list[tuple[str | None, str | None, str]] = []
    decided: dict[str | None, linking.Identity] = {}  # by article date, while candidates hold

    def place(mention: _Mention) -> None:
        row = rows.get(mention.key)
        if row is None:
            row = rows[mention.key] = _Row(mention.term)
        row.mentions.append(mention)
        issued = row.issue_date or mention.ref.issue_date
        basis = row.basis
        if linking.BASIS_STRENGTH.get(mention.new_basis, 0) > linking.BASIS_STRENGTH.get(basis, 0):
            basis = mention.new_basis
        if len(row.mentions) == 1 or (issued, basis) != (row.issue_date, row.basis):
            row.issue_date, row.basis = issued, basis
            candidates[:] = [(r.term, r.issue_date, r.basis) for r in rows.values()]
            decided.clear()

    rest = []
    stated: dict[int, dict[str, set[str | None]]] = {}  # article -> {base: the terms it states}
    for mention in mentions:
        if mention.key:
            place(mention)
            stated.setdefault(mention.article_id, {}).setdefault(base, set()).add(mention.term)
        else:
            rest.append(mention)
    for mention in rest:
        ident = decided.get(mention.date)
        if ident is None:
            ident = decided[mention.date] = linking.assumed_identity(base, mention.date, candidates)
        ident = linking.within_article(ident, stated.get(mention.article_id, {}))
        mention.key, mention.new_basis, mention.term = ident.key, str(ident.basis), ident.term
        place(mention)
    for row in rows.values():  # the stated ones were placed first: date order within each
        row.mentions.sort(key=lambda m: m.position)
    return rows


def _relink_base(db: Database, base: str) -> int:
    mentions, current = _read(db, base)
    if not mentions or not current:
        return 0
    rows = _assign(base, mentions)
    conn = db.conn
    existing = {
        key: (did, dict(zip(_COLUMNS, values)))
        for key, did, *values in conn.execute(
            f"SELECT key, id, {', '.join(_COLUMNS)} FROM directives WHERE key >= ? AND key < ?",
            (base + "|", base + "|\uffff"),
        )
    }
    ids: dict[str, int] = {}
    for key, row in rows.items():
        values = row.values()
        if key in existing:
            did, old = existing[key]
            if old != values:
                sets = ", ".join(f"{c} = ?" for c in values)
                conn.execute(f"UPDATE directives SET {sets} WHERE id = ?", (*values.values(), did))
        else:
            first = row.mentions[0].ref
            cur = conn.execute(
                f"INSERT INTO directives (key, type, number, code, {', '.join(values)})"
                f" VALUES (?, ?, ?, ?, {', '.join('?' for _ in values)})",
                (key, first.type, first.number, first.code, *values.values()),
            )
            did = int(cur.lastrowid or 0)
        ids[key] = did
    moved = [m for m in mentions if ids[m.key] != m.directive_id]
    conn.executemany(
        "UPDATE mentions SET directive_id = ?, term_basis = ? WHERE id = ?",
        [(ids[m.key], m.new_basis, m.id) for m in mentions
         if ids[m.key] != m.directive_id or m.new_basis != m.basis],
    )
    if moved:
        touched = {m.directive_id for m in moved} | {ids[m.key] for m in moved}
        marks = ", ".join("?" for _ in touched)
        # the count triggers follow inserts and deletes only
        conn.execute(
            f"""UPDATE directives SET
                mention_count = (SELECT count(*) FROM mentions m WHERE m.directive_id = directives.id),
                article_count = (SELECT count(DISTINCT article_id) FROM mentions m
                                 WHERE m.directive_id = directives.id)
            WHERE id IN ({marks})""",
            tuple(touched),
        )
        gone = [did for key, (did, _) in existing.items() if key not in rows]
        conn.executemany("DELETE FROM directives WHERE id = ?", [(did,) for did in gone])
    return len(moved)


_COLUMNS = ("canonical", "code_inferred", "issuer", "issue_date", "term", "term_basis",
            "folded", "issuer_group")
