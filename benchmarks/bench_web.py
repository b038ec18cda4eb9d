"""Load benchmark of the web UI: concurrent clients on loopback against search and article pages.

A real server runs in its own processes (uvicorn, ``bantin.web:app_from_environment``, the
archive opened read-only); this process runs ``--clients`` clients with asyncio (one keep-alive
connection each, a minimal HTTP/1.1 reader), each in a closed loop (a request, the answer read to the end, an optional pause, the next request),
half of them on search pages and half on article pages, chosen at random with a fixed seed:

- search pages: the 50 queries (with their filters) of ``bench_search.QUERIES``, pages 1 and 2,
  as the browser asks for them (``/search?q=…&place=…&page=2``): results, facets and chart;
- article pages: ``/articles/{id}`` for ``--articles`` ids drawn from the archive.

After ``--warmup`` seconds that are not counted (the OS's cache, the server's first views), the
clients run for ``--duration`` seconds. Reported per page type: requests, errors (any status
but 200, or a failed connection), latency p50, p95 and max, and the throughput of all pages.
The server keeps computed views between requests (``BANTIN_WEB_CACHE``, 512 by default);
``--no-cache`` measures every request computed afresh.

    .venv/bin/python benchmarks/bench_web.py                       # 100,000 articles, 50 clients
    .venv/bin/python benchmarks/bench_web.py --no-cache --duration 60

The archive is the one ``bench_search.py``/``bench_archive.py`` leave in ``/tmp/bantin-bench``
(``--db``); it is only read. Results are printed and written as JSON (``--out``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import QUERIES

DEFAULT_DB = Path("/tmp/bantin-bench/archive-100000.db")
_PARAM = {"date_from": "from", "date_to": "to", "sources": "source", "places": "place", "people": "person",
          "organizations": "org", "documents": "doc"}


def search_urls() -> list[str]:
    """The search pages of the benchmark: every query of bench_search, pages 1 and 2."""
    urls = []
    for query, filters in QUERIES:
        items: list[tuple[str, str]] = [("q", query)] if query else []
        for key, value in filters.items():
            values = value if isinstance(value, list) else [value]
            items.extend((_PARAM[key], str(v)) for v in values)
        urls.append("/search?" + urlencode(items))
        urls.append("/search?" + urlencode([*items, ("page", "2")]))
    return urls


def article_urls(db: Path, count: int, seed: int) -> list[str]:
    """``count`` article pages drawn at random (fixed seed) from the archive, read-only."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
    finally:
        conn.close()
    return [f"/articles/{article_id}" for article_id in random.Random(seed).sample(ids, min(count, len(ids)))]


@dataclass
class Tally:
    """Latencies (ms) and errors of one page type."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        values = sorted(self.latencies)
        if not values:
            return {"requests": 0, "errors": self.errors, "statuses": self.statuses}
        p95 = values[min(len(values) - 1, max(0, round(0.95 * len(values)) - 1))]
        return {"requests": len(values), "errors": self.errors, "p50_ms": round(statistics.median(values), 1),
                "p95_ms": round(p95, 1), "max_ms": round(values[-1], 1), "statuses": self.statuses}


class Connection:
    """One keep-alive HTTP/1.1 connection, as light as a client can be (httpx's machinery costs
    more CPU than the server's simplest pages on this machine, and would be measured instead)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, url: str) -> int:
        """GET ``url``; the status, after the whole body was read."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {url} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if headers.get("connection") == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = self.reader = None


async def client(number: int, host: str, port: int, pages: dict[str, list[str]], tallies: dict[str, Tally], *,
                 stop: float, count_after: float, think: float, seed: int) -> None:
    rng = random.Random(seed * 1000 + number)
    kinds = sorted(pages)
    connection = Connection(host, port)
    while time.monotonic() < stop:
        kind = kinds[rng.randrange(len(kinds))]
        url = rng.choice(pages[kind])
        started = time.monotonic()
        try:
            status = str(await asyncio.wait_for(connection.get(url), timeout=30))
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as error:
            status = type(error).__name__
            await connection.close()
        elapsed = (time.monotonic() - started) * 1000
        if started >= count_after:
            tally = tallies[kind]
            tally.latencies.append(elapsed)
            tally.statuses[status] = tally.statuses.get(status, 0) + 1
            if status != "200":
                tally.errors += 1
        if think:
            await asyncio.sleep(rng.uniform(0, 2 * think))
    await connection.close()


def _tree(pid: int) -> list[int]:
    """A process and its descendants (Linux /proc)."""
    found = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in children:
        found.extend(_tree(int(child)))
    return found


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and its descendants; 0 where /proc is absent."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for member in _tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, workers: int, cache: bool) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BANTIN_DB": str(db), "BANTIN_WEB_CACHE": os.environ.get("BANTIN_WEB_CACHE", "512")}
    if not cache:
        env["BANTIN_WEB_CACHE"] = "0"
    env.pop("BANTIN_TOKEN", None)
    command = [sys.executable, "-m", "uvicorn", "bantin.web:app_from_environment", "--factory", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"]
    return subprocess.Popen(command, env=env, start_new_session=True)


def wait_ready(base: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/openapi.json", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not answer")


async def run(port: int, pages: dict[str, list[str]], args: argparse.Namespace,
              server_pid: int) -> tuple[dict[str, Tally], float]:
    """The clients' tallies, and the server's CPU seconds over the measured window."""
    tallies = {kind: Tally() for kind in pages}
    now = time.monotonic()
    count_after = now + args.warmup
    stop = count_after + args.duration

    async def measure_cpu() -> float:
        await asyncio.sleep(max(0.0, count_after - time.monotonic()))
        before = cpu_seconds(server_pid)
        await asyncio.sleep(max(0.0, stop - time.monotonic()))
        return cpu_seconds(server_pid) - before

    cpu = asyncio.create_task(measure_cpu())
    await asyncio.gather(*(client(i, "127.0.0.1", port, pages, tallies, stop=stop, count_after=count_after,
                                  think=args.think_ms / 1000, seed=args.seed) for i in range(args.clients)))
    return tallies, await cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="The archive (read only).")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help="Seconds measured.")
    parser.add_argument("--warmup", type=float, default=5.0, help="Seconds run first and not counted.")
    parser.add_argument("--think-ms", type=float, default=0.0, help="Mean pause of a client between requests.")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes.")
    parser.add_argument("--articles", type=int, default=2000, help="Article pages to draw from.")
    parser.add_argument("--no-cache", dest="cache", action="store_false", help="Every view computed afresh.")
    parser.add_argument("--pages", default="search,article", help="Page types to ask for (comma-separated).")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="JSON results (default: beside the archive).")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no archive (build one with benchmarks/bench_archive.py)")
    every = {"search": search_urls, "article": lambda: article_urls(args.db, args.articles, args.seed)}
    pages = {kind: every[kind]() for kind in args.pages.split(",")}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, args.workers, args.cache)
    try:
        wait_ready(base, time.monotonic() + 120)
        started = time.monotonic()
        tallies, server_cpu = asyncio.run(run(port, pages, args, server.pid))
        elapsed = time.monotonic() - started - args.warmup
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    results = {
        "db": str(args.db), "clients": args.clients, "duration_s": args.duration, "warmup_s": args.warmup,
        "think_ms": args.think_ms, "workers": args.workers, "cache": args.cache, "cpus": os.cpu_count(),
        "load_average_after": os.getloadavg(), "pages": {kind: t.summary() for kind, t in tallies.items()},
        "requests_per_s": round(sum(len(t.latencies) for t in tallies.values()) / max(elapsed, 1e-9), 1),
    }
    # CPU the server spent per request: a figure the other processes of a shared machine change far less
    # than the latencies (those depend on how much of the CPUs the server was given).
    served = sum(len(t.latencies) for t in tallies.values())
    results["server_cpu_ms_per_request"] = round(1000 * server_cpu / max(served, 1), 2)
    results["server_cpu_share"] = round(server_cpu / max(elapsed, 1e-9), 2)
    print(f"{args.clients} clients, {args.workers} workers, cache {'on' if args.cache else 'off'}, "
          f"think {args.think_ms:g} ms, {args.duration:g} s measured after {args.warmup:g} s: "
          f"{results['requests_per_s']} requests/s; server CPU {results['server_cpu_ms_per_request']} ms a request, "
          f"{results['server_cpu_share']} CPUs used of {os.cpu_count()} (load average {os.getloadavg()[0]:.1f})")
    print(f"{'page':8} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind, summary in results["pages"].items():
        print(f"{kind:8} {summary['requests']:>9,} {summary['errors']:>7} {summary.get('p50_ms', '-'):>8} "
              f"{summary.get('p95_ms', '-'):>8} {summary.get('max_ms', '-'):>8}")
    out = args.out or args.db.with_name(f"web-{args.clients}c-{'cache' if args.cache else 'nocache'}.json")
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results: {out}")


if __name__ == "__main__":
    main()
