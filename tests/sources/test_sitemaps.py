"""Sitemaps and sitemap indexes (gzip too): pages beside the sitemap, or fetched; lastmod kept."""

from __future__ import annotations

import gzip
from pathlib import Path

from bantin.errors import EmptyInputError
from bantin.pipeline import extract_articles
from bantin.record import Article, RawDocument
from bantin.sources import FetchError, SourceFormatError, SourceOptions, iter_sources
from tests.sources.conftest import Route, Site, gz, html_route, local_options, page

URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{entries}
</urlset>
"""
INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{entries}
</sitemapindex>
"""


def urlset(*locs: str, lastmod: str = "2024-05-10") -> str:
    entries = "\n".join(f"<url><loc>{loc}</loc><lastmod>{lastmod}</lastmod></url>" for loc in locs)
    return URLSET.format(entries=entries)


def index(*locs: str) -> str:
    return INDEX.format(entries="\n".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs))


def test_a_sitemap_beside_its_pages_reads_them_locally(tmp_path: Path) -> None:
    (tmp_path / "tin").mkdir()
    (tmp_path / "tin" / "a.html").write_bytes(page("Bài A", "Mở đầu bài A."))
    (tmp_path / "b.html").write_bytes(page("Bài B", "Mở đầu bài B."))
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(urlset("https://baothu.example.vn/tin/a.html", "https://baothu.example.vn/khac/b.html"))
    items = list(iter_sources([str(sitemap)], options=SourceOptions(offline=True)))
    assert all(isinstance(item, RawDocument) for item in items)
    assert [Path(item.source).name for item in items] == ["a.html", "b.html"]  # type: ignore[union-attr]
    assert items[0].url == "https://baothu.example.vn/tin/a.html"  # type: ignore[union-attr]
    assert items[0].metadata == {"sitemap": str(sitemap), "lastmod": "2024-05-10"}  # type: ignore[union-attr]


def test_a_page_neither_local_nor_fetchable_is_an_error_in_place(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(page("Bài A", "Mở đầu."))
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(urlset("https://baothu.example.vn/a.html", "https://baothu.example.vn/mat.html"))
    items = list(iter_sources([str(sitemap)], options=SourceOptions(offline=True)))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[1], FetchError) and items[1].source == "https://baothu.example.vn/mat.html"


def test_a_gzipped_sitemap_index_with_local_sitemaps(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(page("Bài A", "Mở đầu."))
    (tmp_path / "b.html").write_bytes(page("Bài B", "Mở đầu."))
    (tmp_path / "sitemap-1.xml.gz").write_bytes(gz(urlset("https://x.example.vn/a.html").encode()))
    (tmp_path / "sitemap-2.xml").write_text(urlset("https://x.example.vn/b.html"))
    root = tmp_path / "sitemap_index.xml.gz"
    root.write_bytes(
        gzip.compress(index("https://x.example.vn/sitemap-1.xml.gz", "https://x.example.vn/sitemap-2.xml").encode())
    )
    items = list(iter_sources([str(root)], options=SourceOptions(offline=True)))
    assert [Path(item.source).name for item in items] == ["a.html", "b.html"]  # type: ignore[union-attr]


def test_an_index_that_names_itself_does_not_loop(tmp_path: Path) -> None:
    root = tmp_path / "sitemap.xml"
    root.write_text(index("https://x.example.vn/sitemap.xml"))
    assert list(iter_sources([str(root)], options=SourceOptions(offline=True))) == []


def test_malformed_and_empty_sitemaps_are_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc>')
    empty = tmp_path / "empty.xml"
    empty.write_text(URLSET.format(entries=""))
    items = list(iter_sources([str(bad), str(empty)], options=SourceOptions(offline=True)))
    assert isinstance(items[-2], SourceFormatError) and isinstance(items[-1], EmptyInputError)


def test_a_sitemap_url_is_fetched_and_its_pages_too(site: Site) -> None:
    site.routes["/tin/a.html"] = html_route(page("Bài A", "Sáng 9/5, hội nghị khai mạc."))
    site.routes["/tin/b.html"] = html_route(page("Bài B", "Chiều 9/5, đoàn công tác làm việc tại xã."))
    site.routes["/sitemap-tin.xml.gz"] = Route(
        body=gz(urlset(site.url("/tin/a.html"), site.url("/tin/b.html")).encode()),
        headers={"Content-Type": "application/gzip"},
    )
    site.routes["/sitemap.xml"] = Route(
        body=index(site.url("/sitemap-tin.xml.gz")).encode(), headers={"Content-Type": "application/xml"}
    )
    items = list(iter_sources([site.url("/sitemap.xml")], options=local_options()))
    assert [item.url for item in items] == [site.url("/tin/a.html"), site.url("/tin/b.html")]  # type: ignore[union-attr]
    assert items[0].metadata["lastmod"] == "2024-05-10"  # type: ignore[union-attr]
    articles = [a for a in extract_articles(items) if isinstance(a, Article)]  # type: ignore[arg-type]
    assert [a.title for a in articles] == ["Bài A", "Bài B"]
