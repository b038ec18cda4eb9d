"""The home page and its JSON: totals, newest articles, documents most cited, sources."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from bantin.archive import views
from bantin.web._deps import State, today
from bantin.web._errors import PAGE_RESPONSES
from bantin.web._render import render

router = APIRouter()


def home_data(state: State) -> views.HomeView:
    """The home view, computed once per archive change and day."""
    day = today()
    return state.cached("home", day, lambda: views.home_view(state.archive().conn, day))


@router.get("/", response_class=HTMLResponse, tags=["pages"], responses=PAGE_RESPONSES, summary="Home page")
def home_page(request: Request, state: State) -> HTMLResponse:
    """Totals, the newest articles, the documents most cited this month, sources and their last article."""
    return render(request, "home.html", {"view": home_data(state), "json_url": "/api/v1/home"})


@router.get("/api/v1/home", response_model=views.HomeView, tags=["api"], summary="Home")
def home_api(state: State) -> views.HomeView:
    """The data of the home page.

    "This month" is the month of the newest article not after today; a source is silent when
    its newest article is more than ``silent_after_days`` older than that article (``as_of``).
    """
    return home_data(state)
