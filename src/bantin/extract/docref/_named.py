"""Documents cited without a symbol: congress and plenum resolutions, the Constitution, nicknames.

- "Nghị quyết Đại hội XIII (của Đảng)" -> ``party:NQDH:XIII``.
- "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành
  Trung ương Đảng khóa XII" -> the plenum gazetteer (``party:NQ:04:TW@XII``); a plenum
  that issued several resolutions gives all of them as candidates, a plenum the
  gazetteer does not know gives ``party:NQTW:05@XII`` (type + "TW", plenum number, term).
- "Hiến pháp năm 2013" -> ``state:HP:2013``; "Hiến pháp nước Cộng hòa xã hội chủ nghĩa
  Việt Nam" without a year -> the Constitution in force at the article's date.
- Nicknames of the gazetteer ("Luật Báo chí năm 2016", "Đề án 06").

Laws cited by name ("Luật Đất đai năm 2013") are read in :mod:`._laws`.

Each is tried at a type word found in the text, never by scanning the text again.
"""

from __future__ import annotations

import re

from bantin.extract.context import ExtractContext
from bantin.extract.docref._build import Draft
from bantin.extract.docref._data import Tables
from bantin.extract.docref._patterns import Patterns
from bantin.extract.docref._tails import TypeAnchor
from bantin.extract.docref._terms import constitution_in_force
from bantin.text import folded_form

_NICKNAME_WINDOW = 90


def _draft_for_ids(start: int, end: int, ids: tuple[str, ...], method: str) -> Draft:
    """A draft whose id is known: its fields read back from the id when there is one."""
    system, slug, number, rest = (ids[0].split(":") + ["", "", ""])[:4]
    kind = "partial" if system == "partial" else system
    draft = Draft(start, end, system, method, kind=kind, fixed_ids=ids)  # type: ignore[arg-type]
    issuer, _, qualifier = rest.partition("@")
    draft.doc_type = slug or None
    if len(ids) == 1:
        number_part, _, year = number.partition("/")
        draft.number = number_part or None
        draft.year = int(year) if year.isdigit() else None
        draft.issuers = (issuer,) if issuer else ()
        draft.term = qualifier if qualifier and not qualifier.isdigit() else None
    return draft


def congress_draft(text: str, anchor: TypeAnchor, tables: Tables, pats: Patterns) -> Draft | None:
    """A congress resolution cited by the congress ordinal."""
    match = pats.congress.match(text, anchor.start)
    if match is None:
        return None
    after = text[match.end() : match.end() + 30]
    stripped = after.lstrip(" ")
    if stripped != after and stripped.startswith(tables.congress_not_followed_by):
        return None  # a local or mass-organisation congress ("Đại hội XIII Đảng bộ khối ...")
    roman = match["r"]
    draft = _draft_for_ids(anchor.start, match.end(), (f"party:NQDH:{roman}",), "named")
    draft.kind = "named-resolution"
    draft.type_name, draft.number, draft.term = "Nghị quyết", roman, roman
    draft.evidence.append(f"resolution of the national Party congress {roman}")
    return draft


def _ordinal(match: re.Match[str], tables: Tables) -> int | None:
    for group in ("n", "w", "w2"):
        value = match[group]
        if value is None:
            continue
        if value.isdigit():
            return int(value)
        found = tables.ordinal_words.get(" ".join(value.lower().split()))
        if found is not None:
            return found
    return None


def plenum_draft(text: str, anchor: TypeAnchor, tables: Tables, pats: Patterns) -> Draft | None:
    """A resolution or conclusion of a central plenum, cited by plenum and term."""
    match = pats.plenum.match(text, anchor.start)
    if match is None:
        return None
    plenum = _ordinal(match, tables)
    if plenum is None:
        return None
    slug = "KL" if folded_form(match["kind"]).startswith(("ket", "kl")) else "NQ"
    term = match["r1"] or match["r2"]
    ids = tables.plenums.get((slug, plenum, term))
    name = "Kết luận" if slug == "KL" else "Nghị quyết"
    if ids:
        draft = _draft_for_ids(anchor.start, match.end(), ids, "named")
        draft.evidence.append(f"plenum {plenum} of term {term} in the gazetteer")
    else:
        draft = _draft_for_ids(anchor.start, match.end(), (f"party:{slug}TW:{plenum:02d}@{term}",), "named")
        draft.number = f"{plenum:02d}"
        draft.evidence.append(f"plenum {plenum} of term {term} is not in the gazetteer: id names the plenum")
    draft.kind, draft.type_name, draft.term = "named-resolution", name, term
    return draft


def constitution_draft(
    text: str, anchor: TypeAnchor, tables: Tables, pats: Patterns, context: ExtractContext | None
) -> Draft | None:
    """The Constitution, cited by year or, in a statute's preamble, by name alone."""
    match = pats.constitution.match(text, anchor.start)
    if match is None:
        return None
    years = {year for year, _ in tables.constitutions}
    year: int | None = None
    if match["y"] is not None and int(match["y"]) in years:
        year = int(match["y"])
        draft = _draft_for_ids(anchor.start, match.end(), (f"state:HP:{year}",), "named")
        draft.evidence.append(f"Constitution of {year}")
    elif match["country"] is not None:
        end = match.end("country")
        on = context.published if context else None
        in_force = constitution_in_force(on, tables) if on else None
        if on is None or in_force is None:
            draft = _draft_for_ids(anchor.start, end, ("partial:HP",), "named")
            draft.evidence.append("Constitution named without a year, and no article date")
        else:
            year = in_force
            draft = _draft_for_ids(anchor.start, end, (f"state:HP:{in_force}",), "named")
            draft.evidence.append(f"the Constitution in force on the article's date {on.isoformat()}")
    else:
        return None
    draft.type_name, draft.doc_type, draft.number, draft.year = "Hiến pháp", "HP", None, year
    return draft


def nickname_draft(display: str, anchor: TypeAnchor, tables: Tables, pats: Patterns) -> Draft | None:
    """A document of the gazetteer cited by its popular name ("Luật Báo chí năm 2016")."""
    window = folded_form(display[anchor.start : anchor.start + _NICKNAME_WINDOW])
    match = pats.named_document.match(window)
    if match is None:
        return None
    doc_id = tables.named_documents[" ".join(match.group().split())]
    draft = _draft_for_ids(anchor.start, anchor.start + match.end(), (doc_id,), "gazetteer")
    draft.type_name = anchor.word.word
    draft.evidence.append(f"'{match.group()}' is a name in the gazetteer")
    return draft
