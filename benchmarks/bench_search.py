"""Benchmark: candidate search indexes over a generated corpus, and the figures to pick one by.

Candidates, each filled from the same JSONL corpus (``generate_corpus.py``) in its own process,
one writer thread, then queried in a fresh process:

- ``fts5``: the reference, a plain SQLite FTS5 table holding the canonical (accented) and
  folded copies of title and text (``unicode61 remove_diacritics 0``), BM25 with column weights;
- ``fts5-contentless``: the same columns in a contentless FTS5 table (``content=''``): the
  archive keeps the text, the index only postings (an external-content table over the archive
  has the same index; it only adds the ability to read the text back through the index);
- ``fts5-contentless-column``: the same with ``detail=column`` (no positions: no phrase queries,
  so the phrase queries are left out of its latency);
- ``tantivy``: ``bantin.search.SearchIndex``, the real code (folded and canonical fields,
  exact-accent tier, filters), beside SQLite as the record store.

(``detail=none`` is not measured: it has neither phrases nor column filters, so it cannot tell
the accented copy from the folded one without a second table.)

For every candidate: fill rate (articles/s from the JSONL file to a committed index, JSON
parsing and our folding included), size per article (the index directory or the SQLite file),
peak memory of the filling process, and the latency of the 50 queries of :data:`QUERIES`
(top 20 with the total number of matches, each run 5 times after one warm-up run: p50, p95 and
max over the 250 runs), with the query process's memory (anonymous, and file pages mapped).
SQLite filters use a ``meta`` table (id, date, source) and a ``facet`` table (kind, key,
rowid) beside the FTS table; FTS5 ranks by column-weighted BM25 only (no exact-accent tier).

    .venv/bin/python benchmarks/bench_search.py                        # 100,000 articles, every candidate
    .venv/bin/python benchmarks/bench_search.py --n 1000000 --candidates tantivy

Corpora and indexes go under ``/tmp/bantin-bench`` (``--work``); results are printed and
written to ``results-N-CANDIDATES.json`` there (with each query's match count and median). The
figures of the runs that chose the engine are in the docstring of ``bantin.search``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import WORK, default_path, generate

from bantin.search import IndexDoc, SearchFilters, SearchIndex, filter_key, parse_query, place_key, source_key
from bantin.search._forms import exact_text
from bantin.search._query import Any as AnyNode
from bantin.search._query import Node, Not, ParsedQuery, Term
from bantin.text import folded_form

CANDIDATES = ("fts5", "fts5-contentless", "fts5-contentless-column", "tantivy")
REPEAT = 5

# The fixed 50 queries: (query, filters). Accented and accent-less, tone placements, phrases,
# AND/OR/NOT, rare and very common words, with and without filters.
QUERIES: list[tuple[str, dict[str, Any]]] = [
    # very common words and names, accented
    ("của", {}), ("Việt Nam", {}), ("người dân", {}), ("kinh tế", {}), ("giáo dục", {}),
    # rarer words, accented
    ("Bình Nhưỡng", {}), ("phẫu thuật", {}), ("lan đột biến", {}), ("vắc xin", {}), ("tên lửa", {}),
    # accent-less
    ("viet nam", {}), ("covid", {}), ("hoc phi", {}), ("bong da", {}), ("da nang", {}),
    ("tinh uy", {}), ("thu tuong", {}), ("ha noi", {}), ("gia vang", {}), ("dich benh", {}),
    # phrases
    ('"Đà Nẵng"', {}), ('"thủ tướng chính phủ"', {}), ('"học phí"', {}), ('"đội tuyển Việt Nam"', {}),
    ('"hoc sinh"', {}), ('"bộ giáo dục và đào tạo"', {}), ('"giá xăng"', {}),
    # boolean
    ("covid OR cúm", {}), ("bóng đá -Việt", {}), ("Mỹ Trung Quốc", {}), ("tăng trưởng kinh tế", {}),
    ('"học sinh" OR "sinh viên"', {}), ('covid -"Việt Nam"', {}), ("(xe OR ô tô) giá", {}),
    ("Trump OR Biden", {}), ("điện thoại -iphone", {}), ("lũ lụt miền Trung", {}),
    # tone placement
    ("hòa bình", {}), ("hoà bình", {}), ("thủy điện", {}), ("tỉnh uỷ", {}),
    # with filters
    ("covid", {"date_from": "2020-01-01", "date_to": "2020-12-31"}),
    ("Đà Nẵng", {"sources": ["baodanang.vn", "vnexpress.net"]}),
    ("học phí", {"places": ["Hồ Chí Minh"]}),
    ("", {"places": ["da nang"]}),
    ("", {"documents": ["state:ND:116/2020:CP"]}),
    ("kinh tế", {"date_from": "2025-07-01", "sources": ["vnexpress.net"]}),
    ("bóng đá", {"people": ["Kiatisuk"]}),
    ("", {"organizations": ["Bộ Giáo dục và Đào tạo"], "date_from": "2024-01-01"}),
    ("covid", {"places": ["ha noi"], "date_to": "2021-12-31"}),
]


# --- reading the corpus --------------------------------------------------------------------


def read_docs(corpus: Path) -> Iterator[IndexDoc]:
    """The corpus as IndexDocs: the text is title, lead and paragraphs, blank-line separated."""
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            parts = [record["title"], record["lead"], *record["paragraphs"]]
            yield IndexDoc(
                id=record["id"],
                title=record["title"],
                text="\n\n".join(p for p in parts if p),
                published=dt.date.fromisoformat(record["date"]),
                source=record["source"],
                places=tuple(record["places"]),
                people=tuple(record["people"]),
                organizations=tuple(record["organizations"]),
                documents=tuple(record["documents"]),
            )


def filters_of(spec: dict[str, Any]) -> SearchFilters:
    values = dict(spec)
    for key in ("date_from", "date_to"):
        if key in values:
            values[key] = dt.date.fromisoformat(values[key])
    for key in ("sources", "places", "people", "organizations", "documents"):
        if key in values:
            values[key] = tuple(values[key])
    return SearchFilters(**values)


# --- memory --------------------------------------------------------------------------------


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class AnonPeak:
    """Samples the process's anonymous resident memory (its heap, not mapped index files)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self.peak = max(self.peak, _status_kb("RssAnon"))

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _status_kb("RssAnon"))


# --- SQLite FTS5 candidates ----------------------------------------------------------------

_FTS_WEIGHTS = "3.0, 1.5, 2.0, 1.0"  # title, body (canonical), title_fold, body_fold


class Fts5:
    """One FTS5 layout, with meta and facet tables for the filters."""

    def __init__(self, path: Path, variant: str) -> None:
        self.path = path
        self.variant = variant
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.phrases = not variant.endswith("-column")

    def create(self) -> None:
        options = ["tokenize='unicode61 remove_diacritics 0'"]
        if self.variant.startswith("fts5-contentless"):
            options.append("content=''")
        if self.variant.endswith("-column"):
            options.append("detail=column")
        self.db.executescript(f"""
            CREATE VIRTUAL TABLE fts USING fts5(title, body, title_fold, body_fold, {', '.join(options)});
            CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, published TEXT, source TEXT);
            CREATE INDEX meta_published ON meta(published);
            CREATE TABLE facet(kind TEXT, key TEXT, rowid INTEGER, PRIMARY KEY(kind, key, rowid)) WITHOUT ROWID;
        """)

    def fill(self, docs: Iterator[IndexDoc]) -> int:
        self.create()
        count = 0
        batch_fts, batch_meta, batch_facet = [], [], []

        def flush() -> None:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT INTO fts(rowid, title, body, title_fold, body_fold) VALUES (?,?,?,?,?)",
                                batch_fts)
            self.db.executemany("INSERT INTO meta VALUES (?,?,?,?)", batch_meta)
            self.db.executemany("INSERT OR IGNORE INTO facet VALUES (?,?,?)", batch_facet)
            self.db.execute("COMMIT")
            batch_fts.clear(), batch_meta.clear(), batch_facet.clear()

        for doc in docs:
            count += 1
            batch_fts.append((count, exact_text(doc.title), exact_text(doc.text), folded_form(doc.title),
                              folded_form(doc.text)))
            batch_meta.append((count, doc.id, doc.published.isoformat() if doc.published else None,
                               source_key(doc.source)))
            for kind, values, key in (("place", doc.places, place_key), ("person", doc.people, filter_key),
                                      ("org", doc.organizations, filter_key), ("doc", doc.documents, filter_key)):
                batch_facet.extend((kind, k, count) for k in {key(v) for v in values})
            if len(batch_fts) >= 2000:
                flush()
        if batch_fts:
            flush()
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return count

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*"))

    # queries

    def _term(self, term: Term) -> str:
        folded = '{title_fold body_fold} : "' + " ".join(w.folded for w in term.words) + '"'
        if not term.accented:
            return folded
        return '({title body} : "' + " ".join(w.exact for w in term.words) + '" OR ' + folded + ")"

    def _node(self, node: Node) -> str | None:
        if isinstance(node, Term):
            if term_is_phrase(node) and not self.phrases:
                raise Unsupported("phrase")
            return self._term(node)
        if isinstance(node, AnyNode):
            parts = [self._node(item) for item in node.items]
            return "(" + " OR ".join(p for p in parts if p) + ")"
        if isinstance(node, Not):
            raise Unsupported("lone exclusion")
        positives = [self._node(i) for i in node.items if not isinstance(i, Not)]
        if not positives:
            raise Unsupported("exclusions only")
        expression = "(" + " AND ".join(p for p in positives if p) + ")"
        for item in node.items:
            if isinstance(item, Not):
                expression = f"({expression} NOT {self._node(item.item)})"
        return expression

    def search(self, parsed: ParsedQuery, filters: SearchFilters) -> tuple[list[str], int]:
        where, params = [], []
        if filters.date_from:
            where.append("m.published >= ?")
            params.append(filters.date_from.isoformat())
        if filters.date_to:
            where.append("m.published <= ?")
            params.append(filters.date_to.isoformat())
        if filters.sources:
            where.append(f"m.source IN ({','.join('?' * len(filters.sources))})")
            params += [source_key(s) for s in filters.sources]
        for kind, values, key in (("place", filters.places, place_key), ("person", filters.people, filter_key),
                                  ("org", filters.organizations, filter_key), ("doc", filters.documents, filter_key)):
            if values:
                where.append(f"m.rowid IN (SELECT rowid FROM facet WHERE kind = ? AND key IN "
                             f"({','.join('?' * len(values))}))")
                params += [kind, *(key(v) for v in values)]
        if parsed.root is None:
            sql = (f"SELECT m.id, count(*) OVER () FROM meta m WHERE {' AND '.join(where) or '1'} "
                   f"ORDER BY m.published DESC LIMIT 20")
            rows = self.db.execute(sql, params).fetchall()
        else:
            match = self._node(parsed.root)
            # bm25() cannot sit beside a window function: score in a subquery, count over it.
            sql = (f"SELECT id, count(*) OVER (), score FROM (SELECT m.id AS id, bm25(fts, {_FTS_WEIGHTS}) AS score "
                   f"FROM fts JOIN meta m ON m.rowid = fts.rowid WHERE fts MATCH ? "
                   f"{''.join(' AND ' + w for w in where)}) ORDER BY score LIMIT 20")
            rows = self.db.execute(sql, [match, *params]).fetchall()
        return [r[0] for r in rows], (rows[0][1] if rows else 0)


class Unsupported(Exception):
    """A query this candidate cannot run (left out of its latency, and counted)."""


def term_is_phrase(term: Term) -> bool:
    return len(term.words) > 1


# --- tantivy -------------------------------------------------------------------------------


class Tantivy:
    """bantin.search.SearchIndex, the real code."""

    def __init__(self, path: Path, threads: int) -> None:
        self.path = path
        self.threads = threads
        self.index: SearchIndex | None = None

    def fill(self, docs: Iterator[IndexDoc]) -> int:
        index = SearchIndex.open(self.path, writer_threads=self.threads,
                                 writer_heap_bytes=max(128_000_000, 64_000_000 * self.threads))
        count = 0
        batch: list[IndexDoc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= 1_000:
                count += index.upsert(batch)
                batch.clear()
                if count % 100_000 == 0:
                    index.commit()
        count += index.upsert(batch)
        index.commit()
        index.close()  # waits for the merges
        return count

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())

    def search(self, parsed: ParsedQuery, filters: SearchFilters) -> tuple[list[str], int]:
        if self.index is None:
            self.index = SearchIndex.open(self.path)
        page = self.index.search(parsed, filters, limit=20)
        return page.ids, page.total


# --- worker (one candidate, one phase, its own process) -------------------------------------


def _candidate(name: str, work: Path, n: int, threads: int) -> Fts5 | Tantivy:
    if name == "tantivy":
        return Tantivy(work / f"tantivy-{n}-t{threads}", threads)
    return Fts5(work / f"{name}-{n}.db", name)


def worker(args: argparse.Namespace) -> dict[str, Any]:
    candidate = _candidate(args.worker, args.work, args.n, args.threads)
    if args.phase == "fill":
        with AnonPeak() as memory:
            started = time.perf_counter()
            count = candidate.fill(read_docs(args.corpus))
            seconds = time.perf_counter() - started
        size = candidate.size()
        return {"articles": count, "seconds": seconds, "rate": count / seconds, "bytes": size,
                "bytes_per_article": size / count, "fill_anon_peak_mb": memory.peak / 1024,
                "fill_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    parsed = [(parse_query(q), filters_of(f)) for q, f in QUERIES]
    samples: list[float] = []
    per_query = []
    skipped = []
    for (text, spec), (query, filters) in zip(QUERIES, parsed):
        try:
            _, total = candidate.search(query, filters)  # warm-up
        except Unsupported as reason:
            skipped.append(f"{text!r} ({reason})")
            continue
        times = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            candidate.search(query, filters)
            times.append((time.perf_counter() - started) * 1000)
        samples += times
        per_query.append({"query": text, "filters": spec, "total": total, "median_ms": statistics.median(times)})
    samples.sort()
    return {
        "p50_ms": samples[len(samples) // 2], "p95_ms": samples[int(len(samples) * 0.95)], "max_ms": samples[-1],
        "queries": len(per_query), "skipped": skipped, "per_query": per_query,
        "query_anon_mb": _status_kb("RssAnon") / 1024, "query_file_mb": _status_kb("RssFile") / 1024,
    }


def _run_worker(name: str, phase: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--worker", name, "--phase", phase, "--n", str(args.n),
               "--corpus", str(args.corpus), "--work", str(args.work), "--threads", str(args.threads)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--candidates", default=",".join(CANDIDATES))
    parser.add_argument("--corpus", type=Path, help="JSONL from generate_corpus.py (generated when absent)")
    parser.add_argument("--work", type=Path, default=WORK)
    parser.add_argument("--threads", type=int, default=1, help="tantivy writer threads")
    parser.add_argument("--keep", action="store_true", help="keep the indexes (default: delete after the run)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.corpus = args.corpus or default_path(args.n, 1)
    if args.worker:
        print(json.dumps(worker(args)))
        return
    if not args.corpus.exists():
        print(f"generating {args.n:,} articles -> {args.corpus}", file=sys.stderr)
        generate(args.n, args.corpus)
    results: dict[str, Any] = {"n": args.n, "corpus": str(args.corpus), "cpus": os.cpu_count()}
    print(f"{args.n:,} articles, {args.corpus}, {os.cpu_count()} CPUs")
    print(f"{'candidate':<26}{'fill/s':>9}{'KB/art':>8}{'fill MB':>9}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}"
          f"{'q anon MB':>10}{'q file MB':>10}  queries")
    for name in args.candidates.split(","):
        candidate = _candidate(name, args.work, args.n, args.threads)
        _remove(candidate.path)
        fill = _run_worker(name, "fill", args)
        query = _run_worker(name, "query", args)
        results[name] = {"fill": fill, "query": query}
        print(f"{name:<26}{fill['rate']:>9,.0f}{fill['bytes_per_article'] / 1024:>8.2f}"
              f"{fill['fill_anon_peak_mb']:>9,.0f}{query['p50_ms']:>8.1f}{query['p95_ms']:>8.1f}"
              f"{query['max_ms']:>8.1f}{query['query_anon_mb']:>10,.0f}{query['query_file_mb']:>10,.0f}  "
              f"{query['queries']} ({len(query['skipped'])} unsupported)", flush=True)
        if not args.keep:
            _remove(candidate.path)
    out = args.work / f"results-{args.n}-{args.candidates.replace(',', '+')}.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"details (per query): {out}")


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    for p in path.parent.glob(path.name + "*"):
        if p.is_file():
            p.unlink()


if __name__ == "__main__":
    main()
