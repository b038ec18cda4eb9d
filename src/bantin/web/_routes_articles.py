"""The article page (its text with the facts marked, the facts, provenance, raw input) and its JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Path
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bantin.archive import Archive, entity_views
from bantin.decode import decode_bytes
from bantin.errors import BantinError
from bantin.record import Article, Fact
from bantin.web._deps import State
from bantin.web._errors import API_NOT_FOUND, PAGE_RESPONSES, NotFoundError
from bantin.web._marks import article_blocks, legend
from bantin.web._render import entity_url, render

router = APIRouter()

ArticleId = Annotated[str, Path(min_length=1, max_length=64, description="The article's id (or its first characters).")]
RAW_SHOWN = 100_000
"""Bytes of the raw input shown on the page (all of it is downloadable)."""

_PANEL_ORDER = ("date", "person", "organization", "place", "document", "meeting", "task")


@dataclass(frozen=True, slots=True)
class PanelFact:
    """A fact as the facts panel lists it, with the page it links to."""

    fact: Fact
    href: str | None
    extra: dict[str, Any]


def _load(state: State, article_id: str) -> Article:
    article = state.archive().article(article_id)
    if article is None:
        raise NotFoundError(f"article {article_id}")
    return article


def _panel(archive: Archive, article: Article) -> list[tuple[str, list[PanelFact]]]:
    keys = entity_views.article_entity_keys(archive.conn, article.id)
    groups: dict[str, list[PanelFact]] = {kind: [] for kind in _PANEL_ORDER}
    seen: set[tuple[str, str]] = set()
    for seq, fact in enumerate(article.facts):
        value = str(fact.value) if not isinstance(fact.value, dict) else str(fact.value.get("kind"))
        if fact.kind in ("person", "organization", "place", "document"):
            if (fact.kind, value) in seen:
                continue  # one line per entity; the text marks every mention
            seen.add((fact.kind, value))
        key = keys.get((fact.kind, fact.start))
        href = entity_url(fact.kind, key) if key else None
        if fact.kind == "meeting":
            href = f"/meetings/{article.id}-{seq}"
        groups.setdefault(fact.kind, []).append(PanelFact(fact, href, dict(fact.model_extra or {})))
    return [(kind, groups[kind]) for kind in _PANEL_ORDER if groups.get(kind)]


def _raw_text(archive: Archive, article: Article) -> tuple[str | None, int]:
    stored = archive.raw(article.provenance.sha256)
    if stored is None:
        return None, 0
    content_type, data = stored
    shown = data[:RAW_SHOWN]
    if content_type == "application/x-ndjson" or article.provenance.encoding in ("utf-8", "ascii"):
        return shown.decode("utf-8", "replace"), len(data)
    try:
        return decode_bytes(shown, source=article.id, encoding=article.provenance.encoding).text, len(data)
    except BantinError:
        return shown.decode("utf-8", "replace"), len(data)


@router.get("/articles/{article_id}", response_class=HTMLResponse,
            tags=["pages"], responses=PAGE_RESPONSES, summary="Article page")
def article_page(request: Request, state: State, article_id: ArticleId) -> Response:
    """The text as published with every fact marked, the facts, provenance, raw input and history."""
    article = _load(state, article_id)
    if article.id != article_id:
        return RedirectResponse(f"/articles/{article.id}", status_code=307)
    archive = state.archive()
    raw, raw_size = _raw_text(archive, article)
    context = {
        "article": article, "meta": entity_views.article_meta(archive.conn, article.id), "blocks": article_blocks(article),
        "legend": legend(article), "panel": _panel(archive, article), "raw": raw, "raw_size": raw_size,
        "raw_shown": min(raw_size, RAW_SHOWN), "history": archive.history(article.id),
        "json_url": f"/api/v1/articles/{article.id}",
    }
    return render(request, "article.html", context)


@router.get("/articles/{article_id}/raw",
            tags=["pages"], summary="Raw input of an article", response_class=Response,
            responses={200: {"content": {"application/octet-stream": {}}}, **PAGE_RESPONSES})
def article_raw(state: State, article_id: ArticleId) -> Response:
    """The raw input of the article, byte for byte as it was read (a download, never rendered)."""
    article = _load(state, article_id)
    stored = state.archive().raw(article.provenance.sha256)
    if stored is None:
        raise NotFoundError(f"raw input of article {article_id}")
    return Response(stored[1], media_type="application/octet-stream",
                    headers={"Content-Disposition": f'attachment; filename="{article.id}.raw"'})


@router.get("/api/v1/articles/{article_id}", response_model=Article, responses=API_NOT_FOUND,
            tags=["api"], summary="Article")
def article_api(state: State, article_id: ArticleId) -> Response | Article:
    """The article's record: the same JSON as ``bantin extract --format json`` (``bantin schema``)."""
    article = _load(state, article_id)
    if article.id != article_id:
        return RedirectResponse(f"/api/v1/articles/{article.id}", status_code=307)
    return article
