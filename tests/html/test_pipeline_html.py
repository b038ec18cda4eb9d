"""What the pipeline does with an HTML document: our layout on the main text, the metadata where better."""

from __future__ import annotations

import datetime as dt

from bantin.pipeline import build_article
from tests.html.conftest import fixture_bytes, html_document


def test_metadata_title_date_and_author_with_our_layout() -> None:
    article = build_article(html_document(fixture_bytes("hoi-nghi-chuyen-doi-so.html")))
    assert article.title == "Hội nghị chuyên đề về chuyển đổi số cấp xã"
    assert article.blocks[0].method.startswith("HTML metadata title")
    assert article.lead_tag == "LSO –" and article.lead is not None and article.lead.startswith("Sáng 12/3")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Đồng chí Hoàng Văn Khải phát biểu chỉ đạo hội nghị", "LAN ANH")
    ]
    assert article.published is not None
    assert (article.published.date, article.published.evidence) == (
        dt.date(2024, 3, 12), "HTML metadata (article:published_time)"
    )
    assert article.byline is None and article.authors == ["Nguyễn Minh Thư"]  # the byline element was metadata
    assert article.provenance.url == "https://langson.example.vn/tin-tuc/hoi-nghi-chuyen-de-ve-chuyen-doi-so-cap-xa-1024.html"
    assert article.provenance.content_type == "text/html" and article.provenance.encoding == "utf-8"
    assert any(f.kind == "document" and f.value == "state:QD:06:TTG@2022" for f in article.facts)


def test_a_byline_in_the_text_is_ours_and_the_page_date_stays_a_dateline() -> None:
    article = build_article(html_document(fixture_bytes("le-hoi-windows1258.html", "windows-1258")))
    assert article.byline == "PHẠM THU TRANG" and article.authors == ["Phạm Thu Trang"]
    assert article.dateline is not None and article.dateline.date == dt.date(2024, 2, 18)
    assert article.published is not None and article.published.evidence == "HTML metadata (JSON-LD datePublished)"
    assert article.provenance.encoding == "windows-1258"


def test_without_a_metadata_date_the_publication_date_is_estimated_from_the_text() -> None:
    article = build_article(html_document(fixture_bytes("tcvn3-cong-cu.html", "tcvn3"), url="http://huyen.example.vn/1.htm"))
    assert article.title == "Hội nghị tổng kết công tác khuyến nông năm 2008"
    assert article.published is None or not article.published.evidence.startswith("HTML metadata")
    assert article.provenance.url == "http://huyen.example.vn/1.htm"
    assert article.provenance.warnings == ["the page's <meta> declares iso-8859-1, but the bytes read as tcvn3"]
    assert article.authors == ["Hoàng Minh Đức"]


def test_the_http_charset_reaches_the_decoder() -> None:
    data = fixture_bytes("le-hoi-windows1258.html", "windows-1258").replace(b"charset=windows-1258", b"charset=utf-8")
    article = build_article(html_document(data, charset="windows-1258"))
    assert article.provenance.encoding == "windows-1258" and article.provenance.warnings == []


def test_the_title_block_says_where_the_headline_came_from() -> None:
    portal = build_article(html_document(fixture_bytes("hoi-nghi-chuyen-doi-so.html")))
    old = build_article(html_document(fixture_bytes("tcvn3-cong-cu.html", "tcvn3")))
    assert portal.blocks[0].method.startswith("HTML metadata title")
    assert old.blocks[0].role == "title" and "headline element" in old.blocks[0].method
