"""Whatever the bytes, decode_bytes returns a Decoded or raises a bantin error: nothing else escapes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bantin.decode import Decoded, decode_bytes, encode_text
from bantin.errors import BantinError, InputError

from_legacy_pieces = st.lists(
    st.tuples(st.sampled_from(["tcvn3", "vni", "viscii", "windows-1258", "utf-8"]),
              st.sampled_from(["Đà Nẵng", "hội nghị", "ỦY BAN", "người dân", "tháng Mười", "\n", " "])),
    min_size=1, max_size=12,
).map(lambda pieces: b"".join(encode_text(text, enc) for enc, text in pieces))


def _decodes_or_refuses(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, source="<fuzz>")
    except InputError as exc:
        assert exc.source == "<fuzz>"
        assert str(exc).startswith("<fuzz>: ")
    else:
        assert isinstance(decoded, Decoded)
        assert decoded.text.strip()
        assert 0.0 <= decoded.confidence <= 1.0
        assert "\ufffd" not in decoded.text or "\ufffd".encode() in data  # never a replacement character


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=0, max_size=300))
def test_arbitrary_bytes(data: bytes) -> None:
    _decodes_or_refuses(data)


@settings(max_examples=200, deadline=None)
@given(data=from_legacy_pieces)
def test_patchworks_of_encodings(data: bytes) -> None:
    _decodes_or_refuses(data)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(min_size=1, max_size=100), encoding=st.sampled_from(["tcvn3", "vni", "viscii",
                                                                          "windows-1258", "utf-8", "utf-16"]))
def test_arbitrary_bytes_with_an_explicit_encoding(data: bytes, encoding: str) -> None:
    try:
        decode_bytes(data, source="<fuzz>", encoding=encoding)
    except BantinError:
        pass


def test_a_single_ambiguous_word_is_flagged_as_a_guess() -> None:
    # One word is thin evidence: "lúc" in TCVN3 is also a valid word in windows-1258. Whatever the
    # reading, the result must say it is a guess.
    decoded = decode_bytes(encode_text("lúc", "tcvn3"), source="t")
    assert decoded.confidence < 0.5
    assert any("is a guess" in warning for warning in decoded.warnings)
