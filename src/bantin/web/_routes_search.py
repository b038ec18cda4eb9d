"""The search page and its JSON: the CLI's search with facets, a coverage chart and pages."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.exceptions import RequestValidationError
from markupsafe import Markup
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import HTMLResponse

from bantin.archive import views
from bantin.web._chart import Bar, bar_chart
from bantin.web._deps import State
from bantin.web._errors import PAGE_RESPONSES
from bantin.web._i18n import Translator
from bantin.web._render import language_of, page_key, render_html, respond, with_query
from bantin.web._searching import FILTER_PARAMS, SearchParams, SearchView, search_view

router = APIRouter()

# Dates a search form accepts: a wider date is a typing slip the page names (the index itself holds
# any date at the bounds of tantivy's range, 1678 to 2261).
MIN_DATE, MAX_DATE = dt.date(1800, 1, 1), dt.date(2200, 12, 31)



def _date(name: str, value: str) -> dt.date | None:
    """A date parameter: empty (a form's blank field) is none; else YYYY-MM-DD within the index's range."""
    if not value.strip():
        return None
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        day = None
    if day is None or not MIN_DATE <= day <= MAX_DATE or len(value.strip()) != 10:
        raise RequestValidationError([{
            "loc": ("query", name), "type": "value_error", "input": value,
            "msg": f"a date written YYYY-MM-DD, between {MIN_DATE.isoformat()} and {MAX_DATE.isoformat()}",
        }])
    return day


def search_params(
    q: Annotated[str, Query(max_length=1000, description='Words (AND), "phrases", OR, -exclusions.')] = "",
    source: Annotated[list[str] | None, Query(max_length=300, description="Source (any of them).")] = None,
    place: Annotated[list[str] | None, Query(max_length=300, description="Place name, any accents.")] = None,
    person: Annotated[list[str] | None, Query(max_length=300, description="Person's name, any accents.")] = None,
    org: Annotated[list[str] | None, Query(max_length=300, description="Organisation's name.")] = None,
    doc: Annotated[list[str] | None, Query(max_length=300, description="Canonical document id.")] = None,
    date_from: Annotated[str, Query(alias="from", max_length=40, description="Published on or after (YYYY-MM-DD).")] = "",
    date_to: Annotated[str, Query(alias="to", max_length=40, description="Published on or before (YYYY-MM-DD).")] = "",
    page: Annotated[int, Query(ge=1, le=1000, description="Page of 10 results.")] = 1,
) -> SearchParams:
    """The search of a URL (the options of ``bantin search``)."""
    def clean(values: list[str] | None) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.strip() for v in values or [] if v.strip()))[:20]

    return SearchParams(q=q.strip(), source=clean(source), place=clean(place), person=clean(person), org=clean(org),
                        doc=clean(doc), date_from=_date("from", date_from), date_to=_date("to", date_to), page=page)


Params = Annotated[SearchParams, Depends(search_params)]


class Hit(BaseModel):
    """One result: the article's id (for /api/v1/articles/{id}) and its highlighted snippet."""

    id: str
    title: str | None
    url: str | None
    source: str
    published: str | None
    score: float
    exact: bool
    snippet: str
    highlights: list[list[int]]


class SearchOut(BaseModel):
    """A page of results with facets and coverage (``coverage`` counts every match)."""

    query: str
    filters: dict[str, list[str]]
    date_from: dt.date | None
    date_to: dt.date | None
    total: int
    offset: int
    limit: int
    page: int
    pages: int
    results: list[Hit]
    facets: views.Facets
    coverage: list[views.MonthCount]
    undated: int


def _view(state: State, params: SearchParams) -> SearchView:
    if params.is_empty:
        empty = views.Facets(0, [], [], [], [], [], [])
        return SearchView(params=params, total=0, offset=0, limit=10, results=(), facets=empty)
    return search_view(state, params)


def _chart(view: SearchView, t: Translator) -> Markup:
    bars = [Bar(c.month, c.articles, with_query("/search", view.params.in_month(c.month))) for c in view.coverage]
    return bar_chart(bars, title=t("search.coverage"))


@router.get("/search", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Search page")
def search_page(request: Request, state: State, params: Params) -> HTMLResponse:
    """Results with highlighted snippets, facets (links that add a filter), a coverage chart, pages."""
    # The page is kept as HTML too: a shared search URL is asked for again and again.
    page = state.cached("search.html", page_key(request), lambda: _search_html(request, state, params))
    return respond(request, page)


def _search_html(request: Request, state: State, params: SearchParams) -> str:
    view = _view(state, params)
    t = Translator(language_of(request))
    facets = [
        ("sources", "source", view.facets.sources), ("months", None, view.facets.months),
        ("places", "place", view.facets.places), ("people", "person", view.facets.people),
        ("organizations", "org", view.facets.organizations), ("documents", "doc", view.facets.documents),
    ]
    active = [(name, value, params.removing(name, value)) for name in FILTER_PARAMS for value in getattr(params, name)]
    for name, attr in (("from", "date_from"), ("to", "date_to")):
        if getattr(params, attr):
            active.append((name, getattr(params, attr).isoformat(), [i for i in params.items() if i[0] != name]))
    context = {
        "view": view, "params": params, "facets": facets, "active": active, "chart": _chart(view, t),
        "json_url": with_query("/api/v1/search", params.items(page=params.page)),
    }
    return render_html(request, "search.html", context)


@router.get("/api/v1/search", response_model=SearchOut, tags=["api"], summary="Search")
def search_api(state: State, params: Params) -> SearchOut:
    """Ranked articles with snippets, as ``bantin search --json``, plus facets and coverage by month."""
    view = _view(state, params)
    return SearchOut(
        query=params.q, filters={name: list(getattr(params, name)) for name in FILTER_PARAMS},
        date_from=params.date_from, date_to=params.date_to, total=view.total, offset=view.offset, limit=view.limit,
        page=params.page, pages=view.pages, results=[Hit(**r.as_dict()) for r in view.results],
        facets=view.facets, coverage=view.coverage, undated=view.undated,
    )
