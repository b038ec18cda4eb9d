"""encode_text and decode_bytes(encoding=...) are inverses for every Vietnamese letter and ASCII."""

from __future__ import annotations

import shutil
import string
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.decode import decode_bytes, encode_text
from bantin.errors import UsageError

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
LOWER = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
# All 12 vowels x 6 tones, lower and upper, plus đ/Đ: 146 letters, 134 of them outside ASCII.
ALPHABET = LOWER + [ch.upper() for ch in LOWER]
ENCODINGS = ("tcvn3", "viscii", "vni", "windows-1258", "utf-8")

vietnamese_text = st.text(
    alphabet=st.sampled_from([*ALPHABET, *string.ascii_letters, *string.digits, *string.punctuation,
                              " ", " ", "\n", "\t"]),
    min_size=1, max_size=200,
).filter(lambda text: text.strip() != "")


def test_alphabet_has_every_vietnamese_letter() -> None:
    assert len(set(ALPHABET)) == 146
    assert sum(1 for ch in ALPHABET if not ch.isascii()) == 132 + 2  # precomposed vowels + đ/Đ


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_letter_round_trips(encoding: str) -> None:
    text = "".join(ALPHABET) + " " + string.printable.strip()
    assert decode_bytes(encode_text(text, encoding), source="t", encoding=encoding).text == text


@pytest.mark.parametrize("encoding", ENCODINGS)
@settings(max_examples=150, deadline=None)
@given(text=vietnamese_text)
def test_random_vietnamese_text_round_trips(encoding: str, text: str) -> None:
    decoded = decode_bytes(encode_text(text, encoding), source="<hypothesis>", encoding=encoding)
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decoded.confidence == 1.0


def test_decomposed_input_is_encoded_as_its_nfc_form() -> None:
    assert encode_text("Vie\u0323\u0302t", "utf-8") == "Việt".encode()


def test_windows_1258_keeps_precomposed_letters_and_decomposes_the_rest() -> None:
    # à and ô exist in cp1258; ố does not, so it is ô followed by the combining acute 0xEC.
    assert encode_text("là Quốc", "windows-1258") == b"l\xe0 Qu\xf4\xecc"


def test_vni_writes_base_letter_and_mark_bytes() -> None:
    assert encode_text("á â ấ đ ơ ư í ỵ Ấ", "vni") == b"a\xf9 a\xe2 a\xe1 \xf1 \xf4 \xf6 \xed y\xee A\xc1"


def test_vni_decodes_greedy_longest_match() -> None:
    # "a" + 0xF9 is á, never "a" followed by a stray "ù"; 0xF4 is ơ, and 0xF4 0xF9 is ớ.
    assert decode_bytes(b"a\xf9 \xf4\xf9i", source="t", encoding="vni").text == "á ới"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv is not installed")
@pytest.mark.parametrize(("ours", "glibc"), [("tcvn3", "TCVN5712-1"), ("viscii", "VISCII"),
                                             ("windows-1258", "CP1258")])
def test_encoding_matches_glibc_iconv(ours: str, glibc: str) -> None:
    text = "".join(ALPHABET) + " Hà Nội, 2024."
    expected = subprocess.run(["iconv", "-f", "UTF-8", "-t", glibc], input=text.encode(),
                              capture_output=True, check=True).stdout
    assert encode_text(text, ours) == expected


@pytest.mark.parametrize("encoding", ["tcvn3", "viscii", "vni", "windows-1258"])
def test_unwritable_character_is_a_usage_error_naming_it(encoding: str) -> None:
    with pytest.raises(UsageError, match=r"'ж' \(U\+0436 CYRILLIC SMALL LETTER ZHE\) at character 5 in"):
        encode_text("Việt ж", encoding)


def test_unknown_encoding_name_is_a_usage_error_for_encode() -> None:
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        encode_text("chào", "klingon")


@pytest.mark.parametrize(("alias", "canonical"), [("cp1258", "windows-1258"), ("TCVN", "tcvn3"),
                                                   ("tcvn5712", "tcvn3"), ("ABC", "tcvn3"),
                                                   ("vni-windows", "vni"), ("UTF8", "utf-8")])
def test_aliases_decode_under_their_canonical_name(alias: str, canonical: str) -> None:
    decoded = decode_bytes(encode_text("Đồng bằng", canonical), source="t", encoding=alias)
    assert (decoded.text, decoded.encoding) == ("Đồng bằng", canonical)
