"""The errors of reading remote and container inputs, all :class:`~bantin.errors.InputError`.

::

    InputError (bantin.errors)
    ├── FetchError             a URL cannot be fetched: network, HTTP status, time or size limit
    │   ├── RobotsDisallowedError   the site's robots.txt forbids the URL to our user agent
    │   └── PrivateAddressError     the URL (or a redirect) leads to a private, loopback or
    │                               link-local address, and private addresses are not allowed
    ├── SkippedRecordError     a record of a container (WARC, feed, sitemap) that is not an article:
    │                          a non-HTML or non-200 response, a revisit; counted as a reject
    └── SourceFormatError      a feed, sitemap or archive whose structure cannot be read
"""

from __future__ import annotations

from bantin.errors import InputError


class FetchError(InputError):
    """A URL could not be fetched: the reason names the network error, status or limit met.

    ``status`` is the HTTP status when the server answered with an error.
    """

    def __init__(self, source: str, reason: str, *, status: int | None = None) -> None:
        super().__init__(source, reason)
        self.status = status


class RobotsDisallowedError(FetchError):
    """The site's robots.txt forbids fetching this URL to bantin's user agent."""


class PrivateAddressError(FetchError):
    """The URL's host resolves to an address that is not public, and that is not allowed."""


class SkippedRecordError(InputError):
    """A record inside a container input that is not an article, with the reason it was skipped."""


class SourceFormatError(InputError):
    """A feed, sitemap or web archive whose structure cannot be read."""
