"""Reading the archive: records, rejects, counts, and filtered selections of articles."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bantin.archive._rows import decompress
from bantin.record import Article
from bantin.text import canonical_form, folded_form


@dataclass(frozen=True, slots=True)
class Selection:
    """Which articles a command reads: dates of publication, sources, and entities mentioned.

    Names match on their folded form, so "--place da nang" and "--place Đà Nẵng"
    select the same articles; documents match on their canonical id.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sources: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()

    def entity_filters(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (kind, values)
            for kind, values in (
                ("place", self.places), ("person", self.people), ("organization", self.organizations),
                ("document", self.documents),
            )
            if values
        ]


def _entity_clause(kind: str, values: tuple[str, ...], params: list[Any]) -> str:
    if kind == "document":
        keys = [v.strip() for v in values]
        params.extend(keys)
        match = f"e.key IN ({', '.join('?' for _ in keys)})"
    else:
        folded = [" ".join(folded_form(canonical_form(v)).split()) for v in values]
        params.extend(folded)
        match = f"e.folded IN ({', '.join('?' for _ in folded)})"
    params.append(kind)
    return (
        "a.id IN (SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
        f"WHERE {match} AND e.kind = ?)"
    )


def selection_sql(selection: Selection) -> tuple[str, list[Any]]:
    """The WHERE clause (on ``articles a``) and its parameters for a selection."""
    clauses: list[str] = []
    params: list[Any] = []
    if selection.date_from:
        clauses.append("a.published >= ?")
        params.append(selection.date_from.isoformat())
    if selection.date_to:
        clauses.append("a.published <= ?")
        params.append(selection.date_to.isoformat())
    if selection.sources:
        clauses.append(f"a.source IN ({', '.join('?' for _ in selection.sources)})")
        params.extend(s.strip().removeprefix("www.") for s in selection.sources)
    for kind, values in selection.entity_filters():
        clauses.append(_entity_clause(kind, values, params))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def load_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """The record of one article, or None."""
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    return Article.model_validate_json(decompress(row[0])) if row else None


def find_article_ids(conn: sqlite3.Connection, prefix: str, limit: int = 2) -> list[str]:
    """Article ids starting with ``prefix`` (people type the first characters of an id)."""
    escaped = prefix.replace("%", "").replace("_", "")
    return [r[0] for r in conn.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT ?", (escaped + "%", limit))]


def iter_articles(conn: sqlite3.Connection, selection: Selection, *, batch: int = 500) -> Iterator[Article]:
    """Every selected article, by publication date then id, streaming (bounded memory)."""
    where, params = selection_sql(selection)
    last: tuple[str, str] = ("", "")
    while True:
        keyset = "(coalesce(a.published, ''), a.id) > (?, ?)"
        clause = f"{where} AND {keyset}" if where else f" WHERE {keyset}"
        rows = conn.execute(
            f"SELECT coalesce(a.published, ''), a.id, a.record FROM articles a{clause} "
            "ORDER BY coalesce(a.published, ''), a.id LIMIT ?",
            [*params, *last, batch],
        ).fetchall()
        if not rows:
            return
        for published, article_id, record in rows:
            yield Article.model_validate_json(decompress(record))
        last = (rows[-1][0], rows[-1][1])


@dataclass(frozen=True, slots=True)
class ArchiveStats:
    """Counts of an archive: totals, by source, by month."""

    articles: int
    sources: int
    rejects: int
    duplicates: int
    by_source: list[tuple[str, int, str | None, str | None]] = field(default_factory=list)
    by_month: list[tuple[str, int]] = field(default_factory=list)
    by_source_month: list[tuple[str, str, int]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "sources": self.sources,
            "rejects": self.rejects,
            "duplicates": self.duplicates,
            "by_source": [{"source": s, "articles": n, "first": f, "last": last} for s, n, f, last in self.by_source],
            "by_month": [{"month": m, "articles": n} for m, n in self.by_month],
            "by_source_month": [{"source": s, "month": m, "articles": n} for s, m, n in self.by_source_month],
        }


def archive_stats(conn: sqlite3.Connection, selection: Selection | None = None) -> ArchiveStats:
    """Articles by source and by month (publication month; "unknown" when no date is known)."""
    where, params = selection_sql(selection or Selection())
    month = "coalesce(substr(a.published, 1, 7), 'unknown')"
    return ArchiveStats(
        articles=conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0],
        sources=conn.execute(f"SELECT count(DISTINCT a.source) FROM articles a{where}", params).fetchone()[0],
        rejects=conn.execute("SELECT count(*) FROM rejects").fetchone()[0],
        duplicates=conn.execute("SELECT count(*) FROM duplicates").fetchone()[0],
        by_source=conn.execute(
            f"SELECT a.source, count(*), min(a.published), max(a.published) FROM articles a{where} "
            "GROUP BY a.source ORDER BY count(*) DESC, a.source", params
        ).fetchall(),
        by_month=conn.execute(
            f"SELECT {month}, count(*) FROM articles a{where} GROUP BY 1 ORDER BY 1", params
        ).fetchall(),
        by_source_month=conn.execute(
            f"SELECT a.source, {month}, count(*) FROM articles a{where} GROUP BY 1, 2 ORDER BY 1, 2", params
        ).fetchall(),
    )


def list_rejects(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every reject with its reason, newest first."""
    rows = conn.execute(
        "SELECT source, position, reason, error, raw_sha256, first_seen, last_seen FROM rejects "
        "ORDER BY last_seen DESC, id DESC"
    ).fetchall()
    keys = ("source", "position", "reason", "error", "raw_sha256", "first_seen", "last_seen")
    return [dict(zip(keys, row)) | {"position": row[1] or None} for row in rows]


def article_versions(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    """The earlier versions of an article (history), oldest first."""
    rows = conn.execute(
        "SELECT version, content_hash, extractor_version, reason, replaced_at FROM article_history "
        "WHERE article_id = ? ORDER BY version", (article_id,)
    ).fetchall()
    return [dict(zip(("version", "content_hash", "extractor_version", "reason", "replaced_at"), r)) for r in rows]


def raw_input(conn: sqlite3.Connection, sha256: str) -> tuple[str, bytes] | None:
    """The content type and bytes of a stored raw input."""
    row = conn.execute("SELECT content_type, data FROM raw_inputs WHERE sha256 = ?", (sha256,)).fetchone()
    return (row[0], decompress(row[1])) if row else None


def meta_json(value: str | None) -> Any:
    return json.loads(value) if value else None
