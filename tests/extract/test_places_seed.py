"""The seed article (../shared/data/seed, read in place): a 2021 event, so the 63-province map.

Its gold record names one place: Lạng Sơn, a province ("Tại điểm cầu Lạng Sơn",
"điểm cầu tỉnh Lạng Sơn"); "phong cách Hồ Chí Minh" is the person.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bantin.decode import decode_bytes
from bantin.extract.context import ExtractContext
from bantin.extract.places import ERA_63, article_province, find_places
from bantin.layout import Layout, parse_page

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed" / "000_fffa89e5df594c8e.txt"

pytestmark = pytest.mark.shared_data


@pytest.fixture(scope="module")
def layout() -> Layout:
    if not SEED.exists():
        pytest.skip(f"../shared/data is absent ({SEED} not found): the seed article is read in place")
    return parse_page(decode_bytes(SEED.read_bytes(), source=str(SEED)).text)


@pytest.fixture(scope="module")
def context(layout: Layout) -> ExtractContext:
    # The page has no publication date: its header date (29/05/2022) picks the map.
    return ExtractContext(
        dateline=layout.dateline.date if layout.dateline else None,
        source=str(SEED),
        blocks=tuple((b.role, b.start, b.end) for b in layout.blocks),
    )


def test_seed_places_are_the_gold_places(
    layout: Layout, context: ExtractContext, seed_gold: dict[str, Any]
) -> None:
    found = find_places(layout.text, context)
    gold = {(p["name"], p["kind"]) for p in seed_gold["places"]}
    assert {(p.value, p.kind) for p in found} == gold


def test_seed_places_use_the_63_province_map(layout: Layout, context: ExtractContext) -> None:
    found = find_places(layout.text, context)
    assert {(p.unit_code, p.valid_at) for p in found} == {("20", ERA_63)}
    assert [layout.text[p.start : p.end] for p in found] == ["Lạng Sơn", "tỉnh Lạng Sơn"]


def test_seed_article_province_is_lang_son(layout: Layout, context: ExtractContext) -> None:
    assert article_province(layout.text, context) == "Lạng Sơn"
