"""Full-text search over the archive: a tantivy index beside the SQLite file.

The archive (SQLite) is the record store; this package keeps an inverted index of its articles
in a directory beside it (``bantin.db.index/``) and answers ranked queries with article ids,
which the archive turns into records.

Semantics (DESIGN.md, "Vietnamese text rules")
----------------------------------------------

- A word typed without accents ("da nang", "tinh uy") matches the folded form of titles and
  texts: lowercase, no diacritics, "đ" as "d" (our folding, ``bantin.text.folded_form``).
- A word typed with accents ("Đà Nẵng", "tỉnh uỷ") matches the canonical form, in any tone
  placement ("uỷ" = "ủy"), and also the folded form with a lower weight; articles that match
  the accented words as typed rank above every article that matches only their folded form
  (:class:`SearchHit.exact`).
- Words are ANDed; "quoted phrases"; ``OR`` (or ``|``); ``-word``, ``-"a phrase"``, ``NOT``;
  parentheses. Our own parser (:func:`parse_query`) never raises: bad syntax degrades.
- BM25 ranking, titles weighted twice the text.
- Filters (:class:`SearchFilters`): publication dates, source, place, person, organisation,
  document id, all matched on folded keys, so ``--place da nang`` works.
- Snippets (:func:`highlight`): the best window of a text, with the matched spans, rendered for
  HTML (escaped) or a terminal.

Keeping the index consistent with the archive through crashes
-------------------------------------------------------------

The archive is the truth; the index can always be rebuilt from it. The protocol:

1. The archive writes each article and a row of its *index queue* (article id, upsert or
   delete) in the same SQLite transaction. A crash leaves both or neither.
2. A drain step reads a batch of queue rows (remembering the largest row id read), builds the
   :class:`IndexDoc` of each upserted article from the archive, calls :meth:`SearchIndex.upsert`
   and :meth:`SearchIndex.delete`, then :meth:`SearchIndex.commit` (durable when it returns:
   tantivy writes the segments, then atomically replaces its ``meta.json``), and only then
   deletes the queue rows up to that row id (rows queued meanwhile stay).
3. A crash before the commit loses the index's uncommitted work, and the queue still holds it;
   a crash between the commit and the queue deletion replays the batch, which is harmless:
   ``upsert`` deletes by id before adding, and deleting an absent id does nothing.
4. After a crash, or when in doubt, :meth:`SearchIndex.verify` compares the index with the
   archive's ids and names the missing, extra and duplicated ones, for the archive to requeue
   or delete. A lost or unreadable index directory is deleted and rebuilt by queueing every
   article.

One process writes at a time (tantivy's writer lock: :class:`IndexLockedError`); any number
read. The writer's memory is bounded by ``writer_heap_bytes`` (default 128 MB).

Why tantivy (figures from ``benchmarks/bench_search.py``)
---------------------------------------------------------

Filled by the benchmark run; see the module docstring of ``benchmarks/bench_search.py`` for the
method and the 50 queries.
"""

from __future__ import annotations

from bantin.search._errors import IndexLockedError, IndexVersionError, SearchIndexError
from bantin.search._forms import filter_key, place_key, source_key
from bantin.search._highlight import Snippet, find_matches, highlight
from bantin.search._index import SearchIndex
from bantin.search._model import IndexDoc, SearchFilters, SearchHit, SearchPage, VerifyReport
from bantin.search._query import ParsedQuery, parse_query
from bantin.search._schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "IndexDoc",
    "IndexLockedError",
    "IndexVersionError",
    "ParsedQuery",
    "SearchFilters",
    "SearchHit",
    "SearchIndex",
    "SearchIndexError",
    "SearchPage",
    "Snippet",
    "VerifyReport",
    "filter_key",
    "find_matches",
    "highlight",
    "parse_query",
    "place_key",
    "source_key",
]
