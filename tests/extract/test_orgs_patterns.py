"""The regex builders of ``orgs._chars`` match exactly what the plain alternations they replace match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.extract.orgs._chars import trie_pattern, word_start_pattern

# Letters that open and continue the words, a space, a line end, a digit, an underscore and a mark:
# every kind of character the look-behind and the boundary tell apart.
_ALPHABET = "aàbđhọp \n1_-("
_WORDS = st.lists(st.text(alphabet="aàbđhọp ", min_size=1, max_size=5), min_size=1, max_size=6)


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, text=st.text(alphabet=_ALPHABET, max_size=40))
def test_word_start_pattern_is_the_alternation_after_a_lookbehind(words: list[str], text: str) -> None:
    boundary = r"(?![^\W\d_])"
    expected = _spans(rf"(?<![^\W\d_])(?:{_plain(words)}){boundary}", text)
    assert _spans(word_start_pattern(words) + boundary, text) == expected


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, text=st.text(alphabet=_ALPHABET, max_size=40))
def test_trie_pattern_is_the_longest_first_alternation(words: list[str], text: str) -> None:
    boundary = r"(?![^\W\d_])"
    expected = _spans(rf"(?:{_plain(words)}){boundary}", text)
    assert _spans(rf"(?:{trie_pattern(words)}){boundary}", text) == expected


def test_a_word_opening_a_line_or_after_a_mark_starts_a_word() -> None:
    pattern = word_start_pattern(["họp", "hội nghị"]) + r"(?![^\W\d_])"
    assert _spans(pattern, "họp\n(hội nghị) chủ họp xhọp") == [(0, 3), (5, 13), (19, 22)]
