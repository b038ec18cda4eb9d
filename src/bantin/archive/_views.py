"""Read-side views of the archive for the web UI and the JSON API: plain functions over a connection.

Each function answers one page's question with a few SQL queries and returns typed records
(frozen dataclasses); nothing here writes. Work that grows with the archive is bounded: search
facets are counted over a given set of article ids (the best-ranked results), and the entities
that appear with a popular entity are counted over its newest articles (:data:`COOCCURRENCE_WINDOW`).

Entities are named by their archive key (``entities.key``): the canonical document id for a
document, the lowercased canonical name for a person or an organisation, ``"folded name|unit
kind"`` for a place. Keys are derived from the facts, so they stay the same when an archive is
rebuilt from the same inputs; :func:`find_entity` also accepts a name typed with any accents.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bantin.text import canonical_form, folded_form

ENTITY_KINDS = ("document", "person", "organization", "place")
SILENT_AFTER_DAYS = 7
"""A source whose newest article is older than this (before the archive's newest) stands out."""
COOCCURRENCE_WINDOW = 500
"""How many of an entity's newest articles the entities appearing with it are counted over."""


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as a list shows it."""

    id: str
    title: str | None
    source: str
    published: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity of the archive: its kind, its key (the id in URLs) and its display name."""

    kind: str
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class EntityCount:
    """An entity and the number of articles counted for it."""

    entity: EntityRef
    articles: int


@dataclass(frozen=True, slots=True)
class MonthCount:
    """Articles in one month of publication (``YYYY-MM``)."""

    month: str
    articles: int


@dataclass(frozen=True, slots=True)
class Totals:
    """What the archive holds."""

    articles: int
    sources: int
    documents: int
    people: int
    organizations: int
    places: int
    meetings: int
    rejects: int
    duplicates: int


@dataclass(frozen=True, slots=True)
class SourceActivity:
    """A source, its articles and its newest publication date; silent when that is old."""

    source: str
    articles: int
    last_published: str | None
    days_silent: int | None
    is_silent: bool


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document of the register with the number of articles citing it."""

    id: str
    type_name: str | None
    number: str | None
    issuer: str | None
    date: str | None
    articles: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class HomeView:
    """The home page: totals, newest articles, documents most cited in a month, sources."""

    totals: Totals
    as_of: str | None
    newest: list[ArticleRef]
    month: str | None
    top_documents: list[DocumentSummary]
    sources: list[SourceActivity]
    silent_after_days: int


@dataclass(frozen=True, slots=True)
class FacetValue:
    """One value of a facet: what to filter on, what to show, and how many results have it."""

    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    """Counts by source, month, place, person, organisation and document over ``counted`` results."""

    counted: int
    sources: list[FacetValue]
    months: list[FacetValue]
    places: list[FacetValue]
    people: list[FacetValue]
    organizations: list[FacetValue]
    documents: list[FacetValue]


@dataclass(frozen=True, slots=True)
class EntityPage:
    """One page of a list of entities (or documents), most cited first."""

    kind: str
    total: int
    offset: int
    items: list[EntityCount]


def _json(value: str | None) -> Any:
    return json.loads(value) if value else None


def article_refs(rows: Sequence[Sequence[Any]]) -> list[ArticleRef]:
    """Rows of (id, title, source, published, url) as :class:`ArticleRef`."""
    return [ArticleRef(str(r[0]), r[1], str(r[2]), r[3], r[4]) for r in rows]


_REF_COLUMNS = "a.id, a.title, a.source, a.published, a.url"


def _next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


# -- home -------------------------------------------------------------------------------------


def totals(conn: sqlite3.Connection) -> Totals:
    """Counts of articles, sources, entities by kind, meetings, rejects and duplicates."""
    kinds = dict(conn.execute("SELECT kind, count(*) FROM entities GROUP BY kind").fetchall())

    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return Totals(
        articles=one("SELECT count(*) FROM articles"),
        sources=one("SELECT count(DISTINCT source) FROM articles"),
        documents=int(kinds.get("document", 0)), people=int(kinds.get("person", 0)),
        organizations=int(kinds.get("organization", 0)), places=int(kinds.get("place", 0)),
        meetings=one("SELECT count(*) FROM meetings"), rejects=one("SELECT count(*) FROM rejects"),
        duplicates=one("SELECT count(*) FROM duplicates"),
    )


def newest_date(conn: sqlite3.Connection, today: dt.date) -> str | None:
    """The newest publication date of the archive that is not after ``today``."""
    row = conn.execute("SELECT max(published) FROM articles WHERE published <= ?", (today.isoformat(),)).fetchone()
    return str(row[0]) if row and row[0] else None


def source_activity(conn: sqlite3.Connection, as_of: str | None,
                    silent_after_days: int = SILENT_AFTER_DAYS) -> list[SourceActivity]:
    """Every source with its articles and newest date, the silent ones (older than ``as_of`` by
    more than ``silent_after_days``) first."""
    rows = conn.execute(
        "SELECT source, count(*), max(published) FROM articles GROUP BY source"
    ).fetchall()
    reference = dt.date.fromisoformat(as_of) if as_of else None
    activity = []
    for source, count, last in rows:
        days = (reference - dt.date.fromisoformat(last[:10])).days if reference and last else None
        silent = days is None or days > silent_after_days
        activity.append(SourceActivity(str(source), int(count), last, days, silent))
    activity.sort(key=lambda s: (not s.is_silent, -(s.days_silent or 0) if s.is_silent else 0, s.source))
    return activity


def _document_summary(key: str, data: str | None, articles: int, first: str | None,
                      last: str | None) -> DocumentSummary:
    info = _json(data) or {}
    return DocumentSummary(id=key, type_name=info.get("type_name"), number=info.get("number"),
                           issuer=info.get("issuer"), date=info.get("date"), articles=articles,
                           first_seen=first, last_seen=last)


def top_documents(conn: sqlite3.Connection, month: str, limit: int = 10) -> list[DocumentSummary]:
    """The documents cited by the most articles published in ``month`` (``YYYY-MM``)."""
    rows = conn.execute(
        "SELECT e.key, e.data, count(DISTINCT m.article_id), min(m.published), max(m.published) "
        "FROM entities e JOIN mentions m ON m.entity_id = e.id "
        "WHERE e.kind = 'document' AND m.published >= ? AND m.published < ? "
        "GROUP BY e.id ORDER BY 3 DESC, e.key LIMIT ?",
        (f"{month}-01", f"{_next_month(month)}-01", limit),
    ).fetchall()
    return [_document_summary(*row) for row in rows]


def home_view(conn: sqlite3.Connection, today: dt.date, *, newest: int = 10, documents: int = 10) -> HomeView:
    """The home page's data; "this month" is the month of the newest article not after ``today``."""
    as_of = newest_date(conn, today)
    month = as_of[:7] if as_of else None
    rows = conn.execute(
        f"SELECT {_REF_COLUMNS} FROM articles a ORDER BY a.published DESC, a.id LIMIT ?", (newest,)
    ).fetchall()
    return HomeView(
        totals=totals(conn), as_of=as_of, newest=article_refs(rows), month=month,
        top_documents=top_documents(conn, month, documents) if month else [],
        sources=source_activity(conn, as_of), silent_after_days=SILENT_AFTER_DAYS,
    )


# -- search facets ----------------------------------------------------------------------------

_FACET_KINDS = {"place": "places", "person": "people", "organization": "organizations", "document": "documents"}


def facet_counts(conn: sqlite3.Connection, article_ids: Sequence[str], *, per_facet: int = 10) -> Facets:
    """Counts by source, month and entity over ``article_ids`` (each article counted once per value).

    The value of an entity facet is what the search filter takes: the name of a place, person or
    organisation, the canonical id of a document.
    """
    ids = json.dumps(list(dict.fromkeys(article_ids)))
    rows = conn.execute(
        "WITH pairs AS (SELECT DISTINCT m.article_id, m.entity_id FROM json_each(?) j "
        "  CROSS JOIN mentions m ON m.article_id = j.value), "
        "counts AS (SELECT entity_id, count(*) AS n FROM pairs GROUP BY entity_id), "
        "ranked AS (SELECT e.kind, e.name, c.n, "
        "  row_number() OVER (PARTITION BY e.kind ORDER BY c.n DESC, e.name) AS r "
        "  FROM counts c JOIN entities e ON e.id = c.entity_id) "
        "SELECT kind, name, n FROM ranked WHERE r <= ? ORDER BY kind, n DESC, name",
        (ids, per_facet),
    ).fetchall()
    by_kind: dict[str, list[FacetValue]] = {kind: [] for kind in _FACET_KINDS}
    for kind, name, count in rows:
        if kind in by_kind:
            by_kind[kind].append(FacetValue(str(name), str(name), int(count)))
    # One pass over the articles' rows for both (each row is large: read it once).
    sources: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for source, month in conn.execute(
        "SELECT a.source, substr(a.published, 1, 7) FROM json_each(?) j CROSS JOIN articles a ON a.id = j.value",
        (ids,),
    ):
        sources[str(source)] += 1
        if month:
            months[str(month)] += 1
    top_sources = sorted(sources.items(), key=lambda item: (-item[1], item[0]))[:per_facet]
    newest_months = sorted(months.items(), reverse=True)[:per_facet]
    return Facets(
        counted=len(article_ids),
        sources=[FacetValue(s, s, n) for s, n in top_sources],
        months=[FacetValue(m, m, n) for m, n in newest_months],
        places=by_kind["place"], people=by_kind["person"], organizations=by_kind["organization"],
        documents=by_kind["document"],
    )


def published_span(conn: sqlite3.Connection) -> tuple[str, str] | None:
    """The first and last publication dates of the archive (None when no article is dated)."""
    # Two queries: SQLite reads min() or max() alone from the index, both together by a full scan.
    first = conn.execute("SELECT min(published) FROM articles").fetchone()[0]
    last = conn.execute("SELECT max(published) FROM articles").fetchone()[0]
    return (str(first), str(last)) if first and last else None


# -- entities ---------------------------------------------------------------------------------


def find_entity(conn: sqlite3.Connection, kind: str, ident: str) -> tuple[int, EntityRef, Any] | None:
    """The entity of ``kind`` named by ``ident``: its key, else its name in any tone placement or
    without accents (the most cited one when several fold alike). Returns (row id, ref, data)."""
    if kind not in ENTITY_KINDS or not ident.strip():
        return None
    row = conn.execute(
        "SELECT id, key, name, data FROM entities WHERE kind = ? AND key = ?", (kind, ident)
    ).fetchone()
    if row is None and kind in ("person", "organization"):
        row = conn.execute(
            "SELECT id, key, name, data FROM entities WHERE kind = ? AND key = ?",
            (kind, canonical_form(ident.strip()).casefold()),
        ).fetchone()
    if row is None:
        folded = " ".join(folded_form(canonical_form(ident.split("|")[0])).split())
        row = conn.execute(
            "SELECT e.id, e.key, e.name, e.data FROM entities e WHERE e.kind = ? AND e.folded = ? "
            "ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) DESC, e.key LIMIT 1",
            (kind, folded.casefold() if kind == "document" else folded),
        ).fetchone()
    if row is None:
        return None
    return int(row[0]), EntityRef(kind, str(row[1]), str(row[2])), _json(row[3])


def entity_list(conn: sqlite3.Connection, kind: str, *, query: str = "", limit: int = 50,
                offset: int = 0) -> EntityPage:
    """Entities of ``kind`` by the number of articles citing them; ``query`` keeps the names that
    hold it (accents and case do not matter)."""
    params: list[Any] = [kind]
    where = "e.kind = ?"
    if query.strip():
        folded = " ".join(folded_form(canonical_form(query)).split())
        where += " AND e.folded LIKE ? ESCAPE '\\'"
        params.append("%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    # The writer keeps each entity's number of articles (entity_articles): no scan of the mentions.
    # Entities left without articles (theirs re-derived under other keys) are not listed.
    joined = f"FROM entities e JOIN entity_articles c ON c.entity_id = e.id WHERE {where} AND c.articles > 0"
    total = int(conn.execute(f"SELECT count(*) {joined}", params).fetchone()[0])
    rows = conn.execute(
        f"SELECT e.key, e.name, c.articles {joined} ORDER BY c.articles DESC, e.name LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    items = [EntityCount(EntityRef(kind, str(k), str(n)), int(c)) for k, n, c in rows]
    return EntityPage(kind=kind, total=total, offset=offset, items=items)


def document_list(conn: sqlite3.Connection, *, query: str = "", limit: int = 50,
                  offset: int = 0) -> tuple[int, list[DocumentSummary]]:
    """The document register: every document with its citing articles and first and last dates,
    most cited first; ``query`` keeps the ids that hold it (case does not matter)."""
    params: list[Any] = []
    where = "e.kind = 'document'"
    if query.strip():
        where += " AND e.folded LIKE ? ESCAPE '\\'"
        needle = query.strip().casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{needle}%")
    # entities left without mentions (their articles re-derived under other keys) are not listed
    total = int(conn.execute(
        f"SELECT count(*) FROM entities e WHERE {where} "
        "AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)", params,
    ).fetchone()[0])
    rows = conn.execute(
        "SELECT e.key, e.data, count(DISTINCT m.article_id) AS n, min(m.published), max(m.published) "
        f"FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE {where} "
        "GROUP BY e.id ORDER BY n DESC, e.key LIMIT ? OFFSET ?", [*params, limit, offset],
    ).fetchall()
    return total, [_document_summary(*row) for row in rows]

