"""The seed article through the whole pipeline: every fact of its hand annotation, with its value."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.pipeline import build_article
from bantin.record import Article, RawDocument
from bantin.text import canonical_form


@pytest.fixture(scope="module")
def seed_article(seed_path) -> Article:
    raw = RawDocument(source=str(seed_path), data=seed_path.read_bytes(), read_at=dt.datetime.now(dt.timezone.utc))
    return build_article(raw)


def _facts(article: Article, kind: str) -> list:
    return [f for f in article.facts if f.kind == kind]


def _same(a: str, b: str) -> bool:
    return canonical_form(a).casefold() == canonical_form(b).casefold()


def test_seed_dates(seed_article, seed_gold) -> None:
    dates = {(f.text, f.value) for f in _facts(seed_article, "date")}
    for gold in seed_gold["dates"]:
        value = gold.get("date") or "/".join(gold["range"])
        assert (gold["text"], value) in dates, gold
    morning = next(f for f in _facts(seed_article, "date") if f.text == "Sáng 16/7")
    assert morning.model_extra["part_of_day"] == "morning"


def test_seed_people_with_titles(seed_article, seed_gold) -> None:
    people = _facts(seed_article, "person")
    for gold in seed_gold["persons"]:
        found = [p for p in people if _same(p.value, gold["name"])]
        assert found, gold["name"]
        if gold["titles"]:
            assert any(
                [canonical_form(t) for t in p.model_extra["titles"]] == [canonical_form(t) for t in gold["titles"]]
                for p in found
            )


def test_seed_title_only_mention_is_the_same_person(seed_article) -> None:
    start = seed_article.text.index("đồng chí Trưởng Ban Tuyên giáo Trung ương")
    later = [p for p in _facts(seed_article, "person") if p.start >= start and p.start < start + 45]
    assert later and later[0].value == "Nguyễn Trọng Nghĩa"


def test_seed_organizations(seed_article, seed_gold) -> None:
    values = [f.value for f in _facts(seed_article, "organization")]
    for gold in seed_gold["organizations"]:
        assert any(_same(v, gold) for v in values), gold


def test_seed_place(seed_article, seed_gold) -> None:
    places = _facts(seed_article, "place")
    for gold in seed_gold["places"]:
        assert any(p.value == gold["name"] and p.model_extra.get("level") == gold["kind"] for p in places), gold


def test_seed_documents(seed_article, seed_gold) -> None:
    documents = _facts(seed_article, "document")
    for gold in seed_gold["document_references"]:
        matching = [d for d in documents if d.text == gold["text"]]
        assert matching, gold["text"]
        if gold["kind"] == "party":
            extra = matching[0].model_extra
            assert (extra["doc_type"], extra["number"], extra["issuer_code"]) == (
                gold["type"], gold["number"], gold["issuer_code"])
        else:
            assert matching[0].value == "party:NQDH:XIII"


def test_seed_meeting(seed_article, seed_gold) -> None:
    gold = seed_gold["events"][0]
    meeting = _facts(seed_article, "meeting")[0].value
    assert meeting["kind"] == gold["kind"]
    assert meeting["date"] == gold["date"]
    assert meeting["part_of_day"] == gold["part_of_day"]
    assert meeting["organizer"] == gold["organizer"]
    assert meeting["chair"] == gold["chair"]
    assert meeting["bridge_points"] == gold["bridge_points"]


def test_seed_tasks(seed_article, seed_gold) -> None:
    assert [f.value for f in _facts(seed_article, "task")] == seed_gold["tasks"]
