"""robots.txt, read once per site and obeyed (RFC 9309), with its Crawl-delay."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

from bantin.sources._errors import FetchError
from bantin.sources._options import ROBOTS_AGENT

ROBOTS_MAX_BYTES = 500_000
"""RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; we read that much and no more."""
MAX_CRAWL_DELAY = 60.0
"""A Crawl-delay above this (seconds) is capped: a site could otherwise stall a whole ingest."""


@dataclass(slots=True)
class SiteRules:
    """What one site's robots.txt says to bantin."""

    parser: RobotFileParser | None  # None: everything is allowed
    disallow_all_reason: str | None = None
    crawl_delay: float | None = None

    def refusal(self, url: str) -> str | None:
        """Why the site forbids ``url`` to bantin, or None when it may be fetched."""
        if self.disallow_all_reason is not None:
            return self.disallow_all_reason
        if self.parser is not None and not self.parser.can_fetch(ROBOTS_AGENT, url):
            return "robots.txt disallows it for bantin"
        return None


def read_rules(robots_url: str, fetch_text: Callable[[str], str]) -> SiteRules:
    """The rules of a site, given a function that fetches its robots.txt as text.

    As RFC 9309 says: a robots.txt that is missing or forbidden (HTTP 4xx) allows everything;
    one that cannot be reached (5xx, network error) forbids everything for now.
    """
    try:
        text = fetch_text(robots_url)
    except FetchError as error:
        status = getattr(error, "status", None)
        if status is not None and 400 <= status < 500:
            return SiteRules(parser=None)
        return SiteRules(
            parser=None, disallow_all_reason=f"its robots.txt could not be read ({error.reason}), so nothing is fetched"
        )
    parser = RobotFileParser(robots_url)
    parser.parse(text.splitlines())
    delay = parser.crawl_delay(ROBOTS_AGENT)
    return SiteRules(parser=parser, crawl_delay=min(float(delay), MAX_CRAWL_DELAY) if delay else None)
