"""The display, canonical and folded forms of Vietnamese text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.text import canonical_form, folded_form, normalize_text

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VIETNAMESE_LETTERS = sorted(
    {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES}
    | {c.upper() for v in VOWELS for t in TONES for c in [unicodedata.normalize("NFC", v + t)]}
    | set("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX")
)
vietnamese_text = st.text(
    alphabet=st.sampled_from(VIETNAMESE_LETTERS + list(" ,.;:-–…“”\"'()/0123456789\n\u00a0\t")), max_size=200
)
# Syllables built from real onsets and rhymes, so that oa/oe/uy endings occur often.
ONSETS = ["", "h", "th", "qu", "kh", "t", "l", "ng", "Th", "H", "X", "Đ"]
RHYMES = ["oa", "oà", "òa", "oe", "oẻ", "uy", "uỷ", "ủy", "oan", "oàn", "uyết", "a", "ương", "ê", "ý"]
syllables = st.builds(lambda o, r: o + r, st.sampled_from(ONSETS), st.sampled_from(RHYMES))
vietnamese_words = st.lists(syllables, max_size=30).map(" ".join)


@given(vietnamese_text)
def test_derived_forms_keep_the_length_of_normalised_text(text: str) -> None:
    display = normalize_text(text)
    assert len(canonical_form(display)) == len(display)
    assert len(folded_form(display)) == len(display)


@given(vietnamese_words)
def test_canonical_form_keeps_length_and_letters_of_syllables(text: str) -> None:
    canonical = canonical_form(text)
    assert len(canonical) == len(text)
    assert folded_form(canonical) == folded_form(text)


@given(vietnamese_words)
@settings(max_examples=200)
def test_canonical_form_is_idempotent(text: str) -> None:
    assert canonical_form(canonical_form(text)) == canonical_form(text)


@given(vietnamese_text)
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(vietnamese_text)
def test_normalisation_never_invents_or_drops_letters(text: str) -> None:
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalnum()]
    assert [c for c in normalize_text(text) if c.isalnum()] == letters


def test_seed_forms_share_offsets(seed_path) -> None:
    display = normalize_text(seed_path.read_text(encoding="utf-8"))
    canonical, folded = canonical_form(display), folded_form(display)
    assert len(canonical) == len(folded) == len(display)
    start = display.index("Tỉnh uỷ")
    assert canonical[start : start + 7] == "Tỉnh ủy"
    assert folded[start : start + 7] == "tinh uy"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("Tỉnh ủy", "Tỉnh ủy"),
        ("hoà bình", "hòa bình"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("thuỷ lợi", "thủy lợi"),
        ("sức khoẻ", "sức khỏe"),
        ("Uỷ ban", "Ủy ban"),
        ("quý vị", "quý vị"),  # qu + y: the tone belongs on y
        ("hoàng hôn", "hoàng hôn"),  # a closed syllable has one spelling
        ("thuyết trình", "thuyết trình"),
        ("khoá XIII", "khóa XIII"),
    ],
)
def test_canonical_form_places_the_tone_on_the_first_vowel(written: str, canonical: str) -> None:
    assert canonical_form(written) == canonical


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Đà Nẵng", "da nang"), ("Tỉnh uỷ", "tinh uy"), ("ĐẢNG CỘNG SẢN", "dang cong san"), ("Huế", "hue")],
)
def test_folded_form(text: str, folded: str) -> None:
    assert folded_form(text) == folded


def test_normalisation_folds_spaces_and_line_ends() -> None:
    raw = "Chủ nhật,\u00a0 29/05/2022\r\n\r\n\r\nTi\u200btle\tline  \n"
    assert normalize_text(raw) == "Chủ nhật, 29/05/2022\n\nTitle line"


def test_normalisation_composes_decomposed_letters() -> None:
    decomposed = unicodedata.normalize("NFD", "Nghị quyết")
    assert normalize_text(decomposed) == "Nghị quyết"
