"""Keeping the search index beside the archive in step with it, through crashes.

The protocol is the one of :mod:`bantin.search`: every stored article has a row
in ``index_queue``, written in the article's own transaction; the index takes the
articles, commits, and only then are their queue rows deleted. Articles are
handed over in memory as they are written (cheap), and committed every
:data:`COMMIT_EVERY` articles and at the end; whatever a crash leaves in the
queue is replayed from the archive the next time the index is opened for writing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from bantin.archive._rows import ArticleRows, decompress
from bantin.record import Article
from bantin.search import IndexDoc, SearchIndex

COMMIT_EVERY = 5_000
"""Articles between two index commits during an ingest: a commit writes a segment, so not too often."""


def index_path(db: Path) -> Path:
    """The index directory of an archive file: ``bantin.db`` -> ``bantin.db.index/``."""
    return db.with_name(db.name + ".index")


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def doc_from_rows(rows: ArticleRows) -> IndexDoc:
    """The index's view of an article, from the rows the writer stored."""
    import datetime as dt

    places: list[str] = []
    for entity in rows.entities:
        if entity.kind == "place":
            places.append(entity.name)
            code = json.loads(entity.data or "{}").get("unit_code")
            if code:
                places.append(str(code))
    return IndexDoc(
        id=rows.id,
        title=rows.title or "",
        text=rows.text,
        published=dt.date.fromisoformat(rows.published) if rows.published else None,
        source=rows.source,
        places=_unique(places),
        people=_unique(e.name for e in rows.entities if e.kind == "person"),
        organizations=_unique(e.name for e in rows.entities if e.kind == "organization"),
        documents=_unique(e.key for e in rows.entities if e.kind == "document"),
    )


def doc_from_article(article: Article, source: str) -> IndexDoc:
    """The index's view of a stored record (for replaying the queue)."""
    def values(kind: str) -> list[str]:
        return [str(f.value) for f in article.facts if f.kind == kind and isinstance(f.value, str)]

    places = values("place") + [
        str((f.model_extra or {}).get("unit_code")) for f in article.facts
        if f.kind == "place" and (f.model_extra or {}).get("unit_code")
    ]
    return IndexDoc(
        id=article.id,
        title=article.title or "",
        text=article.text,
        published=article.published.date if article.published else None,
        source=source,
        places=_unique(places),
        people=_unique(values("person")),
        organizations=_unique(values("organization")),
        documents=_unique(values("document")),
    )


class IndexSync:
    """The archive's writer side of the search index."""

    def __init__(self, conn: sqlite3.Connection, db: Path) -> None:
        self.conn = conn
        self.index = SearchIndex.open(index_path(db))
        self.pending: list[str] = []

    def take(self, stored: list[ArticleRows]) -> None:
        """Hand the index the articles of a committed batch; commit when enough are pending."""
        if not stored:
            return
        self.index.upsert(doc_from_rows(rows) for rows in stored)
        self.pending.extend(rows.id for rows in stored)
        if len(self.pending) >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        """Commit the index, then forget the queue rows of what it now holds."""
        if not self.pending:
            return
        self.index.commit()
        for start in range(0, len(self.pending), 500):
            chunk = self.pending[start : start + 500]
            self.conn.execute(
                f"DELETE FROM index_queue WHERE article_id IN ({', '.join('?' for _ in chunk)})", chunk
            )
        self.pending = []

    def replay(self) -> int:
        """Index what a crash left in the queue, from the archive; return how many articles."""
        count = 0
        for docs, ids in self._queued():
            self.index.upsert(docs)
            self.pending.extend(ids)
            count += len(ids)
            if len(self.pending) >= COMMIT_EVERY:
                self.commit()
        self.commit()
        return count

    def _queued(self, batch: int = 500) -> Iterator[tuple[list[IndexDoc], list[str]]]:
        last = ""
        while True:
            rows = self.conn.execute(
                "SELECT q.article_id, a.record, a.source FROM index_queue q JOIN articles a ON a.id = q.article_id "
                "WHERE q.article_id > ? ORDER BY q.article_id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            docs = [doc_from_article(Article.model_validate_json(decompress(record)), source)
                    for _, record, source in rows]
            ids = [row[0] for row in rows]
            last = ids[-1]
            yield docs, ids

    def close(self) -> None:
        self.commit()
        self.index.close()
