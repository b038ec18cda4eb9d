"""The document register and the facts: grouping mentions, JSON shapes."""

from __future__ import annotations

import datetime as dt
import json

from bantin.extract.docref import DocumentRegister, find_document_references, to_facts
from bantin.record import Fact
from bantin.text import normalize_text

_ARTICLES = [
    (
        "a1",
        dt.date(2021, 7, 16),
        "Tiếp tục học tập Nghị quyết Đại hội XIII của Đảng và Chỉ thị 05-CT/TW của Bộ Chính trị.",
    ),
    (
        "a2",
        dt.date(2021, 3, 2),
        "Tỉnh triển khai Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII."
        " Chỉ thị số 05-CT/TW được quán triệt.",
    ),
    ("a3", dt.date(2022, 1, 5), "Sơ kết Nghị quyết Đại hội XIII, Nghị định 15/2020/NĐ-CP và Nghị quyết 57."),
]


def _register() -> DocumentRegister:
    return DocumentRegister.build(
        (article_id, date, find_document_references(normalize_text(text)))
        for article_id, date, text in _ARTICLES
    )


def test_one_entry_per_document() -> None:
    register = _register()
    assert sorted(e.canonical_id for e in register) == [
        "partial:NQ:57",
        "party:CT:05:TW",
        "party:NQDH:XIII",
        "state:ND:15/2020:CP",
    ]


def test_an_entry_gathers_every_mention_across_articles() -> None:
    entry = _register()["party:NQDH:XIII"]
    assert entry.count == 3
    assert entry.article_ids == ["a1", "a2", "a3"]
    assert [m.text for m in entry.mentions] == [
        "Nghị quyết Đại hội XIII của Đảng",
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII",
        "Nghị quyết Đại hội XIII",
    ]


def test_an_entry_knows_when_it_was_first_and_last_cited() -> None:
    entry = _register()["party:NQDH:XIII"]
    assert (entry.first_seen, entry.last_seen) == (dt.date(2021, 3, 2), dt.date(2022, 1, 5))


def test_an_entry_learns_the_issuer_from_any_mention() -> None:
    assert _register()["party:CT:05:TW"].issuer == "Bộ Chính trị"


def test_the_most_cited_documents_come_first() -> None:
    assert _register().entries()[0].canonical_id == "party:NQDH:XIII"


def test_the_register_is_json_serialisable() -> None:
    data = json.loads(json.dumps(_register().to_dict(), ensure_ascii=False))
    assert data["document_count"] == 4 and data["mention_count"] == 7
    first = data["documents"][0]
    assert first["canonical_id"] == "party:NQDH:XIII"
    assert first["article_count"] == 3 and first["first_seen"] == "2021-03-02"
    assert first["mentions"][0] == {
        "article_id": "a1",
        "start": 17,
        "end": 49,
        "text": "Nghị quyết Đại hội XIII của Đảng",
        "article_date": "2021-07-16",
    }


def test_facts_carry_the_id_as_value_and_the_parts_as_keys() -> None:
    text = normalize_text("Theo Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị, các cấp")
    (fact,) = to_facts(find_document_references(text))
    assert isinstance(fact, Fact)
    assert (fact.kind, fact.value, fact.text) == (
        "document",
        "party:CT:05:TW@XII",
        "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị",
    )
    assert text[fact.start : fact.end] == fact.text
    extra = fact.model_dump()
    assert extra["doc_kind"] == "party" and extra["doc_type"] == "CT" and extra["number"] == "05"
    assert extra["issuer_code"] == "TW" and extra["issuer"] == "Bộ Chính trị"
    assert extra["term"] == "XII" and extra["date"] == "2016-05-15" and extra["candidates"] == []
    assert "year" in extra and extra["year"] is None
    assert fact.evidence and "2016-05-15" in fact.evidence


def test_facts_are_json_serialisable() -> None:
    text = normalize_text("Nghị quyết Trung ương 6 khóa XII và Nghị định 15/2020/NĐ-CP")
    facts = to_facts(find_document_references(text))
    data = json.loads(json.dumps([f.model_dump(mode="json") for f in facts], ensure_ascii=False))
    assert data[0]["candidates"] == [
        "party:NQ:18:TW@XII",
        "party:NQ:19:TW@XII",
        "party:NQ:20:TW@XII",
        "party:NQ:21:TW@XII",
    ]
