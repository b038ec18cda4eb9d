"""The public face of ``bantin.extract.people``: its names, its record and its facts."""

from __future__ import annotations

import dataclasses

import pytest

import bantin.extract.people as people
from bantin.extract.people import PersonMention, find_people, to_facts
from bantin.record import Fact

TEXT = "Đồng chí Lê Văn Hòa, Bí thư Huyện ủy, chủ trì. Kết luận hội nghị, ông Hòa đề nghị các xã chủ động."


def test_exported_members() -> None:
    assert sorted(people.__all__) == ["MentionKind", "PersonMention", "find_people", "to_facts"]
    for name in people.__all__:
        assert getattr(people, name) is not None


def test_mentions_are_frozen_records() -> None:
    mention = find_people(TEXT)[0]
    assert isinstance(mention, PersonMention)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.name = "x"  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(PersonMention)] == [
        "start",
        "end",
        "text",
        "name",
        "titles",
        "markers",
        "mention",
        "roles",
        "evidence",
    ]


def test_facts_carry_the_contract_keys() -> None:
    facts = to_facts(find_people(TEXT))
    assert [type(f) for f in facts] == [Fact, Fact]
    first, later = facts
    assert (first.kind, first.text, first.value) == ("person", "Lê Văn Hòa", "Lê Văn Hòa")
    assert TEXT[first.start : first.end] == first.text
    extra = first.model_extra or {}
    assert extra["titles"] == ["Bí thư Huyện ủy"]
    assert extra["markers"] == ["Đồng chí"]
    assert extra["mention"] == "full-name"
    assert first.evidence
    assert (later.text, later.value, (later.model_extra or {})["mention"]) == (
        "Hòa",
        "Lê Văn Hòa",
        "given-name",
    )


def test_facts_serialise_to_json() -> None:
    for fact in to_facts(find_people(TEXT)):
        data = fact.model_dump(mode="json")
        assert set(data) >= {
            "kind",
            "text",
            "start",
            "end",
            "value",
            "titles",
            "mention",
            "markers",
            "evidence",
        }
