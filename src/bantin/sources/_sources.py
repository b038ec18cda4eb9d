"""The public entry points: :func:`iter_sources` for every kind of input, :func:`iter_inputs` for local ones."""

from __future__ import annotations

from collections.abc import Iterator

from bantin.errors import InputError, InputNotFoundError
from bantin.record import RawDocument
from bantin.sources._files import STDIN
from bantin.sources._options import DEFAULT_MAX_BYTES, SourceOptions
from bantin.sources._reader import Reader, is_url


def iter_sources(
    inputs: list[str], *, options: SourceOptions | None = None
) -> Iterator[RawDocument | InputError]:
    """Yield a raw document for every article of ``inputs``, in order, or the error met instead.

    Each input is dispatched by kind: ``-`` (standard input), an http(s) URL (fetched politely, and
    expanded when it is a feed, a sitemap, a JSONL corpus or a web archive), a folder (walked with
    ``options.include``/``exclude``), or a file: a page (plain text or HTML), a JSONL corpus, an
    RSS/Atom feed, a sitemap or sitemap index, a WARC/ARC archive — by extension, else by its first
    bytes (gzip looked into). One bad item never stops the stream: it is yielded as an
    :class:`~bantin.errors.InputError` naming the input and the reason (records of an archive that
    are not articles as :class:`~bantin.sources.SkippedRecordError`, for counting as rejects).
    """
    reader = Reader(options or SourceOptions())
    try:
        for name in inputs:
            yield from reader.read(name)
    finally:
        reader.close()


def iter_inputs(
    paths: list[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> Iterator[RawDocument | InputError]:
    """Yield a raw document (or the error met reading it) for every article in local ``paths``.

    ``-`` reads standard input; folders are walked recursively in name order (``include`` and
    ``exclude`` glob patterns, see :class:`SourceOptions`). Local inputs only: nothing is fetched,
    and a URL is an error (:func:`iter_sources` fetches).
    """
    options = SourceOptions(
        max_bytes=max_bytes,
        encoding=encoding,
        include=tuple(include) if include is not None else None,
        exclude=tuple(exclude) if exclude is not None else None,
        offline=True,
    )
    reader = Reader(options)
    for name in paths:
        if is_url(name) and name != STDIN:
            yield InputNotFoundError(name, "a URL, not a file: URLs are fetched by bantin.sources.iter_sources")
        else:
            yield from reader.read(name)
