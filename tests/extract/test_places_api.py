"""The public API of bantin.extract.places, facts, and the article's province."""

from __future__ import annotations

import datetime as dt

from bantin._compiled import docstring
from bantin.extract import places
from bantin.extract.context import ExtractContext
from bantin.extract.places import article_province, find_places, to_facts
from bantin.record import Fact

IN_2021 = ExtractContext(published=dt.date(2021, 7, 16))


def test_public_names_exist_and_have_docstrings() -> None:
    assert places.__doc__ and "MIT" in places.__doc__
    for name in places.__all__:
        value = getattr(places, name)
        if callable(value):
            assert docstring(value), name
    assert not [n for n in places.__all__ if n.startswith("_")]


def test_facts_carry_the_place_keys() -> None:
    (fact,) = to_facts(find_places("Học sinh huyện Đồng Văn vui ngày khai trường.", IN_2021))
    assert isinstance(fact, Fact)
    dumped = fact.model_dump()
    assert (dumped["kind"], dumped["text"], dumped["value"]) == ("place", "huyện Đồng Văn", "Đồng Văn")
    assert (dumped["unit_code"], dumped["level"], dumped["place_kind"]) == ("026", "district", "district")
    assert dumped["valid_at"] == places.ERA_63
    assert dumped["new_unit"]["name"] == "Tuyên Quang" and dumped["new_unit"]["code"] == "08"


def test_facts_of_a_foreign_place_have_no_map() -> None:
    (fact,) = to_facts(find_places("Phái đoàn đã tới Bình Nhưỡng.", IN_2021))
    dumped = fact.model_dump()
    assert (dumped["value"], dumped["place_kind"], dumped["valid_at"], dumped["new_unit"]) == (
        "Bình Nhưỡng",
        "foreign-city",
        None,
        None,
    )


def test_empty_text_has_no_places() -> None:
    assert find_places("") == [] and article_province("") is None


def test_article_province_from_a_lead_tag() -> None:
    text = (
        "Sơ kết công tác 6 tháng\n\n(Báo Lạng Sơn) – Sáng 16/7, đoàn công tác của Hà Nội và Hà Nội làm việc."
    )
    assert article_province(text, IN_2021) == "Lạng Sơn"


def test_article_province_from_a_capitals_tag() -> None:
    text = "CAO BẰNG – Sáng nay, đoàn công tác của tỉnh Bắc Kạn và Bắc Kạn đến thăm."
    assert article_province(text, IN_2021) == "Cao Bằng"


def test_article_province_from_the_outlet() -> None:
    context = ExtractContext(published=dt.date(2021, 7, 16), source="https://baolangson.vn/thoi-su/123.html")
    assert article_province("Hội nghị sơ kết công tác tuyên giáo.", context) == "Lạng Sơn"


def test_article_province_from_the_province_named_most() -> None:
    text = "Tỉnh Hà Giang đón khách. Du khách đến Hà Giang ngày càng đông, có người từ Hà Nội."
    assert article_province(text, IN_2021) == "Hà Giang"


def test_no_article_province_when_no_province_leads() -> None:
    assert article_province("Đoàn của Hà Nội và Hải Phòng gặp nhau.", IN_2021) is None
