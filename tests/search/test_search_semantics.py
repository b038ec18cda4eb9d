"""The semantics the archive issue judges: accents, tone placement, "đ", exact matches first, --doc."""

from __future__ import annotations

from bantin.search import SearchFilters, SearchIndex
from tests.search.corpus import CT05, DOCS, ids


def test_tone_placement_and_accents_do_not_change_the_set(index: SearchIndex) -> None:
    sets = [ids(index, q) for q in ("tinh uy", "tỉnh uỷ", "tỉnh ủy", "TỈNH UỶ", "Tỉnh ủy")]
    assert sets[0] == {"khoa-ct05", "qnam-ct05"}
    assert all(found == sets[0] for found in sets)


def test_accentless_query_finds_every_article_with_the_accented_words(index: SearchIndex) -> None:
    with_da_nang = {doc.id for doc in DOCS if "Đà Nẵng" in doc.text}
    assert with_da_nang == {"khoa-ct05", "mua-danang"}
    assert with_da_nang <= ids(index, "da nang")


def test_d_with_stroke_folds_to_d(index: SearchIndex) -> None:
    assert "bong-da" in ids(index, "bong da")
    assert "bong-da" in ids(index, "doi tuyen")


def test_accented_query_ranks_exact_accent_matches_first(index: SearchIndex) -> None:
    page = index.search("Đà Nẵng", limit=100)
    exact = [hit.id for hit in page.hits if hit.exact]
    assert set(exact) == {"khoa-ct05", "mua-danang"}
    # "Da Nang" four times (title included) and "Dã Nắng" match the folded form only, and rank after.
    assert page.ids[:2] == exact
    assert set(page.ids[2:]) == {"khach-danang", "cho-que"}


def test_accented_query_also_matches_folded_text(index: SearchIndex) -> None:
    assert "khach-danang" in ids(index, "Đà Nẵng")


def test_accentless_query_ranks_by_bm25_alone(index: SearchIndex) -> None:
    page = index.search("da nang", limit=100)
    assert not any(hit.exact for hit in page.hits)
    assert page.ids[0] == "khach-danang"  # the most occurrences, in the title too


def test_doc_filter_returns_every_article_citing_the_document(index: SearchIndex) -> None:
    citing = {doc.id for doc in DOCS if CT05 in doc.documents}
    assert ids(index, "", documents=(CT05,)) == citing
    assert ids(index, "", documents=(CT05.lower(),)) == citing
    assert ids(index, "hội nghị", documents=(CT05,)) == citing


def test_total_counts_every_match_beyond_the_page(index: SearchIndex) -> None:
    page = index.search("da nang", SearchFilters(), limit=1)
    assert len(page.hits) == 1
    assert page.total == 4
    second = index.search("da nang", limit=1, offset=1)
    assert second.ids != page.ids and second.total == 4
