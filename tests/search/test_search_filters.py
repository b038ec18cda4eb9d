"""Filters: dates, source, place, person, organisation, document; folded keys; combinations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bantin.search import IndexDoc, SearchIndex
from tests.search.corpus import CT05, ids


def test_date_range_is_inclusive(index: SearchIndex) -> None:
    found = ids(index, "", date_from=dt.date(2024, 1, 5), date_to=dt.date(2024, 2, 1))
    assert found == {"gia-vang", "bong-da"}


def test_open_ended_dates(index: SearchIndex) -> None:
    assert ids(index, "", date_from=dt.date(2025, 1, 1)) == {"ret-hanoi"}
    assert ids(index, "", date_to=dt.date(2018, 12, 31)) == {"cho-que"}


def test_article_without_date_is_left_out_by_date_filters(index: SearchIndex) -> None:
    assert "khong-ngay" in ids(index, "bản tin")
    assert "khong-ngay" not in ids(index, "bản tin", date_from=dt.date(1900, 1, 1))


def test_source_ignores_case_scheme_and_www(index: SearchIndex) -> None:
    assert ids(index, "", sources=("vnexpress.net",)) == {"khach-danang", "mua-danang"}
    assert ids(index, "", sources=("baoquangnam.vn",)) == {"qnam-ct05"}
    assert ids(index, "", sources=("https://cafef.vn/", "thethao.vn")) == {"gia-vang", "bong-da"}


def test_place_by_name_folded_unit_word_or_code(index: SearchIndex) -> None:
    expected = {"khoa-ct05", "mua-danang"}
    for place in ("Đà Nẵng", "da nang", "thành phố Đà Nẵng", "TP Đà Nẵng", "48"):
        assert ids(index, "", places=(place,)) == expected, place


def test_person_and_organisation(index: SearchIndex) -> None:
    assert ids(index, "", people=("tran van khoa",)) == {"khoa-ct05"}
    assert ids(index, "", people=("Lê Minh Tuấn", "Trần Văn Khoa")) == {"khoa-ct05", "bong-da"}
    assert ids(index, "", organizations=("Tỉnh uỷ Quảng Nam",)) == {"qnam-ct05"}


def test_document(index: SearchIndex) -> None:
    assert ids(index, "", documents=(CT05,)) == {"khoa-ct05", "qnam-ct05"}
    assert ids(index, "", documents=("state:ND:15/2020:CP",)) == set()


def test_filters_combine_with_words_and_each_other(index: SearchIndex) -> None:
    assert ids(index, "tỉnh ủy", places=("quang nam",)) == {"qnam-ct05"}
    assert ids(index, "", documents=(CT05,), date_from=dt.date(2022, 1, 1)) == {"qnam-ct05"}
    assert ids(index, "mưa", places=("ha noi",)) == set()


def test_blank_filter_values_match_nothing(index: SearchIndex) -> None:
    assert ids(index, "", people=(" ",)) == set()


def test_filter_listing_is_newest_first(index: SearchIndex) -> None:
    page = index.search("", _filters(places=("48",)))
    assert page.ids == ["mua-danang", "khoa-ct05"]


def _filters(**values: object):  # type: ignore[no-untyped-def]
    from bantin.search import SearchFilters

    return SearchFilters(**values)  # type: ignore[arg-type]


def test_dates_beyond_the_index_range_are_held_at_its_bounds(tmp_path: Path) -> None:
    # tantivy's dates end in 1677 and 2262; a mis-dated page or a far filter must not break search.
    with SearchIndex.open(tmp_path / "far.index") as far:
        far.upsert([
            IndexDoc(id="xua", title="Sắc phong", text="Sắc phong cổ", published=dt.date(1500, 3, 1)),
            IndexDoc(id="sau", title="Sắc phong", text="Sắc phong mới", published=dt.date(2500, 3, 1)),
            IndexDoc(id="nay", title="Sắc phong", text="Sắc phong nay", published=dt.date(2024, 3, 1)),
        ])
        far.commit()
        assert ids(far, "sắc phong", date_from=dt.date(2263, 1, 1)) == {"sau"}
        assert ids(far, "sắc phong", date_to=dt.date(1600, 1, 1)) == {"xua"}
        assert ids(far, "sắc phong", date_from=dt.date(1, 1, 1), date_to=dt.date.max) == {"xua", "sau", "nay"}
        assert ids(far, "sắc phong", date_from=dt.date(2000, 1, 1), date_to=dt.date(2100, 1, 1)) == {"nay"}
