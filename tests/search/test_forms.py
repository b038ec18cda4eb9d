"""The forms the index stores agree with bantin.text: canonical tone placement and folding."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.search._forms import exact_text, fold_analyzer, pairs_analyzer, pairs_text, query_words
from bantin.text import canonical_form, folded_form

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VOWELS = "aăâeêioôơuưy"
LETTERS = [
    unicodedata.normalize("NFC", v + t) for v in VOWELS + VOWELS.upper() for t in TONES
] + ["đ", "Đ"]
VIETNAMESE_LETTERS = [c for c in LETTERS if not c.isascii()]


def test_every_vietnamese_letter_folds_in_the_index_as_folded_form_does() -> None:
    assert len(VIETNAMESE_LETTERS) == 134
    analyzer = fold_analyzer()
    for letter in VIETNAMESE_LETTERS:
        assert analyzer.analyze(letter) == [folded_form(letter)], letter


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(LETTERS + list("qQgGnhtk .,-\n")), max_size=60))
def test_exact_text_is_the_canonical_form(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    assert exact_text(text) == canonical_form(text)


def test_exact_text_moves_tones_but_not_after_q() -> None:
    assert exact_text("Tỉnh uỷ, hoà bình, quý, thuỷ điện") == "Tỉnh ủy, hòa bình, quý, thủy điện"


def test_query_words_have_both_forms() -> None:
    (word,) = query_words("Uỷ")
    assert (word.exact, word.folded, word.accented) == ("ủy", "uy", True)
    (plain,) = query_words("Covid")
    assert not plain.accented


def test_pairs_are_neighbouring_words_folded() -> None:
    assert pairs_analyzer().analyze(pairs_text("Học sinh, Đà Nẵng")) == ["hoc|sinh", "sinh|da", "da|nang"]
