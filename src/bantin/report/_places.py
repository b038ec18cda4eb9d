"""The places table: mentions and articles by province of the 34-province map, old units shown apart.

Until 30 June 2025 Vietnam had 63 provinces, from 1 July 2025 34; a review over
2025 counts articles that name both maps. Every mention is put in the province
of the new map it belongs to, and, when it named a unit of the old map, under
that old province too:

- a province's name refers to the map in force on the article's day (the
  archive's mention rows keep that day): "An Giang" in March 2025 is the old An
  Giang (now part of the new An Giang), in August 2025 the new one; a name only
  one map has ("Hà Giang") is a unit of that map whatever the day, as the place
  extractor resolves it;
- a district or a commune is the unit the place extractor resolved
  (``unit_code``, ``valid_at``, ``province`` and ``new_unit`` kept on the entity):
  a unit of the old map counts under its old province and the new province its
  ``new_unit`` lies in; a unit of the new map under its province only;
- a name the extractor could not resolve (no ``valid_at``) is counted as
  unresolved, and countries, foreign cities and regions as foreign.

The attribution is computed once per place entity (a few thousand, in Python,
with the gazetteer), then every mention of the period is counted in SQL through
a temporary table of it.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from typing import Any

from bantin.extract.places import ERA_34, ERA_63, MERGER_DATE, Gazetteer
from bantin.report._model import OldUnitCount, Places, ProvinceRow
from bantin.report._queries import EntityCount
from bantin.report._scope import Scope

FOREIGN_LEVELS = frozenset({"country", "foreign-city", "region"})
_LAST_OLD_DAY = MERGER_DATE - dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Where a mention counts: the new province (name, code) and the old one when it named one."""

    new: str
    code: str | None
    old: str | None


def province_attribution(gazetteer: Gazetteer, name: str, era: str) -> Attribution | None:
    """A province's name read on a day of ``era``: its unit, and the new province holding it."""
    at = _LAST_OLD_DAY if era == ERA_63 else MERGER_DATE
    units = [u for u in gazetteer.resolve_place(name, at=at, level_hint="province") if u.level == "province"]
    if not units:
        return None
    unit = units[0]
    if unit.era == ERA_34:
        return Attribution(unit.name, unit.code, None)
    new = gazetteer.convert_to_2025(unit)
    return Attribution(new.name, new.code, unit.name) if new is not None else None


def unit_attribution(gazetteer: Gazetteer, data: dict[str, Any]) -> Attribution | None:
    """A district or commune as the place extractor resolved it (None when it could not)."""
    province = data.get("province")
    if not isinstance(province, str) or not province:
        return None
    if data.get("valid_at") == ERA_34:
        holder = province_attribution(gazetteer, province, ERA_34)
        return Attribution(province, holder.code if holder else None, None)
    if data.get("valid_at") != ERA_63:
        return None
    new_unit = data.get("new_unit") or {}
    if isinstance(new_unit, dict) and new_unit.get("province"):
        return Attribution(str(new_unit["province"]), new_unit.get("province_code"), province)
    holder = province_attribution(gazetteer, province, ERA_63)
    return Attribution(holder.new, holder.code, province) if holder else None


def province_from_data(name: str, data: dict[str, Any]) -> Attribution | None:
    """A province as the place extractor resolved it on the entity's first mention."""
    new_unit = data.get("new_unit") or {}
    if data.get("valid_at") == ERA_63 and isinstance(new_unit, dict) and new_unit.get("name"):
        return Attribution(str(new_unit["name"]), new_unit.get("code"), name)
    if data.get("valid_at") == ERA_34:
        return Attribution(str(data.get("province") or name), data.get("unit_code"), None)
    return None


def attributions(gazetteer: Gazetteer, count: EntityCount) -> dict[bool, Attribution] | None:
    """The attribution of a place entity's mentions before (True) and after (False) the merger.

    A province is read in the map of the mention's day: as the extractor
    resolved it when that was the map of the entity's first mention, else by its
    name in that map, else (a name only the other map has, or a form the
    gazetteer does not list, like "Thừa Thiên Huế") as the extractor resolved it.
    """
    data = json.loads(count.data) if count.data else {}
    level = data.get("level") or count.key.rsplit("|", 1)[-1]
    if level != "province":
        unit = unit_attribution(gazetteer, data)
        return {True: unit, False: unit} if unit else None
    found: dict[bool, Attribution] = {}
    for pre, era in ((True, ERA_63), (False, ERA_34)):
        attribution = (
            province_from_data(count.name, data) if data.get("valid_at") == era else None
        ) or province_attribution(gazetteer, count.name, era) or province_from_data(count.name, data)
        if attribution is not None:
            found[pre] = attribution
    return found or None


def places(scope: Scope, counts: list[EntityCount]) -> Places:
    """The places table of the selected articles (see the module docstring for the attribution)."""
    gazetteer = Gazetteer.default()
    mapping: list[tuple[int, int, str, str | None, str | None]] = []
    foreign = 0
    for count in counts:
        if count.kind != "place":
            continue
        data = json.loads(count.data) if count.data else {}
        if (data.get("level") or data.get("place_kind")) in FOREIGN_LEVELS:
            foreign += count.mentions
            continue
        found = attributions(gazetteer, count)
        if not found:
            continue  # counted as unresolved at the end
        mapping.extend((count.id, int(pre), a.new, a.code, a.old) for pre, a in found.items())
    table = f"temp.report_places_{secrets.token_hex(6)}"
    conn = scope.conn
    conn.execute(
        f"CREATE TABLE {table} (entity_id INTEGER, pre INTEGER, new TEXT NOT NULL, code TEXT, old TEXT, "
        "PRIMARY KEY (entity_id, pre)) WITHOUT ROWID"
    )
    try:
        conn.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)", mapping)
        # A province named on a day whose map has no such name is counted by the other era's row
        # only; missing (entity, era) pairs drop out of the join and are counted as unresolved below.
        join = (
            "FROM {sel} s CROSS JOIN mentions m ON m.article_id = s.id "
            f"JOIN {table} p ON p.entity_id = m.entity_id AND p.pre = (s.published < '{MERGER_DATE.isoformat()}')"
        )
        per_new = scope.rows(f"SELECT p.new, max(p.code), count(*), count(DISTINCT m.article_id) {join} GROUP BY 1")
        per_old = scope.rows(
            f"SELECT p.new, p.old, count(*), count(DISTINCT m.article_id) {join} WHERE p.old IS NOT NULL GROUP BY 1, 2"
        )
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    olds: dict[str, list[OldUnitCount]] = {}
    for new, old, mentions, articles in per_old:
        olds.setdefault(new, []).append(OldUnitCount(old, articles, mentions))
    rows = []
    attributed = 0
    for new, code, mentions, articles in per_new:
        units = sorted(olds.get(new, []), key=lambda u: (-u.articles, -u.mentions, u.name))
        old_mentions = sum(u.mentions for u in units)
        rows.append(ProvinceRow(new, code, articles, mentions, mentions - old_mentions, units))
        attributed += mentions
    rows.sort(key=lambda r: (-r.articles, -r.mentions, r.name))
    place_mentions = sum(c.mentions for c in counts if c.kind == "place")
    return Places(rows, unresolved_mentions=place_mentions - foreign - attributed, foreign_mentions=foreign)
