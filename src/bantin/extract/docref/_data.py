"""The language data of the extractor, read once from ``bantin/lang/vi/*.json``.

Three files hold every word, code and date the heuristics use:
``doc_types.json`` (type codes and type words), ``issuers.json`` (issuer codes and
"của ..." phrases) and ``document_gazetteer.json`` (named documents, plenums,
congress calendar). This module turns them into lookup tables; nothing else in
the package repeats their literals.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from bantin.text import folded_form


@dataclass(frozen=True, slots=True)
class TypeCode:
    """A type code as printed in symbols, with its id slug and Vietnamese name."""

    code: str
    slug: str
    name: str


@dataclass(frozen=True, slots=True)
class TypeWord:
    """A word written before a document symbol or number ("Nghị định")."""

    word: str
    slugs: tuple[str, ...]
    qh_slug: str | None
    takes_title: bool
    is_short: bool
    folded_forms: tuple[str, ...]
    needs_so: bool = False
    anaphoric: bool = True


@dataclass(frozen=True, slots=True)
class IssuerPhrase:
    """A phrase after "của" naming an issuer, and the code it stands for."""

    phrase: str
    code: str | None
    has_locality: bool
    not_followed_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Congress:
    """A national Party congress: the term it opens and the days it sat."""

    term: str
    opened: dt.date
    closed: dt.date


@dataclass(frozen=True, slots=True)
class ShortForm:
    """A famous document cited by type and number only, and when that reading holds."""

    slug: str
    number: str
    doc_id: str | None
    candidates: tuple[str, ...]
    published_years: tuple[int, int] | None
    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PartyDocument:
    """A central Party document of the gazetteer: its id (with term), issue day, body and title words."""

    doc_id: str
    key: str
    """The id without the term ("party:CT:05:TW"): the documents sharing it differ by term."""
    term: str
    date: dt.date
    body: str
    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tables:
    """Everything the extractor reads from the language data."""

    state_types: dict[str, TypeCode]
    normative_types: dict[str, TypeCode]
    party_types: dict[str, TypeCode]
    state_hyphen_types: dict[str, TypeCode]
    state_hyphen_issuers: tuple[str, ...]
    fold_exceptions: frozenset[str]
    qh_document_slug: str
    type_words: tuple[TypeWord, ...]
    type_abbreviations: dict[str, str]
    short_abbreviations: tuple[str, ...]
    short_lowercase_min_digits: int
    short_not_followed_by: tuple[str, ...]
    demonstratives: tuple[str, ...]
    lead_window: int
    lead_title_max: int
    lead_breaks: str
    tail_window: int
    year_in_symbol_types: frozenset[str]
    short_issuers: dict[str, str]
    short_slash_issuers: tuple[str, ...]
    party_codes: frozenset[str]
    party_suffixes: tuple[str, ...]
    party_prefixes: tuple[str, ...]
    central_suffix: str
    mass_org_markers: tuple[str, ...]
    issuer_repairs: dict[str, str]
    locality_codes: frozenset[str]
    issuer_phrases: tuple[IssuerPhrase, ...]
    locality_unit_words: tuple[str, ...]
    locality_aliases: dict[str, str]
    locality_max_words: int
    congresses: tuple[Congress, ...]
    congress_not_followed_by: tuple[str, ...]
    plenums: dict[tuple[str, int, str], tuple[str, ...]]
    ordinal_words: dict[str, int]
    constitutions: tuple[tuple[int, dt.date], ...]
    named_documents: dict[str, str]
    short_forms: dict[tuple[str, int], ShortForm]
    law_names: tuple[str, ...]
    ordinance_names: tuple[str, ...]
    law_name_abbreviations: dict[str, str]
    party_documents: dict[str, tuple[PartyDocument, ...]]
    """Central Party documents by the id without their term."""
    type_word_index: dict[str, TypeWord]
    """Folded spelling ("nghi dinh") -> type word."""


def _read(name: str) -> dict[str, Any]:
    text = (resources.files("bantin.lang.vi") / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _codes(entries: dict[str, dict[str, str]]) -> dict[str, TypeCode]:
    return {code: TypeCode(code, e["slug"], e["name"]) for code, e in entries.items()}


def _type_words(entries: list[dict[str, Any]]) -> tuple[TypeWord, ...]:
    words = []
    for e in entries:
        forms = (folded_form(e["word"]), *e.get("aliases", ()))
        words.append(
            TypeWord(
                word=e["word"],
                slugs=tuple(e["slugs"]),
                qh_slug=e.get("qh_slug"),
                takes_title=bool(e.get("title", False)),
                is_short=bool(e.get("short", False)),
                folded_forms=tuple(forms),
                needs_so=bool(e.get("needs_so", False)),
                anaphoric=bool(e.get("anaphoric", True)),
            )
        )
    return tuple(words)


def _short_forms(entries: list[dict[str, Any]]) -> dict[tuple[str, int], ShortForm]:
    forms = {}
    for e in entries:
        when = e.get("when", {})
        years = when.get("published_years")
        forms[(e["type"], int(e["number"]))] = ShortForm(
            slug=e["type"],
            number=e["number"],
            doc_id=e.get("id"),
            candidates=tuple(e.get("candidates", ())),
            published_years=(int(years[0]), int(years[1])) if years else None,
            keywords=tuple(when.get("keywords", ())),
        )
    return forms


def _party_documents(entries: list[dict[str, Any]]) -> dict[str, tuple[PartyDocument, ...]]:
    by_key: dict[str, list[PartyDocument]] = {}
    for e in entries:
        key, _, term = e["id"].partition("@")
        by_key.setdefault(key, []).append(
            PartyDocument(
                doc_id=e["id"],
                key=key,
                term=term,
                date=dt.date.fromisoformat(e["date"]),
                body=e["issuer"],
                keywords=tuple(e.get("keywords", ())),
            )
        )
    return {key: tuple(sorted(docs, key=lambda d: d.date)) for key, docs in by_key.items()}


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    """Read the three data files once and build the lookup tables."""
    types = _read("doc_types.json")
    issuers = _read("issuers.json")
    gazetteer = _read("document_gazetteer.json")
    state_types = (
        _codes(types["state_admin_types"])
        | _codes(types["state_legacy_types"])
        | _codes(types["state_extra_types"])
    )
    phrases = tuple(
        IssuerPhrase(
            phrase=e["phrase"],
            code=e["code"],
            has_locality=bool(e.get("locality", False)),
            not_followed_by=tuple(e.get("not_followed_by", ())),
        )
        for e in issuers["issuer_phrases"]
    )
    named = {form: e["id"] for e in gazetteer["named_documents"] for form in e["forms"]}
    type_words = _type_words(types["type_words"])
    return Tables(
        state_types=state_types,
        normative_types=_codes(types["state_normative_types"]),
        party_types=_codes(types["party_types"]),
        state_hyphen_types=_codes(types["state_hyphen_types"]),
        state_hyphen_issuers=tuple(issuers["state_hyphen_issuers"]),
        fold_exceptions=frozenset(types["fold_exceptions"]),
        qh_document_slug=types["qh_document_slug"],
        type_words=type_words,
        type_abbreviations=dict(types["type_abbreviations"]),
        short_abbreviations=tuple(types["short_abbreviations"]),
        short_lowercase_min_digits=int(types["short_lowercase_min_digits"]),
        short_not_followed_by=tuple(types["short_not_followed_by"]),
        demonstratives=tuple(types["demonstratives"]),
        lead_window=int(types["lead_window"]),
        lead_title_max=int(types["lead_title_max"]),
        lead_breaks=types["lead_breaks"],
        tail_window=int(types["tail_window"]),
        year_in_symbol_types=frozenset(types["year_in_symbol_types"]),
        short_issuers=dict(types["short_issuers"]),
        short_slash_issuers=tuple(types["short_slash_issuers"]),
        party_codes=frozenset(issuers["party_codes"]),
        party_suffixes=tuple(issuers["party_suffixes"]),
        party_prefixes=tuple(issuers["party_prefixes"]),
        central_suffix=issuers["central_suffix"],
        mass_org_markers=tuple(issuers["mass_org_markers"]),
        issuer_repairs=dict(issuers["issuer_repairs"]),
        locality_codes=frozenset(issuers["locality_codes"]),
        issuer_phrases=phrases,
        locality_unit_words=tuple(issuers["locality_unit_words"]),
        locality_aliases=dict(issuers["locality_aliases"]),
        locality_max_words=int(issuers["locality_max_words"]),
        congresses=tuple(
            Congress(e["term"], dt.date.fromisoformat(e["opened"]), dt.date.fromisoformat(e["closed"]))
            for e in gazetteer["party_congresses"]
        ),
        congress_not_followed_by=tuple(gazetteer["congress_not_followed_by"]),
        plenums={(e["type"], int(e["plenum"]), e["term"]): tuple(e["ids"]) for e in gazetteer["plenums"]},
        ordinal_words=dict(gazetteer["ordinal_words"]),
        constitutions=tuple(
            (int(e["year"]), dt.date.fromisoformat(e["in_force"])) for e in gazetteer["constitutions"]
        ),
        named_documents=named,
        short_forms=_short_forms(gazetteer["short_forms"]),
        law_names=tuple(gazetteer["law_names"]),
        ordinance_names=tuple(gazetteer["ordinance_names"]),
        law_name_abbreviations=dict(gazetteer["law_name_abbreviations"]),
        party_documents=_party_documents(gazetteer["party_documents"]),
        type_word_index={form: w for w in type_words for form in w.folded_forms},
    )
