"""Web archives written here with warcio's writer (our own pages): HTML responses become articles."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bantin.errors import InputTooLargeError
from bantin.pipeline import extract_articles
from bantin.record import Article, RawDocument
from bantin.sources import SkippedRecordError, SourceFormatError, SourceOptions, iter_sources
from tests.sources.conftest import page

DATE = "2024-05-11T02:03:04Z"


def _response(writer: WARCWriter, url: str, status: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": DATE}
    )
    writer.write_record(record)


def write_warc(path: Path, *, gzip: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "bantin tests"}))
        request = writer.create_warc_record(
            "https://baothu.example.vn/tin/a.html", "request", payload=io.BytesIO(b"GET /tin/a.html HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        _response(writer, "https://baothu.example.vn/tin/a.html", "200 OK", "text/html; charset=utf-8",
                  page("Khai mạc hội chợ nông sản", "Sáng 10/5, hội chợ nông sản khai mạc tại quảng trường."))
        _response(writer, "https://baothu.example.vn/anh/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))
        _response(writer, "https://baothu.example.vn/tin/mat.html", "404 Not Found", "text/html", b"<html>404</html>")
        _response(writer, "https://baothu.example.vn/tin/b.html", "200 OK", "text/html",
                  page("Bế mạc hội chợ nông sản", "Chiều 14/5, hội chợ nông sản bế mạc sau năm ngày."))


@pytest.mark.parametrize("name,compressed", [("crawl.warc", False), ("crawl.warc.gz", True), ("crawl.dat", True)])
def test_html_responses_are_articles_and_other_responses_are_rejects(tmp_path: Path, name: str, compressed: bool) -> None:
    path = tmp_path / name  # "crawl.dat": no telling extension, the first bytes decide
    write_warc(path, gzip=compressed)
    items = list(iter_sources([str(path)], options=SourceOptions(offline=True)))
    docs = [item for item in items if isinstance(item, RawDocument)]
    rejects = [item for item in items if isinstance(item, SkippedRecordError)]
    assert [d.url for d in docs] == ["https://baothu.example.vn/tin/a.html", "https://baothu.example.vn/tin/b.html"]
    assert all(d.metadata["fetched_at"] == DATE and d.content_type == "text/html" for d in docs)
    assert docs[0].metadata["charset"] == "utf-8" and docs[0].metadata["warc_record_id"].startswith("<urn:uuid:")
    assert [r.reason for r in rejects] == ["not an HTML response: image/png", "HTTP 404"]
    assert "logo.png" in rejects[0].source
    titles = [a.title for a in extract_articles(docs) if isinstance(a, Article)]
    assert titles == ["Khai mạc hội chợ nông sản", "Bế mạc hội chợ nông sản"]


def test_a_record_over_the_size_limit_is_an_error_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        _response(writer, "https://x.example.vn/big.html", "200 OK", "text/html", b"<html><p>" + b"a" * 50_000 + b"</p>")
        _response(writer, "https://x.example.vn/ok.html", "200 OK", "text/html", page("Nhỏ", "Mở đầu."))
    items = list(iter_sources([str(path)], options=SourceOptions(offline=True, max_bytes=20_000)))
    assert isinstance(items[0], InputTooLargeError) and "big.html" in items[0].source
    assert isinstance(items[1], RawDocument)


def test_an_arc_file_is_read_too(tmp_path: Path) -> None:
    body = page("Tin lưu trữ cũ", "Bài viết từ một bản lưu ARC.")
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    header = b"filedesc://crawl.arc 0.0.0.0 20240511020304 text/plain 76\n"
    version = b"1 0 bantin\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = header.replace(b"76", str(len(version)).encode()) + version + b"\n"
    record = b"https://baothu.example.vn/cu.html 127.0.0.1 20240511020304 text/html " + str(len(http)).encode() + b"\n"
    path = tmp_path / "old.arc"
    path.write_bytes(filedesc + record + http + b"\n")
    items = list(iter_sources([str(path)], options=SourceOptions(offline=True)))
    docs = [item for item in items if isinstance(item, RawDocument)]
    assert [d.url for d in docs] == ["https://baothu.example.vn/cu.html"]
    assert docs[0].metadata["fetched_at"].startswith("2024-05-11")


def test_a_file_that_is_not_an_archive_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not a WARC file at all\n" * 10)
    items = list(iter_sources([str(path)], options=SourceOptions(offline=True)))
    assert len(items) == 1 and isinstance(items[0], SourceFormatError)
