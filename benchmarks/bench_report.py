"""Benchmark the period review report: a six-month report over a 1,000,000-article archive, target < 10 s.

    .venv/bin/python benchmarks/scale_archive.py            # once: the 1,000,000-article SCALED COPY
    .venv/bin/python benchmarks/bench_report.py             # model, then HTML, Markdown and PDF, each timed
    .venv/bin/python benchmarks/bench_report.py --db /tmp/bantin-bench/archive-1000000.db   # a real ingest

It times, in one fresh process per run (so each figure includes what a
``bantin report`` command pays: imports, the gazetteer, WeasyPrint's start-up):

- building the model (``build_report``: SQL aggregates only);
- rendering and writing each format (``write_report``), HTML, Markdown and PDF;
- the whole ``bantin report`` command for each format, as a user runs it.

The archive is read only. Unless ``--db`` is given it is
``/tmp/bantin-bench/archive-1000000-scaled.db``, written by
``benchmarks/scale_archive.py`` from the 100,000-article archive of
``bench_archive.py`` (a scaled copy, not a real ingest: see that script), or
``/tmp/bantin-bench/archive-1000000.db`` when a real 1,000,000-article ingest is
there. The period is the six months that end on the last day of the month
before the newest article (whole months, well inside the archive). Each figure
is the median of ``--runs`` runs; the machine is shared, so wall-clock figures are noisy:
the CPU seconds of the command say what it costs on a core of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

WORK = Path("/tmp/bantin-bench")
REAL = WORK / "archive-1000000.db"
SCALED = WORK / "archive-1000000-scaled.db"
TARGET_SECONDS = 10.0

_ONE_RUN = r"""
import datetime as dt, json, sys, time
started = time.perf_counter()
from pathlib import Path
from bantin.archive import Archive
from bantin.report import ReportRequest, build_report, write_report
db, start, end, fmt, out = sys.argv[1:6]
with Archive.open(db, readonly=True) as archive:
    t0 = time.perf_counter()
    report = build_report(archive, ReportRequest(dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
    model = time.perf_counter() - t0
t1 = time.perf_counter()
write_report(report, Path(out), fmt)
print(json.dumps({"model": model, "render": time.perf_counter() - t1, "total": time.perf_counter() - started,
                  "cpu": time.process_time(), "articles": report.totals.articles}))
"""


def six_months(db: Path) -> tuple[dt.date, dt.date]:
    """The six whole months before the month of the newest article."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    newest = conn.execute("SELECT max(published) FROM articles").fetchone()[0]
    conn.close()
    first_of_month = dt.date.fromisoformat(newest[:10]).replace(day=1)
    end = first_of_month - dt.timedelta(days=1)
    year, month = end.year, end.month - 5
    if month < 1:
        year, month = year - 1, month + 12
    return dt.date(year, month, 1), end


def run_once(db: Path, start: dt.date, end: dt.date, fmt: str, out: Path) -> dict[str, float]:
    """One fresh process: open, build the model, write one format."""
    result = subprocess.run(
        [sys.executable, "-c", _ONE_RUN, str(db), start.isoformat(), end.isoformat(), fmt, str(out)],
        capture_output=True, text=True, check=True,
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def run_command(db: Path, start: dt.date, end: dt.date, out: Path) -> tuple[float, float]:
    """The whole ``bantin report`` command, timed from outside: wall-clock and CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bantin", "report", "--db", str(db), "--from", start.isoformat(),
         "--to", end.isoformat(), "--out", str(out)],
        capture_output=True, check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - began, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=REAL if REAL.exists() else SCALED)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out-dir", type=Path, default=WORK / "report-bench")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} not found: build it with benchmarks/scale_archive.py")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    start, end = six_months(args.db)
    print(f"archive {args.db} ({'scaled copy' if args.db == SCALED else 'as given'}), period {start} … {end}, "
          f"median of {args.runs} runs")
    results = {}
    for fmt in ("html", "md", "pdf"):
        runs = [run_once(args.db, start, end, fmt, args.out_dir / f"report.{fmt}") for _ in range(args.runs)]
        command = [run_command(args.db, start, end, args.out_dir / f"command.{fmt}") for _ in range(args.runs)]
        figures = {key: statistics.median(r[key] for r in runs) for key in ("model", "render", "total", "cpu")}
        figures["command"] = statistics.median(c[0] for c in command)
        figures["command_cpu"] = statistics.median(c[1] for c in command)
        results[fmt] = figures
        verdict = "ok" if figures["command"] < TARGET_SECONDS else f"OVER {TARGET_SECONDS:.0f} s"
        print(f"{fmt:5} {int(runs[0]['articles']):,} articles: model {figures['model']:.2f} s, "
              f"{fmt} {figures['render']:.2f} s, process {figures['total']:.2f} s; "
              f"bantin report {figures['command']:.2f} s [{verdict}] (CPU {figures['command_cpu']:.2f} s)")
    (args.out_dir / "results.json").write_text(json.dumps(
        {"db": str(args.db), "from": start.isoformat(), "to": end.isoformat(), "results": results}, indent=2
    ))


if __name__ == "__main__":
    main()
