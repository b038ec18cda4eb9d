"""Ranking: titles weigh more than the text."""

from __future__ import annotations

from bantin.search import SearchIndex


def test_title_match_ranks_above_body_match(index: SearchIndex) -> None:
    # "lúa gạo" is in the title of one article and in the text of another of the same length.
    assert index.search("lúa gạo").ids[:2] == ["cho-lua", "cho-nong-san"]
    assert index.search("lua gao").ids[:2] == ["cho-lua", "cho-nong-san"]


def test_hits_are_in_score_order_within_a_tier(index: SearchIndex) -> None:
    hits = index.search("hội chợ", limit=50).hits
    keys = [(hit.exact, hit.score) for hit in hits]
    assert keys == sorted(keys, reverse=True)


def test_exact_terms_count_the_accented_words_held_as_typed(index: SearchIndex) -> None:
    hits = {hit.id: hit for hit in index.search("Đà Nẵng", limit=50).hits}
    assert hits["khoa-ct05"].exact_terms == 2 and hits["khoa-ct05"].exact
    assert hits["cho-que"].exact_terms == 0 and not hits["cho-que"].exact


def test_longer_phrase_is_checked_on_positions(index: SearchIndex) -> None:
    from tests.search.corpus import ids

    assert ids(index, '"tổ chức hội nghị"') == {"khoa-ct05"}
    assert ids(index, '"hội nghị tổ chức"') == set()


def test_words_standing_together_rank_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bantin.search import IndexDoc, SearchIndex

    with SearchIndex.open(tmp_path / "ix") as index:
        index.upsert([
            IndexDoc("apart", "Tin tức", "Giá đã tăng, đã tăng nữa, người dân nâng cấp, nâng cao, nâng đỡ nhà cửa."),
            IndexDoc("together", "Tin tức", "Khách du lịch đến Đà Nẵng ngày càng đông, nhiều dịch vụ mới."),
        ])
        index.commit()
        assert index.search("da nang").ids == ["together", "apart"]
