"""The errors of the search index, rooted in :class:`bantin.errors.BantinError`.

::

    BantinError
    └── SearchIndexError            the index directory cannot be used (the path and the reason)
        ├── IndexVersionError       the index was built with another schema version: rebuild it
        └── IndexLockedError        another process holds the index's writer lock

User queries never raise: a query that cannot be parsed degrades to the words that can be read.
Errors of the tantivy bindings (``ValueError``, ``OSError``) are translated here at the boundary.
"""

from __future__ import annotations

from pathlib import Path

from bantin.errors import BantinError


class SearchIndexError(BantinError):
    """The search index at ``path`` cannot be opened, written or read, for ``reason``."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexVersionError(SearchIndexError):
    """The index directory was written with another schema version; delete it and rebuild the index."""


class IndexLockedError(SearchIndexError):
    """Another process is writing to the index (tantivy allows one writer per index)."""
