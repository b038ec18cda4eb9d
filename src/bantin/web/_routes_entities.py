"""Pages of people, organisations and places (and their lists), with their JSON.

An entity's id in a URL is its archive key (the lowercased canonical name; ``name|unit kind``
for a place); its name typed with or without accents leads to the same page.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.requests import Request
from starlette.responses import HTMLResponse

from bantin.archive import entity_views, views
from bantin.web._chart import bar_chart, continuous
from bantin.web._deps import State
from bantin.web._errors import API_NOT_FOUND, PAGE_RESPONSES, NotFoundError
from bantin.web._i18n import Translator
from bantin.web._render import language_of, render, with_query

router = APIRouter()

LIST_SIZE = 50
KINDS = {"people": "person", "organizations": "organization", "places": "place"}
_SEARCH_PARAM = {"person": "person", "organization": "org", "place": "place"}

Key = Annotated[str, Path(min_length=1, max_length=300, description="The entity's key, or its name.")]
Page = Annotated[int, Query(ge=1, le=10_000, description="Page of the list.")]
Filter = Annotated[str, Query(max_length=200, description="Keep the names holding these words (any accents).")]


def _list(state: State, kind: str, q: str, page: int) -> views.EntityPage:
    offset = (page - 1) * LIST_SIZE
    return state.cached(
        "entities", (kind, q, page),
        lambda: views.entity_list(state.archive().conn, kind, query=q, limit=LIST_SIZE, offset=offset),
    )


def _view(state: State, kind: str, key: str, page: int) -> entity_views.EntityView:
    view = state.cached(
        "entity", (kind, key, page),
        lambda: entity_views.entity_view(state.archive().conn, kind, key, offset=(page - 1) * 20),
    )
    if view is None:
        raise NotFoundError(f"{kind} {key}")
    return view


def _render_list(request: Request, state: State, segment: str, q: str, page: int) -> HTMLResponse:
    kind = KINDS[segment]
    listing = _list(state, kind, q, page)
    context = {"segment": segment, "kind": kind, "listing": listing, "q": q, "page": page, "size": LIST_SIZE,
               "json_url": with_query(f"/api/v1/{segment}", [("q", q), ("page", page if page > 1 else None)])}
    return render(request, "entities.html", context)


def _render_view(request: Request, state: State, segment: str, key: str, page: int) -> HTMLResponse:
    kind = KINDS[segment]
    view = _view(state, kind, key, page)
    t = Translator(language_of(request))
    chart = bar_chart(continuous([(m.month, m.articles) for m in view.by_month]), title=t("entity.over_time"))
    context = {"view": view, "kind": kind, "segment": segment, "chart": chart, "page": page,
               "search_url": with_query("/search", [(_SEARCH_PARAM[kind], view.entity.name)]),
               "json_url": f"/api/v1/{segment}/{key}"}
    return render(request, "entity.html", context)


@router.get("/people", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="People")
def people_page(request: Request, state: State, q: Filter = "", page: Page = 1) -> HTMLResponse:
    """People of the archive, the most mentioned first."""
    return _render_list(request, state, "people", q, page)


@router.get("/organizations", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Organisations")
def organizations_page(request: Request, state: State, q: Filter = "", page: Page = 1) -> HTMLResponse:
    """Organisations of the archive, the most mentioned first."""
    return _render_list(request, state, "organizations", q, page)


@router.get("/places", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Places")
def places_page(request: Request, state: State, q: Filter = "", page: Page = 1) -> HTMLResponse:
    """Places of the archive, the most mentioned first."""
    return _render_list(request, state, "places", q, page)


@router.get("/people/{key:path}", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Person page")
def person_page(request: Request, state: State, key: Key, page: Page = 1) -> HTMLResponse:
    """A person: mentions over time, titles with first and last seen, who and what appears with them."""
    return _render_view(request, state, "people", key, page)


@router.get("/organizations/{key:path}", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Organisation page")
def organization_page(request: Request, state: State, key: Key, page: Page = 1) -> HTMLResponse:
    """An organisation: mentions over time, titles held in it, what appears with it."""
    return _render_view(request, state, "organizations", key, page)


@router.get("/places/{key:path}", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Place page")
def place_page(request: Request, state: State, key: Key, page: Page = 1) -> HTMLResponse:
    """A place: its administrative unit, mentions over time, what appears with it."""
    return _render_view(request, state, "places", key, page)


@router.get("/api/v1/people", response_model=views.EntityPage, tags=["api"], summary="People")
def people_api(state: State, q: Filter = "", page: Page = 1) -> views.EntityPage:
    """People by the number of articles mentioning them (50 a page)."""
    return _list(state, "person", q, page)


@router.get("/api/v1/organizations", response_model=views.EntityPage, tags=["api"], summary="Organisations")
def organizations_api(state: State, q: Filter = "", page: Page = 1) -> views.EntityPage:
    """Organisations by the number of articles mentioning them (50 a page)."""
    return _list(state, "organization", q, page)


@router.get("/api/v1/places", response_model=views.EntityPage, tags=["api"], summary="Places")
def places_api(state: State, q: Filter = "", page: Page = 1) -> views.EntityPage:
    """Places by the number of articles mentioning them (50 a page)."""
    return _list(state, "place", q, page)


@router.get("/api/v1/people/{key:path}", response_model=entity_views.EntityView, responses=API_NOT_FOUND,
            tags=["api"], summary="Person")
def person_api(state: State, key: Key, page: Page = 1) -> entity_views.EntityView:
    """A person's page as JSON."""
    return _view(state, "person", key, page)


@router.get("/api/v1/organizations/{key:path}", response_model=entity_views.EntityView, responses=API_NOT_FOUND,
            tags=["api"],
            summary="Organisation")
def organization_api(state: State, key: Key, page: Page = 1) -> entity_views.EntityView:
    """An organisation's page as JSON."""
    return _view(state, "organization", key, page)


@router.get("/api/v1/places/{key:path}", response_model=entity_views.EntityView, responses=API_NOT_FOUND,
            tags=["api"], summary="Place")
def place_api(state: State, key: Key, page: Page = 1) -> entity_views.EntityView:
    """A place's page as JSON."""
    return _view(state, "place", key, page)
