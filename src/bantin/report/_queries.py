"""The report's numbers as SQL aggregates over the selected articles: totals, entities, documents, appendix.

Nothing here decodes a record: counts come from ``articles`` (its covering
indexes), ``mentions`` (one row per entity named in an article, with the
article's date) and ``entities``; words as written come from ``facts``, read for
a handful of rows only.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from bantin.archive._read import selection_sql
from bantin.report._model import (
    Appendix,
    AppendixRow,
    DocumentRow,
    EntityRow,
    MonthCount,
    ReportRequest,
    SourceCount,
    SourceShare,
    TitleCount,
    Totals,
)
from bantin.report._scope import COVERING, Scope

LABEL_SAMPLES = 8
"""Written forms of a document read to choose its label."""

TITLES_PER_PERSON = 3
"""Titles shown per person: the ones the period's articles used most."""


def day(value: str) -> dt.date:
    """An ISO date of the archive as a date."""
    return dt.date.fromisoformat(value[:10])


def months_of(start: dt.date, end: dt.date) -> list[str]:
    """Every month ("2024-03") from ``start`` to ``end``, both included."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# -- totals -------------------------------------------------------------------------------------


def totals(scope: Scope, request: ReportRequest) -> Totals:
    """Articles and sources, by month and by source, against the previous period of the same length."""
    articles, sources, days = scope.one("SELECT count(*), count(DISTINCT source), count(DISTINCT published) FROM {sel}")
    per_month = dict(scope.rows("SELECT substr(published, 1, 7), count(*) FROM {sel} GROUP BY 1"))
    current = {
        source: (count, first, last)
        for source, count, first, last in scope.rows(
            "SELECT source, count(*), min(published), max(published) FROM {sel} GROUP BY source"
        )
    }
    previous = previous_by_source(scope, request)
    prev_from, prev_to = request.previous()
    by_source = [
        SourceCount(
            source=source,
            articles=current.get(source, (0, None, None))[0],
            previous_articles=previous.get(source, (0, None))[0],
            first=day(current[source][1]) if source in current else None,
            last=day(current[source][2]) if source in current else None,
        )
        for source in set(current) | set(previous)
    ]
    by_source.sort(key=lambda s: (-s.articles, -s.previous_articles, s.source))
    where, params = selection_sql(request.selection(dated=False))
    undated = scope.conn.execute(
        f"SELECT count(*) FROM articles a{where}{' AND' if where else ' WHERE'} a.published IS NULL", params
    ).fetchone()[0]
    return Totals(
        articles=articles,
        sources=sources,
        previous_from=prev_from,
        previous_to=prev_to,
        previous_articles=sum(count for count, _ in previous.values()),
        previous_sources=len(previous),
        days_with_articles=days,
        undated_articles=undated,
        by_month=[MonthCount(m, per_month.get(m, 0)) for m in months_of(request.date_from, request.date_to)],
        by_source=by_source,
    )


def previous_by_source(scope: Scope, request: ReportRequest) -> dict[str, tuple[int, str]]:
    """Articles per source in the previous period, with each source's last day in it."""
    where, params = selection_sql(request.selection(previous=True))
    rows = scope.conn.execute(
        f"SELECT a.source, count(*), max(a.published) FROM articles a {COVERING}{where} GROUP BY a.source", params
    ).fetchall()
    return {source: (count, last) for source, count, last in rows}


# -- entities -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntityCount:
    """An entity named in the period: how often, in how many articles, first and last day."""

    id: int
    kind: str
    key: str
    name: str
    data: str | None
    mentions: int
    articles: int
    first: str
    last: str


def entity_counts(scope: Scope) -> list[EntityCount]:
    """Every entity named in the selected articles, in one pass over their mentions."""
    rows = scope.rows(
        "SELECT e.id, e.kind, e.key, e.name, CASE WHEN e.kind IN ('document', 'place') THEN e.data END, "
        "c.mentions, c.articles, c.first, c.last FROM ("
        "  SELECT m.entity_id AS id, count(*) AS mentions, count(DISTINCT m.article_id) AS articles, "
        "  min(s.published) AS first, max(s.published) AS last "
        "  FROM {sel} s CROSS JOIN mentions m ON m.article_id = s.id GROUP BY m.entity_id"
        ") c JOIN entities e ON e.id = c.id"
    )
    return [EntityCount(*row) for row in rows]


def ranked(counts: list[EntityCount], kind: str) -> list[EntityCount]:
    """The entities of one kind, most articles first (then most mentions, then name)."""
    return sorted((c for c in counts if c.kind == kind), key=lambda c: (-c.articles, -c.mentions, c.name))


def plain_entities(counts: list[EntityCount], kind: str, top: int) -> list[EntityRow]:
    """The ``top`` organisations (or any kind without more to say) as rows."""
    return [EntityRow(c.name, c.articles, c.mentions) for c in ranked(counts, kind)[:top]]


def people(scope: Scope, counts: list[EntityCount], top: int) -> list[EntityRow]:
    """The ``top`` people, each with the titles the period's articles gave them, most used first."""
    chosen = ranked(counts, "person")[:top]
    titles: dict[int, Counter[str]] = defaultdict(Counter)
    for c in chosen:
        # From the entity's side (its mentions by primary key, the selection probed by id): a few
        # entities' mentions are far fewer rows than every mention of the period.
        for (data,) in scope.rows(
            "SELECT m.data FROM mentions m JOIN {sel} s ON s.id = m.article_id "
            "WHERE m.entity_id = ? AND m.data IS NOT NULL",
            (c.id,),
        ):
            for title in json.loads(data).get("titles") or ():
                if isinstance(title, str) and title.strip():
                    titles[c.id][title.strip()] += 1
    return [
        EntityRow(
            c.name, c.articles, c.mentions,
            [TitleCount(t, n) for t, n in sorted(titles[c.id].items(), key=lambda i: (-i[1], i[0]))][
                :TITLES_PER_PERSON
            ],
        )
        for c in chosen
    ]


# -- documents ----------------------------------------------------------------------------------


def documents(
    scope: Scope, counts: list[EntityCount], request: ReportRequest
) -> tuple[list[DocumentRow], list[DocumentRow], int, int]:
    """The most cited documents, the ones cited for the first time, how many are new, how many in all."""
    cited = ranked(counts, "document")
    start = request.date_from.isoformat()
    # New: no mention before the period. The check stops at the first earlier mention found, so an
    # old document costs a few rows, not its whole history.
    new = [
        c for c in cited
        if scope.conn.execute(
            "SELECT 1 FROM mentions WHERE entity_id = ? AND published < ? LIMIT 1", (c.id, start)
        ).fetchone() is None
    ]
    new_ids = {c.id for c in new}
    shown = {c.id: c for c in cited[: request.top] + new[: request.top]}
    first_ever = {
        entity_id: scope.conn.execute(
            "SELECT min(published) FROM mentions WHERE entity_id = ?", (entity_id,)
        ).fetchone()[0]
        for entity_id in shown
    }
    sources = _citing_sources(scope, list(shown))
    labels = {c.id: _label(scope, c) for c in shown.values()}

    def row(c: EntityCount) -> DocumentRow:
        data = json.loads(c.data) if c.data else {}
        ever = first_ever[c.id]
        return DocumentRow(
            key=c.key, label=labels[c.id], type_name=data.get("type_name"), articles=c.articles,
            mentions=c.mentions, first=day(c.first), last=day(c.last), first_ever=day(ever) if ever else None,
            is_new=c.id in new_ids, sources=sources.get(c.id, []),
        )

    return [row(c) for c in cited[: request.top]], [row(c) for c in new[: request.top]], len(new), len(cited)


def _citing_sources(scope: Scope, ids: list[int]) -> dict[int, list[SourceShare]]:
    shares: dict[int, list[SourceShare]] = {}
    for entity_id in ids:
        rows = scope.rows(
            "SELECT s.source, count(DISTINCT m.article_id) FROM mentions m JOIN {sel} s ON s.id = m.article_id "
            "WHERE m.entity_id = ? GROUP BY s.source",
            (entity_id,),
        )
        shares[entity_id] = sorted((SourceShare(src, n) for src, n in rows), key=lambda x: (-x.articles, x.source))
    return shares


# A written form ends at the date, issuer or term that follows the symbol (the docref span
# convention): "Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ" -> "Nghị định số 15/2020/NĐ-CP".
_TAILS = (" ngày ", " của ", " khóa ", " khoá ")


def clean_label(text: str) -> str:
    """A document's written form without the date, issuer and term after it, on one line."""
    label = " ".join(text.split())
    for tail in _TAILS:
        cut = label.find(tail)
        if cut > 0:
            label = label[:cut]
    return label[:1].upper() + label[1:]


def _label_score(label: str) -> tuple[int, int, str]:
    # A form with its number and symbol ("05-CT/TW", "15/2020/NĐ-CP") says most; then the shorter.
    has_symbol = any(ch.isdigit() for ch in label) and ("/" in label or "-" in label)
    return (0 if has_symbol else 1, len(label), label)


def _label(scope: Scope, count: EntityCount) -> str:
    refs = scope.rows(
        "SELECT m.article_id, m.start FROM mentions m JOIN {sel} s ON s.id = m.article_id "
        f"WHERE m.entity_id = ? LIMIT {LABEL_SAMPLES}",
        (count.id,),
    )
    forms = []
    for article_id, start in refs:
        found = scope.conn.execute(
            "SELECT text FROM facts WHERE article_id = ? AND kind = 'document' AND start = ?", (article_id, start)
        ).fetchone()
        if found and found[0].strip():
            forms.append(clean_label(found[0]))
    return min(forms, key=_label_score) if forms else count.key


# -- appendix -----------------------------------------------------------------------------------


def appendix(scope: Scope, total: int, limit: int) -> Appendix:
    """The first ``limit`` selected articles by date, source and id, with title and URL."""
    rows = scope.rows(
        "SELECT a.id, s.published, s.source, a.title, a.url FROM "
        "(SELECT id, published, source FROM {sel} ORDER BY published, source, id LIMIT ?) s "
        "CROSS JOIN articles a ON a.id = s.id ORDER BY s.published, s.source, s.id",
        (limit,),
    )
    return Appendix(total, [AppendixRow(i, day(p), s, t, u) for i, p, s, t, u in rows])
