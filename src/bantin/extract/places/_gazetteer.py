"""The gazetteer: Vietnamese administrative units of both eras, looked up by name.

One :class:`Gazetteer` is built on first use (:meth:`Gazetteer.default`) from the
data files of ``vietnamadminunits`` and kept for the life of the process.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Iterable

from bantin.extract.places._data import RawMaps, read_maps
from bantin.extract.places._keys import folded_key, name_key
from bantin.extract.places._model import ERA_34, ERA_63, ERAS, AdminUnit, NewUnit, era_at, other_era
from bantin.lang.vi.admin_words import DISTRICT, PROVINCE, WARD

LEVELS = (PROVINCE, DISTRICT, WARD)

_LOCK = threading.Lock()
_DEFAULT: Gazetteer | None = None


class Gazetteer:
    """Provinces, districts and communes of the 63-province and 34-province maps.

    Look units up by name (:meth:`resolve_place`), list the units of a date
    (:meth:`units_valid_at`), and follow a former unit to the one that holds it
    now (:meth:`convert_to_2025`).
    """

    def __init__(self, maps: RawMaps) -> None:
        self._units = tuple(maps.units)
        # The units of each era and of each (era, level), in the data's order: listing the 63
        # provinces must not walk the 14,000 units (the pipeline does it for every article).
        by_era: dict[str, list[AdminUnit]] = defaultdict(list)
        by_level: dict[tuple[str, str], list[AdminUnit]] = defaultdict(list)
        for unit in self._units:
            by_era[unit.era].append(unit)
            by_level[(unit.era, unit.level)].append(unit)
        self._by_era = {era: tuple(units) for era, units in by_era.items()}
        self._by_level = {key: tuple(units) for key, units in by_level.items()}
        self._by_code: dict[tuple[str, str, str], AdminUnit] = {
            (u.era, u.level, u.code): u for u in maps.units
        }
        by_name: dict[tuple[str, str], dict[str, list[AdminUnit]]] = defaultdict(lambda: defaultdict(list))
        by_folded: dict[tuple[str, str], dict[str, list[AdminUnit]]] = defaultdict(lambda: defaultdict(list))
        for unit in maps.units:
            by_name[(unit.era, unit.level)][name_key(unit.name)].append(unit)
            by_folded[(unit.era, unit.level)][folded_key(unit.name)].append(unit)
        # Tuples of named tuples of strings: the garbage collector stops tracking them once it has seen them.
        self._by_name = _frozen(by_name)
        self._by_folded = _frozen(by_folded)
        self._names = {key for table in self._by_name.values() for key in table}
        self._province_successor = dict(maps.province_successor)
        self._ward_successors = dict(maps.ward_successors)
        self._new_units: dict[AdminUnit, NewUnit | None] = {}

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of the installed data, built once per process (about 0.2 s)."""
        global _DEFAULT
        if _DEFAULT is None:
            with _LOCK:
                if _DEFAULT is None:
                    _DEFAULT = cls(read_maps())
        return _DEFAULT

    # -- listing -------------------------------------------------------------------------------

    def units(self, era: str, level: str | None = None) -> list[AdminUnit]:
        """The units of ``era`` (one of ERA_63, ERA_34), of one ``level`` or of all."""
        if level is None:
            return list(self._by_era.get(era, ()))
        return list(self._by_level.get((era, level), ()))

    def units_valid_at(self, day: dt.date | None) -> list[AdminUnit]:
        """Every unit of the map in force on ``day`` (today's when None)."""
        return self.units(era_at(day))

    def unit(self, era: str, level: str, code: str) -> AdminUnit | None:
        """The unit with this statistics-office ``code`` at ``level`` in ``era``."""
        return self._by_code.get((era, level, code))

    def province(self, era: str, code: str) -> AdminUnit | None:
        """The province with this code in ``era``."""
        return self._by_code.get((era, PROVINCE, code))

    def names(self) -> set[str]:
        """The lookup keys of every unit name of both eras."""
        return set(self._names)

    def has_name(self, key: str) -> bool:
        """Whether some unit of some era and level has the name whose key is ``key``."""
        return key in self._names

    # -- lookup --------------------------------------------------------------------------------

    def lookup(self, key: str, era: str, levels: Iterable[str]) -> list[AdminUnit]:
        """The units of ``era`` at ``levels`` whose name has the key ``key`` (exact, then accent-less)."""
        found: list[AdminUnit] = []
        for level in levels:
            found.extend(self._by_name[(era, level)].get(key, ()))
        if not found:
            folded = folded_key(key)
            for level in levels:
                found.extend(self._by_folded[(era, level)].get(folded, ()))
        return found

    def resolve_place(
        self,
        name: str,
        *,
        at: dt.date | None,
        level_hint: str | None = None,
        province_hint: str | None = None,
    ) -> list[AdminUnit]:
        """The units named ``name`` ("Lạng Sơn", "Đồng Văn", "Hoà Bình") on the date ``at``.

        Units of the map valid at ``at`` come first; a name that exists only in the
        other map (a former province named in a 2025 article, a new commune in an
        undated text) resolves there. ``level_hint`` ("province", "district",
        "ward") limits the levels; ``province_hint`` (a province name of either
        era) keeps the units in that province, or in the new province that took it
        over, when any of them is there.
        """
        key = name_key(name)
        levels = (level_hint,) if level_hint else LEVELS
        era = era_at(at)
        found = self.lookup(key, era, levels) or self.lookup(key, other_era(era), levels)
        if province_hint and len(found) > 1:
            inside = [u for u in found if self.is_in_province(u, province_hint)]
            found = inside or found
        return found

    def is_in_province(self, unit: AdminUnit, province: str) -> bool:
        """Whether ``unit`` lies in the province named ``province`` (of either era)."""
        key = name_key(province)
        if name_key(unit.province_name) == key:
            return True
        if unit.era == ERA_63:
            successor = self.province(ERA_34, self._province_successor.get(unit.province_code, ""))
            return successor is not None and name_key(successor.name) == key
        # a unit of the new map lies in every old province its new province took over
        return any(
            name_key(old.name) == key
            for old in self.units(ERA_63, PROVINCE)
            if self._province_successor.get(old.code) == unit.province_code
        )

    def lies_in(self, unit: AdminUnit, province: AdminUnit) -> bool:
        """Whether ``unit`` lies in the province ``province``, of the same era or of the other one."""
        if unit.era == province.era:
            return unit.province_code == province.province_code
        if unit.era == ERA_63:
            return self._province_successor.get(unit.province_code) == province.province_code
        return self._province_successor.get(province.province_code) == unit.province_code

    # -- conversion ----------------------------------------------------------------------------

    def convert_to_2025(self, unit: AdminUnit) -> AdminUnit | None:
        """The unit of the 34-province map that ``unit`` became.

        A province gives the new province that took it over ("Hà Giang" ->
        "Tuyên Quang"); a commune gives the new commune holding it, or holding most
        of it when it was split; a district, abolished in 2025, gives its island
        special zone when it was an island district, else the new province; a unit
        of the new map gives itself. None when the data has no successor.
        """
        if unit.era == ERA_34:
            return unit
        if unit.level == WARD or (unit.level == DISTRICT and unit.code in self._ward_successors):
            codes = self._ward_successors.get(unit.code)
            return self.unit(ERA_34, WARD, codes[0]) if codes else None
        return self.province(ERA_34, self._province_successor.get(unit.province_code, ""))

    def successors(self, unit: AdminUnit) -> list[AdminUnit]:
        """Every new commune a former commune went into (more than one when it was split)."""
        codes = self._ward_successors.get(unit.code, ())
        return [u for u in (self.unit(ERA_34, WARD, c) for c in codes) if u is not None]

    def new_unit_of(self, unit: AdminUnit) -> NewUnit | None:
        """The :class:`NewUnit` reference a mention of a former unit carries."""
        if unit.era != ERA_63:
            return None
        if unit in self._new_units:
            return self._new_units[unit]
        new = self.convert_to_2025(unit)
        reference = (
            None
            if new is None
            else NewUnit(new.name, new.code, new.level, new.province_name, new.province_code)
        )
        self._new_units[unit] = reference
        return reference

    def province_of(self, unit: AdminUnit) -> AdminUnit | None:
        """The province a unit lies in, in its own era."""
        return self.province(unit.era, unit.province_code)


def _frozen(
    tables: dict[tuple[str, str], dict[str, list[AdminUnit]]],
) -> dict[tuple[str, str], dict[str, tuple[AdminUnit, ...]]]:
    return {
        (era, level): {key: tuple(units) for key, units in tables.get((era, level), {}).items()}
        for era in ERAS
        for level in LEVELS
    }


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use)."""
    return Gazetteer.default()
