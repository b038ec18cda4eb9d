"""The document register: a page per canonical document, the list with counts, and their JSON."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel
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
CITATIONS_SIZE = 200

DocId = Annotated[str, Path(min_length=1, max_length=300, description="Canonical document id (SPEC §4).")]
Page = Annotated[int, Query(ge=1, le=10_000, description="Page of the list.")]
Filter = Annotated[str, Query(max_length=200, description="Keep the ids holding this text.")]


class DocumentPage(BaseModel):
    """A page of the register, the most cited documents first."""

    total: int
    offset: int
    items: list[views.DocumentSummary]


def _list(state: State, q: str, page: int) -> DocumentPage:
    offset = (page - 1) * LIST_SIZE

    def compute() -> DocumentPage:
        total, items = views.document_list(state.archive().conn, query=q, limit=LIST_SIZE, offset=offset)
        return DocumentPage(total=total, offset=offset, items=items)

    return state.cached("documents", (q, page), compute)


def _view(state: State, doc_id: str, page: int) -> entity_views.DocumentView:
    offset = (page - 1) * CITATIONS_SIZE
    view = state.cached(
        "document", (doc_id, page),
        lambda: entity_views.document_view(state.archive().conn, doc_id, limit=CITATIONS_SIZE, offset=offset),
    )
    if view is None:
        raise NotFoundError(f"document {doc_id}")
    return view


@router.get("/documents", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Document register")
def documents_page(request: Request, state: State, q: Filter = "", page: Page = 1) -> HTMLResponse:
    """Every document cited, with the number of citing articles and first and last dates."""
    listing = _list(state, q, page)
    context = {"listing": listing, "q": q, "page": page, "size": LIST_SIZE,
               "json_url": with_query("/api/v1/documents", [("q", q), ("page", page if page > 1 else None)])}
    return render(request, "documents.html", context)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Document page")
def document_page(request: Request, state: State, doc_id: DocId, page: Page = 1) -> HTMLResponse:
    """A document: identifier, type, number, issuer, date, citing articles on a timeline, sources."""
    view = _view(state, doc_id, page)
    t = Translator(language_of(request))
    chart = bar_chart(continuous([(m.month, m.articles) for m in view.by_month]), title=t("doc.timeline"))
    context = {"view": view, "chart": chart, "page": page, "size": CITATIONS_SIZE,
               "search_url": with_query("/search", [("doc", view.document.id)]),
               "json_url": f"/api/v1/documents/{view.document.id}"}
    return render(request, "document.html", context)


@router.get("/api/v1/documents", response_model=DocumentPage, tags=["api"], summary="Document register")
def documents_api(state: State, q: Filter = "", page: Page = 1) -> DocumentPage:
    """Documents by the number of articles citing them (50 a page)."""
    return _list(state, q, page)


@router.get("/api/v1/documents/{doc_id:path}", response_model=entity_views.DocumentView, responses=API_NOT_FOUND,
            tags=["api"],
            summary="Document")
def document_api(state: State, doc_id: DocId, page: Page = 1) -> entity_views.DocumentView:
    """A document's register entry with its citing articles (200 a page, oldest first) and sources."""
    return _view(state, doc_id, page)
