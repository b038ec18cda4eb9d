"""RSS and Atom feeds: full content, a linked page saved beside the feed, or the summary."""

from __future__ import annotations

from pathlib import Path

from bantin.errors import EmptyInputError
from bantin.pipeline import build_article, extract_articles
from bantin.record import Article, RawDocument
from bantin.sources import SourceFormatError, SourceOptions, iter_sources
from bantin.sources._feeds import local_date
from tests.sources.conftest import Route, Site, local_options, page

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Báo Thử Nghiệm - Thời sự</title>
  <link>https://baothu.example.vn/</link>
  <description>Tin thời sự</description>
  <item>
    <title>Khánh thành cầu dân sinh ở xã Tân Lập</title>
    <link>https://baothu.example.vn/thoi-su/khanh-thanh-cau.html</link>
    <pubDate>Tue, 12 Mar 2024 06:30:00 +0700</pubDate>
    <description>Cây cầu dài 60 m nối hai thôn.</description>
    <content:encoded><![CDATA[<p>(BTN) – Sáng 11/3, UBND xã Tân Lập tổ chức lễ khánh thành cầu dân sinh nối thôn Nà Pàn với thôn Khau Cưởm.</p>
    <figure><img src="/cau.jpg"><figcaption>Người dân đi trên cây cầu mới. Ảnh: HOÀI NAM</figcaption></figure>
    <p>Cây cầu dài 60 m, rộng 3,5 m, được xây dựng trong 8 tháng bằng nguồn vốn của tỉnh và đóng góp của người dân.</p>
    <p>TRẦN HÀ</p>]]></content:encoded>
  </item>
  <item>
    <title>Hội thi tiếng hát dân ca các dân tộc</title>
    <link>https://baothu.example.vn/van-hoa/hoi-thi-dan-ca.html?utm_source=rss</link>
    <pubDate>Wed, 13 Mar 2024 01:15:00 +0700</pubDate>
    <description>Hơn 200 diễn viên quần chúng tham gia hội thi.</description>
  </item>
  <item>
    <title>Tăng cường phòng chống cháy rừng mùa khô</title>
    <link>https://baothu.example.vn/moi-truong/chay-rung.html</link>
    <pubDate>Thu, 14 Mar 2024 09:00:00 +0700</pubDate>
    <description><![CDATA[<p>Các lực lượng chức năng trực 24/24 giờ tại những khu rừng có nguy cơ cháy cao.</p>]]></description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Cổng Thử Nghiệm</title>
  <id>tag:congthu.example.vn,2024:feed</id>
  <updated>2024-04-02T08:00:00+07:00</updated>
  <entry>
    <title>Tập huấn nghiệp vụ văn thư lưu trữ</title>
    <id>tag:congthu.example.vn,2024:1</id>
    <link href="https://congthu.example.vn/tin/tap-huan-van-thu.html"/>
    <published>2024-04-01T23:30:00+07:00</published>
    <summary>Gần 150 cán bộ văn thư cấp xã tham gia lớp tập huấn.</summary>
    <content type="html">&lt;p&gt;Gần 150 cán bộ văn thư cấp xã tham gia lớp tập huấn do Sở Nội vụ tổ chức trong hai ngày 1 và 2/4.&lt;/p&gt;&lt;p&gt;Học viên được hướng dẫn quy trình số hóa tài liệu lưu trữ.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def write_feed(folder: Path, text: str = RSS, name: str = "thoi-su.rss") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_entry_with_full_content_is_the_article(tmp_path: Path) -> None:
    first = next(iter(iter_sources([str(write_feed(tmp_path))], options=SourceOptions(offline=True))))
    assert isinstance(first, RawDocument)
    assert first.metadata["text_from"] == "feed content"
    assert first.url == "https://baothu.example.vn/thoi-su/khanh-thanh-cau.html"
    article = build_article(first)
    assert article.title == "Khánh thành cầu dân sinh ở xã Tân Lập"
    assert article.lead is not None and article.lead.startswith("Cây cầu dài 60 m nối hai thôn")
    assert [c.credit for c in article.captions] == ["HOÀI NAM"]
    assert article.authors == ["Trần Hà"]
    assert article.published is not None and article.published.date.isoformat() == "2024-03-12"


def test_an_entry_linking_to_a_page_saved_beside_the_feed_reads_that_page(tmp_path: Path) -> None:
    (tmp_path / "hoi-thi-dan-ca.html").write_bytes(
        page("Hội thi tiếng hát dân ca các dân tộc", "Tối 12/3, hội thi đã khai mạc tại nhà văn hóa tỉnh.", day=13)
    )
    items = list(iter_sources([str(write_feed(tmp_path))], options=SourceOptions(offline=True)))
    second = items[1]
    assert isinstance(second, RawDocument)
    assert second.content_type == "text/html"
    assert second.source == str((tmp_path / "hoi-thi-dan-ca.html").resolve())
    assert second.url == "https://baothu.example.vn/van-hoa/hoi-thi-dan-ca.html?utm_source=rss"
    assert second.metadata["text_from"] == "linked page" and second.metadata["feed_entry"] == 2
    article = build_article(second)
    assert article.lead == "Tối 12/3, hội thi đã khai mạc tại nhà văn hóa tỉnh."


def test_a_page_found_through_the_local_pages_mapping(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror" / "moi-truong"
    mirror.mkdir(parents=True)
    (mirror / "chay-rung.html").write_bytes(page("Tăng cường phòng chống cháy rừng mùa khô", "Mở đầu."))
    feed = write_feed(tmp_path)
    options = SourceOptions(offline=True, local_pages={"https://baothu.example.vn/": str(tmp_path / "mirror")})
    third = list(iter_sources([str(feed)], options=options))[2]
    assert isinstance(third, RawDocument) and third.metadata["text_from"] == "linked page"
    assert third.source.endswith("chay-rung.html")


def test_an_entry_with_only_a_summary_says_so(tmp_path: Path) -> None:
    items = list(iter_sources([str(write_feed(tmp_path))], options=SourceOptions(offline=True)))
    third = items[2]
    assert isinstance(third, RawDocument)
    assert third.metadata["text_from"] == "feed summary" and "only a summary" in third.metadata["note"]
    article = build_article(third)
    assert article.title == "Tăng cường phòng chống cháy rừng mùa khô"
    assert article.lead == "Các lực lượng chức năng trực 24/24 giờ tại những khu rừng có nguy cơ cháy cao."


def test_a_link_cannot_climb_out_of_the_feed_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.html").write_bytes(page("Bí mật", "Không được đọc."))
    inner = tmp_path / "feeds"
    inner.mkdir()
    rss = RSS.replace("https://baothu.example.vn/moi-truong/chay-rung.html", "https://baothu.example.vn/../secret.html")
    third = list(iter_sources([str(write_feed(inner, rss))], options=SourceOptions(offline=True)))[2]
    assert isinstance(third, RawDocument) and third.metadata["text_from"] == "feed summary"


def test_an_atom_feed_with_content(tmp_path: Path) -> None:
    path = write_feed(tmp_path, ATOM, "tin.atom")
    [doc] = list(iter_sources([str(path)], options=SourceOptions(offline=True)))
    assert isinstance(doc, RawDocument) and doc.content_type == "application/atom+xml"
    article = build_article(doc)
    # 23:30 on 1 April in Hanoi is still 1 April, though it is 16:30 UTC.
    assert article.published is not None and article.published.date.isoformat() == "2024-04-01"
    assert article.paragraphs[-1] == "Học viên được hướng dẫn quy trình số hóa tài liệu lưu trữ."


def test_a_feed_in_a_xml_file_is_sniffed(tmp_path: Path) -> None:
    path = write_feed(tmp_path, RSS, "feed.xml")
    items = list(iter_sources([str(path)], options=SourceOptions(offline=True)))
    assert len(items) == 3 and all(isinstance(item, RawDocument) for item in items)


def test_a_broken_feed_and_an_empty_feed_are_errors(tmp_path: Path) -> None:
    broken = write_feed(tmp_path, "<rss><channel><item><title>Không đóng", "broken.rss")
    empty = write_feed(tmp_path, '<rss version="2.0"><channel><title>Trống</title></channel></rss>', "empty.rss")
    items = list(iter_sources([str(broken), str(empty)], options=SourceOptions(offline=True)))
    assert isinstance(items[-1], EmptyInputError)
    assert all(isinstance(item, (SourceFormatError, EmptyInputError, RawDocument)) for item in items)


def test_a_feed_url_is_expanded(site: Site) -> None:
    site.routes["/rss/thoi-su.rss"] = Route(
        body=RSS.encode("utf-8"), headers={"Content-Type": "application/rss+xml; charset=utf-8"}
    )
    items = list(extract_articles(iter_sources([site.url("/rss/thoi-su.rss")], options=local_options())))
    assert [a.title for a in items if isinstance(a, Article)] == [
        "Khánh thành cầu dân sinh ở xã Tân Lập",
        "Hội thi tiếng hát dân ca các dân tộc",
        "Tăng cường phòng chống cháy rừng mùa khô",
    ]


def test_local_dates_keep_the_publishers_day() -> None:
    assert local_date("Tue, 12 Mar 2024 06:30:00 +0700") == "2024-03-12"
    assert local_date("2024-04-01T23:30:00+07:00") == "2024-04-01"
    assert local_date("2024-04-01T23:30:00Z") == "2024-04-01"
    assert local_date("hôm qua") is None
