"""The reader of one run: dispatches each input by kind, and holds the one polite fetcher."""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from bantin.errors import BinaryInputError, InputError, InputNotFoundError, InputTooLargeError
from bantin.record import RawDocument
from bantin.sources._errors import FetchError, SkippedRecordError
from bantin.sources._feeds import iter_feed
from bantin.sources._fetch import Fetched, Fetcher
from bantin.sources._files import (
    STDIN,
    describe_patterns,
    iter_jsonl,
    iter_jsonl_stream,
    read_page,
    read_stream,
    walk_folder,
)
from bantin.sources._kinds import (
    GZIP_CONTENT_TYPES,
    is_gzip,
    kind_of_bytes,
    kind_of_content_type,
    kind_of_path,
)
from bantin.sources._options import SourceOptions
from bantin.sources._sitemaps import iter_sitemap
from bantin.sources._warc import iter_warc, iter_warc_stream

INDEX_MAX_BYTES = 50_000_000
"""The sitemap protocol's own limit for one sitemap file (uncompressed); feeds are held to it too."""
_INDEX_SUFFIXES = (".xml", ".xml.gz", ".rss", ".atom", "/feed", "/rss")
_ARTICLE_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom",
                  "application/rdf", "application/json", "application/x-ndjson", "application/warc")


def is_url(name: str) -> bool:
    """Whether an input names an http or https URL."""
    return name.lower().startswith(("http://", "https://"))


class Reader:
    """Reads inputs of every kind with one set of options; :meth:`close` ends its connections."""

    def __init__(self, options: SourceOptions) -> None:
        self.options = options
        self._fetcher: Fetcher | None = None
        self._sitemaps_seen: set[str] = set()

    def close(self) -> None:
        """Close the fetcher's connections, if any were opened."""
        if self._fetcher is not None:
            self._fetcher.close()

    def read(self, name: str) -> Iterator[RawDocument | InputError]:
        """Every article of one input: ``-``, a URL, a folder or a file."""
        if name == STDIN:
            yield self._stdin()
        elif is_url(name):
            yield from self.remote(name)
        elif "://" in name:
            yield InputNotFoundError(name, "only http and https URLs are read")
        elif Path(name).is_dir():
            found = False
            for path in walk_folder(Path(name), self.options):
                found = True
                yield from self.local(path)
            if not found:
                yield InputNotFoundError(name, f"the folder holds no files matching {describe_patterns(self.options)}")
        else:
            yield from self.local(Path(name))

    def local(self, path: Path) -> Iterator[RawDocument | InputError]:
        """Every article of one local file, by its kind."""
        name = str(path)
        if not path.is_file():
            yield InputNotFoundError(name, "no such file" if not path.exists() else "not a regular file")
            return
        try:
            kind = kind_of_path(path)
        except OSError as error:
            yield InputNotFoundError(name, f"cannot be read: {error.strerror or error}")
            return
        if kind == "jsonl":
            yield from iter_jsonl(path, max_bytes=self.options.max_bytes)
        elif kind == "warc":
            yield from iter_warc(path, max_bytes=self.options.max_bytes)
        elif kind == "feed":
            data = _read_bounded(path, INDEX_MAX_BYTES)
            yield from (iter_feed(data, name=name, folder=path.parent, reader=self) if isinstance(data, bytes) else [data])
        elif kind == "sitemap":
            yield from self._local_sitemap(path)
        elif kind == "unknown":
            yield BinaryInputError(name, "a compressed file that holds no page, corpus, feed, sitemap or archive")
        else:
            yield self.page(path, content_type="text/html" if kind == "html" else "text/plain")

    def page(
        self, path: Path, *, url: str | None = None, content_type: str = "text/plain",
        metadata: dict[str, Any] | None = None,
    ) -> RawDocument | InputError:
        """One local page as a raw document (gzip-compressed pages are read decompressed)."""
        with path.open("rb") as probe:
            compressed = is_gzip(probe.read(2))
        if not compressed:
            return read_page(path, options=self.options, content_type=content_type, url=url, metadata=metadata)
        with gzip.open(path, "rb") as stream:
            return read_stream(stream, str(path), options=self.options, content_type=content_type, url=url,
                               metadata=metadata)

    def linked(self, link: str, *, folder: Path | None) -> Path | None:
        """The local copy of a linked page: under ``local_pages``, or beside the feed or sitemap."""
        parts = urlsplit(link)
        for prefix, base in self.options.local_pages.items():
            if link.startswith(prefix):
                rest = unquote(link[len(prefix):].split("?", 1)[0].split("#", 1)[0])
                found = _inside(Path(base), rest)
                if found is not None:
                    return found
        if folder is None:
            return None
        relative = unquote(parts.path).lstrip("/")
        return _inside(folder, relative) or _inside(folder, PurePosixPath(relative).name)

    def linked_page(
        self, link: str, *, folder: Path | None, metadata: dict[str, Any]
    ) -> Iterator[RawDocument | InputError]:
        """A page a sitemap lists: its local copy when there is one, else fetched."""
        local = self.linked(link, folder=folder)
        if local is not None:
            kind = kind_of_path(local)
            yield self.page(local, url=link, content_type="text/plain" if kind == "text" else "text/html",
                            metadata=metadata)
        else:
            yield from self.remote(link, metadata=metadata)

    def sitemap_at(self, loc: str, *, folder: Path | None, depth: int, parent: str) -> Iterator[RawDocument | InputError]:
        """The pages of a sitemap named in a sitemap index: its local copy, else fetched."""
        local = self.linked(loc, folder=folder)
        if local is not None:
            yield from self._local_sitemap(local, depth=depth)
        else:
            yield from self.remote(loc, metadata={"sitemap_index": parent}, depth=depth, index=True)

    def remote(
        self, url: str, *, metadata: dict[str, Any] | None = None, depth: int = 0, index: bool = False
    ) -> Iterator[RawDocument | InputError]:
        """Fetch a URL, and expand it when it is a feed, a sitemap, a corpus or an archive."""
        if self.options.offline:
            yield FetchError(url, "not fetched: this reader is offline (local files only)")
            return
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options)
        looks_like_index = index or urlsplit(url).path.lower().endswith(_INDEX_SUFFIXES)
        try:
            fetched = self._fetcher.fetch(url, max_bytes=INDEX_MAX_BYTES if looks_like_index else None)
        except InputError as error:
            yield error
            return
        yield from self._expand(fetched, metadata or {}, depth)

    def _expand(self, fetched: Fetched, metadata: dict[str, Any], depth: int) -> Iterator[RawDocument | InputError]:
        data, content_type, name = fetched.data, fetched.content_type, fetched.requested
        if content_type and not content_type.startswith(_ARTICLE_TYPES) and content_type not in GZIP_CONTENT_TYPES:
            yield SkippedRecordError(name, f"not a page, feed or sitemap: {content_type}")
            return
        if is_gzip(data[:2]):
            try:
                data = _gunzip(data, INDEX_MAX_BYTES, name)
            except (OSError, EOFError, zlib.error, InputTooLargeError) as error:
                yield error if isinstance(error, InputError) else InputError(name, f"bad gzip data ({error})")
                return
            content_type = ""
        kind = kind_of_content_type(content_type, data[:4096])
        meta = {**metadata, **fetched.metadata()}
        if kind == "feed":
            yield from iter_feed(data, name=name, folder=None, reader=self)
        elif kind == "sitemap":
            if fetched.url in self._sitemaps_seen:
                return
            self._sitemaps_seen.add(fetched.url)
            yield from iter_sitemap(io.BytesIO(data), name=name, folder=None, reader=self, depth=depth)
        elif kind == "jsonl":
            yield from iter_jsonl_stream(io.BytesIO(data), name, max_bytes=self.options.max_bytes)
        elif kind == "warc":
            yield from iter_warc_stream(io.BytesIO(data), name=name, max_bytes=self.options.max_bytes)
        elif len(data) > self.options.max_bytes:
            yield InputTooLargeError(name, f"more than {self.options.max_bytes:,} bytes (size limit)")
        else:
            yield RawDocument(
                source=name, data=data, read_at=fetched.fetched_at, url=fetched.url,
                content_type="text/html" if kind == "html" else "text/plain", encoding=self.options.encoding,
                metadata=meta,
            )

    def _local_sitemap(self, path: Path, *, depth: int = 0) -> Iterator[RawDocument | InputError]:
        key = str(path.resolve())
        if key in self._sitemaps_seen:
            return
        self._sitemaps_seen.add(key)
        with path.open("rb") as probe:
            compressed = is_gzip(probe.read(2))
        with (gzip.open(path, "rb") if compressed else path.open("rb")) as stream:
            yield from iter_sitemap(stream, name=str(path), folder=path.parent, reader=self, depth=depth)

    def _stdin(self) -> RawDocument | InputError:
        item = read_stream(sys.stdin.buffer, "<stdin>", options=self.options)
        if isinstance(item, RawDocument) and kind_of_bytes(item.data[:4096]) == "html":
            return RawDocument(source=item.source, data=item.data, read_at=item.read_at, content_type="text/html",
                               encoding=item.encoding)
        return item


def _inside(folder: Path, relative: str) -> Path | None:
    """``folder/relative`` when it is a file inside ``folder`` (a link cannot climb out with '..')."""
    if not relative:
        return None
    base = folder.resolve()
    candidate = (base / relative).resolve()
    if candidate.is_file() and candidate.is_relative_to(base):
        return candidate
    return None


def _read_bounded(path: Path, limit: int) -> bytes | InputError:
    with path.open("rb") as probe:
        compressed = is_gzip(probe.read(2))
    try:
        with (gzip.open(path, "rb") if compressed else path.open("rb")) as stream:
            data = stream.read(limit + 1)
    except (OSError, EOFError) as error:
        return InputError(str(path), f"cannot be read: {error}")
    if len(data) > limit:
        return InputTooLargeError(str(path), f"more than {limit:,} bytes")
    return data


def _gunzip(data: bytes, limit: int, name: str) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = decompressor.decompress(data, limit + 1)
    if len(out) > limit:
        raise InputTooLargeError(name, f"the gzip body decompresses to more than {limit:,} bytes")
    return out
