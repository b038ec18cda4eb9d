"""Inputs that are not trustworthy text raise the bantin error that says why, naming the source."""

from __future__ import annotations

import random
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from bantin.decode import decode_bytes, encode_text
from bantin.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    UnknownEncodingError,
    UsageError,
)


def _png_1x1() -> bytes:
    """A real, valid 1x1 PNG image, built with zlib."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_empty_input() -> None:
    with pytest.raises(EmptyInputError, match=r"^article\.txt: it is empty$"):
        decode_bytes(b"", source="article.txt")


def test_whitespace_only_input() -> None:
    with pytest.raises(EmptyInputError, match="only whitespace"):
        decode_bytes(b" \r\n\t \n", source="<stdin>")


def test_whitespace_only_utf16_input() -> None:
    with pytest.raises(EmptyInputError, match="only whitespace"):
        decode_bytes(b"\xff\xfe" + "  \n\u3000".encode("utf-16-le"), source="t")


def test_png_image_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(_png_1x1())
    with pytest.raises(BinaryInputError, match=r"photo\.png: it looks like a PNG image"):
        decode_bytes(path.read_bytes(), source=str(path))


def test_zip_archive_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "Bản tin sáng")
    with pytest.raises(BinaryInputError, match="looks like a ZIP archive"):
        decode_bytes(path.read_bytes(), source=str(path))


def test_docx_is_named_as_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(BinaryInputError, match=r"looks like a Word \.docx document"):
        decode_bytes(path.read_bytes(), source=str(path))


def test_pdf_is_binary() -> None:
    with pytest.raises(BinaryInputError, match="looks like a PDF document"):
        decode_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", source="t")


def test_random_bytes_are_binary() -> None:
    data = random.Random(20240601).randbytes(4096)
    with pytest.raises(BinaryInputError, match="NUL bytes"):
        decode_bytes(data, source="blob")


def test_random_bytes_without_nul_are_binary_by_control_bytes() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(4096))
    with pytest.raises(BinaryInputError, match="control characters"):
        decode_bytes(data, source="blob")


def test_viscii_capitals_in_c0_slots_are_not_binary() -> None:
    # Ỵ Ỷ Ỹ Ẳ Ẵ Ẫ are 0x1E 0x14 0x19 0x02 0x05 0x06 in VISCII.
    text = "CHỈ CÓ MỘT NGƯỜI ĐI QUA VÙNG ĐẤT ẤY: ỶNH, ỸNH VÀ ẲNG"
    decoded = decode_bytes(encode_text(text, "viscii"), source="t", encoding="viscii")
    assert decoded.text == text


def test_too_large_input() -> None:
    with pytest.raises(InputTooLargeError, match=r"it is 2,048 bytes, over the limit of 1,000"):
        decode_bytes(b"a" * 2048, source="big.txt", max_bytes=1000)


def test_negative_size_limit_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="max_bytes"):
        decode_bytes(b"abc", source="t", max_bytes=-1)


def test_str_instead_of_bytes_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="needs bytes, got str"):
        decode_bytes("chào", source="t")  # type: ignore[arg-type]


def test_unknown_encoding_name() -> None:
    with pytest.raises(UnknownEncodingError, match=r"^t: unknown encoding 'vni-dos'"):
        decode_bytes(b"abc", source="t", encoding="vni-dos")


def test_invalid_bytes_for_explicit_encoding_name_the_offset() -> None:
    with pytest.raises(DecodeError, match=r"not valid utf-8: byte FF at offset 5 cannot start a character"):
        decode_bytes(b"Vi\xe1\xbb\x87\xfft", source="t", encoding="utf-8")


def test_undefined_byte_in_windows_1258_names_the_offset() -> None:
    with pytest.raises(DecodeError, match="byte 8A at offset 3 is undefined in windows-1258"):
        decode_bytes(b"abc\x8a", source="t", encoding="cp1258")


def test_undefined_byte_in_vni_names_the_offset() -> None:
    with pytest.raises(DecodeError, match="byte 0x81 at offset 1 is undefined in VNI"):
        decode_bytes(b"a\x81", source="t", encoding="vni")


def test_garbage_high_bytes_are_no_encoding() -> None:
    rng = random.Random(11)
    data = bytes(rng.choice(range(0x80, 0x100)) if rng.random() > 0.15 else 0x20 for _ in range(3000))
    with pytest.raises(DecodeError, match="cannot tell the encoding: .*; pass --encoding"):
        decode_bytes(data, source="mystery.txt")


def test_bad_utf16_after_bom_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="utf-16-le byte-order mark but is not valid"):
        decode_bytes(b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8", source="t")


def test_small_16_bit_numbers_are_binary_not_utf16() -> None:
    data = bytes([3, 0, 1, 0, 7, 0, 2, 0] * 64)  # the NUL pattern of UTF-16-LE, but all controls
    with pytest.raises(BinaryInputError, match="NUL bytes"):
        decode_bytes(data, source="samples.pcm")
