"""Read the administrative-unit data of the ``vietnamadminunits`` package (MIT licence).

The package ships three JSON files in ``vietnamadminunits/data/``; we locate them
with :func:`importlib.util.find_spec` (without importing the package, see
:func:`data_directory`), read them in place, and never call the package's own
parser (it is made for one address at a time and loads geometry we do not need):

- ``parser_legacy.json``: the 63-province map (provinces, districts, communes,
  statistics-office codes), keyed by accent-less slugs;
- ``parser_from_2025.json``: the 34-province map (provinces and communes);
- ``converter_2025.json``: which new province holds each old one, which old
  communes each new commune was made of, and for old communes split between
  several new ones, which new commune holds most of it ("default").

This module turns them into :class:`~bantin.extract.places._model.AdminUnit`
records and conversion tables; nothing here knows about texts.
"""

from __future__ import annotations

import importlib.util
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bantin.errors import BantinError
from bantin.extract.places._model import ERA_34, ERA_63, AdminUnit
from bantin.lang.vi.admin_words import DISTRICT, PROVINCE, UNIT_TYPE_WORDS, WARD

DATA_PACKAGE = "vietnamadminunits"
DATA_FILES = ("parser_legacy.json", "parser_from_2025.json", "converter_2025.json")
_INSTALL_HINT = "install bantin's dependency 'vietnamadminunits>=1.0.4' (pip install -e .)"
_WARD_TABLES_63 = (
    "DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED",
    "DICT_PROVINCE_DISTRICT_WARD_ACCENTED",
    "DICT_PROVINCE_DISTRICT_WARD_SHORT_ACCENTED",
)
_WARD_TABLES_34 = (
    "DICT_PROVINCE_WARD_NO_ACCENTED",
    "DICT_PROVINCE_WARD_ACCENTED",
    "DICT_PROVINCE_WARD_SHORT_ACCENTED",
)


class GazetteerDataError(BantinError):
    """The administrative-unit data cannot be read (package missing or files changed shape)."""


@dataclass(slots=True)
class RawMaps:
    """The units of both eras and the conversion between them, as read from the data files."""

    units: list[AdminUnit] = field(default_factory=list)
    # slug keys of the data files -> units, to read the converter
    old_by_slug: dict[str, AdminUnit] = field(default_factory=dict)
    new_by_slug: dict[str, AdminUnit] = field(default_factory=dict)
    # old province code -> new province code
    province_successor: dict[str, str] = field(default_factory=dict)
    # old commune code (or island district code) -> new commune codes, the default first
    ward_successors: dict[str, tuple[str, ...]] = field(default_factory=dict)


def data_directory() -> Path:
    """The ``data`` folder of the installed ``vietnamadminunits`` package, found without importing it.

    ``importlib.resources.files("vietnamadminunits")`` would import the package, and
    its ``__init__`` loads its parser, shapely and the same JSON files at import time
    (0.2 s and some 30 MB kept alive for nothing); ``find_spec`` only locates it.
    """
    try:
        spec = importlib.util.find_spec(DATA_PACKAGE)
    except (ImportError, ValueError) as error:
        raise GazetteerDataError(
            f"cannot locate the package {DATA_PACKAGE} ({error}): {_INSTALL_HINT}"
        ) from error
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerDataError(f"the package {DATA_PACKAGE} is not installed: {_INSTALL_HINT}")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _read(name: str) -> dict[str, Any]:
    path = data_directory() / name
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GazetteerDataError(f"cannot read {path} ({error}): {_INSTALL_HINT}") from error
    return data


def split_unit_word(full_name: str, unit_type: str) -> tuple[str, str]:
    """("Thị trấn Chi Lăng", "Thị trấn") -> ("thị trấn", "Chi Lăng"); numbered units keep their word."""
    word = UNIT_TYPE_WORDS.get(unit_type.lower().strip(), unit_type.lower().strip())
    rest = full_name.strip()
    for prefix in (unit_type, word):
        if rest.lower().startswith(prefix.lower() + " "):
            rest = rest[len(prefix) + 1 :].strip()
            break
    if rest.isdigit():
        rest = f"{word[:1].upper()}{word[1:]} {rest}"
    return word, rest


def _province(raw: dict[str, Any], era: str) -> AdminUnit:
    full = raw["province"]
    word = "thành phố" if full.lower().startswith("thành phố") else "tỉnh"
    code = raw["provinceCode"]
    return AdminUnit(code, raw["provinceShort"], full, word, PROVINCE, era, code, raw["provinceShort"])


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and value.isdigit()


def _read_63(maps: RawMaps, legacy: dict[str, Any]) -> None:
    provinces = {slug: _province(raw, ERA_63) for slug, raw in legacy["DICT_PROVINCE"].items()}
    maps.units.extend(provinces.values())
    maps.old_by_slug.update(provinces)
    districts: dict[tuple[str, str], AdminUnit] = {}
    for p_slug, table in legacy["DICT_PROVINCE_DISTRICT"].items():
        province = provinces[p_slug]
        for d_slug, raw in table.items():
            word, name = split_unit_word(raw["district"], raw["districtType"])
            unit = AdminUnit(
                raw["districtCode"],
                name,
                raw["district"],
                word,
                DISTRICT,
                ERA_63,
                province.code,
                province.name,
            )
            districts[(p_slug, d_slug)] = unit
            maps.old_by_slug[f"{p_slug}_{d_slug}_"] = unit
    maps.units.extend(districts.values())
    seen: set[str] = set()
    for table_name in _WARD_TABLES_63:
        for p_slug, by_district in legacy[table_name].items():
            province = provinces[p_slug]
            for d_slug, wards in by_district.items():
                district = districts[(p_slug, d_slug)]
                for w_slug, raw in wards.items():
                    code = raw["wardCode"]
                    if not _is_code(code):  # island districts without communes carry NaN here
                        continue
                    if code in seen:
                        maps.old_by_slug.setdefault(
                            f"{p_slug}_{d_slug}_{w_slug}", maps.old_by_slug.get(code, district)
                        )
                        continue
                    seen.add(code)
                    word, name = split_unit_word(raw["ward"], raw["wardType"])
                    unit = AdminUnit(
                        code,
                        name,
                        raw["ward"],
                        word,
                        WARD,
                        ERA_63,
                        province.code,
                        province.name,
                        district.code,
                        district.name,
                    )
                    maps.units.append(unit)
                    maps.old_by_slug[f"{p_slug}_{d_slug}_{w_slug}"] = unit
                    maps.old_by_slug[code] = unit


def _read_34(maps: RawMaps, current: dict[str, Any]) -> None:
    provinces = {slug: _province(raw, ERA_34) for slug, raw in current["DICT_PROVINCE"].items()}
    maps.units.extend(provinces.values())
    maps.new_by_slug.update(provinces)
    seen: set[str] = set()
    for table_name in _WARD_TABLES_34:
        for p_slug, wards in current[table_name].items():
            province = provinces[p_slug]
            for w_slug, raw in wards.items():
                code = raw["wardCode"]
                if code in seen:
                    maps.new_by_slug.setdefault(f"{p_slug}_{w_slug}", maps.new_by_slug[f"#{code}"])
                    continue
                seen.add(code)
                word, name = split_unit_word(raw["ward"], raw["wardType"])
                unit = AdminUnit(code, name, raw["ward"], word, WARD, ERA_34, province.code, province.name)
                maps.units.append(unit)
                maps.new_by_slug[f"{p_slug}_{w_slug}"] = unit
                maps.new_by_slug[f"#{code}"] = unit


def _read_converter(maps: RawMaps, converter: dict[str, Any]) -> None:
    for new_slug, old_slugs in converter["DICT_PROVINCE"].items():
        for old_slug in old_slugs:
            maps.province_successor[maps.old_by_slug[old_slug].code] = maps.new_by_slug[new_slug].code
    for new_p, by_ward in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_w, old_keys in by_ward.items():
            new_code = maps.new_by_slug[f"{new_p}_{new_w}"].code
            for old_key in old_keys:
                old = maps.old_by_slug.get(old_key)
                if old is not None:
                    maps.ward_successors[old.code] = (new_code,)
    for new_p, by_old in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in by_old.items():
            old = maps.old_by_slug.get(old_key)
            if old is None:
                continue
            ordered = sorted(parts, key=lambda p: (not p.get("isDefaultNewWard"), -_area(p)))
            maps.ward_successors[old.code] = tuple(
                maps.new_by_slug[f"{new_p}_{p['newWardKey']}"].code for p in ordered
            )


def _area(part: dict[str, Any]) -> float:
    area = part.get("newWardAreaKm2")
    return float(area) if isinstance(area, (int, float)) and not math.isnan(area) else 0.0


def read_maps() -> RawMaps:
    """Read both eras and the conversion from the ``vietnamadminunits`` data files."""
    maps = RawMaps()
    legacy, current, converter = (_read(name) for name in DATA_FILES)
    try:
        _read_63(maps, legacy)
        _read_34(maps, current)
        _read_converter(maps, converter)
    except (KeyError, TypeError, AttributeError) as error:
        raise GazetteerDataError(
            f"the data files of {DATA_PACKAGE} have an unexpected shape ({error!r}); "
            "bantin reads version 1.0.4's layout"
        ) from error
    return maps
