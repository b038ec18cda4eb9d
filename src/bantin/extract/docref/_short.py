"""Short mentions and back-references: "Chỉ thị 05", "Nghị quyết 57", "Chỉ thị này".

A type word and a bare number (SPEC §3.7) points to the closest earlier full
mention of the same type and number in the text; failing that, to a later one
(news headlines cite "Nghị quyết 57" before the body gives 57-NQ/TW); failing
that, to the gazetteer of famous short forms when its conditions hold; otherwise
it stays ``partial:TYPE:NN``.

A type word with a demonstrative ("Chỉ thị này", "Nghị định nói trên") points to
the closest earlier full mention of that type, and yields nothing without one:
"Thông tư này có hiệu lực..." in a circular speaks of itself. Documents cited as
legal bases ("Căn cứ Luật ...") are never what "này" points to.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bantin.extract.context import ExtractContext
from bantin.extract.docref._build import Draft, finalize
from bantin.extract.docref._data import Tables, TypeWord
from bantin.extract.docref._forms import number_value, pad_number
from bantin.extract.docref._model import DocumentReference
from bantin.extract.docref._patterns import Patterns
from bantin.extract.docref._tails import Tail, TypeAnchor, find_type_words, read_tail

_LEGAL_BASIS = "căn cứ"
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_NEXT_WORDS = re.compile(r" +([^\W\d_]+(?: [^\W\d_]+)?)")
_YEAR_AFTER = re.compile(r" +(?:19|20)\d\d(?!\d)")
_LONGEST_TYPE_WORD = 40


@dataclass(frozen=True, slots=True)
class ShortMention:
    """A type word with a number or a demonstrative, not yet resolved."""

    start: int
    end: int
    word: TypeWord
    number: str | None
    tail: Tail | None


def find_short_mentions(
    text: str, display: str, anchors: list[TypeAnchor], limits: list[int], tables: Tables, pats: Patterns
) -> list[ShortMention]:
    """Short mentions at the free type words; ``limits[i]`` bounds the tail of anchor ``i``."""
    found = []
    for anchor, limit in zip(anchors, limits, strict=True):
        match = pats.short.match(text, anchor.start) if anchor.word.is_short else None
        if match is None or _YEAR_LIKE.fullmatch(match["n"]) or _counts_something(text, match.end(), tables):
            continue
        tail = read_tail(text, match.end(), limit, tables, pats, display)
        bare = tail.issuer is None and tail.date is None and tail.year is None
        lower = match["tw"][0].islower() and not match["so"]
        if lower and bare and len(match["n"]) < tables.short_lowercase_min_digits:
            continue  # "Quốc hội cần quyết định 2 kế hoạch": a verb, not a document
        end = max(match.end(), tail.end)
        found.append(ShortMention(anchor.start, end, anchor.word, pad_number(match["n"]), tail))
    return found


def _counts_something(text: str, position: int, tables: Tables) -> bool:
    """Whether the number before ``position`` counts things ("kế hoạch 5 năm"), so is no document number."""
    following = _NEXT_WORDS.match(text, position)
    if following is None:
        return False
    words = following.group(1).lower()
    for stop in tables.short_not_followed_by:
        if words == stop or words.startswith(stop + " "):
            # "Nghị quyết 57 năm 2024": "năm" with a year after it dates the document.
            return not (stop == "năm" and _YEAR_AFTER.match(text, following.end(1)))
    return False


def find_demonstratives(
    text: str, taken: list[tuple[int, int]], tables: Tables, pats: Patterns
) -> list[ShortMention]:
    """Type words with a demonstrative ("Chỉ thị này"), outside the ``taken`` spans.

    Looked for only in texts that cite a document: they point back to one.
    """
    found = []
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    for demonstrative in tables.demonstratives:
        needle = " " + demonstrative
        at = lowered.find(needle)
        while at >= 0:
            for anchor in find_type_words(text, [(max(0, at - _LONGEST_TYPE_WORD), at)], tables, pats):
                match = pats.demonstrative.match(text, anchor.start)
                if match is None or match.start("dem") != at + 1:
                    continue
                if not any(anchor.start < end and start < match.end() for start, end in taken):
                    found.append(ShortMention(anchor.start, match.end(), anchor.word, None, None))
            at = lowered.find(needle, at + len(needle))
    found.sort(key=lambda m: m.start)
    return found


def _is_legal_basis(text: str, ref: DocumentReference) -> bool:
    line_start = text.rfind("\n", 0, ref.start) + 1
    return text[line_start : ref.start].lstrip().lower().startswith(_LEGAL_BASIS)


def _year_of(ref: DocumentReference) -> int | None:
    if ref.year is not None:
        return ref.year
    return ref.date.year if ref.date else None


def _antecedent(mention: ShortMention, refs: list[DocumentReference], text: str) -> DocumentReference | None:
    slugs = set(mention.word.slugs)
    if mention.number is None:
        earlier = [r for r in refs if r.start < mention.start and r.doc_type in slugs]
        earlier = [r for r in earlier if not _is_legal_basis(text, r)]
        return earlier[-1] if earlier else None
    key = number_value(mention.number)
    same = [
        r
        for r in refs
        if r.doc_type in slugs and r.number and r.number[0].isdigit() and number_value(r.number) == key
    ]
    year = (
        mention.tail.date.year
        if mention.tail and mention.tail.date
        else (mention.tail.year if mention.tail else None)
    )
    if year is not None:
        # "Nghị quyết 77 năm 2017" is not the 77/NQ-CP of 2014 mentioned before.
        same = [r for r in same if _year_of(r) in (None, year)]
    earlier = [r for r in same if r.start < mention.start]
    if earlier:
        return earlier[-1]
    later = [r for r in same if r.start > mention.start]
    return later[0] if later else None


def _gazetteer_reading(
    mention: ShortMention, tables: Tables, context: ExtractContext | None, text: str
) -> tuple[str | None, tuple[str, ...], str]:
    """The gazetteer's id (when its conditions hold) or candidates for a short form."""
    if mention.number is None:
        return None, (), ""
    form = tables.short_forms.get((mention.word.slugs[0], number_value(mention.number)[0]))
    if form is None:
        return None, (), ""
    if form.doc_id is not None:
        published = context.published if context else None
        if published and form.published_years:
            low, high = form.published_years
            if low <= published.year <= high:
                return form.doc_id, (), f"famous short form, article dated {published.year}"
        lowered = text.lower()
        for keyword in form.keywords:
            if keyword in lowered:
                return form.doc_id, (), f"famous short form, the article speaks of '{keyword}'"
    return None, form.candidates, "ambiguous short form" if form.candidates else ""


def resolve_short_mentions(
    mentions: list[ShortMention],
    refs: list[DocumentReference],
    display: str,
    text: str,
    tables: Tables,
    context: ExtractContext | None,
) -> list[DocumentReference]:
    """References for the short mentions that resolve, or stay partial."""
    resolved = []
    for mention in mentions:
        antecedent = _antecedent(mention, refs, text)
        span_text = display[mention.start : mention.end]
        if antecedent is not None:
            where = "earlier" if antecedent.start < mention.start else "later"
            resolved.append(
                dataclasses.replace(
                    antecedent,
                    start=mention.start,
                    end=mention.end,
                    text=span_text,
                    method="coreference",
                    pinpoint=None,
                    title_hint=None,
                    evidence=f"refers to the {where} mention '{antecedent.text}' at {antecedent.start}",
                )
            )
            continue
        if mention.number is None:
            continue
        resolved.append(_unresolved(mention, display, text, tables, context))
    return resolved


def _unresolved(
    mention: ShortMention, display: str, text: str, tables: Tables, context: ExtractContext | None
) -> DocumentReference:
    doc_id, candidates, why = _gazetteer_reading(mention, tables, context, text)
    tail = mention.tail
    if doc_id is not None:
        system = doc_id.split(":", 1)[0]
        draft = Draft(mention.start, mention.end, system, "gazetteer", fixed_ids=(doc_id,))
        draft.term = doc_id.rpartition("@")[2] if "@" in doc_id and system == "party" else None
    else:
        draft = Draft(mention.start, mention.end, "partial", "short", candidates=candidates)
    draft.doc_type, draft.number, draft.type_name = mention.word.slugs[0], mention.number, mention.word.word
    if tail is not None:
        draft.date, draft.date_year = tail.date, tail.year
        draft.issuer_name, draft.locality = tail.issuer_text, tail.locality
        draft.issuers = (tail.issuer.code,) if tail.issuer and tail.issuer.code else ()
        draft.term = draft.term or tail.term
    draft.evidence.append(why or "type word and number only, no full mention in the text")
    return finalize(draft, display, tables)
