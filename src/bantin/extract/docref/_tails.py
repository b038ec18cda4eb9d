"""What stands around a symbol: the type word before it, the date, issuer and term after it.

Left of a symbol the press writes a type word, perhaps the document's title and
"số" ("Luật Báo chí số 103/2016/QH13"); right of it a date ("ngày 15/5/2016",
"năm 2024"), an issuer phrase ("của Bộ Chính trị") and a term ("khóa XII"), in
any order. The tail is read clause by clause from the symbol's end, so a phrase
that belongs to the next mention is never taken ("Kết luận 121-KL/TW, ngày ...
về tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII":
the "khóa XII" is the resolution's, not the conclusion's).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from bantin.extract.docref._data import IssuerPhrase, Tables, TypeWord, load_tables
from bantin.extract.docref._forms import locality_slug, to_roman
from bantin.extract.docref._patterns import Patterns
from bantin.text import folded_form


@dataclass(frozen=True, slots=True)
class TypeAnchor:
    """A type word found in the text ("Nghị định", "NQ")."""

    start: int
    end: int
    word: TypeWord
    is_abbreviation: bool


def find_type_words(
    text: str, windows: list[tuple[int, int]], tables: Tables, pats: Patterns
) -> list[TypeAnchor]:
    """Every type word in the ``windows`` of ``text`` (the match form), left to right."""
    anchors = []
    matches = (m for lo, hi in windows for m in pats.type_word.finditer(text, lo, hi))
    for match in matches:
        if match["abbr"] is not None:
            word = tables.type_word_index.get(folded_form(tables.type_abbreviations[match["abbr"]]))
            is_abbreviation = True
        else:
            word = tables.type_word_index.get(" ".join(folded_form(match["word"]).split()))
            is_abbreviation = False
        if word is not None:
            anchors.append(TypeAnchor(match.start(), match.end(), word, is_abbreviation))
    return anchors


def find_lead(
    text: str,
    symbol_start: int,
    floor: int,
    anchors: list[TypeAnchor],
    tables: Tables,
    pats: Patterns,
) -> TypeAnchor | None:
    """The type word introducing the symbol at ``symbol_start``, if one stands close enough.

    The nearest type word to the left (not before ``floor``, the end of the previous
    mention, nor ``lead_window`` characters back) introduces the symbol when only
    spaces or "số" separate them, or, with "số" or a title-taking word ("Luật"),
    a title without a clause break ("Luật Thi đua, khen thưởng 06/2022-QH15").
    """
    floor = max(floor, symbol_start - tables.lead_window)
    index = bisect.bisect_right([a.end for a in anchors], symbol_start) - 1
    if index < 0 or anchors[index].start < floor:
        return None
    anchor = anchors[index]
    gap = text[anchor.end : symbol_start]
    so = pats.so_tail.search(gap)
    before_so = gap[: so.start()] if so else gap
    if not before_so.strip():
        return anchor
    if anchor.is_abbreviation or not (so or anchor.word.takes_title):
        return None
    if len(before_so) > tables.lead_title_max or any(c in tables.lead_breaks for c in before_so):
        return None
    return anchor


@lru_cache(maxsize=1)
def _phrase_index() -> dict[str, IssuerPhrase]:
    return {" ".join(p.phrase.lower().split()): p for p in load_tables().issuer_phrases}


@dataclass(slots=True)
class Tail:
    """Date, issuer and term read after a mention, and where the mention ends."""

    end: int
    date: dt.date | None = None
    year: int | None = None
    date_text: str | None = None
    issuer: IssuerPhrase | None = None
    issuer_text: str | None = None
    locality: str | None = None
    locality_slug: str | None = None
    term: str | None = None
    notes: list[str] = field(default_factory=list)


def _read_date(match: re.Match[str]) -> tuple[dt.date | None, int]:
    for d, m, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d4", "m4", "y4")):
        if match[y] is not None:
            year = int(match[y])
            try:
                return dt.date(year, int(match[m]), int(match[d])), year
            except ValueError:
                return None, year
    return None, int(match["y3"])


def read_locality(text: str, pos: int, endpos: int, tables: Tables, pats: Patterns) -> tuple[int, str | None]:
    """Read "tỉnh Nghệ An" / "Đà Nẵng" after a local body; return the end and the place name."""
    unit = pats.locality_unit.match(text, pos, endpos)
    cursor = unit.end() if unit else pos
    first: int | None = None
    last = pos
    words = 0
    while words < tables.locality_max_words:
        word = pats.place_word.match(text, cursor, endpos)
        if word is None or not word["w"][0].isupper():
            break
        if first is None:
            first = word.start("w")
        last = cursor = word.end()
        words += 1
    if first is None:
        return (unit.end() if unit else pos), None
    name = text[first:last]
    alias = tables.locality_aliases.get(name.replace(" ", "").replace(".", ""))
    return last, alias or name


def read_issuer(
    text: str, pos: int, endpos: int, tables: Tables, pats: Patterns, display: str
) -> tuple[int, IssuerPhrase, str, str | None] | None:
    """Read a "của <issuer>" clause at ``pos``: end, phrase, text as written, locality."""
    match = pats.issuer.match(text, pos, endpos)
    if match is None:
        return None
    phrase = _phrase_index().get(" ".join(match["phrase"].lower().split()))
    if phrase is None:
        return None
    after = text[match.end() : match.end() + 12].lower()
    if any(re.match(r" +" + re.escape(w.lower()) + r"(?!\w)", after) for w in phrase.not_followed_by):
        return None
    end, locality = match.end(), None
    if phrase.has_locality:
        end, locality = read_locality(text, match.end(), endpos, tables, pats)
    return end, phrase, display[match.start("phrase") : end], locality


def read_tail(text: str, pos: int, endpos: int, tables: Tables, pats: Patterns, display: str) -> Tail:
    """Read the date, issuer and term clauses after ``pos`` (in any order, each once)."""
    endpos = min(endpos, pos + tables.tail_window, len(text))
    tail = Tail(end=pos)
    progress = True
    while progress:
        progress = False
        if tail.date is None and tail.year is None:
            match = pats.date.match(text, tail.end, endpos)
            if match:
                tail.date, tail.year = _read_date(match)
                tail.date_text = display[match.start() : match.end()].strip(" ,")
                tail.end, progress = match.end(), True
        if tail.issuer is None:
            issuer = read_issuer(text, tail.end, endpos, tables, pats, display)
            if issuer:
                tail.end, tail.issuer, tail.issuer_text, tail.locality = issuer
                tail.locality_slug = locality_slug(tail.locality) if tail.locality else None
                progress = True
        if tail.term is None:
            match = pats.term.match(text, tail.end, endpos)
            if match:
                value = match["r1"] or match["r2"]
                tail.term = to_roman(int(value)) if value.isdigit() else value
                tail.end, progress = match.end(), True
    return tail


def find_pinpoint(text: str, start: int, display: str, pats: Patterns) -> str | None:
    """An article pointer right before a mention ("khoản 2 Điều 15"), as written."""
    lo = max(0, start - 40)
    match = pats.pinpoint.search(text, lo, start)
    if match is None:
        return None
    return display[match.start("pin") : match.end("pin")]
