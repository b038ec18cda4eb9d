"""Ingest: raw documents in, archived articles out, in batches, resumable.

The main process reads the inputs in order, skips every raw input the archive
already holds as derived by the current extractors (a second ingest, or the
rest of an interrupted one, costs a lookup per input), and hands the others in
chunks to worker processes that build the articles and their rows; the single
writer stores each chunk in one transaction, in input order.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from bantin.archive._rows import ArticleRows, RejectRow, article_rows, input_key, reject_row
from bantin.archive._write import Tally, Writer
from bantin.errors import InputError
from bantin.pipeline import EXTRACTOR_VERSION, build_article
from bantin.record import RawDocument

DEFAULT_BATCH = 100
"""Articles per transaction: large enough to amortise a commit, small enough to lose little to a kill."""


@dataclass(frozen=True, slots=True)
class Progress:
    """Where an ingest stands: items done, bytes of input read, and the tally so far."""

    items: int
    bytes_read: int
    tally: Tally


ProgressCallback = Callable[[Progress], None]


def derive(batch: list[RawDocument]) -> list[ArticleRows | RejectRow]:
    """Build the articles of a batch and their rows (runs in a worker process)."""
    results: list[ArticleRows | RejectRow] = []
    for raw in batch:
        try:
            results.append(article_rows(build_article(raw), raw))
        except InputError as error:
            results.append(reject_row(error, raw))
    return results


def _warm() -> None:
    # Load the language data and the gazetteer once per worker, not inside the first batch.
    derive([RawDocument(source="warm-up", data="Tiêu đề\n\nHà Nội.".encode(), read_at=_epoch())])


def _epoch() -> dt.datetime:

    return dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


def _is_current(conn: sqlite3.Connection, raw: RawDocument) -> bool:
    row = conn.execute("SELECT extractor_version FROM seen_inputs WHERE input_key = ?", (input_key(raw),)).fetchone()
    return row is not None and row[0] == EXTRACTOR_VERSION


def _batches(
    conn: sqlite3.Connection, items: Iterable[RawDocument | InputError], size: int, tally: Tally,
    counter: list[int],
) -> Iterator[list[RawDocument | InputError]]:
    batch: list[RawDocument | InputError] = []
    for item in items:
        counter[0] += 1
        if isinstance(item, RawDocument):
            counter[1] += len(item.data)
            if _is_current(conn, item):
                tally.counts["unchanged"] += 1
                continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _split(batch: list[RawDocument | InputError]) -> tuple[list[RawDocument], list[RejectRow]]:
    raws = [item for item in batch if isinstance(item, RawDocument)]
    rejects = [reject_row(item, None) for item in batch if isinstance(item, InputError)]
    return raws, rejects


def ingest(
    conn: sqlite3.Connection,
    items: Iterable[RawDocument | InputError],
    *,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    progress: ProgressCallback | None = None,
    on_written: Callable[[list[ArticleRows]], None] | None = None,
) -> Tally:
    """Store every article of ``items`` in the archive; return what became of them.

    ``workers`` > 1 builds articles in that many processes; ``on_written`` gets
    the articles of each committed batch that are new or updated (the search
    index takes them there).
    """
    tally = Tally()
    writer = Writer(conn)
    counter = [0, 0]

    def report() -> None:
        if progress is not None:
            progress(Progress(counter[0], counter[1], tally))

    def store(rejects: Sequence[RejectRow], derived: Sequence[ArticleRows | RejectRow]) -> None:
        stored = writer.write([*rejects, *derived], tally)
        if on_written is not None:
            on_written(stored)
        report()

    batches = _batches(conn, items, batch_size, tally, counter)
    if workers <= 1:
        for batch in batches:
            raws, rejects = _split(batch)
            store(rejects, derive(raws))
        report()
        return tally
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        in_flight: deque[tuple[list[RejectRow], Future[list[ArticleRows | RejectRow]]]] = deque()
        for batch in batches:
            raws, rejects = _split(batch)
            in_flight.append((rejects, pool.submit(derive, raws)))
            # Bounded: never more than two chunks per worker waiting, whatever the input's size.
            while len(in_flight) > 2 * workers:
                done_rejects, future = in_flight.popleft()
                store(done_rejects, future.result())
        while in_flight:
            done_rejects, future = in_flight.popleft()
            store(done_rejects, future.result())
    report()
    return tally
