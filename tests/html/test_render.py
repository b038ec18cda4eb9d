"""HTML fragments (a feed's content) to paragraphs, and the public API of bantin.html."""

from __future__ import annotations

import bantin.html
from bantin.html import html_to_paragraphs


def test_blocks_lines_and_cells() -> None:
    fragment = """<div><p>Đoạn   một,
    viết trên hai dòng.</p><p>Chú thích ảnh<br>Ảnh: THU HÀ</p>
    <ul><li>Việc thứ nhất;</li><li>Việc thứ <b>hai</b>.</li></ul>
    <table><tr><td>Xã</td><td>Số hộ</td></tr></table><script>var x = 1;</script>Kết thúc</div>"""
    assert html_to_paragraphs(fragment) == [
        "Đoạn một, viết trên hai dòng.", "Chú thích ảnh", "Ảnh: THU HÀ", "Việc thứ nhất;", "Việc thứ hai.",
        "Xã | Số hộ", "Kết thúc",
    ]


def test_plain_text_and_broken_markup() -> None:
    assert html_to_paragraphs("Dòng một\n\nDòng hai") == ["Dòng một", "Dòng hai"]
    assert html_to_paragraphs("<p>Chưa đóng thẻ <b>đậm") == ["Chưa đóng thẻ đậm"]
    assert html_to_paragraphs("") == []


def test_the_public_api_is_documented() -> None:
    assert bantin.html.__doc__
    for name in bantin.html.__all__:
        assert getattr(bantin.html, name).__doc__, name
        assert not name.startswith("_")
