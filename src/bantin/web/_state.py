"""What a running web app holds: the archive path, read-only connections, the search index, a cache.

Requests are served by a pool of threads; each thread reads through its own read-only
connection (a SQLite connection must not be used by two threads at once). The search index is
opened once per process and shared (reading it needs no lock).

The archive's *generation* changes whenever anything commits to it (``PRAGMA data_version`` of a
connection kept for watching): an ingest by this server or by ``bantin ingest`` beside it. Cached
views are keyed by it, so a page never outlives the data it was computed from.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from bantin.archive import Archive
from bantin.search import SearchIndex, SearchIndexError

T = TypeVar("T")

DEFAULT_CACHE_SIZE = 512
"""Views kept per process; 0 turns the cache off."""
MMAP_BYTES = 1 << 30


class ViewCache:
    """A small least-recently-used cache of computed views, safe to share between threads."""

    def __init__(self, size: int) -> None:
        self.size = max(0, size)
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached value of ``key``, else ``compute()`` (stored; two threads may both compute it)."""
        if self.size == 0:
            return compute()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


class WebState:
    """The archive a web app serves, and the shared means of reading it."""

    def __init__(self, db_path: Path, *, token: str | None = None, cache_size: int = DEFAULT_CACHE_SIZE) -> None:
        self.db_path = Path(db_path)
        self.token = token or None
        self.cache = ViewCache(cache_size)
        self._local = threading.local()
        self._watch: Archive | None = Archive.open(self.db_path, readonly=True)  # ArchiveNotFoundError early
        self._watch_lock = threading.Lock()
        self._index: SearchIndex | None = None
        self._index_generation: int | None = None
        self._index_lock = threading.Lock()
        self.write_lock = threading.Lock()

    def archive(self) -> Archive:
        """This thread's read-only archive."""
        archive: Archive | None = getattr(self._local, "archive", None)
        if archive is None:
            archive = Archive.open(self.db_path, readonly=True)
            # Reading through a memory map spares a copy per page; the pages stay the OS's cache.
            archive.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._local.archive = archive
        return archive

    def _watching(self) -> Archive:
        # Reopened after close(): a test client may run the app's shutdown and then use it again.
        if self._watch is None:
            self._watch = Archive.open(self.db_path, readonly=True)
        return self._watch

    def generation(self) -> int:
        """A number that changes whenever the archive changes."""
        with self._watch_lock:
            return int(self._watching().conn.execute("PRAGMA data_version").fetchone()[0])

    def index(self) -> SearchIndex | None:
        """The search index beside the archive (reopened after a change), or None when there is none."""
        generation = self.generation()
        with self._index_lock:
            if self._index is None or self._index_generation != generation:
                directory = self._watching().index_dir()
                try:
                    self._index = SearchIndex.open(directory) if directory.exists() else None
                except SearchIndexError:
                    self._index = None  # a broken index searches nothing; bantin ingest rebuilds it
                self._index_generation = generation
            return self._index

    def cached(self, name: str, args: Hashable, compute: Callable[[], T]) -> T:
        """A view computed once per archive generation (and per ``args``)."""
        return self.cache.get_or_compute((name, args, self.generation()), compute)

    def close(self) -> None:
        """Close the watching connection (threads' connections close with their threads)."""
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
