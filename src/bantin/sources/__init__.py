"""Sources: where raw documents come from.

Local files (plain-text and HTML pages, JSONL corpora, RSS/Atom feeds, sitemaps, WARC/ARC
archives), folders, standard input and http(s) URLs, each turned into :class:`~bantin.record.RawDocument`
records — or, in place of a bad item, an :class:`~bantin.errors.InputError` naming it and the reason.

Public API::

    iter_sources       inputs of every kind -> RawDocument | InputError, in order
    SourceOptions      include/exclude, limits, encoding, politeness, transport, offline, local_pages
    iter_inputs        local inputs only (files, folders, "-"): the CLI's reader
    iter_jsonl         one JSONL corpus, streamed
    FetchError, RobotsDisallowedError, PrivateAddressError, SkippedRecordError, SourceFormatError
    DEFAULT_MAX_BYTES, DEFAULT_USER_AGENT, STDIN
    the corpus field names (TITLE_FIELDS ...) and readers (first_text, body_paragraphs)

The web is read politely: robots.txt per site (RFC 9309), one request per second per host by
default, a size limit streamed (5 MB), a time limit (20 s), a User-Agent naming bantin, and
public addresses only, every address of every host (and redirect) checked before connecting.
"""

from bantin.sources._errors import (
    FetchError,
    PrivateAddressError,
    RobotsDisallowedError,
    SkippedRecordError,
    SourceFormatError,
)
from bantin.sources._fields import (
    CATEGORY_FIELDS,
    DATE_FIELDS,
    LEAD_FIELDS,
    TITLE_FIELDS,
    body_paragraphs,
    first_text,
)
from bantin.sources._files import STDIN, iter_jsonl
from bantin.sources._options import DEFAULT_MAX_BYTES, DEFAULT_USER_AGENT, SourceOptions
from bantin.sources._sources import iter_inputs, iter_sources

__all__ = [
    "CATEGORY_FIELDS",
    "DATE_FIELDS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_USER_AGENT",
    "LEAD_FIELDS",
    "STDIN",
    "TITLE_FIELDS",
    "FetchError",
    "PrivateAddressError",
    "RobotsDisallowedError",
    "SkippedRecordError",
    "SourceFormatError",
    "SourceOptions",
    "body_paragraphs",
    "first_text",
    "iter_inputs",
    "iter_jsonl",
    "iter_sources",
]
