"""Benchmark: decode + normalise + layout, then the full pipeline with every extractor, one core.

Each of the 2,000 dantri records is printed as a plain-text page (title, lead,
paragraphs, as crawled) and encoded to UTF-8 bytes once, before timing; the
timed loop then runs what ``bantin extract`` runs on a page: decode the bytes,
normalise, recover the layout and build the Article record, first without the
fact extractors (the layout stage alone), then with all of them. Two more passes
time the JSONL path (records that come already split into fields).

    .venv/bin/python benchmarks/bench_layout.py [--repeat 3]

It runs whichever build is installed and says which: the text scans and extractors
compiled by mypyc (``setup.py``, the default) or the pure Python sources (set up with
``BANTIN_PURE_PYTHON=1``, or run with the compiled modules deleted).

Prints articles per second (by the wall clock, and by the process's CPU time, which
other work on a shared machine does not inflate) and the peak resident memory of the
process. ``check_identical.py`` beside it checks that a faster pipeline still gives the
same records.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import time
from pathlib import Path

from bantin._compiled import is_compiled
from bantin.pipeline import build_article
from bantin.record import RawDocument

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_dantri" / "unc_dantri.jsonl"


def _pages(lines: list[str]) -> list[bytes]:
    pages = []
    for line in lines:
        record = json.loads(line)
        text = record["title"] + "\n\n– " + "\n\n".join(record["sentences"]) + "\n"
        pages.append(text.encode("utf-8"))
    return pages


def _time(label: str, docs: list[RawDocument], repeat: int, *, facts: bool) -> None:
    extractors = None if facts else ()
    build_article(docs[0], extractors=extractors)  # load language data outside the timing
    best = best_cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            build_article(doc, extractors=extractors)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    size = sum(len(d.data) for d in docs)
    # The CPU time is the process's own: on a machine shared with other work, the wall clock also
    # counts the time other processes held the core.
    print(
        f"{label:<42} {len(docs) / best:>8,.0f} articles/s  ({size / best / 1e6:.1f} MB/s, best of {repeat}; "
        f"CPU time: {len(docs) / best_cpu:,.0f} articles/s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} not found: the benchmark reads ../shared/data/news_dantri")
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    now = dt.datetime.now(dt.UTC)
    pages = [RawDocument(source=f"page-{i}.txt", data=p, read_at=now) for i, p in enumerate(_pages(lines))]
    records = [
        RawDocument(source=str(CORPUS), data=line.encode(), read_at=now, position=i, fields=json.loads(line))
        for i, line in enumerate(lines, 1)
    ]
    build = "compiled by mypyc (setup.py)" if is_compiled() else "pure Python (BANTIN_PURE_PYTHON=1)"
    print(f"{len(lines)} dantri articles, one core; text scans and extractors {build}")
    _time("pages: decode+normalise+layout", pages, args.repeat, facts=False)
    _time("pages: full pipeline (all extractors)", pages, args.repeat, facts=True)
    _time("JSONL: normalise+layout", records, args.repeat, facts=False)
    _time("JSONL: full pipeline (all extractors)", records, args.repeat, facts=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:,.0f} MB (whole process, corpus held in memory)")


if __name__ == "__main__":
    main()
