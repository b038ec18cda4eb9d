"""Mostly-UTF-8 input with lines in a legacy encoding is decoded line by line, with a warning."""

from __future__ import annotations

import pytest

from bantin.decode import decode_bytes, encode_text
from bantin.errors import DecodeError

LINES = [
    "Bản tin thời sự tối nay",
    "Hội nghị tổng kết công tác năm của tỉnh Sơn Lâm diễn ra tại trung tâm hội nghị.",
    "Các đại biểu đã thảo luận về kế hoạch phát triển kinh tế xã hội năm tới.",
    "Phóng viên Trần Minh Đức đưa tin từ huyện Thượng Khê.",
]


def test_windows_1258_lines_inside_utf8_are_decoded_line_by_line() -> None:
    data = b"".join(
        encode_text(line + "\n", "windows-1258" if number in (2, 4) else "utf-8")
        for number, line in enumerate(LINES, start=1)
    )
    decoded = decode_bytes(data, source="mixed.txt")
    assert decoded.text == "\n".join(LINES) + "\n"
    assert decoded.encoding == "utf-8+windows-1258"
    assert decoded.warnings == ("lines 2, 4 were windows-1258 inside utf-8 text: decoded line by line",)


def test_tcvn3_line_inside_utf8_with_crlf_keeps_the_line_endings() -> None:
    data = (encode_text(LINES[0] + "\r\n", "utf-8") + encode_text(LINES[1] + "\r\n", "tcvn3")
            + encode_text(LINES[2] + "\r\n", "utf-8"))
    decoded = decode_bytes(data, source="t")
    assert decoded.text == "\r\n".join(LINES[:3]) + "\r\n"
    assert decoded.warnings == ("line 2 was tcvn3 inside utf-8 text: decoded line by line",)


def test_garbage_line_inside_utf8_names_the_first_bad_byte() -> None:
    first = (LINES[0] + "\n").encode("utf-8")
    data = first + b"\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\n" + (LINES[1] + "\n").encode("utf-8")
    with pytest.raises(DecodeError, match=rf"mostly UTF-8, but byte 0xFF at offset {len(first)} \(line 2\)"):
        decode_bytes(data, source="t")


def test_windows_1252_line_inside_utf8_is_decoded_too() -> None:
    data = (LINES[1] + "\n").encode("utf-8") + "Le café de la gare, très célèbre, ferme à midi.\n".encode("cp1252")
    decoded = decode_bytes(data, source="t")
    assert decoded.text == LINES[1] + "\nLe café de la gare, très célèbre, ferme à midi.\n"
    assert decoded.encoding == "utf-8+windows-1252"


def test_legacy_bytes_inside_a_utf8_line_are_an_error_not_a_garble() -> None:
    data = "Ông Nguyễn Văn Mỗi đến Hà Nội".encode() + b" \x85\n"
    with pytest.raises(DecodeError, match=r"mostly UTF-8, but byte 0x85 at offset \d+ \(line 1\)"):
        decode_bytes(data, source="t")
