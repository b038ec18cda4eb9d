"""The search view: the CLI's search (``Archive.search``), with facets and coverage over time.

A search URL holds the same options as ``bantin search`` (``q``, ``source``, ``place``,
``person``, ``org``, ``doc``, ``from``, ``to``) and a page number, so a URL can be shared and
every facet link is the same URL with one more filter.

- The results and their snippets come from :meth:`bantin.archive.Archive.search`: the same
  ranking and the same highlighting as the command line.
- The chart counts every matching article by month (by year past ten years) in the search
  index's date column: exact however many articles match.
- Facets (source, month, place, person, organisation, document) are counted over the
  :data:`FACET_SAMPLE` best-ranked results (all of them when there are fewer), which keeps a
  search page within a few tens of milliseconds on a large archive; the page says so when the
  results are more than that.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from bantin.archive import SearchResult, Selection, views
from bantin.search import SearchFilters, parse_query
from bantin.web._state import WebState

PAGE_SIZE = 10
FACET_SAMPLE = 300
MAX_MONTH_BARS = 120

FILTER_PARAMS = ("source", "place", "person", "org", "doc")
"""The filters of a search URL, named as the options of ``bantin search``."""


@dataclass(frozen=True, slots=True)
class SearchParams:
    """What a search URL asks for."""

    q: str = ""
    source: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    org: tuple[str, ...] = ()
    doc: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    page: int = 1

    @property
    def is_empty(self) -> bool:
        """Whether the URL asks for nothing (no words, no filter)."""
        return not (self.q.strip() or self.date_from or self.date_to or any(getattr(self, n) for n in FILTER_PARAMS))

    def selection(self) -> Selection:
        """The archive selection of the filters."""
        return Selection(date_from=self.date_from, date_to=self.date_to, sources=self.source, places=self.place,
                         people=self.person, organizations=self.org, documents=self.doc)

    def filters(self) -> SearchFilters:
        """The search index's filters (the same options, the same meaning as the archive's)."""
        return SearchFilters(date_from=self.date_from, date_to=self.date_to, sources=self.source,
                             places=self.place, people=self.person, organizations=self.org, documents=self.doc)

    def items(self, *, page: int | None = None) -> list[tuple[str, str]]:
        """The query string items of this search (the first page unless ``page`` is given)."""
        items = [("q", self.q)] if self.q else []
        for name in FILTER_PARAMS:
            items.extend((name, value) for value in getattr(self, name))
        if self.date_from:
            items.append(("from", self.date_from.isoformat()))
        if self.date_to:
            items.append(("to", self.date_to.isoformat()))
        if page and page > 1:
            items.append(("page", str(page)))
        return items

    def adding(self, name: str, value: str) -> list[tuple[str, str]]:
        """This search with one more filter value (back to the first page)."""
        items = [i for i in self.items() if i != (name, value)]
        return items + [(name, value)]

    def removing(self, name: str, value: str) -> list[tuple[str, str]]:
        """This search without one filter value (back to the first page)."""
        return [i for i in self.items() if i != (name, value)]

    def in_month(self, month: str) -> list[tuple[str, str]]:
        """This search restricted to one month (``YYYY-MM``) or year (``YYYY``)."""
        first, last = period_bounds(month)
        return [i for i in self.items() if i[0] not in ("from", "to")] + [
            ("from", first.isoformat()), ("to", last.isoformat())
        ]


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """The first and last days of a month (``YYYY-MM``) or a year (``YYYY``)."""
    year = int(period[:4])
    if len(period) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(period[5:7])
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True)
class SearchView:
    """A page of results with its facets and its coverage chart."""

    params: SearchParams
    total: int
    offset: int
    limit: int
    results: tuple[SearchResult, ...]
    facets: views.Facets
    coverage: list[views.MonthCount] = field(default_factory=list)
    undated: int = 0

    @property
    def pages(self) -> int:
        """How many pages of results there are."""
        return max(1, -(-self.total // self.limit))


def _periods(first: dt.date, last: dt.date) -> tuple[list[str], list[dt.date]]:
    """Labels and bounds of the months from ``first`` to ``last`` (years when that is too many)."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= MAX_MONTH_BARS:
        labels = [f"{(first.month - 1 + i) // 12 + first.year:04d}-{(first.month - 1 + i) % 12 + 1:02d}"
                  for i in range(months)]
        bounds = [dt.date(int(m[:4]), int(m[5:]), 1) for m in labels]
        bounds.append(dt.date(last.year + last.month // 12, last.month % 12 + 1, 1))
    else:
        labels = [str(y) for y in range(first.year, last.year + 1)]
        bounds = [dt.date(y, 1, 1) for y in range(first.year, last.year + 2)]
    return labels, bounds


def _coverage(state: WebState, params: SearchParams, total: int) -> tuple[list[views.MonthCount], int]:
    span = state.cached("span", None, lambda: views.published_span(state.archive().conn))
    index = state.index()
    if span is None or index is None or total == 0:
        return [], total
    first, last = dt.date.fromisoformat(span[0][:10]), dt.date.fromisoformat(span[1][:10])
    first = max(first, params.date_from) if params.date_from else first
    last = min(last, params.date_to) if params.date_to else last
    if first > last:
        return [], total
    labels, bounds = _periods(first, last)
    counts = index.count_by_dates(parse_query(params.q), params.filters(), bounds=bounds)
    coverage = [views.MonthCount(label, count) for label, count in zip(labels, counts, strict=True)]
    return coverage, max(0, total - sum(counts))


def _compute(state: WebState, params: SearchParams) -> SearchView:
    offset = (params.page - 1) * PAGE_SIZE
    archive = state.archive()
    found = archive.search(params.q, params.selection(), limit=PAGE_SIZE, offset=offset)
    index = state.index()
    ids = index.search(parse_query(params.q), params.filters(), limit=FACET_SAMPLE).ids if index and found.total else []
    facets = views.facet_counts(archive.conn, ids)
    coverage, undated = _coverage(state, params, found.total)
    return SearchView(params=params, total=found.total, offset=offset, limit=PAGE_SIZE, results=found.results,
                      facets=facets, coverage=coverage, undated=undated)


def search_view(state: WebState, params: SearchParams) -> SearchView:
    """The results, facets and coverage of a search (cached until the archive changes)."""
    return state.cached("search", params, lambda: _compute(state, params))
