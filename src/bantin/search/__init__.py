"""Full-text search over the archive: a tantivy index beside the SQLite file.

The archive (SQLite) is the record store; this package keeps an inverted index of its articles
in a directory beside it (``bantin.db.index/``) and answers ranked queries with article ids,
which the archive turns into records.

Semantics (DESIGN.md, "Vietnamese text rules")
----------------------------------------------

- A word typed without accents ("da nang", "tinh uy") matches the folded form of titles and
  texts: lowercase, no diacritics, "đ" as "d" (``bantin.text.folded_form``; in the index, the
  analyzer's ASCII folding, which is the same for every Vietnamese letter: see ``_forms``).
- A word typed with accents ("Đà Nẵng", "tỉnh uỷ") matches the same folded form, and an article
  that also holds it in the canonical form (any tone placement: "uỷ" = "ủy") is lifted into a
  higher tier: hits rank by how many accented words they hold as typed, then by BM25, so every
  exact-accent match ranks above every accent-less-only one (:class:`SearchHit`).
- Words are ANDed; "quoted phrases"; ``OR`` (or ``|``); ``-word``, ``-"a phrase"``, ``NOT``;
  parentheses. Our own parser (:func:`parse_query`) never raises: bad syntax degrades.
- BM25 ranking on the folded fields, titles weighted twice the text; phrases are matched on
  word pairs (and positions for three words or more).
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
read, and a reader sees each commit. The writer's memory is bounded by ``writer_heap_bytes``
(default 128 MB) and its indexing threads by ``writer_threads`` (default 1). A
:class:`SearchIndex` object is not meant to be shared by threads that write.

Public API
----------

``SearchIndex.open(path)`` -> ``upsert(docs)``, ``delete(ids)``, ``commit()``, ``rollback()``,
``close()``, ``search(query, filters, limit=, offset=) -> SearchPage``, ``count()``,
``verify(ids) -> VerifyReport``; ``IndexDoc``, ``SearchFilters``, ``SearchHit``, ``SearchPage``;
``parse_query``; ``highlight(text, query, width=) -> Snippet`` (``to_html()``, ``to_ansi()``,
``to_rich()``, ``render()``) and ``find_matches``; ``filter_key``/``place_key``/``source_key``
(the keys filter values are matched on); errors under :class:`SearchIndexError`.

Why tantivy (figures from ``benchmarks/bench_search.py``)
---------------------------------------------------------

Corpus: ``benchmarks/generate_corpus.py`` (the real dantri and baomoi articles recombined, 4.6 KB
of text each); this machine: 2 CPUs. Fill = articles/s from JSONL to a committed index, one
writer thread unless said; latency = the 50 fixed queries of the benchmark, top 20 with the
total count, 5 runs each after a warm-up; memory = resident anonymous memory (heap).

100,000 articles (``bench_search.py --n 100000``):

==========================  ========  ==========  ======  ======  ======  ============
candidate                   fill/s    KB/article  p50 ms  p95 ms  max ms  fill heap MB
==========================  ========  ==========  ======  ======  ======  ============
FTS5, plain (reference)     1,702     12.66       30.0    100.7   145.6   67
FTS5, contentless           1,848     4.79        28.5    100.4   135.7   67
FTS5, contentless, column   2,110     2.17        21.8    76.0    109.1   67 (no phrases: 41 queries)
tantivy (this package)      1,297     3.19        1.4     4.1     5.7     611
tantivy, 2 writer threads   1,537     3.13        1.1*    3.6*    5.2*    580
==========================  ========  ==========  ======  ======  ======  ============

(* before the neighbour bonus of ``_compile``, which costs about 0.5 ms at p95 here.) Fill rates
vary by about 20 % from run to run on this shared machine (tantivy, one thread: 1,004 to 1,297).

1,000,000 articles, tantivy, 2 writer threads (``--n 1000000 --candidates tantivy --threads 2``):
fill 1,377 articles/s (12 minutes), 2.62 KB/article (2.7 GB), latency p50 12.1 ms, **p95 38.1 ms**
(target < 50 ms), max 51.4 ms (``(xe OR ô tô) giá``: 467,402 matches, all scored and counted).
The search process's heap stays flat: 28 MB at 100,000 articles, 29 MB at 1,000,000 (the index
is read through memory maps: 142 MB, then 229 MB of file pages, the OS's cache). The writer's
heap is bounded (128 MB); the filling process peaked at 580 MB, then 778 MB of heap, the rest
being tantivy's background merges of ever larger segments (the Python bindings do not expose
the merge policy).

FTS5 scores every match before it keeps 20, so its latency grows with the matches: at 100,000
articles its p95 is already twice the 1,000,000-article target, whatever the layout
(contentless saves space, not time; ``detail=column`` loses phrases). Tantivy is 25 times faster
at 100,000 and meets the target at 1,000,000, in a quarter of the plain table's space; it fills
more slowly (six text fields: the canonical and folded forms and the word pairs of title and
text), which the drain step absorbs. Both engines returned the same number of matches for each
of the 50 queries. Two choices made tantivy meet the target: phrases read word-pair postings
instead of positions (a first version took 22 ms at 100,000 on ``"học sinh" OR "sinh viên"``,
1.5 ms now), and the exact fields are matched for the tier but never scored.
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
