"""Find every document reference in a text.

The passes, in order, each skipping what an earlier one took:

1. a cheap scan for the windows that may hold a reference (:mod:`._scan`); a text
   without any (most of a news stream) stops here;
2. symbols (Party, State normative, State administrative), with the type word
   before them and the date, issuer and term after them (:mod:`._mentions`);
3. documents cited by name at the type words left free: congress and plenum
   resolutions, the Constitution, gazetteer nicknames (:mod:`._named`);
4. short mentions ("Chỉ thị 05") and back-references ("Chỉ thị này") (:mod:`._short`);
5. what the article as a whole tells: the statute's title, the sentence's date, the
   issuer's place, the term of a famous Party document, and one id for every mention
   of one document (:mod:`._article`).
"""

from __future__ import annotations

from collections.abc import Callable

from bantin.extract.context import ExtractContext
from bantin.extract.docref._article import complete_in_article, statute_title
from bantin.extract.docref._build import Draft, finalize
from bantin.extract.docref._data import Tables, load_tables
from bantin.extract.docref._forms import locality_slug, match_form
from bantin.extract.docref._laws import law_draft
from bantin.extract.docref._mentions import propagate_list_tails, symbol_drafts
from bantin.extract.docref._model import DocumentReference
from bantin.extract.docref._named import (
    congress_draft,
    constitution_draft,
    nickname_draft,
    plenum_draft,
)
from bantin.extract.docref._patterns import Patterns, patterns
from bantin.extract.docref._scan import candidate_windows
from bantin.extract.docref._short import find_demonstratives, find_short_mentions, resolve_short_mentions
from bantin.extract.docref._symbols import SymbolHit, find_symbols
from bantin.extract.docref._tails import TypeAnchor, find_type_words, read_tail
from bantin.extract.places import article_province


def may_cite_documents(text: str) -> bool:
    """Whether ``text`` could hold a document reference at all (the cheap scan of pass 1)."""
    return bool(candidate_windows(text))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def _next_start(position: int, spans: list[tuple[int, int]], default: int) -> int:
    """The start of the first taken span at or after ``position``: where a tail must stop."""
    following = [s for s, _ in spans if s >= position]
    return min(following) if following else default


def _named_drafts(
    text: str,
    display: str,
    anchors: list[TypeAnchor],
    taken: list[tuple[int, int]],
    tables: Tables,
    pats: Patterns,
    context: ExtractContext | None,
) -> list[Draft]:
    """Documents cited by name, tried at every free type word."""
    drafts = []
    for anchor in anchors:
        if _overlaps(anchor.start, anchor.end, taken):
            continue
        draft = (
            congress_draft(text, anchor, tables, pats)
            or plenum_draft(text, anchor, tables, pats)
            or constitution_draft(text, anchor, tables, pats, context)
            or nickname_draft(display, anchor, tables, pats)
            or law_draft(display, anchor)
        )
        if draft is None or _overlaps(draft.start, draft.end, taken):
            continue
        tail = read_tail(text, draft.end, _next_start(draft.end, taken, len(text)), tables, pats, display)
        if tail.end > draft.end:
            draft.end, draft.has_tail = tail.end, True
            draft.issuer_name, draft.locality = tail.issuer_text, tail.locality
            draft.locality_slug = locality_slug(tail.locality) if tail.locality else None
            draft.date, draft.date_year = tail.date, tail.year
            if tail.issuer_text:
                draft.evidence.append(f"issuer named by 'của {tail.issuer_text}'")
        drafts.append(draft)
        taken.append((draft.start, draft.end))
    return drafts


def _symbol_pass(
    text: str, display: str, hits: list[SymbolHit], anchors: list[TypeAnchor], tables: Tables, pats: Patterns
) -> list[Draft]:
    """Drafts of every symbol, each with the type word and tail it may take."""
    drafts: list[Draft] = []
    floor = 0
    for index, hit in enumerate(hits):
        limit = hits[index + 1].start if index + 1 < len(hits) else len(text)
        found = symbol_drafts(hit, text, display, floor, limit, anchors, tables, pats)
        drafts.extend(found)
        floor = found[-1].end
    return drafts


def find_document_references(text: str, context: ExtractContext | None = None) -> list[DocumentReference]:
    """Every document reference in ``text``, left to right.

    ``text`` is the display text of a record (normalised with
    :func:`bantin.text.normalize_text`); spans are offsets into it. Matching reads
    its canonical form ("khoá" = "khóa", "Tỉnh uỷ" = "Tỉnh ủy"), which has the same
    offsets. ``context`` gives the article's date, used only where the SPEC allows
    it: the Constitution a statute's preamble cites without a year, the
    gazetteer's famous short forms ("Nghị quyết 57" in a 2025 article), the year
    of a day written without one ("quyết định số 669/QĐ-UBND ngày 29/4"), and which
    of the gazetteer's Party documents sharing a number were issued by then. It
    never sets a term or year on a symbol by itself: a 2021 article citing
    07-CT/TW says nothing of that directive's term.
    """
    windows = candidate_windows(text) if text else []
    if not windows:
        return []
    tables, pats = load_tables(), patterns()
    matched = match_form(text)
    taken = [(m.start(), m.end()) for lo, hi in windows for m in pats.url.finditer(matched, lo, hi)]
    hits = find_symbols(matched, windows, taken, tables, pats)
    anchors = [
        a for a in find_type_words(matched, windows, tables, pats) if not _overlaps(a.start, a.end, taken)
    ]
    drafts = _symbol_pass(matched, text, hits, anchors, tables, pats)
    taken.extend((d.start, d.end) for d in drafts)
    propagate_list_tails(drafts, matched, pats)
    drafts.extend(_named_drafts(matched, text, anchors, taken, tables, pats, context))
    refs = statute_title([finalize(d, text, tables) for d in drafts], matched, tables)
    free = [a for a in anchors if not _overlaps(a.start, a.end, taken)]
    limits = [_next_start(a.end, taken, len(text)) for a in free]
    mentions = find_short_mentions(matched, text, free, limits, tables, pats)
    full = sorted((r for r in refs if r.kind != "partial"), key=lambda r: r.start)
    if full:
        taken.extend((m.start, m.end) for m in mentions)
        mentions += find_demonstratives(matched, taken, tables, pats)
    refs.extend(resolve_short_mentions(mentions, full, text, matched, tables, context))
    refs.sort(key=lambda r: (r.start, r.end))
    return complete_in_article(refs, matched, tables, pats, context, _province_of(text, context))


def _province_of(text: str, context: ExtractContext | None) -> Callable[[], str | None]:
    """The article's province, computed at the first call only (few articles need it)."""
    found: list[str | None] = []

    def province() -> str | None:
        if not found:
            found.append(article_province(text, context))
        return found[0]

    return province
