"""Reading local inputs into raw documents: pages, JSONL corpora, standard input, folders.

Errors are yielded in place of the document they concern, so a caller reports them in input
order and goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Protocol

from bantin.errors import (
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    RecordFormatError,
)
from bantin.record import RawDocument
from bantin.sources._fields import has_article_fields
from bantin.sources._kinds import FOLDER_DEFAULT_INCLUDE
from bantin.sources._options import DEFAULT_MAX_BYTES, SourceOptions

STDIN = "-"


def now() -> dt.datetime:
    """The current time in UTC: when an input was read."""
    return dt.datetime.now(dt.timezone.utc)


def read_page(
    path: Path, *, options: SourceOptions, content_type: str = "text/plain", url: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> RawDocument | InputError:
    """One page file (plain text or HTML) as a raw document, or the error met reading it."""
    name = str(path)
    if not path.exists():
        return InputNotFoundError(name, "no such file")
    if not path.is_file():
        return InputNotFoundError(name, "not a regular file")
    size = path.stat().st_size
    if size > options.max_bytes:
        return InputTooLargeError(name, f"{size:,} bytes is over the limit of {options.max_bytes:,} bytes (--max-bytes)")
    try:
        with path.open("rb") as stream:
            return read_stream(stream, name, options=options, content_type=content_type, url=url, metadata=metadata)
    except OSError as error:
        return InputNotFoundError(name, f"cannot be read: {error.strerror or error}")



class ByteStream(Protocol):
    """What reading a page needs of a stream: a plain file, standard input or a gzip file."""

    def read(self, size: int = -1, /) -> bytes: ...


def read_stream(
    stream: ByteStream, name: str, *, options: SourceOptions, content_type: str = "text/plain",
    url: str | None = None, metadata: dict[str, Any] | None = None,
) -> RawDocument | InputError:
    """Read one page from a binary stream, at most ``options.max_bytes``."""
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return InputTooLargeError(name, f"more than {options.max_bytes:,} bytes (--max-bytes)")
    if not data:
        return EmptyInputError(name, "the input is empty")
    return RawDocument(
        source=name, data=data, read_at=now(), url=url, content_type=content_type, encoding=options.encoding,
        metadata=dict(metadata or {}),
    )


def iter_jsonl(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """Yield one raw document per line of a JSONL corpus, streaming (bounded memory)."""
    name = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as stream:
            yield from iter_jsonl_stream(stream, name, max_bytes=max_bytes)
    except (OSError, EOFError) as error:
        yield InputError(name, f"cannot be read as JSONL: {error}")


def iter_jsonl_stream(
    lines: Iterable[bytes], name: str, *, max_bytes: int
) -> Iterator[RawDocument | InputError]:
    """One raw document per non-blank line of JSONL bytes; ``name`` names the corpus."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield _jsonl_record(line, f"{name}:{number}", name, number, max_bytes)


def _jsonl_record(line: bytes, where: str, name: str, number: int, max_bytes: int) -> RawDocument | InputError:
    if len(line) > max_bytes:
        return InputTooLargeError(where, f"the line is {len(line):,} bytes, over the limit of {max_bytes:,}")
    try:
        fields = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return RecordFormatError(where, f"not valid JSON ({error})")
    if not isinstance(fields, dict):
        return RecordFormatError(where, f"a JSON {type(fields).__name__}, not an object")
    if not has_article_fields(fields):
        return RecordFormatError(
            where, "has no article text (sapo/lead, body/content/text, sentences/paragraphs): not an article"
        )
    url = fields.get("url") or fields.get("link")
    return RawDocument(
        source=name,
        data=line,
        read_at=now(),
        url=url if isinstance(url, str) else None,
        position=number,
        content_type="application/x-ndjson",
        fields=fields,
    )


FOLDER_DEFAULT_EXCLUDE = (
    "readme*", "license*", "licence*", "copying*", "provenance*", "changelog*", "notice*", "authors*",
)
"""A corpus's own papers: read only when ``include`` asks for them."""


def walk_folder(folder: Path, options: SourceOptions) -> Iterator[Path]:
    """The files of a folder, recursively in name order, filtered by the include/exclude patterns.

    Patterns match case-insensitively. Hidden files and folders (a name starting with a dot) are
    skipped, and so are the files that describe a corpus rather than hold its articles (README,
    LICENSE, PROVENANCE …) unless ``include`` names them.
    """
    include = options.include if options.include is not None else FOLDER_DEFAULT_INCLUDE
    exclude = tuple(options.exclude or ()) + (FOLDER_DEFAULT_EXCLUDE if options.include is None else ())
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if _matches(relative, include) and not _matches(relative, exclude):
            yield path


def _matches(relative: Path, patterns: Iterable[str]) -> bool:
    posix, name = relative.as_posix().lower(), relative.name.lower()
    return any(fnmatch(posix, p.lower()) or fnmatch(name, p.lower()) for p in patterns)


def describe_patterns(options: SourceOptions) -> str:
    """The include patterns in force, for a message."""
    include = options.include if options.include is not None else FOLDER_DEFAULT_INCLUDE
    return ", ".join(include)
