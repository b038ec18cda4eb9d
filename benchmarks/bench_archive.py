"""Benchmark the archive: ingest rate, size on disk, memory over time, search latency.

    .venv/bin/python benchmarks/bench_archive.py --real            # the real corpora of ../shared/data
    .venv/bin/python benchmarks/bench_archive.py --n 100000        # a generated corpus (generate_corpus.py)
    .venv/bin/python benchmarks/bench_archive.py --n 1000000 --workers 2

What it measures, with the full pipeline (decode, layout, every fact extractor) and the real
write path (SQLite archive and its search index):

- ingest rate in articles per second, overall and per tenth of the run;
- the size of the SQLite file and of the search index, per article;
- the resident memory of the ingesting process and of its workers, sampled every second, to
  show whether it stays flat as the archive grows;
- search latency (p50, p95, max) of the 50 fixed queries of ``bench_search.QUERIES``, through
  the archive (index, records and snippets, as ``bantin search`` does) and through the index alone.

The archive and the corpus are written under /tmp/bantin-bench (never in the repository).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import QUERIES, filters_of  # noqa: E402

from bantin.archive import Archive, Selection  # noqa: E402
from bantin.search import SearchIndex, parse_query  # noqa: E402
from bantin.sources import SourceOptions, iter_sources  # noqa: E402

WORK = Path("/tmp/bantin-bench")
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REAL = ("news_dantri", "news_baomoi", "legal_vlc", "legal_html", "legacy_encodings")


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return []
    return [int(p) for p in out.split()]


class MemorySampler(threading.Thread):
    """Samples the RSS of this process and of its worker processes every second."""

    def __init__(self, progress: list[int]) -> None:
        super().__init__(daemon=True)
        self.progress = progress
        self.samples: list[tuple[float, int, float, float]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        start = time.perf_counter()
        while not self.stop.wait(1.0):
            main = _rss_mb(os.getpid())
            workers = [_rss_mb(p) for p in _children(os.getpid())]
            self.samples.append((time.perf_counter() - start, self.progress[0], main, max(workers, default=0.0)))


def _size_mb(path: Path) -> float:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6
    total = path.stat().st_size if path.exists() else 0
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        total += extra.stat().st_size if extra.exists() else 0
    return total / 1e6


def _corpus(n: int, seed: int) -> Path:
    path = WORK / f"corpus-{n}-s{seed}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("generate_corpus.py")), str(n),
                        "--seed", str(seed), "--out", str(path)], check=True)
    return path


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _search_latency(db: Path, repeat: int = 5) -> None:
    """p50/p95/max of the 50 queries, each run once untimed and then ``repeat`` times (as
    bench_search.py does), through the archive (as ``bantin search``) and through the index alone."""
    with Archive.open(db, readonly=True) as archive:
        index = SearchIndex.open(archive.index_dir())
        runs = []
        for text, spec in QUERIES:
            filters = filters_of(spec)
            selection = Selection(**{k: getattr(filters, k) for k in (
                "date_from", "date_to", "sources", "places", "people", "organizations", "documents")})
            runs.append((text, parse_query(text), filters, selection))
        for text, parsed, filters, selection in runs:  # warm-up: the OS's cache, the index's readers
            archive.search(text, selection, limit=20)
            index.search(parsed, filters, limit=20)
        through_archive, index_only = [], []
        for _ in range(repeat):
            for text, parsed, filters, selection in runs:
                start = time.perf_counter()
                archive.search(text, selection, limit=20)
                through_archive.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                index.search(parsed, filters, limit=20)
                index_only.append((time.perf_counter() - start) * 1000)
        index.close()
    for label, values in (("search via archive (index + records + snippets)", through_archive),
                          ("search, index only", index_only)):
        print(f"{label:<50} p50 {_percentile(values, 0.5):6.1f} ms   p95 {_percentile(values, 0.95):6.1f} ms"
              f"   max {max(values):6.1f} ms   (50 queries x {repeat}, top 20)")


def _print_cpu(before: tuple[resource.struct_rusage, resource.struct_rusage], inputs: int) -> None:
    """CPU time per input of this process (reading, writing SQLite, the search index and its
    threads) and of the worker processes (the pipeline and the rows), which have ended by now."""
    main_now, children_now = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    main = main_now.ru_utime + main_now.ru_stime - before[0].ru_utime - before[0].ru_stime
    workers = children_now.ru_utime + children_now.ru_stime - before[1].ru_utime - before[1].ru_stime
    per = 1e3 / max(inputs, 1)
    print(f"CPU per input: main process {main * per:.2f} ms (reading, SQLite, search index), "
          f"workers {workers * per:.2f} ms (pipeline and rows); {main + workers:,.0f} CPU s in all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, help="generated articles (generate_corpus.py)")
    parser.add_argument("--real", action="store_true", help="the real corpora of ../shared/data")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--keep", action="store_true", help="reuse the archive (measure searches only)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if args.real:
        inputs = [str(SHARED / name) for name in REAL]
        label = "real corpora"
    elif args.n:
        inputs = [str(_corpus(args.n, args.seed))]
        label = f"{args.n:,} generated articles"
    else:
        parser.error("give --real or --n N")
    db = args.db or WORK / ("real.db" if args.real else f"archive-{args.n}.db")
    if not args.keep:
        for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            stale.unlink(missing_ok=True)
        subprocess.run(["rm", "-rf", str(db.with_name(db.name + ".index"))], check=False)
        progress = [0]
        marks: list[tuple[float, int]] = []
        sampler = MemorySampler(progress)
        sampler.start()
        start = time.perf_counter()
        cpu_before = (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))

        def on_progress(state: object) -> None:
            progress[0] = state.items  # type: ignore[attr-defined]
            marks.append((time.perf_counter() - start, progress[0]))

        with Archive.open(db) as archive:
            tally = archive.ingest(iter_sources(inputs, options=SourceOptions()), workers=args.workers,
                                   progress=on_progress)
            count = archive.count()
        seconds = time.perf_counter() - start
        sampler.stop.set()
        print(f"{label}: {dict(tally.counts)} in {seconds:,.1f} s with {args.workers} workers "
              f"({os.cpu_count()} cores): {sum(tally.counts.values()) / seconds:,.0f} inputs/s")
        _print_cpu(cpu_before, sum(tally.counts.values()))
        db_mb, index_mb = _size_mb(db), _size_mb(db.with_name(db.name + ".index"))
        print(f"archive {db_mb:,.1f} MB ({db_mb * 1e3 / max(count, 1):,.1f} KB/article), "
              f"index {index_mb:,.1f} MB ({index_mb * 1e3 / max(count, 1):,.2f} KB/article)")
        print("memory (MB) as the archive grows: elapsed s, articles, main process, largest worker")
        step = max(1, len(sampler.samples) // 10)
        for elapsed, items, main, worker in sampler.samples[::step]:
            print(f"   {elapsed:8.0f} s {items:>10,} {main:8.0f} {worker:8.0f}")
    _search_latency(db)
    print(f"measured {dt.datetime.now():%Y-%m-%d %H:%M}, load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
