"""Main text and metadata of news pages: boilerplate gone, captions kept, metadata read with evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.html import HtmlExtractionError, extract_html
from tests.html.conftest import fixture_bytes

BOILERPLATE = ["Trang chủ", "Dịch vụ công", "Tin liên quan", "Tập huấn kỹ năng số", "Chia sẻ", "Từ khóa",
               "Địa chỉ: số 2", "Tin khác", "Đọc nhiều", "Quảng cáo", "Giá vàng", "Tổng biên tập", "Tìm kiếm"]


def test_a_portal_page_becomes_a_plain_page() -> None:
    page = extract_html(fixture_bytes("hoi-nghi-chuyen-doi-so.html"), url=None, source="hoi-nghi.html")
    units = page.text.split("\n\n")
    assert units[0] == "Hội nghị chuyên đề về chuyển đổi số cấp xã"
    assert units[1].startswith("LSO – Sáng 12/3, Ban Chỉ đạo chuyển đổi số tỉnh")
    assert "Đồng chí Hoàng Văn Khải phát biểu chỉ đạo hội nghị. Ảnh: LAN ANH" in units
    assert units.count("Hội nghị chuyên đề về chuyển đổi số cấp xã") == 1  # the <h1> is not repeated
    assert not [b for b in BOILERPLATE if b in page.text]
    assert all(unit == unit.strip() and "\n" not in unit for unit in units)


def test_the_metadata_of_a_portal_page() -> None:
    page = extract_html(fixture_bytes("hoi-nghi-chuyen-doi-so.html"), url=None, source="hoi-nghi.html")
    assert page.title == "Hội nghị chuyên đề về chuyển đổi số cấp xã"  # og:title, not <title> with the site
    assert page.published == dt.date(2024, 3, 12)
    assert page.published_evidence == "HTML metadata (article:published_time)"
    assert page.authors == ("Nguyễn Minh Thư",)
    assert page.sitename == "Cổng thông tin điện tử tỉnh Lạng Sơn"
    assert page.url == "https://langson.example.vn/tin-tuc/hoi-nghi-chuyen-de-ve-chuyen-doi-so-cap-xa-1024.html"
    assert page.description is not None and page.description.startswith("Sáng 12/3")


def test_json_ld_date_related_news_and_a_data_table() -> None:
    page = extract_html(fixture_bytes("le-hoi-windows1258.html", "windows-1258"), url=None, source="le-hoi.html")
    assert page.encoding == "windows-1258" and page.encoding_confidence == 1.0 and page.warnings == ()
    assert page.title == "Lễ hội Lồng tồng xã Bình Thuận thu hút đông đảo du khách"
    assert (page.published, page.published_evidence) == (dt.date(2024, 2, 18), "HTML metadata (JSON-LD datePublished)")
    units = page.text.split("\n\n")
    assert "Ném còn | Thôn Nà Mò | 12" in units  # a table row per line, cells apart
    assert units[-1] == "PHẠM THU TRANG"
    assert not [b for b in BOILERPLATE if b in page.text]


def test_an_old_portal_in_tcvn3_with_its_headline_in_a_div() -> None:
    page = extract_html(fixture_bytes("tcvn3-cong-cu.html", "tcvn3"), url=None, source="cu.html")
    assert page.encoding == "tcvn3"
    assert page.warnings == ("the page's <meta> declares iso-8859-1, but the bytes read as tcvn3",)
    assert page.title == "Hội nghị tổng kết công tác khuyến nông năm 2008"  # not the portal's name in <title>
    assert page.published is None and page.published_evidence is None
    assert "Trang chủ" not in page.text and "Bản quyền" not in page.text
    assert page.text.endswith("Hoàng Minh Đức")


def test_the_url_given_is_kept_when_the_page_names_none() -> None:
    page = extract_html(fixture_bytes("tcvn3-cong-cu.html", "tcvn3"), url="http://huyen.example.vn/tin/1.htm", source="x")
    assert page.url == "http://huyen.example.vn/tin/1.htm"


def test_a_page_without_main_text_is_an_error() -> None:
    empty = "<html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a></nav></body></html>".encode()
    with pytest.raises(HtmlExtractionError) as caught:
        extract_html(empty, url=None, source="rong.html")
    assert caught.value.source == "rong.html"


def test_the_site_is_not_an_author() -> None:
    html = """<html><head><meta charset="utf-8"><title>Tin A</title><meta name="author" content="baothu.example.vn">
    </head><body><article><h1>Tin A</h1><p>Sáng nay, một sự kiện đã diễn ra tại trung tâm hội nghị của tỉnh với
    sự tham gia của nhiều đại biểu đến từ các sở, ngành và địa phương trong tỉnh.</p></article></body></html>"""
    assert extract_html(html.encode(), url="https://baothu.example.vn/a.html", source="a").authors == ()
