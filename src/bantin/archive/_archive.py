"""The archive as one object: open a file, ingest, reprocess, read."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from bantin.archive._connection import connect, now_iso, require_archive, schema_version
from bantin.archive._index_sync import IndexSync, index_path
from bantin.archive._ingest import DEFAULT_BATCH, ProgressCallback, ingest
from bantin.archive._read import (
    ArchiveStats,
    Selection,
    archive_stats,
    article_versions,
    find_article_ids,
    iter_articles,
    list_rejects,
    load_article,
    raw_input,
)
from bantin.archive._rows import decompress
from bantin.archive._search import SearchResults, run_search
from bantin.archive._write import Tally
from bantin.errors import InputError
from bantin.record import Article, RawDocument
from bantin.search import SearchIndex

DEFAULT_DB = "bantin.db"
DB_ENVIRONMENT = "BANTIN_DB"


def default_db_path() -> Path:
    """``$BANTIN_DB`` when set, else ``./bantin.db``."""
    return Path(os.environ.get(DB_ENVIRONMENT) or DEFAULT_DB)


class Archive:
    """An archive file: SQLite (WAL), created and migrated on first use when opened for writing."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.conn: sqlite3.Connection = connect(self.path, readonly=readonly)
        self._search_index: SearchIndex | None = None

    @classmethod
    def open(cls, path: Path | str | None = None, *, readonly: bool = False) -> Archive:
        """Open the archive at ``path`` (default: ``$BANTIN_DB`` or ``./bantin.db``)."""
        return cls(Path(path) if path is not None else default_db_path(), readonly=readonly)

    @classmethod
    def migrate(cls, path: Path | str | None = None) -> int:
        """Bring the existing archive at ``path`` to the current schema; return its schema version."""
        path = Path(path) if path is not None else default_db_path()
        require_archive(path)  # opening for writing would create one
        with cls(path) as archive:  # opening for writing applies the missing migrations
            return schema_version(archive.conn)

    def close(self) -> None:
        if self._search_index is not None:
            self._search_index.close()
            self._search_index = None
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[RawDocument | InputError],
        *,
        workers: int = 1,
        batch_size: int = DEFAULT_BATCH,
        progress: ProgressCallback | None = None,
        command: str = "ingest",
    ) -> Tally:
        """Store the articles of ``items``; a run is recorded with its summary, even when interrupted."""
        run = self._start_run(command)
        sync = IndexSync(self.conn, self.path)
        try:
            sync.replay()  # what an earlier, killed run left for the index
            tally = ingest(
                self.conn, items, workers=workers, batch_size=batch_size, progress=progress, on_written=sync.take,
            )
        finally:
            sync.close()
        self._finish_run(run, tally)
        return tally

    def reprocess(self, *, workers: int = 1, progress: ProgressCallback | None = None) -> Tally:
        """Re-derive every article from its raw input with the current extractors."""
        return self.ingest(self._stored_inputs(), workers=workers, progress=progress, command="reprocess")

    def _start_run(self, command: str) -> int:
        # A run still marked "running" was killed: say so rather than leave it looking alive.
        self.conn.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'")
        cursor = self.conn.execute(
            "INSERT INTO ingest_runs (command, started_at, status) VALUES (?, ?, 'running')", (command, now_iso())
        )
        return int(cursor.lastrowid or 0)

    def _finish_run(self, run: int, tally: Tally) -> None:
        summary = json.dumps({"counts": dict(tally.counts), "reasons": dict(tally.reasons)}, ensure_ascii=False)
        self.conn.execute(
            "UPDATE ingest_runs SET finished_at = ?, status = 'done', summary = ? WHERE id = ?",
            (now_iso(), summary, run),
        )

    def _stored_inputs(self) -> Iterator[RawDocument]:
        """The raw input of every stored article, as it was read (provenance from the record)."""
        ids = [row[0] for row in self.conn.execute("SELECT id FROM articles ORDER BY first_seen, id")]
        for article_id in ids:
            row = self.conn.execute(
                "SELECT a.record, r.content_type, r.data FROM articles a JOIN raw_inputs r ON r.sha256 = a.raw_sha256 "
                "WHERE a.id = ?", (article_id,)
            ).fetchone()
            if row is None:
                continue
            article = Article.model_validate_json(decompress(row[0]))
            data = decompress(row[2])
            fields = json.loads(data) if row[1] == "application/x-ndjson" else None
            provenance = article.provenance
            yield RawDocument(
                source=provenance.source, data=data, read_at=provenance.read_at, url=provenance.url,
                position=provenance.position, content_type=row[1], fields=fields,
            )

    # -- reading ---------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """One record by id (or by an unambiguous prefix of its id)."""
        found = load_article(self.conn, article_id)
        if found is None and len(article_id) >= 4:
            matches = find_article_ids(self.conn, article_id)
            if len(matches) == 1:
                found = load_article(self.conn, matches[0])
        return found

    def articles(self, selection: Selection | None = None) -> Iterator[Article]:
        """Every selected article, streaming."""
        return iter_articles(self.conn, selection or Selection())

    def stats(self, selection: Selection | None = None) -> ArchiveStats:
        return archive_stats(self.conn, selection)

    def rejects(self) -> list[dict[str, object]]:
        return list_rejects(self.conn)

    def history(self, article_id: str) -> list[dict[str, object]]:
        return article_versions(self.conn, article_id)

    def raw(self, sha256: str) -> tuple[str, bytes] | None:
        return raw_input(self.conn, sha256)

    def search(self, query: str, selection: Selection | None = None, *, limit: int = 20, offset: int = 0,
               snippet_width: int = 240) -> SearchResults:
        """Ranked articles for ``query`` (DESIGN.md's semantics), each with a highlighted snippet."""
        return run_search(self, query, selection or Selection(), limit=limit, offset=offset,
                          snippet_width=snippet_width)

    def search_index(self) -> SearchIndex | None:
        """The search index beside the archive, opened on first use and kept (``None`` when there is none).

        Kept open, and brought to the latest commit (another process's included) at each call:
        opening it anew costs more than a search on a large archive.
        """
        if self._search_index is None:
            directory = self.index_dir()
            if not directory.exists():
                return None
            self._search_index = SearchIndex.open(directory)
        else:
            self._search_index.refresh()
        return self._search_index

    def index_dir(self) -> Path:
        """The directory of the search index beside the archive file."""
        return index_path(self.path)

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


def published_on(article: Article) -> dt.date | None:
    return article.published.date if article.published else None
