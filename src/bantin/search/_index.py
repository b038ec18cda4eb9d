"""The search index: a tantivy index in a directory beside the archive's SQLite file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from types import TracebackType
from typing import Self

import tantivy

from bantin.search import _schema as f
from bantin.search._compile import EXACT_TIER, QueryCompiler, exact_terms_needed
from bantin.search._errors import IndexLockedError, SearchIndexError
from bantin.search._forms import display, exact_text, filter_key, pairs_text, place_key, source_key
from bantin.search._model import NO_FILTERS, IndexDoc, SearchFilters, SearchHit, SearchPage, VerifyReport
from bantin.search._query import ParsedQuery, parse_query

DEFAULT_WRITER_HEAP = 128_000_000
DEFAULT_WRITER_THREADS = 1
MAX_LIMIT = 1000
_VERIFY_BATCH = 1024


class SearchIndex:
    """Ranked full-text search over the archive's articles (see the package docstring).

    Open it with :meth:`open`. Reading needs no lock; the first write takes tantivy's writer lock
    (one writing process at a time) and holds it until :meth:`close`. Writes are visible to
    searches, and durable, after :meth:`commit`.
    """

    def __init__(
        self, path: Path, index: tantivy.Index, *, writer_heap_bytes: int, writer_threads: int
    ) -> None:
        self.path = path
        self._index = index
        self._schema = index.schema
        self._compiler = QueryCompiler(self._schema)
        self._writer: tantivy.IndexWriter | None = None
        self._writer_heap = writer_heap_bytes
        self._writer_threads = writer_threads
        self._pending = False

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        writer_heap_bytes: int = DEFAULT_WRITER_HEAP,
        writer_threads: int = DEFAULT_WRITER_THREADS,
    ) -> SearchIndex:
        """Open the index in directory ``path``, creating it on first use.

        ``writer_heap_bytes`` bounds the writer's memory (split between ``writer_threads``
        indexing threads, at least 15 MB each): past it, the writer flushes a segment to disk.
        """
        path = Path(path)
        if writer_threads < 1 or writer_heap_bytes < 15_000_000 * writer_threads:
            raise SearchIndexError(path, "the writer needs at least one thread and 15 MB of heap per thread")
        exists = f.check_version(path)
        try:
            path.mkdir(parents=True, exist_ok=True)
            if exists:
                index = tantivy.Index.open(str(path))
            else:
                index = tantivy.Index(f.build_schema(), path=str(path), reuse=False)
                f.write_version(path)
            f.register_analyzers(index)
        except (OSError, ValueError) as error:
            raise SearchIndexError(path, f"cannot open the search index ({error})") from error
        return cls(path, index, writer_heap_bytes=writer_heap_bytes, writer_threads=writer_threads)

    # --- writing --------------------------------------------------------------------------

    def _writer_or_open(self) -> tantivy.IndexWriter:
        if self._writer is None:
            try:
                self._writer = self._index.writer(heap_size=self._writer_heap, num_threads=self._writer_threads)
            except ValueError as error:
                if "lock" in str(error).lower():
                    raise IndexLockedError(self.path, "another process is writing to the index") from error
                raise SearchIndexError(self.path, f"cannot write to the index ({error})") from error
        return self._writer

    def upsert(self, docs: Iterable[IndexDoc]) -> int:
        """Add or replace articles by id; returns how many were given.

        Each article is deleted by id before it is added, so replaying the same batch (after a
        crash before the archive's queue was cleared) leaves one copy of each.
        """
        writer = self._writer_or_open()
        count = 0
        for doc in docs:
            writer.delete_documents_by_term(f.ID, doc.id)
            writer.add_document(_document(doc))
            count += 1
        self._pending = self._pending or count > 0
        return count

    def delete(self, ids: Iterable[str]) -> int:
        """Remove articles by id (ids not in the index are ignored); returns how many were given."""
        writer = self._writer_or_open()
        count = 0
        for doc_id in ids:
            writer.delete_documents_by_term(f.ID, doc_id)
            count += 1
        self._pending = self._pending or count > 0
        return count

    def commit(self) -> None:
        """Make every upsert and delete since the last commit durable and visible to searches."""
        if self._writer is None or not self._pending:
            return
        try:
            self._writer.commit()
        except (OSError, ValueError) as error:
            raise SearchIndexError(self.path, f"commit failed ({error})") from error
        self._pending = False
        self._index.reload()

    def rollback(self) -> None:
        """Forget every upsert and delete since the last commit."""
        if self._writer is not None and self._pending:
            self._writer.rollback()
            self._pending = False

    def close(self) -> None:
        """Let background merges finish and release the writer lock (uncommitted work is dropped)."""
        if self._writer is not None:
            self.rollback()
            self._writer.wait_merging_threads()
            self._writer = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """See the latest commit now, another process's included (tantivy would on its own, after a delay)."""
        try:
            self._index.reload()
        except ValueError as error:
            raise SearchIndexError(self.path, f"cannot read the latest commit ({error})") from error

    def count(self) -> int:
        """The number of articles in the index (as of the last commit)."""
        return int(self._index.searcher().num_docs)

    def search(
        self,
        query: str | ParsedQuery,
        filters: SearchFilters = NO_FILTERS,
        *,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchPage:
        """Run a query (never raises on what a user typed) and return one page of hits.

        A query without any word but with filters lists the filtered articles, newest first; a
        query of exclusions only lists every article but those; an empty query without filters
        returns an empty page.
        """
        limit = max(0, min(limit, MAX_LIMIT))
        offset = max(0, offset)
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
        words, combined = self._combined(parsed, filters)
        if combined is None:
            return SearchPage(hits=(), total=0, offset=offset, limit=limit)
        searcher = self._index.searcher()
        if words is None:
            result = searcher.search(combined, max(limit, 1), count=True, order_by_field=f.PUBLISHED, offset=offset)
            hits = tuple(SearchHit(_doc_id(searcher, address), 0.0) for _, address in result.hits)
        else:
            result = searcher.search(combined, max(limit, 1), count=True, offset=offset)
            needed = exact_terms_needed(parsed.root)
            hits = tuple(_hit(searcher, score, address, needed) for score, address in result.hits)
        # SearchResult.count is missing from tantivy's type stubs, not from the object.
        total = int(getattr(result, "count", 0) or 0)
        return SearchPage(hits=hits[:limit], total=total, offset=offset, limit=limit)

    def _combined(
        self, parsed: ParsedQuery, filters: SearchFilters
    ) -> tuple[tantivy.Query | None, tantivy.Query | None]:
        """The words' query, and the words and filters together (None when there is neither)."""
        words = self._compiler.words_query(parsed)
        restrictions = self._compiler.filter_queries(filters)
        if words is None and not restrictions:
            return None, None
        clauses = ([(tantivy.Occur.Must, words)] if words is not None else []) + [
            (tantivy.Occur.Must, q) for q in restrictions
        ]
        return words, clauses[0][1] if len(clauses) == 1 else tantivy.Query.boolean_query(clauses)

    def count_by_dates(
        self, query: str | ParsedQuery, filters: SearchFilters = NO_FILTERS, *, bounds: Sequence[dt.date]
    ) -> list[int]:
        """How many matching articles were published in each interval between ``bounds``.

        ``bounds`` are ascending dates; the result has one count per interval ``[bounds[i],
        bounds[i + 1])``. Counted over every match (the index's date column), so a results chart
        is exact however many articles match. The same query and filters as :meth:`search`.
        """
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
        _, combined = self._combined(parsed, filters)
        if combined is None or len(bounds) < 2:
            return [0] * max(0, len(bounds) - 1)
        # Date columns are aggregated as nanoseconds since the epoch (UTC).
        nanos = [_epoch_nanos(d) for d in bounds]
        ranges = [{"key": str(i), "from": float(a), "to": float(b)} for i, (a, b) in enumerate(pairwise(nanos))]
        aggregation = {"dates": {"range": {"field": f.PUBLISHED, "ranges": ranges}}}
        result = self._index.searcher().aggregate(combined, aggregation)
        counts = {str(b.get("key")): int(b.get("doc_count", 0)) for b in result["dates"]["buckets"]}
        return [counts.get(str(i), 0) for i in range(len(bounds) - 1)]

    def verify(self, ids_in_archive: Iterable[str]) -> VerifyReport:
        """Compare the index with the archive's ids: which are missing, extra, or indexed twice."""
        searcher = self._index.searcher()
        missing: list[str] = []
        duplicated: list[str] = []
        seen: set[str] = set()
        found_total = 0
        for batch in _batches(ids_in_archive, _VERIFY_BATCH):
            batch = [doc_id for doc_id in dict.fromkeys(batch) if doc_id not in seen]
            seen.update(batch)
            query = tantivy.Query.term_set_query(self._schema, f.ID, batch)
            result = searcher.search(query, 4 * len(batch), count=False)
            found: dict[str, int] = {}
            for _, address in result.hits:
                doc_id = _doc_id(searcher, address)
                found[doc_id] = found.get(doc_id, 0) + 1
            found_total += sum(found.values())
            missing.extend(doc_id for doc_id in batch if doc_id not in found)
            duplicated.extend(doc_id for doc_id, n in found.items() if n > 1)
        indexed = int(searcher.num_docs)
        extra: list[str] = []
        if indexed > found_total:  # some indexed articles are not the archive's: find which
            extra = sorted({doc_id for doc_id in self._all_ids(searcher) if doc_id not in seen})
        return VerifyReport(indexed=indexed, missing=tuple(missing), extra=tuple(extra),
                            duplicated=tuple(duplicated))

    def _all_ids(self, searcher: tantivy.Searcher) -> Iterator[str]:
        total = int(searcher.num_docs)
        if total:
            result = searcher.search(tantivy.Query.all_query(), total, count=False)
            for _, address in result.hits:
                yield _doc_id(searcher, address)


def _document(doc: IndexDoc) -> tantivy.Document:
    title, text = display(doc.title), display(doc.text)
    fields: dict[str, object] = {
        f.ID: doc.id,
        f.TITLE_EXACT: exact_text(title),
        f.TITLE_FOLD: title,  # folded by the field's analyzer
        f.BODY_EXACT: exact_text(text),
        f.BODY_FOLD: text,
        f.TITLE_PAIRS: pairs_text(title),
        f.BODY_PAIRS: pairs_text(text),
    }
    if doc.published is not None:
        fields[f.PUBLISHED] = f.start_of(f.index_day(doc.published))
    source = source_key(doc.source) if doc.source else ""
    if source:
        fields[f.SOURCE] = source
    for field, values, key in (
        (f.PLACE, doc.places, place_key),
        (f.PERSON, doc.people, filter_key),
        (f.ORG, doc.organizations, filter_key),
        (f.DOC, doc.documents, filter_key),
    ):
        keys = sorted({key(value) for value in values} - {""})
        if keys:
            fields[field] = keys
    return tantivy.Document(**fields)


def _epoch_nanos(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()) * 10**9


def _doc_id(searcher: tantivy.Searcher, address: tantivy.DocAddress) -> str:
    return str(searcher.doc(address).get_first(f.ID))


def _hit(searcher: tantivy.Searcher, score: float, address: tantivy.DocAddress, needed: int) -> SearchHit:
    exact_terms = int(score // EXACT_TIER)
    return SearchHit(
        _doc_id(searcher, address), score - exact_terms * EXACT_TIER, needed > 0 and exact_terms >= needed, exact_terms
    )


def _batches(items: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
