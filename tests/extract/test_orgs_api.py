"""The public face of ``bantin.extract.orgs``: its names, its record and its facts."""

from __future__ import annotations

import dataclasses

import pytest

import bantin.extract.orgs as orgs
from bantin.extract.orgs import OrgMention, find_organizations, to_facts
from bantin.record import Fact

TEXT = "Sáng 5/3, UBND tỉnh phối hợp với Sở Y tế tỉnh Yên Bái tổ chức hội nghị."


def test_exported_members() -> None:
    assert sorted(orgs.__all__) == [
        "OrgKind",
        "OrgMention",
        "expand_abbreviations",
        "find_organizations",
        "to_facts",
    ]


def test_mentions_are_frozen_records() -> None:
    mention = find_organizations(TEXT)[0]
    assert isinstance(mention, OrgMention)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.value = "x"  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(OrgMention)] == [
        "start",
        "end",
        "text",
        "value",
        "head",
        "org_kind",
        "place",
        "evidence",
    ]


def test_province_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        find_organizations(TEXT, None, "Yên Bái")  # type: ignore[misc]


def test_facts_carry_the_contract_keys() -> None:
    facts = to_facts(find_organizations(TEXT, province="Yên Bái"))
    assert all(isinstance(f, Fact) and f.kind == "organization" for f in facts)
    assert [(f.text, f.value) for f in facts] == [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Yên Bái"),
        ("Sở Y tế tỉnh Yên Bái", "Sở Y tế tỉnh Yên Bái"),
    ]
    extra = facts[0].model_extra or {}
    assert (extra["head"], extra["org_kind"], extra["place"]) == ("Ủy ban nhân dân", "state", "Yên Bái")
    assert "province" in (facts[0].evidence or "")
    for fact in facts:
        assert TEXT[fact.start : fact.end] == fact.text
        assert set(fact.model_dump(mode="json")) >= {
            "kind",
            "text",
            "start",
            "end",
            "value",
            "head",
            "org_kind",
        }
