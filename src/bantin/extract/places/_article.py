"""The province an article is from or about, for the other extractors.

Organisations attach to it ("Ban Tuyên giáo Tỉnh ủy" is that of the article's
province), and ambiguous commune names are looked for in it. In order of trust:

1. a lead tag naming a province: "(Báo Lạng Sơn) –", "LẠNG SƠN –";
2. the outlet in ``context.source`` ("baolangson.vn", "Báo Lạng Sơn");
3. the province the text names most (the title counting double, a district or a
   commune counting half for its province), when one clearly leads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bantin.extract.context import ExtractContext
from bantin.extract.places._draft import Draft
from bantin.extract.places._gazetteer import Gazetteer
from bantin.extract.places._model import ERA_34, ERA_63
from bantin.lang.vi.admin_words import PROVINCE
from bantin.text import folded_form

_TAG_BEFORE_RE = re.compile(
    r"(?:^|\n)[ (\[]*(?:(?:báo|đài|bản tin|cổng ttđt|cổng thông tin)\s+)?$", re.IGNORECASE
)
_TAG_AFTER_RE = re.compile(r"[)\]]?\s*[-–—]")
_NOT_ALNUM_RE = re.compile(r"[^a-z0-9]")
_SOURCE_KEY_MIN_CHARS = 5
_TITLE_WEIGHT = 2.0
_SUBUNIT_WEIGHT = 0.5


def _province_name(draft: Draft) -> str | None:
    unit = draft.unit
    if unit is None:
        return None
    return draft.value if unit.level == PROVINCE else unit.province_name


def province_from_lead_tag(drafts: Sequence[Draft], text: str) -> str | None:
    """A province named as a lead tag: at the start of a line, before a dash."""
    for draft in drafts:
        name = _province_name(draft)
        if name is None or draft.unit is None or draft.unit.level != PROVINCE:
            continue
        head = text[max(0, draft.start - 24) : draft.start]
        if _TAG_BEFORE_RE.search(head) and _TAG_AFTER_RE.match(text, draft.end):
            return name
    return None


def _squeeze(name: str) -> str:
    return _NOT_ALNUM_RE.sub("", folded_form(name))


@lru_cache(maxsize=8)
def _squeezed_provinces(gazetteer: Gazetteer, era: str) -> tuple[tuple[str, str], ...]:
    # (squeezed key, name) of the provinces of ``era``, in the gazetteer's order; the keys too
    # short to tell an outlet apart are left out. Computed once per gazetteer and era, not per article.
    keys = ((_squeeze(unit.name), unit.name) for unit in gazetteer.units(era, PROVINCE))
    return tuple((key, name) for key, name in keys if len(key) >= _SOURCE_KEY_MIN_CHARS)


@lru_cache(maxsize=8)
def _any_province_key(gazetteer: Gazetteer) -> re.Pattern[str]:
    # Every key of both eras: most sources (a file name, an article's URL) hold none, and one search
    # says so where the loop below would test each province in turn.
    from bantin.extract.orgs._chars import trie_pattern  # the organisations' data is loaded by then

    keys = {key for era in (ERA_63, ERA_34) for key, _ in _squeezed_provinces(gazetteer, era)}
    return re.compile(trie_pattern(keys))


def province_from_source(source: str | None, gazetteer: Gazetteer, era: str) -> str | None:
    """A province whose name (accent-less, without spaces) is in the outlet's name or address."""
    if not source:
        return None
    squeezed = _squeeze(source)
    if _any_province_key(gazetteer).search(squeezed) is None:
        return None
    best: tuple[int, str] | None = None
    for province_era in (era, ERA_63 if era == ERA_34 else ERA_34):
        for key, name in _squeezed_provinces(gazetteer, province_era):
            if key in squeezed and (best is None or len(key) > best[0]):
                best = (len(key), name)
        if best is not None:
            return best[1]
    return None


def dominant_province(drafts: Sequence[Draft], context: ExtractContext | None) -> str | None:
    """The province named most, when it leads the second one."""
    titles = context.spans_of("title") if context else []
    scores: dict[str, float] = {}
    for draft in drafts:
        name = _province_name(draft)
        if name is None or draft.unit is None:
            continue
        weight = 1.0 if draft.unit.level == PROVINCE else _SUBUNIT_WEIGHT
        if any(start <= draft.start < end for start, end in titles):
            weight *= _TITLE_WEIGHT
        scores[name] = scores.get(name, 0.0) + weight
    ranked = sorted(scores.items(), key=lambda item: -item[1])[:2]
    if not ranked or ranked[0][1] < 1.0:
        return None
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


def article_province_of(
    drafts: Sequence[Draft], text: str, context: ExtractContext | None, gazetteer: Gazetteer, era: str
) -> str | None:
    """The article's province from its resolved drafts (see the module docstring for the order)."""
    return (
        province_from_lead_tag(drafts, text)
        or province_from_source(context.source if context else None, gazetteer, era)
        or dominant_province(drafts, context)
    )
