"""Read-side views of one entity, one document, one meeting and one article (the web's detail pages).

See :mod:`bantin.archive._views` for how entities are named and what is bounded.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bantin.archive._views import (
    _REF_COLUMNS,
    COOCCURRENCE_WINDOW,
    ArticleRef,
    DocumentSummary,
    EntityCount,
    EntityRef,
    MonthCount,
    _document_summary,
    _json,
    article_refs,
    find_entity,
)
from bantin.text import canonical_form


@dataclass(frozen=True, slots=True)
class TitleHeld:
    """A title given to a person (or held in an organisation), with the dates it was seen."""

    title: str
    holder: EntityRef | None
    mentions: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class EntityView:
    """A person, organisation or place: mentions over time, titles, the entities seen with it.

    ``titles`` are the person's titles; for an organisation, the titles people hold in it (a
    title naming the organisation). ``cooccurring`` is counted over ``window`` newest articles.
    """

    entity: EntityRef
    data: dict[str, Any] | None
    articles: int
    mentions: int
    first_seen: str | None
    last_seen: str | None
    by_month: list[MonthCount]
    titles: list[TitleHeld]
    cooccurring: list[EntityCount]
    window: int
    recent: list[ArticleRef]
    offset: int


@dataclass(frozen=True, slots=True)
class Citation:
    """An article citing a document, with the words it cites it by."""

    article: ArticleRef
    text: str


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document of the register: its identity, every citing article, the sources that cite it."""

    document: DocumentSummary
    data: dict[str, Any] | None
    by_month: list[MonthCount]
    citations: list[Citation]
    offset: int
    sources: list[tuple[str, int]]


@dataclass(frozen=True, slots=True)
class MeetingRef:
    """A meeting reported by an article: its id (``ARTICLE-SEQ``), kind, date and organiser."""

    id: str
    kind: str
    date: str | None
    organizer: str | None
    chair: str | None
    subject: str | None
    article: ArticleRef


@dataclass(frozen=True, slots=True)
class MeetingView:
    """A meeting: what the article says of it, its tasks, other reports of it, entities around it."""

    meeting: MeetingRef
    value: dict[str, Any]
    text: str
    tasks: list[str]
    related: list[MeetingRef]
    entities: list[EntityCount]


def _by_month(conn: sqlite3.Connection, entity_id: int) -> list[MonthCount]:
    rows = conn.execute(
        "SELECT substr(published, 1, 7), count(DISTINCT article_id) FROM mentions "
        "WHERE entity_id = ? AND published IS NOT NULL GROUP BY 1 ORDER BY 1", (entity_id,)
    ).fetchall()
    return [MonthCount(str(m), int(n)) for m, n in rows]


def _window(conn: sqlite3.Connection, entity_id: int, size: int, offset: int = 0, *, newest: bool = True) -> list[str]:
    """Ids of the articles mentioning an entity, newest (or oldest) first.

    Ordered by the publication date copied into each mention, so that only the page's articles
    are read afterwards (an archive row is large; sorting thousands of them is what is slow).
    """
    order = "DESC" if newest else "ASC"
    rows = conn.execute(
        "SELECT article_id FROM mentions WHERE entity_id = ? GROUP BY article_id "
        f"ORDER BY max(coalesce(published, '')) {order}, article_id LIMIT ? OFFSET ?", (entity_id, size, offset)
    ).fetchall()
    return [str(r[0]) for r in rows]


def _refs(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[ArticleRef]:
    """The articles of ``article_ids``, in that order."""
    rows = conn.execute(
        f"SELECT {_REF_COLUMNS} FROM json_each(?) j JOIN articles a ON a.id = j.value ORDER BY j.key",
        (json.dumps(list(article_ids)),),
    ).fetchall()
    return article_refs(rows)


def entities_in(conn: sqlite3.Connection, article_ids: Sequence[str], *, exclude: int | None = None,
                limit: int = 30) -> list[EntityCount]:
    """The entities mentioned in ``article_ids``, by the number of those articles that mention them."""
    rows = conn.execute(
        "SELECT e.kind, e.key, e.name, count(DISTINCT m.article_id) AS n FROM json_each(?) j "
        "CROSS JOIN mentions m ON m.article_id = j.value CROSS JOIN entities e ON e.id = m.entity_id "
        "WHERE e.id IS NOT ? GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?",
        (json.dumps(list(article_ids)), exclude, limit),
    ).fetchall()
    return [EntityCount(EntityRef(str(k), str(key), str(name)), int(n)) for k, key, name, n in rows]


def _titles_of_person(conn: sqlite3.Connection, entity_id: int) -> list[TitleHeld]:
    rows = conn.execute(
        "SELECT data, published FROM mentions WHERE entity_id = ? AND data IS NOT NULL", (entity_id,)
    ).fetchall()
    return _aggregate_titles(((None, title, published) for data, published in rows
                              for title in (_json(data) or {}).get("titles") or []))


def _titles_in_organization(conn: sqlite3.Connection, name: str, article_ids: Sequence[str]) -> list[TitleHeld]:
    """Titles naming the organisation, held by people of the articles that mention it."""
    rows = conn.execute(
        # CROSS JOIN keeps SQLite's join order: the given articles first (not every person of the archive).
        "SELECT e.key, e.name, m.data, m.published FROM json_each(?) j "
        "CROSS JOIN mentions m ON m.article_id = j.value CROSS JOIN entities e ON e.id = m.entity_id "
        "WHERE e.kind = 'person' AND m.data IS NOT NULL", (json.dumps(list(article_ids)),)
    ).fetchall()
    needle = canonical_form(name).casefold()
    return _aggregate_titles(
        (EntityRef("person", str(key), str(person)), title, published)
        for key, person, data, published in rows
        for title in (_json(data) or {}).get("titles") or []
        if isinstance(title, str) and needle in canonical_form(title).casefold()
    )


def _aggregate_titles(items: Any) -> list[TitleHeld]:
    seen: dict[tuple[str | None, str], list[Any]] = {}
    for holder, title, published in items:
        if not isinstance(title, str):
            continue
        entry = seen.setdefault((holder.key if holder else None, title), [holder, 0, None, None])
        entry[1] += 1
        if published:
            entry[2] = min(entry[2] or published, published)
            entry[3] = max(entry[3] or published, published)
    titles = [TitleHeld(title, holder, n, first, last) for (_, title), (holder, n, first, last) in seen.items()]
    return sorted(titles, key=lambda t: (t.last_seen or "", t.mentions), reverse=True)


def entity_view(conn: sqlite3.Connection, kind: str, ident: str, *, limit: int = 20,
                offset: int = 0) -> EntityView | None:
    """A person, organisation or place page, or None when no entity has that key or name."""
    found = find_entity(conn, kind, ident)
    if found is None or kind == "document":
        return None
    entity_id, ref, data = found
    mentions, articles, first, last = conn.execute(
        "SELECT count(*), count(DISTINCT article_id), min(published), max(published) FROM mentions "
        "WHERE entity_id = ?", (entity_id,)
    ).fetchone()
    window = _window(conn, entity_id, COOCCURRENCE_WINDOW)
    if kind == "person":
        titles = _titles_of_person(conn, entity_id)
    elif kind == "organization":
        titles = _titles_in_organization(conn, ref.name, window)
    else:
        titles = []
    page = window[offset:offset + limit] if offset + limit <= len(window) else _window(conn, entity_id, limit, offset)
    return EntityView(
        entity=ref, data=data if isinstance(data, dict) else None, articles=int(articles), mentions=int(mentions),
        first_seen=first, last_seen=last, by_month=_by_month(conn, entity_id), titles=titles,
        cooccurring=entities_in(conn, window, exclude=entity_id), window=len(window),
        recent=_refs(conn, page), offset=offset,
    )


def document_view(conn: sqlite3.Connection, ident: str, *, limit: int = 200, offset: int = 0) -> DocumentView | None:
    """A document page: the register's entry, its citing articles (oldest first), its sources."""
    found = find_entity(conn, "document", ident)
    if found is None:
        return None
    entity_id, ref, data = found
    articles, first, last = conn.execute(
        "SELECT count(DISTINCT article_id), min(published), max(published) FROM mentions WHERE entity_id = ?",
        (entity_id,),
    ).fetchone()
    summary = _document_summary(ref.key, json.dumps(data) if data else None, int(articles), first, last)
    citations = []
    for article in _refs(conn, _window(conn, entity_id, limit, offset, newest=False)):
        words = conn.execute(
            "SELECT f.text FROM facts f WHERE f.article_id = ? AND f.kind = 'document' AND f.start = "
            "(SELECT min(m.start) FROM mentions m WHERE m.entity_id = ? AND m.article_id = ?) LIMIT 1",
            (article.id, entity_id, article.id),
        ).fetchone()
        citations.append(Citation(article, str(words[0]) if words else ref.key))
    # Sources from the covering index (source, published, id) rather than the large article rows.
    sources = conn.execute(
        "SELECT a.source, count(*) FROM articles a INDEXED BY articles_by_source "
        "WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?) GROUP BY a.source ORDER BY 2 DESC, 1",
        (entity_id,),
    ).fetchall()
    return DocumentView(
        document=summary, data=data if isinstance(data, dict) else None, by_month=_by_month(conn, entity_id),
        citations=citations, offset=offset, sources=[(str(s), int(n)) for s, n in sources],
    )


# -- meetings ---------------------------------------------------------------------------------

_MEETING_COLUMNS = (
    "mt.article_id, mt.seq, mt.kind, mt.date, mt.organizer, mt.chair, mt.data, "
    "a.id, a.title, a.source, a.published, a.url"
)


def _meeting_ref(row: Sequence[Any]) -> MeetingRef:
    value = _json(row[6]) or {}
    subject = value.get("subject") if isinstance(value, dict) else None
    return MeetingRef(
        id=f"{row[0]}-{row[1]}", kind=str(row[2]), date=row[3], organizer=row[4], chair=row[5] or None,
        subject=subject if isinstance(subject, str) else None, article=article_refs([row[7:12]])[0],
    )


def parse_meeting_id(ident: str) -> tuple[str, int] | None:
    """``ARTICLE-SEQ`` as (article id, fact number), or None when it is not of that shape."""
    article_id, _, seq = ident.rpartition("-")
    if not article_id or not seq.isdigit() or len(seq) > 9:
        return None
    return article_id, int(seq)


def meeting_list(conn: sqlite3.Connection, *, limit: int = 50, offset: int = 0) -> tuple[int, list[MeetingRef]]:
    """Meetings, the latest first (those without a date last)."""
    total = int(conn.execute("SELECT count(*) FROM meetings").fetchone()[0])
    # Ordered by the indexed date alone, so a page reads its own rows, not every meeting.
    rows = conn.execute(
        f"SELECT {_MEETING_COLUMNS} FROM (SELECT article_id, seq FROM meetings ORDER BY date DESC LIMIT ? OFFSET ?) p "
        "JOIN meetings mt ON mt.article_id = p.article_id AND mt.seq = p.seq JOIN articles a ON a.id = mt.article_id "
        "ORDER BY mt.date DESC", (limit, offset)
    ).fetchall()
    return total, [_meeting_ref(r) for r in rows]


def meeting_view(conn: sqlite3.Connection, ident: str, *, text: str, tasks: list[str]) -> MeetingView | None:
    """A meeting page; ``text`` and ``tasks`` come from the article's record (the caller loads it)."""
    parsed = parse_meeting_id(ident)
    if parsed is None:
        return None
    row = conn.execute(
        f"SELECT {_MEETING_COLUMNS} FROM meetings mt JOIN articles a ON a.id = mt.article_id "
        "WHERE mt.article_id = ? AND mt.seq = ?", parsed
    ).fetchone()
    if row is None:
        return None
    ref = _meeting_ref(row)
    related: list[MeetingRef] = []
    if ref.date and (ref.organizer or ref.chair):
        # The same meeting reported elsewhere: same day, same organiser (or chair when none is named).
        key_column, key = ("mt.organizer", ref.organizer) if ref.organizer else ("mt.chair", ref.chair)
        related = [_meeting_ref(r) for r in conn.execute(
            f"SELECT {_MEETING_COLUMNS} FROM meetings mt JOIN articles a ON a.id = mt.article_id "
            f"WHERE mt.date = ? AND {key_column} = ? AND NOT (mt.article_id = ? AND mt.seq = ?) "
            "ORDER BY a.published, a.id LIMIT 50", (ref.date, key, *parsed)
        )]
    articles = [ref.article.id] + [r.article.id for r in related]
    value = _json(row[6])
    return MeetingView(meeting=ref, value=value if isinstance(value, dict) else {}, text=text, tasks=tasks,
                       related=related, entities=entities_in(conn, articles))


def meeting_fact_span(conn: sqlite3.Connection, ident: str) -> tuple[str, int, int] | None:
    """(article id, start, end) of a meeting's fact, to find its words and tasks in the record."""
    parsed = parse_meeting_id(ident)
    if parsed is None:
        return None
    row = conn.execute(
        "SELECT f.article_id, f.start, f.\"end\" FROM meetings mt JOIN facts f "
        "ON f.article_id = mt.article_id AND f.seq = mt.seq WHERE mt.article_id = ? AND mt.seq = ?", parsed
    ).fetchone()
    return (str(row[0]), int(row[1]), int(row[2])) if row else None


# -- one article ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the archive knows of an article beyond its record: source, version, raw input."""

    id: str
    source: str
    version: int
    first_seen: str
    updated_at: str
    raw_sha256: str
    raw_content_type: str | None
    raw_size: int | None


def article_meta(conn: sqlite3.Connection, article_id: str) -> ArticleMeta | None:
    """The archive's row of an article (without the record), or None."""
    row = conn.execute(
        "SELECT a.id, a.source, a.version, a.first_seen, a.updated_at, a.raw_sha256, r.content_type, r.size "
        "FROM articles a LEFT JOIN raw_inputs r ON r.sha256 = a.raw_sha256 WHERE a.id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    return ArticleMeta(str(row[0]), str(row[1]), int(row[2]), str(row[3]), str(row[4]), str(row[5]), row[6],
                       int(row[7]) if row[7] is not None else None)


def article_entity_keys(conn: sqlite3.Connection, article_id: str) -> dict[tuple[str, int], str]:
    """The entity key of each mention of an article, by (kind, start offset): links from its facts."""
    rows = conn.execute(
        "SELECT e.kind, m.start, e.key FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?",
        (article_id,),
    ).fetchall()
    return {(str(kind), int(start)): str(key) for kind, start, key in rows}
