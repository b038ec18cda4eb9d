"""Fetching URLs from a real server on 127.0.0.1: provenance, politeness and every limit."""

from __future__ import annotations

import time

import pytest

from bantin.errors import InputTooLargeError
from bantin.record import RawDocument
from bantin.sources import (
    FetchError,
    PrivateAddressError,
    RobotsDisallowedError,
    SkippedRecordError,
    SourceOptions,
    iter_sources,
)
from tests.sources.conftest import Route, Site, html_route, local_options, page


def one(url: str, options: SourceOptions) -> object:
    items = list(iter_sources([url], options=options))
    assert len(items) == 1, items
    return items[0]


def test_a_page_becomes_a_raw_document_with_its_provenance(site: Site) -> None:
    site.routes["/tin/a.html"] = html_route(
        page("Tiêu đề thử nghiệm", "Sáng nay, hội nghị đã khai mạc."),
        **{"Last-Modified": "Fri, 10 May 2024 01:00:00 GMT"},
    )
    doc = one(site.url("/tin/a.html"), local_options())
    assert isinstance(doc, RawDocument)
    assert doc.content_type == "text/html"
    assert doc.url == site.url("/tin/a.html") and doc.source == site.url("/tin/a.html")
    assert doc.metadata["charset"] == "utf-8"
    assert doc.metadata["last_modified"] == "Fri, 10 May 2024 01:00:00 GMT"
    assert doc.metadata["http_status"] == 200 and doc.metadata["fetched_at"].startswith("20")
    assert "Tiêu đề thử nghiệm".encode() in doc.data


def test_the_user_agent_names_bantin_and_robots_txt_is_read_once_per_site(site: Site) -> None:
    site.routes["/a.html"] = html_route(page("Một", "Mở đầu một."))
    site.routes["/b.html"] = html_route(page("Hai", "Mở đầu hai."))
    list(iter_sources([site.url("/a.html"), site.url("/b.html")], options=local_options()))
    assert site.paths() == ["/robots.txt", "/a.html", "/b.html"]
    assert all(agent.startswith("bantin/") for _path, agent, _host in site.requests)
    assert all(host == site.base.removeprefix("http://") for _path, _agent, host in site.requests)


def test_robots_txt_forbids_a_path_and_nothing_is_requested_there(site: Site) -> None:
    site.routes["/private/secret.html"] = html_route(page("Bí mật", "Không được đọc."))
    error = one(site.url("/private/secret.html"), local_options())
    assert isinstance(error, RobotsDisallowedError)
    assert "robots.txt" in error.reason
    assert "/private/secret.html" not in site.paths()


def test_a_redirect_is_followed_and_recorded(site: Site) -> None:
    site.routes["/old"] = Route(status=301, headers={"Location": "/tin/new.html"})
    site.routes["/tin/new.html"] = html_route(page("Bài mới", "Mở đầu."))
    doc = one(site.url("/old"), local_options())
    assert isinstance(doc, RawDocument)
    assert doc.url == site.url("/tin/new.html") and doc.source == site.url("/old")
    assert doc.metadata["redirects"] == [site.url("/old")]


@pytest.mark.parametrize("target", ["http://10.20.30.40/admin", "http://169.254.169.254/latest/meta-data/"])
def test_a_redirect_to_a_private_address_is_refused_before_connecting(site: Site, target: str) -> None:
    site.routes["/go"] = Route(status=302, headers={"Location": target})
    error = one(site.url("/go"), local_options())  # 127.0.0.0/8 allowed, nothing else
    assert isinstance(error, PrivateAddressError)
    assert target in error.source and ("private" in error.reason or "link-local" in error.reason)


def test_loopback_is_refused_unless_allowed(site: Site) -> None:
    site.routes["/a.html"] = html_route(page("Một", "Mở đầu."))
    error = one(site.url("/a.html"), SourceOptions())
    assert isinstance(error, PrivateAddressError) and "loopback" in error.reason
    assert site.requests == []
    assert isinstance(one(site.url("/a.html"), local_options(allow_private=True)), RawDocument)


def test_a_name_is_resolved_and_every_address_checked(site: Site) -> None:
    # "localhost" is a name, not an address: the check applies to what it resolves to.
    url = site.url("/a.html").replace("127.0.0.1", "localhost")
    error = one(url, SourceOptions())
    assert isinstance(error, PrivateAddressError)
    assert "localhost resolves to" in error.reason and site.requests == []


def test_a_slow_server_meets_the_time_limit(site: Site) -> None:
    site.routes["/slow"] = Route(body=b"late", delay=3.0, headers={"Content-Type": "text/plain"})
    started = time.monotonic()
    error = one(site.url("/slow"), local_options(timeout=0.5))
    assert isinstance(error, FetchError) and "time limit" in error.reason
    assert time.monotonic() - started < 2.5


def test_a_dripping_download_meets_the_time_limit(site: Site) -> None:
    body = page("Nhỏ giọt", "Từng mẩu một.")
    site.routes["/drip"] = Route(body=body, drip=0.3, chunks=20, headers={"Content-Type": "text/html"})
    error = one(site.url("/drip"), local_options(timeout=1.0))
    assert isinstance(error, FetchError) and "time limit" in error.reason


def test_an_oversized_streamed_response_is_aborted(site: Site) -> None:
    body = b"<html><body>" + b"<p>" + "Một câu rất dài. ".encode() * 20_000 + b"</p></body></html>"
    site.routes["/big"] = Route(body=body, drip=0.001, chunks=50, headers={"Content-Type": "text/html"})
    error = one(site.url("/big"), local_options(max_bytes=100_000))
    assert isinstance(error, InputTooLargeError) and "size limit" in error.reason


def test_an_announced_oversized_response_is_refused_before_reading(site: Site) -> None:
    site.routes["/huge"] = Route(body=b"x" * 300_000, headers={"Content-Type": "text/html"})
    error = one(site.url("/huge"), local_options(max_bytes=100_000))
    assert isinstance(error, InputTooLargeError) and "announces" in error.reason


def test_http_errors_name_the_status(site: Site) -> None:
    error = one(site.url("/missing"), local_options())
    assert isinstance(error, FetchError) and error.reason == "HTTP 404" and error.status == 404


def test_an_image_is_a_reject_not_an_article(site: Site) -> None:
    site.routes["/anh.png"] = Route(body=b"\x89PNG\r\n\x1a\n" + bytes(64), headers={"Content-Type": "image/png"})
    error = one(site.url("/anh.png"), local_options())
    assert isinstance(error, SkippedRecordError) and "image/png" in error.reason


def test_requests_to_one_host_are_spaced_by_the_rate_limit(site: Site) -> None:
    for name in "abc":
        site.routes[f"/{name}.html"] = html_route(page(name.upper(), "Mở đầu."))
    urls = [site.url(f"/{name}.html") for name in "abc"]
    list(iter_sources(urls, options=local_options(rate_per_host=5.0)))
    times = [when for path, when in site.times]  # robots.txt, a, b, c
    gaps = [later - earlier for earlier, later in zip(times, times[1:])]
    assert len(gaps) == 3 and min(gaps) >= 0.18


def test_robots_crawl_delay_slows_the_rate(site: Site) -> None:
    site.routes["/robots.txt"] = Route(body=b"User-agent: bantin\nCrawl-delay: 1\nDisallow:\n")
    for name in "ab":
        site.routes[f"/{name}.html"] = html_route(page(name.upper(), "Mở đầu."))
    list(iter_sources([site.url("/a.html"), site.url("/b.html")], options=local_options(rate_per_host=100.0)))
    a, b = site.hits("/a.html")[0], site.hits("/b.html")[0]
    assert b - a >= 0.95


def test_a_missing_robots_txt_allows_everything(site: Site) -> None:
    del site.routes["/robots.txt"]
    site.routes["/a.html"] = html_route(page("Một", "Mở đầu."))
    assert isinstance(one(site.url("/a.html"), local_options()), RawDocument)


def test_an_unreachable_robots_txt_forbids_everything(site: Site) -> None:
    site.routes["/robots.txt"] = Route(status=503, body=b"busy")
    site.routes["/a.html"] = html_route(page("Một", "Mở đầu."))
    error = one(site.url("/a.html"), local_options())
    assert isinstance(error, RobotsDisallowedError) and "HTTP 503" in error.reason
    assert "/a.html" not in site.paths()


def test_offline_options_fetch_nothing(site: Site) -> None:
    error = one(site.url("/a.html"), local_options(offline=True))
    assert isinstance(error, FetchError) and "offline" in error.reason and site.requests == []


def test_other_schemes_are_errors() -> None:
    items = list(iter_sources(["ftp://example.vn/a.txt"], options=SourceOptions()))
    assert len(items) == 1 and "http and https" in str(items[0])
