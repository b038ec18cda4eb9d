"""Local inputs: folders walked with include/exclude, kinds by extension or first bytes, iter_inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bantin.errors import InputError, InputNotFoundError, UsageError
from bantin.record import RawDocument
from bantin.sources import SourceOptions, iter_inputs, iter_sources
from bantin.sources._kinds import kind_of_bytes, kind_of_name
from tests.sources.conftest import gz, page

TEXT_PAGE = "Tiêu đề bài viết\n\nHÀ NỘI – Sáng nay, hội nghị đã khai mạc.\n\nMINH AN\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "tin").mkdir()
    (tmp_path / "tin" / "a.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (tmp_path / "tin" / "b.html").write_bytes(page("Bài B", "Mở đầu."))
    (tmp_path / "tin" / "nhap").mkdir()
    (tmp_path / "tin" / "nhap" / "c.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (tmp_path / "kho.jsonl").write_text(json.dumps({"title": "Tiêu đề", "body": "Thân bài."}) + "\n", encoding="utf-8")
    (tmp_path / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "feed.xml").write_text("<rss version='2.0'><channel></channel></rss>", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(TEXT_PAGE, encoding="utf-8")
    return tmp_path


def names(items: list[RawDocument | InputError], root: Path) -> list[str]:
    return [Path(item.source).relative_to(root).as_posix() for item in items]


def test_a_folder_is_walked_for_article_files_in_name_order(folder: Path) -> None:
    items = list(iter_sources([str(folder)], options=SourceOptions(offline=True)))
    assert names(items, folder) == ["kho.jsonl", "tin/a.txt", "tin/b.html", "tin/nhap/c.txt"]
    assert [item.content_type for item in items] == ["application/x-ndjson", "text/plain", "text/html", "text/plain"]  # type: ignore[union-attr]


def test_include_and_exclude_patterns(folder: Path) -> None:
    options = SourceOptions(offline=True, include=["tin/*"], exclude=["*/nhap/*", "*.html"])
    assert names(list(iter_sources([str(folder)], options=options)), folder) == ["tin/a.txt"]
    only_html = SourceOptions(offline=True, include=["*.HTML"])
    assert names(list(iter_sources([str(folder)], options=only_html)), folder) == ["tin/b.html"]


def test_a_folder_without_matching_files_is_one_error(folder: Path) -> None:
    [error] = list(iter_sources([str(folder)], options=SourceOptions(offline=True, include=["*.warc"])))
    assert isinstance(error, InputNotFoundError) and "*.warc" in error.reason


def test_iter_inputs_keeps_its_signature_and_reads_locally(folder: Path) -> None:
    items = list(iter_inputs([str(folder / "tin"), "https://example.vn/a.html"], max_bytes=10_000, exclude=["*.html"]))
    assert names(items[:2], folder) == ["tin/a.txt", "tin/nhap/c.txt"]
    assert isinstance(items[2], InputNotFoundError) and "iter_sources" in items[2].reason


def test_a_page_without_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "trang").write_bytes(page("Không đuôi", "Mở đầu."))
    (tmp_path / "van-ban").write_text(TEXT_PAGE, encoding="utf-8")
    (tmp_path / "trang.gz").write_bytes(gz(page("Nén", "Mở đầu.")))
    items = list(iter_sources([str(tmp_path / n) for n in ("trang", "van-ban", "trang.gz")], options=SourceOptions()))
    assert [item.content_type for item in items] == ["text/html", "text/plain", "text/html"]  # type: ignore[union-attr]
    assert b"<html" in items[2].data  # type: ignore[union-attr]


def test_a_txt_page_is_text_whatever_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "trang.txt"
    path.write_bytes(page("Vẫn là văn bản", "Mở đầu."))
    [doc] = list(iter_sources([str(path)], options=SourceOptions()))
    assert isinstance(doc, RawDocument) and doc.content_type == "text/plain"


@pytest.mark.parametrize(
    "head,kind",
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
        (b"filedesc://x.arc 0.0.0.0 2024", "warc"),
        (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', "sitemap"),
        (b"<sitemapindex>", "sitemap"),
        (b"<!DOCTYPE html><html><head>", "html"),
        (b"\xef\xbb\xbf<html lang='vi'>", "html"),
        (b'{"title": "A"}\n{"title": "B"}\n', "jsonl"),
        ("Tiêu đề\n\nMở đầu.".encode(), "text"),
    ],
)
def test_kinds_by_first_bytes(head: bytes, kind: str) -> None:
    assert kind_of_bytes(head) == kind
    assert kind_of_bytes(gz(head)) == kind


def test_kinds_by_extension() -> None:
    assert [kind_of_name(n) for n in ("a.WARC.GZ", "b.arc", "c.jsonl.gz", "d.htm", "e.rss", "f.xml", "g")] == [
        "warc", "warc", "jsonl", "html", "feed", "unknown", "unknown",
    ]


def test_bad_options_are_usage_errors() -> None:
    for bad in ({"max_bytes": 0}, {"rate_per_host": 0}, {"timeout": -1}, {"include": "*.txt"},
                {"allow_private": ("not a network",)}):
        with pytest.raises(UsageError):
            SourceOptions(**bad)  # type: ignore[arg-type]


def test_the_extract_command_reads_html_pages_and_html_on_standard_input(tmp_path: Path) -> None:
    import subprocess
    import sys

    html = page("Tiêu đề trang HTML", "Sáng nay, hội nghị đã khai mạc.")
    path = tmp_path / "trang.html"
    path.write_bytes(html)
    for args, stdin in (([str(path)], None), (["-"], html)):
        result = subprocess.run([sys.executable, "-m", "bantin", "extract", *args], input=stdin, capture_output=True,
                                check=False)
        assert result.returncode == 0, result.stderr
        record = json.loads(result.stdout)
        assert record["title"] == "Tiêu đề trang HTML" and record["provenance"]["content_type"] == "text/html"
        assert record["lead"] == "Sáng nay, hội nghị đã khai mạc." and record["lead_tag"] == "(BTN) –"
