"""The query language: AND by default, phrases, OR, exclusion, groups, and garbage that never raises."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.search import SearchIndex, highlight, parse_query
from tests.search.corpus import IDS, ids


def test_words_are_anded(index: SearchIndex) -> None:
    assert ids(index, "giá tăng") == {"gia-vang", "bong-da"}
    assert ids(index, "giá tăng bạc") == {"gia-vang"}


def test_phrase_needs_the_words_together_in_order(index: SearchIndex) -> None:
    assert ids(index, '"giá vé"') == {"bong-da"}
    assert ids(index, '"vé giá"') == set()
    assert ids(index, '"gia ve"') == {"bong-da"}


def test_word_with_punctuation_is_a_phrase(index: SearchIndex) -> None:
    assert ids(index, "05-CT/TW") == {"khoa-ct05"}


def test_or_between_words_and_groups(index: SearchIndex) -> None:
    assert ids(index, "rét OR ngập") == {"ret-hanoi", "mua-danang"}
    assert ids(index, "ret | ngap") == {"ret-hanoi", "mua-danang"}
    assert ids(index, 'tăng (bạc OR "giá vé")') == {"gia-vang", "bong-da"}


def test_exclusion_of_a_word_and_of_a_phrase(index: SearchIndex) -> None:
    assert ids(index, "giá -vàng") == {"bong-da"}
    assert ids(index, 'giá -"giá vàng"') == {"bong-da"}
    assert ids(index, "giá NOT vang") == {"bong-da"}


def test_exclusion_alone_lists_everything_else(index: SearchIndex) -> None:
    assert ids(index, '-"giá vàng"') == IDS - {"gia-vang"}


def test_empty_query_without_filters_is_an_empty_page(index: SearchIndex) -> None:
    page = index.search("")
    assert page.hits == () and page.total == 0


GARBAGE = [
    '"', '"""', '"unclosed phrase', "-", "--", "- - -", "(", ")", "(((a", "a)))", "OR", "OR OR", "AND",
    "NOT", "-()", '-""', "|", "&&", "a OR", "OR a", "+", "*", "title:x", "x^2", "~", "\\", "\x00", "\u200b",
    "đ" * 200, "a " * 2000, "(" * 500 + "a", "NOT " * 300, "“phrase”", "«x", "👍🏽", "\ufffd", "a\nb\tc",
]


@pytest.mark.parametrize("query", GARBAGE)
def test_garbage_queries_never_raise(index: SearchIndex, query: str) -> None:
    index.search(query, limit=5)
    highlight("Tỉnh ủy Đà Nẵng họp.", query)


def test_unclosed_quote_runs_to_the_end(index: SearchIndex) -> None:
    assert ids(index, '"giá vé') == {"bong-da"}


def test_only_punctuation_is_nothing() -> None:
    assert parse_query('-- ( ) "" ,;').is_empty


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ađĐàẵ "()-|ORNT\n')) | st.characters(), max_size=80))
def test_any_text_parses_and_searches(index: SearchIndex, query: str) -> None:
    parse_query(query)
    index.search(query, limit=3)
