"""The public surface of bantin.decode: exactly these names, with these shapes."""

from __future__ import annotations

import dataclasses

import pytest

import bantin.decode
from bantin.decode import KNOWN_ENCODINGS, Decoded, decode_bytes
from bantin.errors import DecodeError, UnknownEncodingError


def test_exported_members() -> None:
    public = {name for name in dir(bantin.decode) if not name.startswith("_")}
    assert set(bantin.decode.__all__) == {"Decoded", "KNOWN_ENCODINGS", "canonical_encoding", "decode_bytes", "encode_text",
                                          "is_vietnamese_like"}
    assert set(bantin.decode.__all__) <= public


def test_decoded_is_frozen_and_slotted() -> None:
    decoded = decode_bytes(b"xin chao", source="t")
    assert isinstance(decoded, Decoded)
    assert not hasattr(decoded, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        decoded.text = "other"  # type: ignore[misc]


@pytest.mark.parametrize("name", ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
                                  "windows-1258", "viscii", "tcvn3", "vni", "windows-1252", "latin-1",
                                  "cp1258", "tcvn", "tcvn5712", "abc", "vni-windows", "utf8"])
def test_known_encodings_include_canonical_names_and_aliases(name: str) -> None:
    assert name in KNOWN_ENCODINGS


def test_every_known_encoding_name_is_accepted() -> None:
    for name in KNOWN_ENCODINGS:
        try:
            decode_bytes(b"Tin sang nay", source="t", encoding=name)
        except UnknownEncodingError:  # pragma: no cover - the assertion below reports it
            pytest.fail(f"{name} is in KNOWN_ENCODINGS but not accepted")
        except DecodeError:
            pass  # UTF-16/32 cannot read these bytes; the name was still known


def test_encoding_names_are_matched_loosely() -> None:
    assert decode_bytes(b"abc", source="t", encoding=" Windows_1258 ").encoding == "windows-1258"


def test_explicit_utf8_strips_a_bom_and_says_so() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbfch\xc3\xa0o", source="t", encoding="utf-8")
    assert (decoded.text, decoded.encoding) == ("chào", "utf-8-sig")


def test_explicit_utf16_without_bom_uses_the_nul_pattern() -> None:
    decoded = decode_bytes("Bản tin".encode("utf-16-be"), source="t", encoding="utf-16")
    assert (decoded.text, decoded.encoding) == ("Bản tin", "utf-16-be")


def test_explicit_encoding_against_a_bom_is_obeyed_with_a_warning() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbfabc", source="t", encoding="latin-1")
    assert decoded.text == "ï»¿abc"
    assert decoded.warnings == (("the input starts with a utf-8-sig byte-order mark, but was decoded as latin-1 "
                                 "as asked"),)


def test_text_is_nfc_and_otherwise_untouched() -> None:
    data = "  Vie\u0323\u0302t  Nam\r\n\tnăm  \n".encode()
    assert decode_bytes(data, source="t").text == "  Việt  Nam\r\n\tnăm  \n"


def test_control_characters_are_kept_with_a_warning() -> None:
    decoded = decode_bytes(b"tin\x07 moi", source="t")
    assert decoded.text == "tin\x07 moi"
    assert decoded.warnings == (("the text holds 1 control character (the first, U+0007, at character 3); "
                                 "kept as they are"),)


def test_confidence_is_between_zero_and_one() -> None:
    for data in (b"abc", "Việt".encode(), "Việt".encode("utf-16")):
        assert 0.0 <= decode_bytes(data, source="t").confidence <= 1.0
