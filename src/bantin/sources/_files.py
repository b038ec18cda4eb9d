"""Reading inputs from paths and standard input into raw documents.

A path may be a plain-text page, a JSONL corpus (one article per line, ``.jsonl``
or ``.jsonl.gz``) or a folder of them. Errors are yielded in place of the
document they concern, so a caller reports them in input order and goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bantin.errors import (
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    RecordFormatError,
)
from bantin.record import RawDocument
from bantin.sources._fields import has_article_fields

DEFAULT_MAX_BYTES = 5_000_000
"""Largest single page we read (5 MB): news pages are a few KB, anything bigger is not an article."""

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
PAGE_SUFFIXES = (".txt", ".text", "")
STDIN = "-"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def iter_inputs(
    paths: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None
) -> Iterator[RawDocument | InputError]:
    """Yield a raw document (or the error met reading it) for every article in ``paths``.

    ``-`` reads standard input; folders are walked recursively in name order for
    ``*.txt`` pages and JSONL corpora.
    """
    for name in paths:
        if name == STDIN:
            yield _read_stream(sys.stdin.buffer, "<stdin>", max_bytes=max_bytes, encoding=encoding)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_article_file(p))
            if not found:
                yield InputNotFoundError(name, "the folder holds no .txt pages or .jsonl corpora")
            for file in found:
                yield from _read_path(file, max_bytes=max_bytes, encoding=encoding)
        else:
            yield from _read_path(path, max_bytes=max_bytes, encoding=encoding)


def _is_article_file(path: Path) -> bool:
    lower = path.name.lower()
    return lower.endswith(JSONL_SUFFIXES) or lower.endswith((".txt", ".text"))


def _read_path(path: Path, *, max_bytes: int, encoding: str | None) -> Iterator[RawDocument | InputError]:
    name = str(path)
    if not path.exists():
        yield InputNotFoundError(name, "no such file")
        return
    if not path.is_file():
        yield InputNotFoundError(name, "not a regular file")
        return
    if _is_jsonl(path):
        yield from iter_jsonl(path, max_bytes=max_bytes)
        return
    size = path.stat().st_size
    if size > max_bytes:
        yield InputTooLargeError(name, f"{size:,} bytes is over the limit of {max_bytes:,} bytes (--max-bytes)")
        return
    try:
        with path.open("rb") as stream:
            yield _read_stream(stream, name, max_bytes=max_bytes, encoding=encoding)
    except OSError as error:
        yield InputNotFoundError(name, f"cannot be read: {error.strerror or error}")


def _read_stream(stream: BinaryIO, name: str, *, max_bytes: int, encoding: str | None) -> RawDocument | InputError:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputTooLargeError(name, f"more than {max_bytes:,} bytes (--max-bytes)")
    if not data:
        return EmptyInputError(name, "the input is empty")
    return RawDocument(source=name, data=data, read_at=_now(), encoding=encoding)


def iter_jsonl(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """Yield one raw document per line of a JSONL corpus, streaming (bounded memory)."""
    name = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                yield _jsonl_record(line, f"{name}:{number}", name, number, max_bytes)
    except (OSError, EOFError) as error:
        yield InputError(name, f"cannot be read as JSONL: {error}")


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
            where, "has none of the article fields (title, sapo/lead, body/content/text, sentences/paragraphs)"
        )
    url = fields.get("url") or fields.get("link")
    return RawDocument(
        source=name,
        data=line,
        read_at=_now(),
        url=url if isinstance(url, str) else None,
        position=number,
        content_type="application/x-ndjson",
        fields=fields,
    )
