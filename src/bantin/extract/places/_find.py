"""The extractor's entry points: :func:`find_places`, :func:`article_province`, :func:`to_facts`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from bantin.extract.context import ExtractContext
from bantin.extract.places._article import article_province_of
from bantin.extract.places._draft import Draft
from bantin.extract.places._gazetteer import Gazetteer
from bantin.extract.places._model import PlaceMention, era_at
from bantin.extract.places._resolve import disambiguate, to_mention
from bantin.extract.places._scan import Scanner
from bantin.record import Fact


def article_date(context: ExtractContext | None) -> dt.date | None:
    """The date that picks the map: the publication date, else the page date, else None (today)."""
    if context is None:
        return None
    return context.published or context.dateline


@lru_cache(maxsize=8)
def _drafts(text: str, context: ExtractContext | None) -> tuple[tuple[Draft, ...], str | None]:
    """The resolved place drafts of ``text``, computed once per text and context.

    The pipeline asks for them three times per article (the places themselves,
    the province of the documents' issuers, the province of organisations); the
    drafts are not changed after this function, so sharing them is safe.
    """
    drafts, province = _scan_and_resolve(text, context)
    return tuple(drafts), province


def _scan_and_resolve(text: str, context: ExtractContext | None) -> tuple[list[Draft], str | None]:
    era = era_at(article_date(context))
    skip = context.spans_of("byline") if context else []
    gazetteer = Gazetteer.default()
    drafts = Scanner(text, era, skip).scan()
    if not drafts:
        return drafts, None
    for draft in drafts:
        if len(draft.candidates) == 1:
            draft.unit = draft.candidates[0]
    province = None
    if any(len(d.candidates) > 1 for d in drafts):
        province = article_province_of(drafts, text, context, gazetteer, era)
    disambiguate(drafts, gazetteer, province, text)
    return drafts, province


def find_places(text: str, context: ExtractContext | None = None) -> list[PlaceMention]:
    """Every place named in ``text``, left to right, resolved to the units valid at the article's date.

    ``text`` is the normalised display text of a record; spans are offsets into
    it. The map is that of ``context.published`` (else ``context.dateline``, else
    today): the 63-province map before 1 July 2025, the 34-province one from
    then on; a name found only in the other map resolves there. Byline blocks
    are skipped.
    """
    if not text:
        return []
    drafts, _ = _drafts(text, context)
    gazetteer = Gazetteer.default()
    return [to_mention(d, text, gazetteer) for d in drafts]


@lru_cache(maxsize=8)
def article_province(text: str, context: ExtractContext | None = None) -> str | None:
    """The province an article is from or about ("Lạng Sơn"), or None when the text does not tell.

    A lead tag ("(Báo Lạng Sơn) –", "LẠNG SƠN –") wins, then the outlet named by
    ``context.source``, then the province the text names clearly most often.
    """
    if not text:
        return None
    drafts, province = _drafts(text, context)
    if province is not None:
        return province
    era = era_at(article_date(context))
    return article_province_of(list(drafts), text, context, Gazetteer.default(), era)


def to_facts(mentions: Iterable[PlaceMention]) -> list[Fact]:
    """One ``place`` fact per mention (DESIGN.md, "The record as JSON")."""
    return [
        Fact.trusted(
            "place",
            m.text,
            m.start,
            m.end,
            m.value,
            m.evidence or None,
            {
                "unit_code": m.unit_code,
                "level": m.level,
                "valid_at": m.valid_at,
                "new_unit": m.new_unit.as_dict() if m.new_unit else None,
                "place_kind": m.kind,
                "province": m.province,
                "country": m.country,
            },
        )
        for m in mentions
    ]
