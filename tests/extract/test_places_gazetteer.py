"""The gazetteer: both maps, their codes and the conversion, checked against the shared lists.

The data comes from the ``vietnamadminunits`` package; ../shared/data holds the
statistics-office list of 1 March 2025 (dvhcvn) and the 34-province list with its
conversion table (vietnam-provinces), read in place to check it. ``pytest -s``
prints the differences found.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from bantin.extract.places import ERA_34, ERA_63, Gazetteer
from bantin.extract.places._keys import name_key

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
PRE_MERGER = SHARED / "admin_units_2025-03_pre_merger" / "dvhcvn.json"
AFTER_MERGER = SHARED / "admin_units_2025-07_34_provinces"
BEFORE = dt.date(2021, 7, 16)
AFTER = dt.date(2025, 8, 1)


def _shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"../shared/data is absent ({path} not found): the reference lists are read in place")
    return path


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def pre_merger() -> dict[str, Any]:
    data = json.loads(_shared(PRE_MERGER).read_text(encoding="utf-8"))["data"]
    return {
        "provinces": {p["level1_id"] for p in data},
        "districts": {d["level2_id"] for p in data for d in p["level2s"]},
        "wards": {w["level3_id"]: w["name"] for p in data for d in p["level2s"] for w in d["level3s"]},
    }


@pytest.fixture(scope="module")
def conversion() -> dict[str, dict[str, Any]]:
    lines = _shared(AFTER_MERGER / "ward_conversion_2025.jsonl").read_text(encoding="utf-8").splitlines()
    rows = (json.loads(line) for line in lines)
    return {f"{row['old_ward_code']:05d}": row for row in rows}


def _codes(gazetteer: Gazetteer, era: str, level: str) -> set[str]:
    return {u.code for u in gazetteer.units(era, level)}


def test_pre_merger_map_has_63_provinces_and_696_districts(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.units(ERA_63, "province")) == 63
    assert len(gazetteer.units(ERA_63, "district")) == 696


def test_pre_merger_codes_match_the_statistics_office_list(
    gazetteer: Gazetteer, pre_merger: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    wards = _codes(gazetteer, ERA_63, "ward")
    missing = sorted(set(pre_merger["wards"]) - wards)
    with capsys.disabled():
        print(
            f"\n63-province map: vietnamadminunits has {len(wards)} communes, the GSO list of 1/3/2025 has "
            f"{len(pre_merger['wards'])}; missing: {[(c, pre_merger['wards'][c]) for c in missing]}"
        )
    assert _codes(gazetteer, ERA_63, "province") == pre_merger["provinces"]
    assert _codes(gazetteer, ERA_63, "district") == pre_merger["districts"]
    assert wards <= set(pre_merger["wards"])  # every code of ours is a real GSO code
    # 12 communes of the 1 March list were merged away in spring 2025 (Bắc Giang, Thanh Hóa, Lâm Đồng ...)
    assert len(missing) == 12


def test_the_missing_communes_were_merged_before_the_2025_conversion(
    gazetteer: Gazetteer, pre_merger: dict[str, Any], conversion: dict[str, dict[str, Any]]
) -> None:
    missing = set(pre_merger["wards"]) - _codes(gazetteer, ERA_63, "ward")
    assert not missing & set(conversion)


def test_34_province_map_matches_the_shared_list(gazetteer: Gazetteer) -> None:
    nested = json.loads(
        _shared(AFTER_MERGER / "vietnam_provinces_nested_2025.json").read_text(encoding="utf-8")
    )
    assert len(gazetteer.units(ERA_34, "province")) == 34
    assert len(gazetteer.units(ERA_34, "ward")) == 3321
    assert {int(c) for c in _codes(gazetteer, ERA_34, "province")} == {p["code"] for p in nested}
    assert {int(c) for c in _codes(gazetteer, ERA_34, "ward")} == {
        w["code"] for p in nested for w in p["wards"]
    }


def test_commune_conversion_agrees_with_the_shared_table(
    gazetteer: Gazetteer, conversion: dict[str, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    disagreements = []
    for code, row in conversion.items():
        unit = gazetteer.unit(ERA_63, "ward", code)
        if unit is None:
            continue
        new = gazetteer.convert_to_2025(unit)
        expected = {f"{w['code']:05d}" for w in row["new_wards"]}
        if new is None or new.code not in expected:
            disagreements.append((code, row["old_ward_name"], new and new.full_name, sorted(expected)))
    with capsys.disabled():
        print(f"\nconversion: {len(disagreements)} of {len(conversion)} communes differ: {disagreements}")
    # Two sources, two errors: "Xã Phú Tân" of Hậu Giang copies the Sóc Trăng one's split, and "Xã Đặng Xá"
    # is split where the other table sends it whole.
    assert len(disagreements) <= 2


def test_province_conversion_agrees_with_the_shared_table(gazetteer: Gazetteer) -> None:
    table = json.loads(_shared(AFTER_MERGER / "province_conversion_2025.json").read_text(encoding="utf-8"))
    # The shared table is derived from the commune table: Tiền Giang, merged into Đồng Tháp, also lists
    # Tây Ninh (communes that crossed over); the province itself goes to the first.
    for row in table["old_to_new"]:
        old = gazetteer.province(ERA_63, f"{row['old_province_code']:02d}")
        assert old is not None
        new = gazetteer.convert_to_2025(old)
        assert new is not None and int(new.code) in {p["code"] for p in row["new_provinces"]}


def test_names_agree_with_the_statistics_office_once_canonical(
    gazetteer: Gazetteer, pre_merger: dict[str, Any]
) -> None:
    agree = sum(
        1
        for u in gazetteer.units(ERA_63, "ward")
        if name_key(pre_merger["wards"][u.code]).endswith(name_key(u.name).split(" ")[-1])
    )
    assert agree / len(gazetteer.units(ERA_63, "ward")) > 0.99


def test_resolves_a_province_in_the_pre_merger_map(gazetteer: Gazetteer) -> None:
    (unit,) = gazetteer.resolve_place("Lạng Sơn", at=BEFORE, level_hint="province")
    assert (unit.code, unit.era, unit.unit_word) == ("20", ERA_63, "tỉnh")


def test_resolves_a_province_in_the_34_province_map(gazetteer: Gazetteer) -> None:
    (unit,) = gazetteer.resolve_place("Lào Cai", at=AFTER, level_hint="province")
    assert (unit.code, unit.era) == ("15", ERA_34)  # Yên Bái's code in the old map


def test_resolves_a_former_province_after_the_merger(gazetteer: Gazetteer) -> None:
    (unit,) = gazetteer.resolve_place("Hà Giang", at=AFTER, level_hint="province")
    assert (unit.code, unit.era) == ("02", ERA_63)


def test_resolves_any_tone_placement(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve_place("Hoà Bình", at=BEFORE, level_hint="province")[0].code == "17"


def test_resolves_a_district_only_in_the_pre_merger_map(gazetteer: Gazetteer) -> None:
    (unit,) = gazetteer.resolve_place("Đồng Văn", at=BEFORE, level_hint="district")
    assert (unit.code, unit.province_name) == ("026", "Hà Giang")


def test_province_hint_narrows_a_shared_commune_name(gazetteer: Gazetteer) -> None:
    everywhere = gazetteer.resolve_place("Tân An", at=BEFORE, level_hint="ward")
    in_yen_bai = gazetteer.resolve_place("Tân An", at=BEFORE, level_hint="ward", province_hint="Yên Bái")
    assert len(everywhere) > 5
    assert [(u.full_name, u.district_name) for u in in_yen_bai] == [("Phường Tân An", "Nghĩa Lộ")]


def test_province_hint_may_name_the_new_province(gazetteer: Gazetteer) -> None:
    # Yên Bái is part of Lào Cai since July 2025: a 2021 commune lies in both
    in_lao_cai = gazetteer.resolve_place("Tân An", at=BEFORE, level_hint="ward", province_hint="Lào Cai")
    assert {u.province_name for u in in_lao_cai} == {"Lào Cai", "Yên Bái"}


def test_converts_ha_giang_to_tuyen_quang(gazetteer: Gazetteer) -> None:
    (ha_giang,) = gazetteer.resolve_place("Hà Giang", at=BEFORE, level_hint="province")
    new = gazetteer.convert_to_2025(ha_giang)
    assert new is not None and (new.name, new.code, new.era) == ("Tuyên Quang", "08", ERA_34)


def test_converts_a_merged_ward_to_its_new_ward(gazetteer: Gazetteer) -> None:
    truc_bach = gazetteer.unit(ERA_63, "ward", "00004")  # Phường Trúc Bạch, quận Ba Đình
    assert truc_bach is not None and truc_bach.name == "Trúc Bạch"
    new = gazetteer.convert_to_2025(truc_bach)
    assert new is not None and (new.full_name, new.code) == ("Phường Ba Đình", "00004")


def test_converts_a_commune_into_its_new_province(gazetteer: Gazetteer) -> None:
    (lung_cu,) = gazetteer.resolve_place("Lũng Cú", at=BEFORE, level_hint="ward")
    new = gazetteer.convert_to_2025(lung_cu)
    assert new is not None and (new.full_name, new.code, new.province_name) == (
        "Xã Lũng Cú",
        "00715",
        "Tuyên Quang",
    )


def test_a_split_ward_lists_every_successor(gazetteer: Gazetteer) -> None:
    ngoc_ha = gazetteer.unit(ERA_63, "ward", "00016")  # Phường Ngọc Hà, partly merged into two wards
    assert ngoc_ha is not None
    assert {u.full_name for u in gazetteer.successors(ngoc_ha)} == {"Phường Ba Đình", "Phường Ngọc Hà"}


def test_a_district_converts_to_its_new_province(gazetteer: Gazetteer) -> None:
    (dong_van,) = gazetteer.resolve_place("Đồng Văn", at=BEFORE, level_hint="district")
    new = gazetteer.convert_to_2025(dong_van)
    assert new is not None and new.name == "Tuyên Quang"


def test_an_island_district_converts_to_its_special_zone(gazetteer: Gazetteer) -> None:
    (con_dao,) = gazetteer.resolve_place("Côn Đảo", at=BEFORE, level_hint="district")
    new = gazetteer.convert_to_2025(con_dao)
    assert new is not None and new.full_name == "Đặc khu Côn Đảo"


def test_units_valid_at_follow_the_merger_date(gazetteer: Gazetteer) -> None:
    before = gazetteer.units_valid_at(dt.date(2025, 6, 30))
    after = gazetteer.units_valid_at(dt.date(2025, 7, 1))
    assert {u.era for u in before} == {ERA_63} and {u.era for u in after} == {ERA_34}
    assert len(after) == 34 + 3321
