"""is_vietnamese_like: the share of words that are well-formed Vietnamese syllables (or ASCII words)."""

from __future__ import annotations

import pytest

from bantin.decode import is_vietnamese_like


def test_vietnamese_sentence_scores_one() -> None:
    assert is_vietnamese_like("Cộng hoà xã hội chủ nghĩa Việt Nam, độc lập – tự do – hạnh phúc!") == 1.0


@pytest.mark.parametrize("garbled", [
    "Céng hoµ x· héi chñ nghÜa ViÖt Nam",     # TCVN3 read as windows-1252
    "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",  # VNI read as windows-1252
    "Cá»™ng hoÃ  xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam",  # UTF-8 read as windows-1252
])
def test_mojibake_scores_low(garbled: str) -> None:
    assert is_vietnamese_like(garbled) < 0.5


@pytest.mark.parametrize("word", ["nghiêng", "khuya", "quýt", "thuở", "Nguyễn", "ĐƯỜNG", "gì", "xoong", "oằn"])
def test_unusual_but_valid_syllables_count(word: str) -> None:
    assert is_vietnamese_like(word) == 1.0


@pytest.mark.parametrize("word", ["cảc", "hoÆ", "NhËm", "Việtt", "àá"])
def test_malformed_syllables_do_not_count(word: str) -> None:
    # "cảc": a syllable ending in -c takes only the sắc or nặng tone; mixed case; two tones.
    assert is_vietnamese_like(word) == 0.0


def test_ascii_words_numbers_and_units_count() -> None:
    assert is_vietnamese_like("COVID-19 tăng 25% và 100₫, iPhone 15") == 1.0


def test_lone_symbols_are_not_counted() -> None:
    assert is_vietnamese_like("Hà Nội © ₫ №") == 1.0


def test_text_without_words_scores_zero() -> None:
    assert is_vietnamese_like(" … — ") == 0.0
