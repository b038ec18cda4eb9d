"""The value of an organisation mention: its full name, its kind and its place.

- Abbreviations are written out and the tone placement made canonical.
- A name that ends with a bare unit word ("UBND tỉnh", "Sở Y tế tỉnh") or with the
  province's own body ("Ban Tuyên giáo Tỉnh ủy") gets the province added, when it is
  certain: given by the caller (the article's province), or the only province the
  article's other names carry.
- A shorter mention of a body the article names in full ("Sở Y tế" after "Sở Y tế
  tỉnh Bình Dương", "Ban Chỉ đạo" after "Ban Chỉ đạo các chương trình ... tỉnh An
  Giang") takes the full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bantin.extract.orgs import _lexicon as lx
from bantin.extract.orgs._abbrev import expand_abbreviations
from bantin.extract.orgs._scan import OrgSpan
from bantin.text import canonical_form

_UNIT_PREFIX_RE = re.compile(r"^(?:tỉnh|thành phố|TP\.?|Tp\.?|Tỉnh|Thành phố)\s+")
_PROVINCE_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(lx.PROVINCES, key=len, reverse=True)) + r")(?!\w)")
_BODY_PLACE_RE = re.compile(r"(?:Tỉnh ủy|Thành ủy) (.+)$")
_FOREIGN_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(lx.FOREIGN_STATES - {"Việt Nam"}, key=len, reverse=True)) + r")$"
)
"""A foreign state closing a name ("Bộ Ngoại giao Nga"); inside it ("Ban Pháp chế") it is a word."""


@dataclass(slots=True)
class Draft:
    """A mention on its way to an :class:`OrgMention`."""

    span: OrgSpan
    text: str
    value: str
    head: str
    kind: str
    place: str | None
    evidence: list[str]
    generic: bool


def province_name(province: str | None) -> str | None:
    """The province as a bare name ("tỉnh Lạng Sơn" -> "Lạng Sơn"), canonical; ``None`` when empty."""
    if not province:
        return None
    name = _UNIT_PREFIX_RE.sub("", canonical_form(province.strip()))
    return name or None


@lru_cache(maxsize=8192)
def full_name(written: str) -> str:
    """The written name with abbreviations expanded, canonical tone placement, a capital first."""
    value = canonical_form(expand_abbreviations(written))
    return value[:1].upper() + value[1:]


def draft(span: OrgSpan, text: str) -> Draft:
    """The value a mention has on its own, before the article's context completes it."""
    written = text[span.start : span.end]
    head = span.head.head
    if span.bare_party:
        return Draft(span, written, lx.PARTY_NAME, "Đảng", "party", None, ["'Đảng' alone"], False)
    value = full_name(written)
    place = canonical_form(span.walk.place) if span.walk.place else None
    evidence = [f"head '{head}'"]
    if place:
        evidence.append("place as written")
    generic = value.casefold() in lx.GENERIC_BODIES
    return Draft(span, written, value, head, _kind(value, span.head.kind), place, evidence, generic)


def _kind(value: str, head_kind: str) -> str:
    if head_kind == "foreign" or _FOREIGN_RE.search(_PROVINCE_RE.sub("", value)):
        return "foreign"
    if any(marker in value for marker in lx.PARTY_MARKERS):
        return "party"
    if value.startswith(lx.PARTY_BOARDS) and "Trung ương" in value:
        return "party"
    return head_kind


def complete_places(drafts: list[Draft], province: str | None) -> None:
    """Add the province to names that end with a bare unit word or with the province's body."""
    province, evidence = _article_province(drafts, province)
    if province is None:
        return
    is_city = province in lx.CITY_PROVINCES
    for item in drafts:
        walk = item.span.walk
        if item.span.bare_party or item.place is not None:
            continue
        suffix = None
        if walk.level is not None and walk.end == item.span.end:
            if (walk.level == "tỉnh" and not is_city) or (walk.level == "thành phố" and is_city):
                suffix = province
        else:
            for body, unit in lx.PROVINCE_LEVEL_BODIES.items():
                if item.value.endswith(body) and (unit == "thành phố") == is_city:
                    suffix = province
        if suffix is not None:
            item.value = f"{item.value} {suffix}"
            item.place = suffix
            item.evidence.append(evidence)


def _article_province(drafts: list[Draft], province: str | None) -> tuple[str | None, str]:
    name = province_name(province)
    if name is not None:
        return name, "place from the article's province"
    # The article itself may make it certain: every "tỉnh X" it names is the same X.
    seen = {d.place for d in drafts if d.place and d.span.walk.level in ("tỉnh", "thành phố") and d.place in lx.PROVINCES}
    for item in drafts:
        body = _BODY_PLACE_RE.search(item.value)
        if body is not None and body.group(1) in lx.PROVINCES:
            seen.add(body.group(1))
    if len(seen) == 1:
        return seen.pop(), "place from another name in the article"
    return None, ""


def resolve_short_mentions(drafts: list[Draft]) -> list[Draft]:
    """Give a shorter mention the full name the article gives the same body; drop lone generic bodies."""
    values = {d.value for d in drafts}
    kept: list[Draft] = []
    for item in drafts:
        if item.span.head.requirement != "none" or item.generic or _ends_with_body(item.value):
            longer = {
                v
                for v in values
                if v != item.value
                and v.startswith(item.value + " ")
                and (item.generic or _is_place_suffix(item.value, v[len(item.value) + 1 :]))
            }
            if len(longer) == 1:
                full = longer.pop()
                item.evidence.append(f"same body as '{full}' named in the article")
                item.value = full
                item.generic = False
        if item.generic:
            continue
        kept.append(item)
    return kept


_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")


def _is_place_suffix(short: str, suffix: str) -> bool:
    """Whether ``suffix`` only adds the place of ``short`` ("Sở Y tế" + "tỉnh Bình Dương")."""
    if suffix.startswith(tuple(level + " " for level in _LEVELS)):
        return True
    return short.endswith(_LEVELS + tuple(lx.PROVINCE_LEVEL_BODIES)) and suffix[:1].isupper()


def _ends_with_body(value: str) -> bool:
    return value.endswith(tuple(lx.PROVINCE_LEVEL_BODIES))
