"""Fetching URLs politely: robots.txt, a rate per host, size and time limits, public addresses only.

Redirects are followed by hand, each hop checked like the first (robots.txt, address, rate).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field, replace
from email.message import Message
from urllib.parse import urljoin

import httpx

from bantin.errors import InputTooLargeError
from bantin.sources._errors import FetchError, RobotsDisallowedError
from bantin.sources._netguard import Resolved, resolve_checked
from bantin.sources._options import SourceOptions
from bantin.sources._robots import ROBOTS_MAX_BYTES, SiteRules, read_rules

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body and what the server said about it."""

    requested: str
    url: str  # after redirects
    status: int
    content_type: str  # the media type, lowercased, without parameters
    charset: str | None
    last_modified: str | None
    data: bytes
    fetched_at: dt.datetime
    redirects: tuple[str, ...] = field(default=())

    def metadata(self) -> dict[str, object]:
        """The provenance a raw document keeps of this fetch."""
        meta: dict[str, object] = {"fetched_at": self.fetched_at.isoformat(), "http_status": self.status}
        for key, value in (("charset", self.charset), ("last_modified", self.last_modified)):
            if value:
                meta[key] = value
        if self.redirects:
            meta["redirects"] = list(self.redirects)
        return meta


def media_type(header: str | None) -> tuple[str, str | None]:
    """The media type and charset of a Content-Type header value."""
    if not header:
        return "", None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), charset if isinstance(charset, str) else None


class Fetcher:
    """One polite HTTP client for a run: robots.txt and rate limits are kept per host."""

    def __init__(self, options: SourceOptions) -> None:
        self._options = options
        self._client = httpx.Client(
            transport=options.transport,
            follow_redirects=False,
            timeout=httpx.Timeout(options.timeout),
            headers={"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate"},
            trust_env=False,  # no proxies from the environment: the address checks must hold
        )
        self._rules: dict[str, SiteRules] = {}
        self._last_request: dict[str, float] = {}
        self._crawl_delay: dict[str, float] = {}

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def fetch(self, url: str, *, max_bytes: int | None = None) -> Fetched:
        """Fetch ``url`` (following redirects); raise a :class:`FetchError` or ``InputTooLargeError``."""
        limit = max_bytes or self._options.max_bytes
        hops: list[str] = []
        current = url
        while True:
            parsed, resolved = self._resolve(current, requested=url)
            self._check_robots(current, requested=url)
            fetched = self._get(parsed, resolved, limit=limit, requested=url)
            if isinstance(fetched, str):  # a redirect
                if len(hops) >= self._options.max_redirects:
                    raise FetchError(url, f"more than {self._options.max_redirects} redirects")
                hops.append(current)
                current = urljoin(current, fetched)
                continue
            return replace(fetched, redirects=tuple(hops)) if hops else fetched

    def _check_robots(self, url: str, *, requested: str) -> None:
        parsed = httpx.URL(url)
        if parsed.path == "/robots.txt":
            return
        origin = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        rules = self._rules.get(origin)
        if rules is None:
            rules = read_rules(origin + "/robots.txt", self._robots_text)
            self._rules[origin] = rules
            if rules.crawl_delay:
                port = parsed.port or _DEFAULT_PORTS.get(parsed.scheme, 0)
                self._crawl_delay[f"{parsed.host}:{port}"] = rules.crawl_delay
        refused = rules.refusal(url)
        if refused is not None:
            where = "" if url == requested else f" (redirected to {url})"
            raise RobotsDisallowedError(requested, f"{refused}{where}")

    def _robots_text(self, robots_url: str) -> str:
        fetched = self.fetch(robots_url, max_bytes=ROBOTS_MAX_BYTES)
        return fetched.data.decode("utf-8", errors="replace")

    def _resolve(self, url: str, *, requested: str) -> tuple[httpx.URL, Resolved]:
        """Parse a URL and check the addresses of its host (before robots.txt is asked, too)."""
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as error:
            raise FetchError(requested, f"not a valid URL ({error})") from None
        if parsed.scheme not in _DEFAULT_PORTS or not parsed.host:
            raise FetchError(requested, f"only http and https URLs are fetched, not {url!r}")
        port = parsed.port or _DEFAULT_PORTS[parsed.scheme]
        where = requested if url == requested else f"{requested} -> {url}"
        return parsed, resolve_checked(where, parsed.host, port, self._options.allow_private)

    def _get(self, parsed: httpx.URL, resolved: Resolved, *, limit: int, requested: str) -> Fetched | str:
        """One request to a checked address: the body, or the Location of a redirect."""
        url = str(parsed)
        port = parsed.port or _DEFAULT_PORTS[parsed.scheme]
        self._wait_turn(parsed.host, port)
        # Connect to the address that was checked, naming the host in the Host header and for TLS.
        pinned = parsed.copy_with(host=str(resolved.address))
        host_header = parsed.netloc.decode("ascii")
        request = self._client.build_request(
            "GET", pinned, headers={"Host": host_header}, extensions={"sni_hostname": parsed.host}
        )
        deadline = time.monotonic() + self._options.timeout
        try:
            response = self._client.send(request, stream=True)
        except httpx.TimeoutException:
            raise FetchError(requested, f"no answer within {self._options.timeout:g} s (time limit)") from None
        except httpx.HTTPError as error:
            raise FetchError(requested, f"cannot be fetched: {error or type(error).__name__}") from None
        try:
            return self._read(response, url, requested=requested, limit=limit, deadline=deadline)
        finally:
            response.close()

    def _read(self, response: httpx.Response, url: str, *, requested: str, limit: int, deadline: float) -> Fetched | str:
        status = response.status_code
        if status in _REDIRECTS and response.headers.get("location"):
            return response.headers["location"]
        if status != 200 and not (200 < status < 300 and status != 204):
            raise FetchError(requested, f"HTTP {status}" + ("" if url == requested else f" at {url}"), status=status)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputTooLargeError(requested, f"the server announces {int(declared):,} bytes, over the limit of {limit:,}")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputTooLargeError(requested, f"more than {limit:,} bytes (size limit): download aborted")
                if time.monotonic() > deadline:
                    raise FetchError(requested, f"the download took longer than {self._options.timeout:g} s (time limit)")
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise FetchError(requested, f"the download stalled for {self._options.timeout:g} s (time limit)") from None
        except httpx.HTTPError as error:
            raise FetchError(requested, f"the download failed: {error or type(error).__name__}") from None
        content_type, charset = media_type(response.headers.get("content-type"))
        return Fetched(
            requested=requested,
            url=url,
            status=status,
            content_type=content_type,
            charset=charset,
            last_modified=response.headers.get("last-modified"),
            data=b"".join(chunks),
            fetched_at=dt.datetime.now(dt.timezone.utc),
        )

    def _wait_turn(self, host: str, port: int) -> None:
        key = f"{host}:{port}"
        interval = max(1.0 / self._options.rate_per_host, self._crawl_delay.get(key, 0.0))
        last = self._last_request.get(key)
        if last is not None:
            wait = last + interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last_request[key] = time.monotonic()
