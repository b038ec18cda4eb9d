"""Short mentions and back-references: "Chỉ thị 05", "Nghị quyết 57", "Chỉ thị này".

A type word and a bare number (SPEC §3.7) points to the closest earlier full
mention of the same type and number in the text; failing that, to a later one
(news headlines cite "Nghị quyết 57" before the body gives 57-NQ/TW); failing
that, to the gazetteer of famous short forms when its conditions hold; otherwise
it stays ``partial:TYPE:NN``. A year written with the mention must agree with
the full one's ("Nghị quyết 30 năm 2019" is not 30/NQ-CP of 2021), unless it is
later than the document: "hội nghị sơ kết theo Nghị quyết 77 năm 2017" dates the
review, not the 2014 resolution, and the year is then left out of the span.

The number may carry its year after a slash ("Nghị định 42/2010", "Thông tư liên
tịch số 01/2015") or an old issuer code ("Nghị định số 64/CP"). Unresolved, such a
mention is a full id when the issuer is known: the type's own issuer (a Nghị
định is the Government's, ``state:ND:42/2010:CP``), the code after the slash, or
a "của ..." phrase ("Quyết định số 4168/2006 của UBND thành phố Hà Nội" ->
``state:QD:4168:UBND~HA-NOI@2006``). Without the year a number repeats every year
(or term): "Quyết định 07 của UBND TP" stays partial, and "Chỉ thị số 05 của Bộ
Chính trị" becomes ``party:CT:05:TW@XII`` only through the gazetteer (:mod:`._article`). "Luật số 34", "Luật Giáo dục đại học sửa
đổi số 34" point to a law numbered 34 in the text.

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
from bantin.extract.docref._forms import is_party_issuer, locality_slug, number_value, pad_number
from bantin.extract.docref._model import DocumentReference
from bantin.extract.docref._patterns import Patterns
from bantin.extract.docref._tails import Tail, TypeAnchor, find_type_words, read_tail

_LEGAL_BASIS = "căn cứ"
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_NEXT_WORDS = re.compile(r" +([^\W\d_]+(?: [^\W\d_]+)?)")
_YEAR_AFTER = re.compile(r" +(?:19|20)\d\d(?!\d)")
_LONGEST_TYPE_WORD = 40
_LAW_SLUGS = ("LUAT", "BOLUAT")
# Issuers whose code needs the term ("QH13"): a "của Quốc hội" phrase alone cannot complete an id.
_TERMED_ISSUERS = frozenset({"QH", "UBTVQH"})


@dataclass(frozen=True, slots=True)
class ShortMention:
    """A type word with a number or a demonstrative, not yet resolved."""

    start: int
    end: int
    word: TypeWord
    number: str | None
    tail: Tail | None
    slash_year: int | None = None
    """The year written after the number ("Nghị định 42/2010")."""
    slash_issuer: str | None = None
    """An issuer code written after the number ("Nghị định số 64/CP")."""
    number_end: int | None = None
    """Where the number (with its slash part) ends: the span stops there when the tail's year is another's."""


def find_short_mentions(
    text: str, display: str, anchors: list[TypeAnchor], limits: list[int], tables: Tables, pats: Patterns
) -> list[ShortMention]:
    """Short mentions at the free type words; ``limits[i]`` bounds the tail of anchor ``i``."""
    found = []
    for anchor, limit in zip(anchors, limits, strict=True):
        if anchor.word.is_short:
            match = pats.short.match(text, anchor.start)
        elif anchor.word.slugs[0] in _LAW_SLUGS and not anchor.is_abbreviation:
            match = pats.law_short.match(text, anchor.start)
        else:
            match = None
        if match is None or _YEAR_LIKE.fullmatch(match["n"]) or _counts_something(text, match.end(), tables):
            continue
        if anchor.word.needs_so and not match["so"]:
            continue
        tail = read_tail(text, match.end(), limit, tables, pats, display)
        bare = tail.issuer is None and tail.date is None and tail.year is None
        lower = match["tw"][0].islower() and not match["so"]
        if lower and bare and len(match["n"]) < tables.short_lowercase_min_digits and not match["y"]:
            continue  # "Quốc hội cần quyết định 2 kế hoạch": a verb, not a document
        end = max(match.end(), tail.end)
        found.append(
            ShortMention(
                anchor.start,
                end,
                anchor.word,
                pad_number(match["n"]),
                tail,
                slash_year=int(match["y"]) if match["y"] else None,
                slash_issuer=match["iss"] or None,
                number_end=match.end(),
            )
        )
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
                if match is None or match.start("dem") != at + 1 or not anchor.word.anaphoric:
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


def _antecedent(
    mention: ShortMention, refs: list[DocumentReference], text: str
) -> tuple[DocumentReference | None, bool]:
    """The full mention a short one points to, and whether the short one's year is not the document's."""
    slugs = set(mention.word.slugs)
    if mention.number is None:
        earlier = [r for r in refs if r.start < mention.start and r.doc_type in slugs]
        earlier = [r for r in earlier if not _is_legal_basis(text, r)]
        # A law cited in passing by its name ("theo Luật Đất đai") is not what "Luật này" means
        # when a numbered one stands before it.
        numbered = [r for r in earlier if r.number]
        earlier = numbered or earlier
        return (earlier[-1] if earlier else None), False
    key = number_value(mention.number)
    same = [
        r
        for r in refs
        if r.doc_type in slugs and r.number and r.number[0].isdigit() and number_value(r.number) == key
    ]
    if mention.slash_year is not None:
        # "Nghị định 42/2010" is the 42/2010/NĐ-CP, not a 42/2011/NĐ-CP.
        same = [r for r in same if _year_of(r) in (None, mention.slash_year)]
    year = (
        mention.tail.date.year
        if mention.tail and mention.tail.date
        else (mention.tail.year if mention.tail else None)
    )
    other_year = False
    if year is not None:
        agreeing = [r for r in same if _year_of(r) in (None, year)]
        if not agreeing:
            # "Nghị quyết 30 năm 2019" is not the 30/NQ-CP of 2021; but "(hội nghị sơ kết) theo Nghị
            # quyết 77 năm 2017" after 77/NQ-CP of 2014 dates something later than the document.
            agreeing = [r for r in same if (_year_of(r) or year) < year]
            other_year = bool(agreeing)
        same = agreeing
    earlier = [r for r in same if r.start < mention.start]
    if earlier:
        return earlier[-1], other_year
    later = [r for r in same if r.start > mention.start]
    return (later[0] if later else None), other_year


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
    """References for the short mentions that resolve, or stay partial.

    The ones with a year or issuer after the slash ("Nghị định số 39/2021") go first: when
    they resolve, a later bare "Nghị định 39" points to them.
    """
    first = [m for m in mentions if m.slash_year is not None or m.slash_issuer is not None]
    found = _resolve(first, refs, display, text, tables, context)
    pool = sorted([*refs, *(r for r in found if r.kind != "partial")], key=lambda r: r.start)
    rest = [m for m in mentions if m.slash_year is None and m.slash_issuer is None]
    return found + _resolve(rest, pool, display, text, tables, context)


def _resolve(
    mentions: list[ShortMention],
    refs: list[DocumentReference],
    display: str,
    text: str,
    tables: Tables,
    context: ExtractContext | None,
) -> list[DocumentReference]:
    resolved = []
    for mention in mentions:
        antecedent, other_year = _antecedent(mention, refs, text)
        end = mention.number_end if other_year and mention.number_end else mention.end
        span_text = display[mention.start : end]
        if antecedent is not None:
            where = "earlier" if antecedent.start < mention.start else "later"
            evidence = f"refers to the {where} mention '{antecedent.text}' at {antecedent.start}"
            if other_year:
                evidence += "; the year after it is later than the document's: it dates something else"
            resolved.append(
                dataclasses.replace(
                    antecedent,
                    start=mention.start,
                    end=end,
                    text=span_text,
                    method="coreference",
                    pinpoint=None,
                    title_hint=None,
                    evidence=evidence,
                    is_anaphor=mention.number is None,
                )
            )
            continue
        if mention.number is None:
            continue
        resolved.append(_unresolved(mention, display, text, tables, context))
    return resolved


def _issuer_of(mention: ShortMention, tables: Tables) -> tuple[str | None, str]:
    """The issuer code of an unresolved short mention, and how it is known."""
    if mention.slash_issuer:
        return mention.slash_issuer, f"issuer '{mention.slash_issuer}' after the number"
    slug = mention.word.slugs[0]
    if slug in tables.short_issuers:
        # "Nghị định 91/2020 của Thủ tướng Chính phủ": a Nghị định is the Government's, whoever signs it.
        return tables.short_issuers[slug], f"a {mention.word.word} is issued by {tables.short_issuers[slug]}"
    tail = mention.tail
    code = tail.issuer.code if tail is not None and tail.issuer is not None else None
    if code and code not in _TERMED_ISSUERS:
        return code, f"issuer named by 'của {tail.issuer_text}'" if tail else ""
    return None, ""


def _full_draft(mention: ShortMention, tables: Tables) -> Draft | None:
    """The draft of a short mention whose issuer is known, or None when it must stay partial.

    A type that prints the year in its symbol needs it written ("Nghị định 42/2010");
    an old symbol without a year ("Nghị định số 64/CP") is complete as it is.
    """
    if mention.slash_year is None and mention.slash_issuer is None:
        return None  # "Quyết định 07 của UBND TP": the number alone repeats every year, it stays partial
    code, how = _issuer_of(mention, tables)
    if code is None:
        return None
    slug = mention.word.slugs[0]
    in_symbol = slug in tables.year_in_symbol_types
    if in_symbol and mention.slash_year is None and not mention.slash_issuer:
        return None
    system = "party" if is_party_issuer(code, tables) else "state"
    draft = Draft(mention.start, mention.end, system, "short", issuers=(code,))
    draft.evidence.append(how)
    if in_symbol:
        draft.year = mention.slash_year
    elif mention.slash_year is not None:
        draft.date_year = mention.slash_year
    return draft


def _unresolved(
    mention: ShortMention, display: str, text: str, tables: Tables, context: ExtractContext | None
) -> DocumentReference:
    doc_id, candidates, why = _gazetteer_reading(mention, tables, context, text)
    tail = mention.tail
    full = None if doc_id is not None else _full_draft(mention, tables)
    if doc_id is not None:
        system = doc_id.split(":", 1)[0]
        draft = Draft(mention.start, mention.end, system, "gazetteer", fixed_ids=(doc_id,))
        draft.term = doc_id.rpartition("@")[2] if "@" in doc_id and system == "party" else None
    elif full is not None:
        draft = full
    else:
        draft = Draft(mention.start, mention.end, "partial", "short", candidates=candidates)
    draft.doc_type, draft.number, draft.type_name = mention.word.slugs[0], mention.number, mention.word.word
    if tail is not None:
        draft.date = tail.date
        draft.date_year = draft.date_year or tail.year
        draft.issuer_name, draft.locality = tail.issuer_text, tail.locality
        draft.locality_slug = locality_slug(tail.locality) if tail.locality else None
        if full is None:
            draft.issuers = (tail.issuer.code,) if tail.issuer and tail.issuer.code else ()
        draft.term = draft.term or tail.term
    if full is None:
        draft.evidence.append(why or "type word and number only, no full mention in the text")
    return finalize(draft, display, tables)
