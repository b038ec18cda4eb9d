"""RSS and Atom feeds: one article per entry.

An entry's article is, in this order: its full content when the feed carries it (longer than its
summary); the page it links to when that page was saved as a local file (beside the feed, or
under ``SourceOptions.local_pages``); otherwise its summary, and the raw document says so in
``metadata["text_from"]``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import feedparser

from bantin.errors import EmptyInputError, InputError
from bantin.html import html_to_paragraphs
from bantin.record import RawDocument
from bantin.sources._errors import SourceFormatError
from bantin.sources._kinds import kind_of_name

if TYPE_CHECKING:
    from bantin.sources._reader import Reader

FROM_CONTENT = "feed content"
FROM_PAGE = "linked page"
FROM_SUMMARY = "feed summary"


def iter_feed(data: bytes, *, name: str, folder: Path | None, reader: Reader) -> Iterator[RawDocument | InputError]:
    """One raw document (or error) per entry of the feed in ``data``; ``name`` names the feed."""
    parsed = feedparser.parse(data)  # bytes, never a string: feedparser fetches strings that look like URLs
    if not parsed.entries:
        if parsed.bozo:
            yield SourceFormatError(name, f"not a feed that can be read ({parsed.bozo_exception})")
        else:
            yield EmptyInputError(name, "the feed holds no entries")
        return
    content_type = "application/atom+xml" if str(parsed.version).startswith("atom") else "application/rss+xml"
    for number, entry in enumerate(parsed.entries, start=1):
        yield from _entry(entry, number, name=name, folder=folder, reader=reader, content_type=content_type)


def _entry(
    entry: Any, number: int, *, name: str, folder: Path | None, reader: Reader, content_type: str
) -> Iterator[RawDocument | InputError]:
    title = _text(entry.get("title"))
    link = entry.get("link") if isinstance(entry.get("link"), str) else None
    date_text = entry.get("published") or entry.get("updated")
    published = local_date(date_text) if isinstance(date_text, str) else None
    summary = html_to_paragraphs(entry.get("summary") or "")
    content = max(
        (html_to_paragraphs(item.get("value") or "") for item in entry.get("content") or []),
        key=lambda paragraphs: len(" ".join(paragraphs)),
        default=[],
    )
    meta: dict[str, Any] = {"feed": name, "feed_entry": number}
    if published:
        meta["feed_published"] = published
    if len(" ".join(content)) > len(" ".join(summary)):
        lead = " ".join(summary) if summary and not " ".join(content).startswith(" ".join(summary)) else None
        yield _fields_document(name, number, content_type, title, lead, content, link, published,
                               {**meta, "text_from": FROM_CONTENT})
        return
    page = reader.linked(link, folder=folder) if link else None
    if page is not None:
        kind = kind_of_name(page.name)
        yield reader.page(page, url=link, content_type="text/html" if kind != "text" else "text/plain",
                          metadata={**meta, "text_from": FROM_PAGE})
        return
    if not title and not summary:
        yield EmptyInputError(f"{name}:{number}", "the feed entry has neither a title nor a summary")
        return
    yield _fields_document(
        name, number, content_type, title, " ".join(summary) or None, [], link, published,
        {**meta, "text_from": FROM_SUMMARY,
         "note": "the feed gives only a summary of this article, and its page was not read"},
    )


def _fields_document(
    name: str, number: int, content_type: str, title: str | None, lead: str | None, body: list[str],
    link: str | None, published: str | None, metadata: dict[str, Any],
) -> RawDocument:
    fields: dict[str, Any] = {"title": title, "sapo": lead, "paragraphs": body, "url": link, "date": published}
    fields = {key: value for key, value in fields.items() if value}
    return RawDocument(
        source=name,
        data=json.dumps(fields, ensure_ascii=False).encode("utf-8"),
        read_at=dt.datetime.now(dt.timezone.utc),
        url=link,
        position=number,
        content_type=content_type,
        fields=fields,
        metadata=metadata,
    )


def local_date(value: str) -> str | None:
    """The calendar date of an RSS (RFC 822) or Atom (ISO 8601) date as written, ISO; None if unreadable.

    The date is the publisher's local one: "Tue, 12 Mar 2024 06:30:00 +0700" is 12 March even
    though it is 11 March in UTC (feedparser's parsed dates are UTC, hence this).
    """
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed is not None else None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    paragraphs = html_to_paragraphs(value)
    return " ".join(paragraphs) or None
