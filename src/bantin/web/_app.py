"""The app factory: one FastAPI app over one archive, every page and its JSON, read-only.

Routes live in ``_routes_*`` modules, one ``APIRouter`` each; a new group of pages is one
module and one :func:`include_router` line in :data:`ROUTERS`.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, FastAPI
from starlette.staticfiles import StaticFiles

from bantin import __version__
from bantin.archive import default_db_path
from bantin.web import (
    _report_routes,
    _routes_articles,
    _routes_docs,
    _routes_documents,
    _routes_entities,
    _routes_home,
    _routes_ingest,
    _routes_meetings,
    _routes_search,
)
from bantin.web._errors import install_error_handlers
from bantin.web._render import STATIC
from bantin.web._security import TOKEN_ENVIRONMENT, HeadAsGetMiddleware, SecurityHeadersMiddleware
from bantin.web._state import DEFAULT_CACHE_SIZE, WebState

ROUTERS: tuple[APIRouter, ...] = (
    _routes_home.router,
    _routes_search.router,
    _routes_articles.router,
    _routes_documents.router,
    _routes_entities.router,
    _routes_meetings.router,
    _routes_ingest.router,
    _routes_docs.router,
    _report_routes.router,
)

DESCRIPTION = """The JSON API of a bantin archive: every page of the web UI as JSON under `/api/v1`.

Read-only, except `POST /api/v1/ingest`, which needs `Authorization: Bearer TOKEN` with the
token the server was started with (`BANTIN_TOKEN`)."""


def create_app(db_path: Path | str, *, token: str | None = None, cache_size: int = DEFAULT_CACHE_SIZE) -> FastAPI:
    """The web UI and JSON API over the archive at ``db_path`` (opened read-only).

    ``token`` allows ``POST /api/v1/ingest`` (None: nothing can be written); ``cache_size``
    bounds the views kept between requests (0: none). Raises
    :class:`~bantin.errors.ArchiveNotFoundError` when there is no archive at ``db_path``.
    """
    state = WebState(Path(db_path), token=token, cache_size=cache_size)
    app = FastAPI(title="bantin", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.web = state
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    install_error_handlers(app)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.router.on_shutdown.append(state.close)
    return app


def app_from_environment() -> FastAPI:
    """The app over ``$BANTIN_DB`` with the token of ``$BANTIN_TOKEN`` (for ``uvicorn --factory``
    and ``bantin serve --workers``, where each worker process builds its own app)."""
    cache = os.environ.get("BANTIN_WEB_CACHE", "")
    return create_app(default_db_path(), token=os.environ.get(TOKEN_ENVIRONMENT) or None,
                      cache_size=int(cache) if cache.isdigit() else DEFAULT_CACHE_SIZE)
