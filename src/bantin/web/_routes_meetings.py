"""Meeting pages (a meeting as an article reports it, its tasks, other reports of it) and the list."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import HTMLResponse

from bantin.archive import entity_views
from bantin.web._chart import bar_chart, daily
from bantin.web._deps import State
from bantin.web._errors import API_NOT_FOUND, PAGE_RESPONSES, NotFoundError
from bantin.web._i18n import Translator
from bantin.web._render import language_of, render, with_query

router = APIRouter()

LIST_SIZE = 50

MeetingId = Annotated[str, Path(min_length=3, max_length=80, description="ARTICLE_ID-N: the article and its fact.")]
Page = Annotated[int, Query(ge=1, le=10_000, description="Page of the list.")]


class MeetingPage(BaseModel):
    """A page of the meetings, the latest first."""

    total: int
    offset: int
    items: list[entity_views.MeetingRef]


def _list(state: State, page: int) -> MeetingPage:
    offset = (page - 1) * LIST_SIZE

    def compute() -> MeetingPage:
        total, items = entity_views.meeting_list(state.archive().conn, limit=LIST_SIZE, offset=offset)
        return MeetingPage(total=total, offset=offset, items=items)

    return state.cached("meetings", page, compute)


def _compute(state: State, meeting_id: str) -> entity_views.MeetingView | None:
    archive = state.archive()
    span = entity_views.meeting_fact_span(archive.conn, meeting_id)
    if span is None:
        return None
    article = archive.article(span[0])
    if article is None:
        return None
    _, start, end = span
    tasks = [str(f.value) for f in article.facts
             if f.kind == "task" and (f.model_extra or {}).get("meeting") == [start, end]]
    return entity_views.meeting_view(archive.conn, meeting_id, text=article.text[start:end], tasks=tasks)


def _view(state: State, meeting_id: str) -> entity_views.MeetingView:
    view = state.cached("meeting", meeting_id, lambda: _compute(state, meeting_id))
    if view is None:
        raise NotFoundError(f"meeting {meeting_id}")
    return view


@router.get("/meetings", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Meetings")
def meetings_page(request: Request, state: State, page: Page = 1) -> HTMLResponse:
    """Meetings, conferences and ceremonies reported, the latest first."""
    context = {"listing": _list(state, page), "page": page, "size": LIST_SIZE,
               "json_url": with_query("/api/v1/meetings", [("page", page if page > 1 else None)])}
    return render(request, "meetings.html", context)


@router.get("/meetings/{meeting_id}", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Meeting page")
def meeting_page(request: Request, state: State, meeting_id: MeetingId) -> HTMLResponse:
    """A meeting: kind, date, organiser, chair, places and bridge points, tasks, other reports of it."""
    view = _view(state, meeting_id)
    reports = [r.article.published for r in (view.meeting, *view.related) if r.article.published]
    t = Translator(language_of(request))
    chart = bar_chart(daily(reports), title=t("meeting.over_time"))
    return render(request, "meeting.html",
                  {"view": view, "chart": chart, "json_url": f"/api/v1/meetings/{meeting_id}"})


@router.get("/api/v1/meetings", response_model=MeetingPage, tags=["api"], summary="Meetings")
def meetings_api(state: State, page: Page = 1) -> MeetingPage:
    """Meetings, the latest first (50 a page)."""
    return _list(state, page)


@router.get("/api/v1/meetings/{meeting_id}", response_model=entity_views.MeetingView, responses=API_NOT_FOUND,
            tags=["api"],
            summary="Meeting")
def meeting_api(state: State, meeting_id: MeetingId) -> entity_views.MeetingView:
    """A meeting's page as JSON."""
    return _view(state, meeting_id)
