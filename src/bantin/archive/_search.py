"""Searching the archive: the index gives ranked ids, the archive the records and snippets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bantin.archive._read import Selection
from bantin.archive._rows import decompress
from bantin.search import SearchFilters, Snippet, highlight, parse_query

if TYPE_CHECKING:
    from bantin.archive._archive import Archive


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One article found: what a result list shows, and its snippet."""

    id: str
    title: str | None
    url: str | None
    source: str
    published: str | None
    score: float
    exact: bool
    snippet: Snippet

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "source": self.source,
            "published": self.published, "score": round(self.score, 4), "exact": self.exact,
            "snippet": self.snippet.text, "highlights": [list(span) for span in self.snippet.spans],
        }


@dataclass(frozen=True, slots=True)
class SearchResults:
    """A page of results and the total number of matching articles."""

    query: str
    total: int
    offset: int
    results: tuple[SearchResult, ...]


def filters_of(selection: Selection) -> SearchFilters:
    """The index's filters for an archive selection (the same options, the same meaning)."""
    return SearchFilters(
        date_from=selection.date_from, date_to=selection.date_to, sources=selection.sources,
        places=selection.places, people=selection.people, organizations=selection.organizations,
        documents=selection.documents,
    )


def run_search(archive: Archive, query: str, selection: Selection, *, limit: int, offset: int,
               snippet_width: int) -> SearchResults:
    index = archive.search_index()
    if index is None:
        return SearchResults(query, 0, offset, ())
    parsed = parse_query(query)
    page = index.search(parsed, filters_of(selection), limit=limit, offset=offset)
    results = []
    for hit in page.hits:
        row = archive.conn.execute(
            "SELECT title, url, source, published, record FROM articles WHERE id = ?", (hit.id,)
        ).fetchone()
        if row is None:
            continue  # indexed but gone from the archive: the next ingest's verify removes it
        # Only the text is needed: reading one key of the JSON is far cheaper than validating the record.
        text = json.loads(decompress(row[4]))["text"]
        results.append(SearchResult(
            id=hit.id, title=row[0], url=row[1], source=row[2], published=row[3], score=hit.score,
            exact=hit.exact, snippet=highlight(text, parsed, width=snippet_width),
        ))
    return SearchResults(query, page.total, offset, tuple(results))
