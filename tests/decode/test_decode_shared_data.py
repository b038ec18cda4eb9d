"""Real legacy files from ../shared/data decode, with no encoding given, to exactly their UTF-8 twins."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.decode import decode_bytes, encode_text

pytestmark = pytest.mark.shared_data


def test_tcvn3_file_is_detected_and_matches_its_utf8_twin(legacy_dir: Path) -> None:
    pair = legacy_dir / "tcvn3_pair"
    decoded = decode_bytes((pair / "demo1-tcvn.txt").read_bytes(), source="demo1-tcvn.txt")
    assert decoded.encoding == "tcvn3"
    assert decoded.text == (pair / "demo1-utf8.txt").read_text(encoding="utf-8")


def test_bomless_utf16le_twin_is_detected_and_keeps_its_crlf(legacy_dir: Path) -> None:
    pair = legacy_dir / "tcvn3_pair"
    decoded = decode_bytes((pair / "demo1-utf16le.txt").read_bytes(), source="demo1-utf16le.txt")
    assert decoded.encoding == "utf-16-le"
    expected = (pair / "demo1-utf8.txt").read_text(encoding="utf-8")
    assert decoded.text == expected.replace("\n", "\r\n")  # nothing but the encoding changes


@pytest.mark.parametrize("name", ["viscii", "windows-1258"])
def test_uchardet_sample_is_detected_and_matches_utf8(legacy_dir: Path, name: str) -> None:
    sample = legacy_dir / "uchardet_vi"
    decoded = decode_bytes((sample / f"{name}.txt").read_bytes(), source=f"{name}.txt")
    assert decoded.encoding == name
    assert decoded.text == (sample / "utf-8.txt").read_text(encoding="utf-8")
    assert decoded.warnings == ()


def test_utf8_sample_is_read_as_utf8(legacy_dir: Path) -> None:
    data = (legacy_dir / "uchardet_vi" / "utf-8.txt").read_bytes()
    decoded = decode_bytes(data, source="utf-8.txt")
    assert (decoded.encoding, decoded.text) == ("utf-8", data.decode("utf-8"))


@pytest.mark.parametrize(("name", "encoding"), [("viscii", "viscii"), ("windows-1258", "windows-1258"),
                                                ("demo1-tcvn", "tcvn3")])
def test_real_file_reencodes_to_the_same_bytes(legacy_dir: Path, name: str, encoding: str) -> None:
    path = next(legacy_dir.rglob(f"{name}.txt"))
    data = path.read_bytes()
    decoded = decode_bytes(data, source=str(path), encoding=encoding)
    assert encode_text(decoded.text, encoding) == data
