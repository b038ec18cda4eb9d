"""What kind of input a name or a run of bytes is: by extension first, then by the first bytes."""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path
from typing import Literal

Kind = Literal["text", "html", "jsonl", "feed", "sitemap", "warc", "unknown"]

SNIFF_BYTES = 4096
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_CONTENT_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
)
XML_CONTENT_TYPES = frozenset({"application/xml", "text/xml"})
GZIP_CONTENT_TYPES = frozenset({"application/gzip", "application/x-gzip"})
JSONL_CONTENT_TYPES = frozenset({"application/x-ndjson", "application/jsonl", "application/json-lines"})

# Extensions that decide alone, longest first. ".xml" and ".gz" do not: a .xml file may be a feed
# or a sitemap, a .gz file anything; they are sniffed.
_BY_SUFFIX: tuple[tuple[str, Kind], ...] = (
    (".warc.gz", "warc"), (".arc.gz", "warc"), (".warc", "warc"), (".arc", "warc"),
    (".jsonl.gz", "jsonl"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
    (".rss", "feed"), (".atom", "feed"),
    (".txt", "text"), (".text", "text"),
)
FOLDER_DEFAULT_INCLUDE = (
    "*.txt", "*.text", "*.html", "*.htm", "*.xhtml", "*.jsonl", "*.jsonl.gz", "*.ndjson",
    "*.warc", "*.warc.gz", "*.arc", "*.arc.gz",
)

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)[\s>]")
_SITEMAP_ROOT = re.compile(rb"<(?:[\w-]+:)?(urlset|sitemapindex)[\s>]")
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)[\s>]", re.I | re.S)
_HTML_ANYWHERE = re.compile(rb"<(html|body|p|div|article)[\s>]", re.I)
_ARC_START = re.compile(rb"^filedesc://")


def kind_of_name(name: str) -> Kind:
    """The kind a file name's extension decides, or "unknown" (``.xml``, ``.gz``, none)."""
    lower = name.lower()
    for suffix, kind in _BY_SUFFIX:
        if lower.endswith(suffix):
            return kind
    return "unknown"


def is_gzip(head: bytes) -> bool:
    """Whether bytes start with the gzip signature."""
    return head[:2] == b"\x1f\x8b"


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream's first bytes (as many as they give)."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        return decompressor.decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""


def kind_of_bytes(head: bytes) -> Kind:
    """The kind the first bytes of an input show (gzip looked into)."""
    if is_gzip(head):
        inner = gunzip_head(head)
        if inner.startswith(b"WARC/") or _ARC_START.match(inner):
            return "warc"
        return kind_of_bytes(inner) if inner and not is_gzip(inner) else "unknown"
    if head.startswith(b"WARC/") or _ARC_START.match(head):
        return "warc"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _SITEMAP_ROOT.search(text[:SNIFF_BYTES]) and not _HTML_START.match(text):
        return "sitemap"
    if _FEED_ROOT.search(text[:SNIFF_BYTES]) and not _HTML_START.match(text):
        return "feed"
    if _HTML_START.match(text):
        return "html"
    if text.startswith(b"{") and _first_line_is_object(text):
        return "jsonl"
    if text.startswith(b"<") and _HTML_ANYWHERE.search(text[:SNIFF_BYTES]):
        return "html"
    return "text"


def kind_of_content_type(content_type: str, head: bytes) -> Kind:
    """The kind of a fetched body from its media type, the bytes deciding when the type is vague."""
    if content_type in HTML_CONTENT_TYPES:
        return "html"
    if content_type in FEED_CONTENT_TYPES:
        return "feed"
    if content_type in JSONL_CONTENT_TYPES:
        return "jsonl"
    if content_type == "application/warc":
        return "warc"
    sniffed = kind_of_bytes(head)
    if content_type == "text/plain" and sniffed not in ("feed", "sitemap"):
        return "text"
    return sniffed


def kind_of_path(path: Path) -> Kind:
    """The kind of a local file: its extension, else its first bytes."""
    kind = kind_of_name(path.name)
    if kind != "unknown":
        return kind
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
    return kind_of_bytes(head)


def _first_line_is_object(text: bytes) -> bool:
    line = text.split(b"\n", 1)[0]
    if len(line) >= SNIFF_BYTES - 1:
        return True  # a long first line that opens like an object: JSONL is the best guess
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
