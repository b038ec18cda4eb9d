"""From drafts to mentions: pick one unit for each ambiguous name, from the places around it.

"xã Tân An" names 17 communes. The text usually says which: a district or a
province right after it ("xã Tân An, huyện X, tỉnh Y"), a province mentioned
nearby, or the province the whole article is about. When none of these tells,
the mention keeps no code and its evidence says why.
"""

from __future__ import annotations

from bantin.extract.places._draft import Draft
from bantin.extract.places._gazetteer import Gazetteer
from bantin.extract.places._model import ERA_63, AdminUnit, PlaceMention
from bantin.lang.vi.admin_words import DISTRICT, PROVINCE, WARD

ADDRESS_REACH = 80
"""How far (characters) after a commune or district the rest of its address may follow."""


def settle_era(draft: Draft, gazetteer: Gazetteer) -> None:
    """Keep the 63-province units of a name marked "(cũ)", when it has any."""
    if not draft.is_old or not draft.candidates or draft.candidates[0].era == ERA_63:
        return
    old = [u for level in draft.levels for u in gazetteer.lookup(draft.key, ERA_63, (level,))]
    if old:
        draft.candidates = old


def _fits(unit: AdminUnit, place: AdminUnit, gazetteer: Gazetteer) -> bool:
    """Whether ``unit`` lies in ``place`` (a province or a district), across eras when needed."""
    if place.level == DISTRICT:
        return unit.era == place.era and unit.district_code == place.code
    return gazetteer.lies_in(unit, place)


def _context_places(draft: Draft, resolved: list[Draft]) -> list[AdminUnit]:
    """The units around ``draft`` that may contain it: its address first, then the nearest ones."""
    following = [d for d in resolved if d.unit is not None and 0 <= d.start - draft.end <= ADDRESS_REACH]
    following.sort(key=lambda d: d.start)
    nearest = sorted(
        (d for d in resolved if d.unit is not None and d not in following),
        key=lambda d: min(abs(d.start - draft.end), abs(draft.start - d.end)),
    )
    places: list[AdminUnit] = []
    for d in following + nearest:
        if d.unit is None:
            continue
        if d.unit.level in (PROVINCE, DISTRICT):
            places.append(d.unit)
        if d.unit.level != PROVINCE and d.unit.province_code:
            places.append(_province_stub(d.unit))
    return places


def _province_stub(unit: AdminUnit) -> AdminUnit:
    return AdminUnit(
        unit.province_code,
        unit.province_name,
        unit.province_name,
        "",
        PROVINCE,
        unit.era,
        unit.province_code,
        unit.province_name,
    )


_RANK = {WARD: 0, DISTRICT: 1, PROVINCE: 2}
_ADDRESS_GLUE = frozenset(" ,()–-")


def address_of(index: int, drafts: list[Draft], text: str) -> list[Draft]:
    """The drafts that continue the address of ``drafts[index]``: "xã A, huyện B, tỉnh C"."""
    chain: list[Draft] = []
    previous = drafts[index]
    for following in drafts[index + 1 :]:
        between = text[previous.end : following.start].replace("cũ", "")
        if len(between) > 6 or not set(between) <= _ADDRESS_GLUE or following.entry is not None:
            break
        chain.append(following)
        previous = following
    return chain


def _follow_address(index: int, drafts: list[Draft], text: str, gazetteer: Gazetteer) -> None:
    """Narrow a district or commune by the higher units of its address; drop a unit the address denies."""
    draft = drafts[index]
    for place in address_of(index, drafts, text):
        if place.unit is None or _RANK[place.unit.level] <= _RANK.get(draft.kind, 2):
            continue
        inside = [u for u in draft.candidates if _fits(u, place.unit, gazetteer)]
        if not inside:
            draft.evidence.append(
                f"no {draft.kind} of this name lies in {place.unit.level} {place.unit.name} in the "
                f"{draft.candidates[0].era} map (merged or renamed before it?): no code"
            )
            draft.candidates, draft.unit = [], None
            return
        if len(inside) < len(draft.candidates) or len(inside) == 1:
            draft.candidates = inside
            draft.unit = inside[0] if len(inside) == 1 else None
            if draft.unit is not None:
                draft.evidence.append(f"its address names {place.unit.level} {place.unit.name}")


def disambiguate(drafts: list[Draft], gazetteer: Gazetteer, article_province: str | None, text: str) -> None:
    """Set ``unit`` on every draft whose candidates the text narrows to one.

    Addresses are read right to left (the province settles the district, the
    district the commune), then any name still ambiguous looks at the places
    nearest to it and at the article's province.
    """
    for draft in drafts:
        settle_era(draft, gazetteer)
        draft.unit = draft.candidates[0] if len(draft.candidates) == 1 else None
        if draft.unit is not None:
            draft.evidence.append(f"the only {draft.unit.level} of this name in the {draft.unit.era} map")
    for index in range(len(drafts) - 1, -1, -1):
        if drafts[index].candidates and drafts[index].kind in (WARD, DISTRICT):
            _follow_address(index, drafts, text, gazetteer)
    resolved = [d for d in drafts if d.unit is not None]
    for draft in drafts:
        if draft.unit is not None or len(draft.candidates) < 2:
            continue
        if _narrow(draft, resolved, gazetteer, article_province):
            resolved.append(draft)


def _narrow(draft: Draft, resolved: list[Draft], gazetteer: Gazetteer, article_province: str | None) -> bool:
    for place in _context_places(draft, resolved):
        inside = [u for u in draft.candidates if _fits(u, place, gazetteer)]
        if len(inside) == 1:
            draft.unit = inside[0]
            draft.evidence.append(
                f"{len(draft.candidates)} units of this name; the one in {place.level} {place.name}"
            )
            return True
        if inside:
            draft.candidates = inside
    if article_province:
        inside = [u for u in draft.candidates if gazetteer.is_in_province(u, article_province)]
        if len(inside) == 1:
            draft.unit = inside[0]
            draft.evidence.append(
                f"{len(draft.candidates)} units of this name; "
                f"the one in {article_province}, the article's province"
            )
            return True
    provinces = sorted({u.province_name for u in draft.candidates})
    draft.evidence.append(
        f"ambiguous: {len(draft.candidates)} {draft.kind} units of this name "
        f"({', '.join(provinces[:6])}{'…' if len(provinces) > 6 else ''}) and the text does not say which"
    )
    return False


def to_mention(draft: Draft, text: str, gazetteer: Gazetteer) -> PlaceMention:
    """The public record of a draft."""
    evidence = "; ".join(draft.evidence)
    written = text[draft.start : draft.end]
    if draft.entry is not None:
        entry = draft.entry
        return PlaceMention(
            draft.start,
            draft.end,
            written,
            draft.value,
            draft.kind,
            entry.code,
            entry.kind,
            None,
            None,
            evidence,
            country=entry.country,
        )
    unit = draft.unit
    if unit is None:
        era = draft.candidates[0].era if draft.candidates else None
        province = (
            draft.candidates[0].province_name
            if len({u.province_code for u in draft.candidates}) == 1
            else None
        )
        return PlaceMention(
            draft.start,
            draft.end,
            written,
            draft.value,
            draft.kind,
            None,
            draft.kind,
            era,
            None,
            evidence,
            province=province,
            country="VN" if draft.candidates else None,
        )
    kind = unit.level
    return PlaceMention(
        draft.start,
        draft.end,
        written,
        draft.value,
        kind,
        unit.code,
        unit.level,
        unit.era,
        gazetteer.new_unit_of(unit),
        evidence,
        province=unit.province_name,
        country="VN",
    )
