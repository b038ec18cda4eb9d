"""One mapper from errors to responses: a page for a browser, JSON under ``/api/``.

Unknown ids and routes are 404; parameters that do not parse are 400 on a page and 422 in the
API (FastAPI's validation answer, with the parameter named); nothing a client sends may become
a 500 — an unexpected error is logged and answered with a plain page that says nothing about
the server's insides.
"""

from __future__ import annotations

import logging
from typing import Any, cast

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response

from bantin.errors import BantinError
from bantin.web._i18n import Translator
from bantin.web._render import language_of, render

LOG = logging.getLogger("bantin.web")


class NotFoundError(StarletteHTTPException):
    """No article, document, entity or meeting with that id."""

    def __init__(self, what: str) -> None:
        super().__init__(status_code=404, detail=f"{what}: not found")


def is_api(request: Request) -> bool:
    """Whether the request is for the JSON API (errors answered as JSON)."""
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _page(request: Request, status: int, message: str, details: list[str] | None = None) -> Response:
    return render(request, "error.html", {"status": status, "message": message, "details": details or []},
                  status=status)


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))


async def _http_error(request: Request, error: Exception) -> Response:
    exc = cast(StarletteHTTPException, error)
    headers = dict(exc.headers or {})
    if is_api(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
    t = Translator(language_of(request))
    message = t("error.not_found") if exc.status_code == 404 else str(exc.detail)
    response = _page(request, exc.status_code, message, [str(exc.detail)] if exc.status_code == 404 else None)
    response.headers.update(headers)
    return response


async def _validation_error(request: Request, error: Exception) -> Response:
    exc = cast(RequestValidationError, error)
    errors = [dict(e) for e in exc.errors()]
    if is_api(request):
        cleaned = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in errors]
        return JSONResponse({"detail": cleaned}, status_code=422)
    t = Translator(language_of(request))
    return _page(request, 400, t("error.bad_request"), [_describe(e) for e in errors])


async def _bantin_error(request: Request, exc: Exception) -> Response:
    # Our own errors carry a message a user can act on (a damaged archive, a missing index).
    LOG.warning("%s %s: %s", request.method, request.url.path, exc)
    if is_api(request):
        return JSONResponse({"detail": str(exc)}, status_code=503)
    return _page(request, 503, str(exc))


async def _unexpected(request: Request, exc: Exception) -> Response:
    LOG.exception("%s %s failed", request.method, request.url.path)
    if is_api(request):
        return JSONResponse({"detail": "internal error"}, status_code=500)
    return _page(request, 500, Translator(language_of(request))("error.server"))


def install_error_handlers(app: FastAPI) -> None:
    """Route every error of ``app`` through this module."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(BantinError, _bantin_error)
    app.add_exception_handler(Exception, _unexpected)


class ErrorOut(BaseModel):
    """An error of the JSON API: what went wrong, in words."""

    detail: str


_HTML: dict[str, Any] = {"content": {"text/html": {}}}
PAGE_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Invalid parameters: a page naming them", **_HTML},
    404: {"description": "No such page or id", **_HTML},
}
"""The error answers of every page, for the OpenAPI description."""
API_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such id", "model": ErrorOut}}
"""The error answer of an API route that takes an id."""
