"""The records of the place extractor: administrative units, and places found in a text."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

ERA_63 = "2025-03 (63 provinces)"
"""The map in force until 30 June 2025: 63 provinces, their districts and their communes."""

ERA_34 = "2025-07 (34 provinces)"
"""The map in force from 1 July 2025: 34 provinces and their communes, no district tier."""

MERGER_DATE = dt.date(2025, 7, 1)
"""The day the 34-province map took effect (Resolution 202/2025/QH15)."""

ERAS = (ERA_63, ERA_34)


def era_at(day: dt.date | None) -> str:
    """The era of the map valid on ``day`` (today's map when ``day`` is None)."""
    if day is None:
        day = dt.date.today()
    return ERA_63 if day < MERGER_DATE else ERA_34


def other_era(era: str) -> str:
    """The era that is not ``era``."""
    return ERA_34 if era == ERA_63 else ERA_63


class AdminUnit(NamedTuple):
    """One administrative unit of one era.

    ``code`` is the statistics-office code (2 digits for a province, 3 for a
    district, 5 for a commune); codes are unique within an era only (province
    "15" is Yên Bái in the 63-province map and Lào Cai in the 34-province one).
    ``name`` is the name without its unit word ("Lạng Sơn"); a numbered unit keeps
    its word, since a bare number is no name ("Quận 1", "Phường 12").

    Units, like mentions, are named tuples of strings: the garbage collector
    stops tracking them, so the 14,000 units of the gazetteer and the mentions of
    a large crawl cost nothing at each collection (as frozen dataclasses they
    made every full collection rescan them, a third of the extractor's time).
    """

    code: str
    name: str
    full_name: str
    unit_word: str
    level: str
    era: str
    province_code: str
    province_name: str
    district_code: str | None = None
    district_name: str | None = None

    def __str__(self) -> str:
        return f"{self.full_name} [{self.code}, {self.era}]"


class NewUnit(NamedTuple):
    """The unit of the 34-province map that a former unit belongs to now."""

    name: str
    code: str
    level: str
    province: str
    province_code: str

    def as_dict(self) -> dict[str, str]:
        """The JSON shape used in facts."""
        return {
            "name": self.name,
            "code": self.code,
            "level": self.level,
            "province": self.province,
            "province_code": self.province_code,
        }


class PlaceMention(NamedTuple):
    """A place named in a text, with the unit it resolves to.

    ``kind`` is one of "province", "district", "ward" (any commune-tier unit),
    "country", "foreign-city", "region". ``value`` is the name without unit word
    ("Lạng Sơn", "Hồ Chí Minh" for "TP.HCM", "Mỹ" for "Hoa Kỳ"). For a Vietnamese
    unit, ``unit_code``/``level``/``valid_at`` say which unit of which map it is;
    ``new_unit`` gives, for a unit of the 63-province map, the unit of the
    34-province map it belongs to now. ``unit_code`` is None when the name is
    ambiguous and the text does not tell which unit it is (``evidence`` says so).
    A country's ``unit_code`` is its ISO 3166-1 alpha-2 code; ``country`` is the
    ISO code of the country a foreign city or region is in.
    """

    start: int
    end: int
    text: str
    value: str
    kind: str
    unit_code: str | None
    level: str | None
    valid_at: str | None
    new_unit: NewUnit | None
    evidence: str
    province: str | None = None
    country: str | None = None
