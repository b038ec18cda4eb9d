"""Web archives (WARC and ARC, gzip or not): every HTML response record an article.

Records stream by (warcio's ``ArchiveIterator``): one payload at a time is read, at most
``max_bytes``. Requests, metadata and warcinfo records are not responses and pass silently;
responses that are not articles are yielded as :class:`SkippedRecordError` with the reason
("HTTP 404", "not an HTML response: image/png"), for the caller to count as rejects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from bantin.errors import InputError, InputNotFoundError, InputTooLargeError
from bantin.record import RawDocument
from bantin.sources._errors import SkippedRecordError, SourceFormatError
from bantin.sources._fetch import media_type
from bantin.sources._kinds import HTML_CONTENT_TYPES, SNIFF_BYTES, kind_of_bytes

_RESPONSES = frozenset({"response", "resource"})


def iter_warc(path: Path, *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """One raw document per HTML response of a WARC/ARC file, and a reject per other response."""
    try:
        stream = path.open("rb")
    except OSError as error:
        yield InputNotFoundError(str(path), f"cannot be read: {error.strerror or error}")
        return
    with stream:
        # warcio reads any text as ARC records; a real archive opens with "WARC/" or "filedesc://".
        if kind_of_bytes(stream.read(SNIFF_BYTES)) != "warc":
            yield SourceFormatError(str(path), "not a WARC or ARC file: it does not open with 'WARC/' or 'filedesc://'")
            return
        stream.seek(0)
        yield from iter_warc_stream(stream, name=str(path), max_bytes=max_bytes)


def iter_warc_stream(stream: IO[bytes], *, name: str, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """The same over a binary stream; ``name`` names the archive."""
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            if record.rec_type == "revisit":
                yield SkippedRecordError(_where(name, record), "a revisit record (its payload is stored elsewhere)")
            elif record.rec_type in _RESPONSES:
                item = _response(record, name, max_bytes)
                if isinstance(item, RawDocument):
                    # Only after the payload is read: warcio finds the offset by reading to the record's end.
                    item.metadata["warc_offset"] = records.get_record_offset()
                yield item
    except ArchiveLoadFailed as error:
        yield SourceFormatError(name, f"not a readable WARC/ARC file ({error})")


def _response(record: Any, name: str, max_bytes: int) -> RawDocument | InputError:
    where = _where(name, record)
    http = record.http_headers
    if http is not None and record.rec_type == "response":
        status = http.get_statuscode()
        if status != "200":
            return SkippedRecordError(where, f"HTTP {status}")
        header = http.get_header("Content-Type")
    else:
        header = record.rec_headers.get_header("Content-Type")
    content_type, charset = media_type(header)
    vague = not content_type or content_type in ("application/octet-stream", "text/plain")
    if content_type not in HTML_CONTENT_TYPES and not vague:
        return SkippedRecordError(where, f"not an HTML response: {content_type}")
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputTooLargeError(where, f"the record's payload is over the limit of {max_bytes:,} bytes")
    if vague and kind_of_bytes(data[:4096]) != "html":
        return SkippedRecordError(where, f"not an HTML response: {content_type or 'no content type'}")
    metadata: dict[str, Any] = {"fetched_at": record.rec_headers.get_header("WARC-Date")}
    for key, value in (
        ("warc_record_id", record.rec_headers.get_header("WARC-Record-ID")),
        ("charset", charset),
        ("last_modified", http.get_header("Last-Modified") if http is not None else None),
        ("http_status", 200 if http is not None else None),
    ):
        if value:
            metadata[key] = value
    return RawDocument(
        source=name,
        data=data,
        read_at=dt.datetime.now(dt.timezone.utc),
        url=record.rec_headers.get_header("WARC-Target-URI"),
        content_type="text/html",
        metadata=metadata,
    )


def _where(name: str, record: Any) -> str:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return f"{name} [{uri}]" if uri else name
