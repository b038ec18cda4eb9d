"""How sources are read: one frozen set of options for files, folders, archives and the web."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bantin import __version__
from bantin.errors import UsageError

DEFAULT_MAX_BYTES = 5_000_000
"""Largest single page we read (5 MB): news pages are a few KB, anything bigger is not an article."""

DEFAULT_USER_AGENT = f"bantin/{__version__} (+https://bantin.invalid/bot; Vietnamese news archive)"
ROBOTS_AGENT = "bantin"
"""The product token robots.txt rules are matched against."""


@dataclass(frozen=True)
class SourceOptions:
    """Options of :func:`~bantin.sources.iter_sources`.

    - ``include``/``exclude``: glob patterns (``fnmatch``; ``*`` crosses folders) matched against a
      file's path relative to the folder being walked, and against its name. ``include=None``
      reads the article kinds: pages (.txt .text .html .htm .xhtml), corpora (.jsonl .jsonl.gz
      .ndjson) and web archives (.warc .warc.gz .arc .arc.gz). Feeds and sitemaps index pages that
      usually sit beside them, so a folder walk reads them only when ``include`` names them.
      Files and folders whose name starts with a dot are never walked.
    - ``max_bytes``: the largest page, JSONL line or archive record read; ``encoding`` forces one.
    - ``allow_private``: fetch private, loopback and link-local addresses too (True), or only
      those in the given networks (``("127.0.0.1/32",)``); by default only public addresses.
    - ``rate_per_host``: requests per second to one host (robots.txt's Crawl-delay can lower it);
      ``timeout``: seconds for a whole fetch; ``max_redirects``; ``user_agent``.
    - ``transport``: an ``httpx.BaseTransport`` to use instead of the network (tests).
    - ``offline``: never fetch; URLs (inputs, sitemap locations) become errors.
    - ``local_pages``: URL prefix -> local folder, where the pages a feed or sitemap links to were
      saved (``{"https://example.vn/": "mirror/"}``). Without it, a linked page is looked for
      beside the feed or sitemap, by its URL path and then by its file name.
    - ``max_sitemap_depth``: how deep sitemap indexes may nest.
    """

    include: Sequence[str] | None = None  # stored as a tuple
    exclude: Sequence[str] | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    allow_private: bool | tuple[str, ...] = False
    rate_per_host: float = 1.0
    timeout: float = 20.0
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    transport: Any = None
    offline: bool = False
    local_pages: Mapping[str, str] = field(default_factory=dict)
    max_sitemap_depth: int = 3

    def __post_init__(self) -> None:
        for name in ("include", "exclude"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise UsageError(f"{name} must be a list of glob patterns, not the string {value!r}")
            if value is not None:
                object.__setattr__(self, name, tuple(value))
        if self.max_bytes <= 0:
            raise UsageError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.rate_per_host <= 0:
            raise UsageError(f"rate_per_host must be positive (requests per second), got {self.rate_per_host}")
        if self.timeout <= 0:
            raise UsageError(f"timeout must be positive (seconds), got {self.timeout}")
        if self.max_redirects < 0 or self.max_sitemap_depth < 0:
            raise UsageError("max_redirects and max_sitemap_depth must be zero or more")
        if not isinstance(self.allow_private, bool):
            try:
                for network in self.allow_private:
                    ipaddress.ip_network(network, strict=False)
            except (TypeError, ValueError) as error:
                raise UsageError(f"allow_private must be True, False or a list of networks: {error}") from None
            object.__setattr__(self, "allow_private", tuple(self.allow_private))
