"""Mojibake inside valid UTF-8 is repaired, with a warning, only when the result is clearly Vietnamese."""

from __future__ import annotations

from bantin.decode import decode_bytes, encode_text

TEXT = ("Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
        "Đà Nẵng, ngày 5 tháng 3: Ủy ban nhân dân thành phố họp bàn kế hoạch chống ngập.\n")


def _as_windows_1252_reader_saw_it(data: bytes) -> str:
    """What a windows-1252 reader shows: undefined bytes become C1 controls, as Windows and browsers do."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def test_double_encoded_utf8_is_repaired() -> None:
    garbled = _as_windows_1252_reader_saw_it(TEXT.encode("utf-8")).encode("utf-8")
    decoded = decode_bytes(garbled, source="page.html")
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8+mojibake-repair"
    assert decoded.warnings == (("lines 1-3 held UTF-8 text that had been read as windows-1252 and saved as "
                                 "UTF-8 again (double-encoded): repaired"),)


def test_double_encoded_utf8_read_as_latin1_is_repaired() -> None:
    garbled = "Đà Nẵng".encode().decode("latin-1").encode("utf-8")  # "Ä\x90Ã\xa0 Náºµng"
    assert decode_bytes(garbled, source="t").text == "Đà Nẵng"


def test_tcvn3_read_as_windows_1252_is_repaired() -> None:
    garbled = _as_windows_1252_reader_saw_it(encode_text(TEXT, "tcvn3"))
    assert garbled.startswith("Céng hoµ x· héi")
    decoded = decode_bytes(garbled.encode("utf-8"), source="t")
    assert decoded.text == TEXT
    assert decoded.warnings == (("lines 1-3 held TCVN3 text that had been read as windows-1252 and saved as "
                                 "UTF-8: repaired"),)


def test_vni_read_as_windows_1252_is_repaired() -> None:
    garbled = _as_windows_1252_reader_saw_it(encode_text(TEXT, "vni"))
    assert garbled.startswith("Coäng hoaø")
    decoded = decode_bytes(garbled.encode("utf-8"), source="t")
    assert decoded.text == TEXT
    assert "VNI text that had been read as windows-1252" in decoded.warnings[0]


def test_only_the_garbled_lines_are_repaired() -> None:
    garbled_line = _as_windows_1252_reader_saw_it(encode_text("Ông ấy đã về quê ăn Tết cùng gia đình.\n", "tcvn3"))
    text = "Tin trong nước\n" + garbled_line + "Cộng hoà xã hội chủ nghĩa Việt Nam\n"
    decoded = decode_bytes(text.encode("utf-8"), source="t")
    assert decoded.text == "Tin trong nước\nÔng ấy đã về quê ăn Tết cùng gia đình.\nCộng hoà xã hội chủ nghĩa Việt Nam\n"
    assert decoded.warnings[0].startswith("line 2 held TCVN3 text")


def test_french_text_is_not_repaired() -> None:
    text = "Ça coûte 5 € à Zürich, dit la naïve Chloë, près du Rhône.\n"
    decoded = decode_bytes(text.encode("utf-8"), source="t")
    assert (decoded.text, decoded.encoding, decoded.warnings) == (text, "utf-8", ())


def test_clean_vietnamese_with_symbols_is_not_touched() -> None:
    text = "Nhiệt độ 25°C, giá © 2024 « Báo Sơn Lâm » — tăng ½ so với năm ngoái.\n"
    decoded = decode_bytes(text.encode("utf-8"), source="t")
    assert (decoded.text, decoded.encoding, decoded.warnings) == (text, "utf-8", ())
