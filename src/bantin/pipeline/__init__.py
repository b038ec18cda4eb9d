"""The pipeline: raw documents in, article records out.

:func:`build_article` runs the stages on one raw document; :func:`extract_articles`
runs them over a stream, passing input errors through in order so that a caller
reports them and goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bantin.errors import InputError
from bantin.pipeline._article import EXTRACTOR_VERSION, article_id, build_article
from bantin.record import Article, RawDocument

__all__ = ["EXTRACTOR_VERSION", "article_id", "build_article", "extract_articles"]


def extract_articles(items: Iterable[RawDocument | InputError]) -> Iterator[Article | InputError]:
    """Build an article from every raw document; yield input errors where they occur."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield build_article(item)
        except InputError as error:
            yield error
