"""A symbol with what stands around it, as one or more drafts.

The span of a symbol mention runs from its type word (when one introduces it) to
the end of its tail; a list sharing one suffix ("Chỉ thị 11, 26-CT/TU") gives one
draft per number, all sharing the tail.
"""

from __future__ import annotations

import dataclasses

from bantin.extract.docref._build import Draft
from bantin.extract.docref._data import IssuerPhrase, Tables
from bantin.extract.docref._forms import locality_slug
from bantin.extract.docref._patterns import Patterns
from bantin.extract.docref._symbols import SymbolHit
from bantin.extract.docref._tails import Tail, TypeAnchor, find_lead, find_pinpoint, read_issuer, read_tail


def _type_of(
    hit: SymbolHit, lead: TypeAnchor | None, tables: Tables
) -> tuple[str, str | None, str | None, bool]:
    """Slug, official code and name of the type; and whether the type word agrees with the symbol."""
    if hit.is_qh:
        # "103/2016/QH13" has no type code: the word before it says law, code, ordinance...
        if lead is not None and lead.word.qh_slug is not None:
            return lead.word.qh_slug, None, lead.word.word, True
        return tables.qh_document_slug, None, None, False
    if hit.type_code is None:
        return tables.qh_document_slug, None, None, False
    slug, code = hit.type_code.slug, hit.type_code.code or None
    if lead is not None and slug in lead.word.slugs:
        return slug, code, lead.word.word, True
    return slug, code, hit.type_code.name or None, False


def _issuer_between(
    text: str, display: str, lead: TypeAnchor, hit: SymbolHit, tables: Tables, pats: Patterns
) -> tuple[IssuerPhrase, str, str | None] | None:
    """An issuer written between the type word and the number ("Quyết định của Bộ Chính trị số31-...")."""
    between = pats.issuer.search(text, lead.end, hit.start)
    if between is None:
        return None
    found = read_issuer(text, between.start(), hit.start, tables, pats, display)
    if found is None:
        return None
    _, phrase, phrase_text, locality = found
    return phrase, phrase_text, locality


def _title_hint(text: str, end: int, display: str, pats: Patterns) -> str | None:
    """A quoted title right after the mention; kept apart, never part of the id or span."""
    match = pats.title.match(text, end, min(len(text), end + 220))
    if match is None:
        return None
    group = "t1" if match["t1"] is not None else "t2"
    return display[match.start(group) : match.end(group)]


def _evidence(hit: SymbolHit, tail: Tail, issuer_text: str | None) -> list[str]:
    notes = [f"{hit.system} symbol {hit.symbol}"]
    if issuer_text:
        notes.append(f"issuer named by 'của {issuer_text}'")
    if tail.term:
        notes.append(f"term {tail.term} from 'khóa {tail.term}'")
    return notes


def symbol_drafts(
    hit: SymbolHit,
    text: str,
    display: str,
    floor: int,
    limit: int,
    anchors: list[TypeAnchor],
    tables: Tables,
    pats: Patterns,
) -> list[Draft]:
    """The drafts of one symbol (one per number of a list), with type word and tail read.

    ``floor`` is where the previous mention ended (the type word cannot stand
    before it); ``limit`` where the next symbol starts (the tail cannot run past it).
    """
    lead = find_lead(text, hit.start, floor, anchors, tables, pats)
    slug, type_code, type_name, agrees = _type_of(hit, lead, tables)
    if not agrees:
        lead = None
    tail = read_tail(text, hit.end, limit, tables, pats, display)
    issuer, issuer_text, locality = tail.issuer, tail.issuer_text, tail.locality
    if issuer is None and lead is not None:
        found = _issuer_between(text, display, lead, hit, tables, pats)
        if found is not None:
            issuer, issuer_text, locality = found
    evidence = _evidence(hit, tail, issuer_text)
    principal = hit.issuers[0].upper() if hit.issuers else ""
    if issuer is not None and locality and (issuer.code or "").upper() != principal:
        evidence.append(f"'{issuer_text}' is not the issuer {principal}: its place is not used")
        locality = None
    start = lead.start if lead else hit.start
    end = max(hit.end, tail.end)
    shared = Draft(
        start=start,
        end=end,
        system=hit.system,
        method="symbol",
        doc_type=slug,
        type_code=type_code,
        type_name=type_name,
        year=hit.year,
        issuers=hit.issuers,
        unit=hit.unit,
        issuer_name=issuer_text,
        locality=locality,
        locality_slug=locality_slug(locality) if locality else None,
        term=tail.term,
        date=tail.date,
        date_year=tail.year if tail.date is None else None,
        flags=list(hit.flags),
        repairs=list(hit.repairs),
        has_lead=lead is not None,
        pinpoint=find_pinpoint(text, start, display, pats),
        title_hint=_title_hint(text, end, display, pats),
        evidence=evidence,
        has_tail=tail.end > hit.end or issuer is not None,
    )
    return _per_number(shared, hit)


def _per_number(shared: Draft, hit: SymbolHit) -> list[Draft]:
    """One draft per number of the symbol: the first from the type word, the last to the tail's end."""
    symbols = hit.symbol.split(", ")
    last = len(hit.items) - 1
    drafts = []
    for index, item in enumerate(hit.items):
        drafts.append(
            dataclasses.replace(
                shared,
                start=shared.start if index == 0 else item.start,
                end=shared.end if index == last else item.end,
                number=item.number,
                symbol=symbols[index] if index < len(symbols) else hit.symbol,
                flags=list(shared.flags),
                repairs=list(shared.repairs),
                evidence=list(shared.evidence),
            )
        )
    return drafts


def propagate_list_tails(drafts: list[Draft], text: str, pats: Patterns) -> None:
    """Give the closing issuer and term of a list to the items before it (SPEC §3.9).

    "Nghị quyết số 57-NQ/TW, Nghị quyết số 59-NQ/TW ... và Nghị quyết số 68-NQ/TW
    của Bộ Chính trị": an item with no tail of its own, followed only by a list
    separator and an item of the same system and issuer, takes that item's issuer
    and term. Dates are not shared: each document has its own.
    """
    for index in range(len(drafts) - 2, -1, -1):
        item, following = drafts[index], drafts[index + 1]
        if item.has_tail or item.issuer_name is not None or not following.issuer_name and not following.term:
            continue
        if item.system != following.system or item.issuers[:1] != following.issuers[:1]:
            continue
        if pats.list_gap.fullmatch(text, item.end, following.start) is None:
            continue
        item.issuer_name, item.locality, item.locality_slug = (
            following.issuer_name,
            following.locality,
            following.locality_slug,
        )
        item.term = item.term or following.term
        item.evidence.append("issuer from the phrase closing the list")
