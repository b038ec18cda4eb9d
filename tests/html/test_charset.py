"""The charset an HTML page declares comes first; our detection decides when it cannot be trusted."""

from __future__ import annotations

from bantin.decode import encode_text
from bantin.html import declared_charset, decode_html

BODY = "<p>Hội nghị tổng kết công tác Đảng năm 2024 được tổ chức tại Thành phố Hồ Chí Minh.</p>"


def page(charset: str) -> str:
    return f'<html><head><meta charset="{charset}"><title>Thử</title></head><body>{BODY}</body></html>'


def test_declared_charsets_are_found_in_meta_and_xml_declarations() -> None:
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">') == "windows-1258"
    assert declared_charset(b"<meta charset='UTF-8'>") == "UTF-8"
    assert declared_charset(b'<?xml version="1.0" encoding="viscii"?><html>') == "viscii"
    assert declared_charset(b"<html><body>no charset</body></html>") is None


def test_a_declared_legacy_charset_is_obeyed() -> None:
    decoded = decode_html(encode_text(page("viscii"), "viscii"), source="p")
    assert decoded.encoding == "viscii" and "Hội nghị tổng kết" in decoded.text and decoded.warnings == ()


def test_the_http_charset_wins_over_the_meta() -> None:
    data = encode_text(page("utf-8"), "windows-1258")
    decoded = decode_html(data, source="p", charset="windows-1258")
    assert decoded.encoding == "windows-1258" and "Thành phố Hồ Chí Minh" in decoded.text


def test_a_wrong_declaration_falls_back_to_detection_with_a_warning() -> None:
    decoded = decode_html(encode_text(page("utf-8"), "windows-1258"), source="p")
    assert decoded.encoding == "windows-1258" and "Hội nghị" in decoded.text
    assert decoded.warnings and "declares utf-8" in decoded.warnings[-1]
    unknown = decode_html(page("x-klingon").encode("utf-8"), source="p")
    assert unknown.encoding == "utf-8" and "unknown charset" in unknown.warnings[-1]


def test_a_latin1_declaration_over_vni_bytes_is_not_trusted() -> None:
    decoded = decode_html(encode_text(page("iso-8859-1"), "vni"), source="p")
    assert decoded.encoding == "vni" and "Hội nghị tổng kết" in decoded.text


def test_a_forced_encoding_wins() -> None:
    decoded = decode_html(encode_text(page("utf-8"), "tcvn3"), source="p", encoding="tcvn3")
    assert decoded.encoding == "tcvn3" and decoded.confidence == 1.0
