"""A real HTTP server on 127.0.0.1, in a thread, serving the pages, feeds and traps the tests need."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bantin.sources import SourceOptions

PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} - Báo Thử Nghiệm</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-05-{day:02d}T07:30:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>{title}</h1>
<p>(BTN) – {lead}</p>
<p>Theo kế hoạch, các địa phương hoàn thành việc rà soát trước ngày 30/6/2024, báo cáo kết quả về Ủy ban
nhân dân tỉnh để tổng hợp. Sở Nội vụ được giao theo dõi, đôn đốc việc thực hiện và đề xuất khen thưởng những
tập thể, cá nhân có thành tích xuất sắc.</p>
<p>Các đại biểu cũng đề nghị tăng cường ứng dụng công nghệ thông tin trong quản lý hồ sơ, giảm thời gian đi lại
của người dân và doanh nghiệp khi thực hiện thủ tục hành chính tại bộ phận một cửa các cấp.</p>
</article>
<footer>Báo Thử Nghiệm. Giấy phép số 00/GP-BTTTT. Địa chỉ: số 1 phố Thử Nghiệm.</footer>
</body></html>"""


def page(title: str, lead: str, day: int = 10) -> bytes:
    """A small news page of our own, in UTF-8."""
    return PAGE.format(title=title, lead=lead, day=day).encode("utf-8")


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the headers
    drip: float = 0.0  # seconds between body chunks (chunked encoding)
    chunks: int = 1


@dataclass
class Site:
    """The server's routes and the requests it received."""

    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, str, str]] = field(default_factory=list)  # (path, user agent, host header)
    times: list[tuple[str, float]] = field(default_factory=list)  # (path, when it arrived)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [path for path, _agent, _host in self.requests]

    def hits(self, path: str) -> list[float]:
        return [when for p, when in self.times if p == path]


def _handler(site_ref: list[Site]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site = site_ref[0]
            path = self.path.split("?", 1)[0]
            site.requests.append((path, self.headers.get("User-Agent", ""), self.headers.get("Host", "")))
            site.times.append((path, time.monotonic()))
            route = site.routes.get(path)
            if route is None:
                route = Route(status=404, body=b"not found", headers={"Content-Type": "text/plain"})
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if route.drip:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                piece = max(1, len(route.body) // route.chunks)
                try:
                    for start in range(0, len(route.body), piece):
                        chunk = route.body[start : start + piece]
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                        self.wfile.flush()
                        time.sleep(route.drip)
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            if "Content-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that aborts a download (the size and time limits) is expected here


@pytest.fixture
def site() -> Iterator[Site]:
    """A server on 127.0.0.1 with an empty route table; tests add routes."""
    ref: list[Site] = []
    server = _QuietServer(("127.0.0.1", 0), _handler(ref))
    ref.append(Site(base=f"http://127.0.0.1:{server.server_address[1]}", routes={}))
    ref[0].routes["/robots.txt"] = Route(
        body=b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ref[0]
    finally:
        server.shutdown()
        server.server_close()


def local_options(**changes: object) -> SourceOptions:
    """Options for the test server: 127.0.0.1 only (not all private addresses), fast, short limits."""
    values: dict[str, object] = {"allow_private": ("127.0.0.0/8",), "rate_per_host": 200.0, "timeout": 5.0}
    values.update(changes)
    return SourceOptions(**values)  # type: ignore[arg-type]


def html_route(body: bytes, **headers: str) -> Route:
    return Route(body=body, headers={"Content-Type": "text/html; charset=utf-8", **headers})


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)

