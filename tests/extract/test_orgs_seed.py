"""The seed article: its organisations, the province attached, and what is not an organisation."""

from __future__ import annotations

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.orgs import OrgMention, find_organizations
from bantin.layout import parse_page
from bantin.text import canonical_form


@pytest.fixture(scope="module")
def seed_orgs(seed_path) -> tuple[str, list[OrgMention]]:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    context = ExtractContext(blocks=tuple((b.role, b.start, b.end) for b in layout.blocks))
    return layout.text, find_organizations(layout.text, context, province="Lạng Sơn")


def test_every_gold_organisation_is_found(seed_orgs, seed_gold) -> None:
    _, orgs = seed_orgs
    values = {canonical_form(o.value) for o in orgs}
    assert {canonical_form(v) for v in seed_gold["organizations"]} <= values


def test_nothing_but_the_gold_organisations(seed_orgs, seed_gold) -> None:
    _, orgs = seed_orgs
    assert {canonical_form(o.value) for o in orgs} == {canonical_form(v) for v in seed_gold["organizations"]}


def test_the_provincial_board_gets_its_province(seed_orgs) -> None:
    text, orgs = seed_orgs
    board = next(o for o in orgs if o.text == "Ban Tuyên giáo Tỉnh uỷ")
    assert board.value == "Ban Tuyên giáo Tỉnh ủy Lạng Sơn"
    assert board.place == "Lạng Sơn"
    assert board.org_kind == "party"
    assert text[board.start : board.end] == "Ban Tuyên giáo Tỉnh uỷ"


def test_the_party_is_named_in_full(seed_orgs) -> None:
    _, orgs = seed_orgs
    party = [o for o in orgs if o.text == "Đảng"]
    assert party and all(o.value == "Đảng Cộng sản Việt Nam" for o in party)


def test_generic_boards_are_not_organisations(seed_orgs) -> None:
    text, orgs = seed_orgs
    generic = text.index("ban tuyên giáo các cấp")
    assert not any(o.start <= generic < o.end for o in orgs)


def test_without_a_province_the_board_stays_as_written(seed_path) -> None:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    values = {o.value for o in find_organizations(layout.text)}
    assert "Ban Tuyên giáo Tỉnh ủy" in values
    assert "Ban Tuyên giáo Tỉnh ủy Lạng Sơn" not in values
