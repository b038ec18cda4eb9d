"""Benchmark each fact extractor alone, over the 2,000 dantri articles, one core.

    .venv/bin/python benchmarks/bench_extractors.py [--repeat 3]

Each article is laid out once (not timed); then the default chain runs over every article as the
pipeline runs it (one article at a time, each extractor seeing the facts of the ones before it,
so that the scans extractors share per text are shared here too), with a CPU-time clock around
each extractor; the best of ``--repeat`` passes is printed per extractor, in ms per article and
articles per second. Language data is loaded before timing. Speed is measured here, not in the
tests: a timed test fails on a busy machine and passes on a fast one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from bantin.extract import ExtractContext, default_extractors
from bantin.pipeline import build_article
from bantin.record import Fact, RawDocument

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_dantri" / "unc_dantri.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} not found: the benchmark reads ../shared/data/news_dantri")
    now = dt.datetime.now(dt.timezone.utc)
    articles = [
        build_article(RawDocument(source=str(CORPUS), data=line.encode(), read_at=now, position=i,
                                  fields=json.loads(line)), extractors=())
        for i, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1)
    ]
    contexts = [
        ExtractContext(published=a.published.date if a.published else None,
                       blocks=tuple((b.role, b.start, b.end) for b in a.blocks))
        for a in articles
    ]
    chain = default_extractors()
    build_article(RawDocument(source="warm-up", data="Tiêu đề\n\nSáng 3/9, UBND tỉnh Lạng Sơn họp.".encode(),
                              read_at=now))
    best = [float("inf")] * len(chain)
    for _ in range(args.repeat):
        spent = [0.0] * len(chain)
        for article, context in zip(articles, contexts):
            facts: list[Fact] = []
            for index, extractor in enumerate(chain):
                start = time.process_time()
                facts.extend(extractor.run(article.text, context, facts))
                spent[index] += time.process_time() - start
        best = [min(b, s) for b, s in zip(best, spent)]
    print(f"{len(articles)} dantri articles (JSONL records), one core, CPU time, best of {args.repeat}")
    for extractor, seconds in zip(chain, best):
        per_article = seconds * 1000 / len(articles)
        print(f"  {extractor.name:<14} {per_article:7.3f} ms/article  {1000 / per_article:>9,.0f} articles/s")
    total = sum(best) * 1000 / len(articles)
    print(f"  {'all extractors':<14} {total:7.3f} ms/article  {1000 / total:>9,.0f} articles/s")


if __name__ == "__main__":
    main()
