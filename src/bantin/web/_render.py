"""Rendering pages: the Jinja2 environment (autoescaping everything), links, numbers, the language.

Templates never build a URL by hand: the helpers here quote every part that comes from the
archive (a person's name, a document id with slashes), so a link always leads to its page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from bantin.web._i18n import COOKIE, LANGUAGES, Translator, pick_language

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"

_SEGMENT = {"person": "people", "organization": "organizations", "place": "places", "document": "documents"}
"""The URL segment of each kind of entity."""


def entity_url(kind: str, key: str) -> str:
    """The page of an entity (``/people/…``, ``/documents/…``), its key quoted."""
    # A document id keeps its slashes and colons readable ("/documents/state:ND:15/2020:CP").
    safe = ":/@" if kind == "document" else ""
    return f"/{_SEGMENT[kind]}/{quote(key, safe=safe)}"


def is_web_url(url: str | None) -> bool:
    """Whether ``url`` may be a link: http(s) only (never ``javascript:`` or ``data:`` from an article)."""
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


def api_url(url: str) -> str:
    """The JSON twin of a page's URL."""
    return "/api/v1/home" if url == "/" else "/api/v1" + url


def with_query(path: str, items: Iterable[tuple[str, Any]]) -> str:
    """``path`` with the query string of the non-empty ``items``."""
    pairs = [(k, str(v)) for k, v in items if v not in (None, "")]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def format_number(value: float, language: str) -> str:
    """A count as people of the language write it (Vietnamese groups thousands with dots)."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "vi" else text


def format_date(value: str | dt.date | None, language: str) -> str:
    """An ISO date (or month) as written in the language: ``16/7/2024`` in Vietnamese."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if language != "vi":
        return text
    parts = text[:10].split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])}/{int(parts[1])}/{parts[0]}"
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{int(parts[1])}/{parts[0]}"
    return text


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html", "svg"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(entity_url=entity_url, api_url=api_url, with_query=with_query, quote=quote,
                       is_web_url=is_web_url)
    return env


ENVIRONMENT = _environment()


def language_of(request: Request) -> str:
    """The language a request asks for (``?lang=``, the cookie, else Vietnamese)."""
    return pick_language(request.query_params.get("lang"), request.cookies.get(COOKIE))


def switch_url(request: Request, language: str) -> str:
    """The current page in ``language``."""
    items = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", language)]
    return with_query(request.url.path, items)


def render_html(request: Request, template: str, context: Mapping[str, Any]) -> str:
    """``template`` with ``context``, the translator, links and formatters of the request's language."""
    language = language_of(request)
    t = Translator(language)
    return ENVIRONMENT.get_template(template).render(
        **context,
        t=t,
        lang=language,
        path=request.url.path,
        switch_url=switch_url(request, t.other),
        number=lambda value: format_number(value, language),
        date=lambda value: format_date(value, language),
    )


def respond(request: Request, page: str, *, status: int = 200) -> HTMLResponse:
    """A page as a response; a ``?lang=`` choice is remembered in the cookie."""
    response = HTMLResponse(page, status_code=status)
    chosen = request.query_params.get("lang")
    if chosen in LANGUAGES:
        response.set_cookie(COOKIE, chosen, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


def render(request: Request, template: str, context: Mapping[str, Any], *, status: int = 200) -> HTMLResponse:
    """A page: ``template`` rendered for the request (see :func:`render_html`)."""
    return respond(request, render_html(request, template, context), status=status)


def page_key(request: Request) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """What a page's HTML depends on besides the archive: its language, path and query."""
    return language_of(request), request.url.path, tuple(request.query_params.multi_items())
