"""From what was read around a mention to its canonical identifier (SPEC §4).

::

    id = system ":" type ":" number ["/" year] ":" issuer ["~" locality] ["@" qual] ["!" flag]

The qualifier differs by level: central Party bodies (issuer ending in "TW")
number per term, so they carry the term ("@XII") when a date or "khóa" gives it;
local Party bodies, mass organisations and State documents without a year in
their symbol number per year, so they carry the issue year ("@2018") when a
date gives it. Nothing is guessed from the article's own date: a 2021 article
citing 05-CT/TW (2016) would otherwise get the wrong term.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bantin.extract.docref._data import Tables
from bantin.extract.docref._forms import id_code
from bantin.extract.docref._model import DocKind, DocumentReference, Method
from bantin.extract.docref._terms import terms_for_date, terms_for_year


@dataclass(slots=True)
class Draft:
    """Everything known about one mention before its id is built."""

    start: int
    end: int
    system: str
    method: Method
    kind: DocKind | None = None
    doc_type: str | None = None
    type_code: str | None = None
    type_name: str | None = None
    number: str | None = None
    year: int | None = None
    issuers: tuple[str, ...] = ()
    unit: str | None = None
    issuer_name: str | None = None
    locality: str | None = None
    locality_slug: str | None = None
    term: str | None = None
    date: dt.date | None = None
    date_year: int | None = None
    symbol: str | None = None
    flags: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    has_lead: bool = False
    pinpoint: str | None = None
    title_hint: str | None = None
    fixed_ids: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    evidence: list[str] = field(default_factory=list)
    has_tail: bool = False
    """Whether a date, issuer or term was read for this mention itself."""


def _qualifiers(draft: Draft, tables: Tables) -> tuple[list[str], str | None]:
    """The "@..." qualifiers of a draft (several when the date falls in a congress), and its term."""
    principal = draft.issuers[0].upper() if draft.issuers else ""
    if draft.system == "party" and principal.endswith(tables.central_suffix):
        if draft.term:
            return [draft.term], draft.term
        if draft.date:
            terms = terms_for_date(draft.date, tables)
            if terms:
                how = "a congress sat on that day" if len(terms) > 1 else "in that term"
                draft.evidence.append(
                    f"term {' or '.join(terms)} from the date {draft.date.isoformat()} ({how})"
                )
            return list(terms), terms[0] if len(terms) == 1 else None
        if draft.date_year:
            terms = terms_for_year(draft.date_year, tables)
            if terms:
                draft.evidence.append(f"term {terms[0]} from the year {draft.date_year}")
            return list(terms), terms[0] if terms else None
        draft.evidence.append("no date or 'khóa' in the mention: term unknown")
        return [], None
    if draft.year is None:
        year = draft.date.year if draft.date else draft.date_year
        if year is not None:
            draft.evidence.append(f"issue year {year} from the date")
            return [str(year)], draft.term
    return [], draft.term


def _issuer_part(draft: Draft, tables: Tables) -> str:
    part = "+".join(id_code(code) for code in draft.issuers)
    if draft.unit and draft.doc_type == "CV" and draft.system == "state":
        part += "-" + id_code(draft.unit)
    principal = draft.issuers[0].upper() if draft.issuers else ""
    if draft.locality_slug and principal in tables.locality_codes:
        part += "~" + draft.locality_slug
    return part


def _ids(draft: Draft, tables: Tables) -> list[str]:
    if draft.fixed_ids:
        return list(draft.fixed_ids)
    if draft.system == "partial":
        return [f"partial:{draft.doc_type}:{draft.number}"]
    number = draft.number or ""
    if draft.year is not None:
        number += f"/{draft.year}"
    base = f"{draft.system}:{draft.doc_type}:{number}:{_issuer_part(draft, tables)}"
    qualifiers, draft.term = _qualifiers(draft, tables)
    flag = "".join(f"!{f}" for f in draft.flags)
    if not qualifiers:
        return [base + flag]
    return [f"{base}@{q}{flag}" for q in qualifiers]


def _confidence(draft: Draft) -> str:
    if draft.system == "partial":
        return "E"
    if draft.method in ("named", "gazetteer"):
        return "D"
    if draft.repairs or draft.flags:
        return "C"
    return "A" if draft.has_lead else "B"


def finalize(draft: Draft, display: str, tables: Tables) -> DocumentReference:
    """Build the reference (and its canonical id) from a draft."""
    ids = _ids(draft, tables)
    candidates = tuple(ids) if len(ids) > 1 else draft.candidates
    kind: DocKind = draft.kind or draft.system  # type: ignore[assignment]
    evidence = [*draft.evidence, *draft.repairs]
    return DocumentReference(
        start=draft.start,
        end=draft.end,
        text=display[draft.start : draft.end],
        canonical_id=" | ".join(ids),
        kind=kind,
        method=draft.method,
        doc_type=draft.doc_type,
        type_code=draft.type_code,
        type_name=draft.type_name,
        number=draft.number,
        year=draft.year,
        issuer_code=draft.issuers[0] if len(draft.issuers) == 1 else ("+".join(draft.issuers) or None),
        issuer=draft.issuer_name,
        unit=draft.unit,
        locality=draft.locality,
        term=draft.term,
        date=draft.date,
        symbol=draft.symbol,
        candidates=candidates,
        flags=tuple(draft.flags),
        confidence=_confidence(draft),
        pinpoint=draft.pinpoint,
        title_hint=draft.title_hint,
        evidence="; ".join(evidence),
    )
