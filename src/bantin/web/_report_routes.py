"""The period review report as a page of the web UI (``/reports``), its JSON twin and its downloads.

The view is :func:`bantin.report.build_report` over the app's read-only
archive, cached per archive generation like every view; the page is the
report's own HTML template in its web mode (the stylesheet linked from
``/reports/report.css``, since the content security policy forbids inline
styles), the PDF and Markdown are the same report as ``bantin report`` writes.
Parameters: ``from``, ``to`` (default: the six months up to the newest
article), ``source`` and ``place`` (repeatable), ``lang``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from bantin.report import (
    Report,
    ReportRequest,
    ReportRequestError,
    build_report,
    default_period,
    render_html,
    render_markdown,
    render_pdf,
)
from bantin.report._render_html import stylesheet
from bantin.web._deps import State
from bantin.web._errors import PAGE_RESPONSES, ErrorOut
from bantin.web._render import language_of, respond, switch_url, with_query

router = APIRouter()

MAX_VALUES = 20
"""Sources or places a request may name (more is no report anyone reads, and a cheap way to load the server)."""


def report_params(
    request: Request,
    date_from: Annotated[dt.date | None, Query(alias="from", description="First day (YYYY-MM-DD).")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to", description="Last day (YYYY-MM-DD).")] = None,
    source: Annotated[list[str] | None, Query(max_length=300, description="Only these sources.")] = None,
    place: Annotated[list[str] | None, Query(max_length=300, description="Articles naming this place.")] = None,
    lang: Annotated[str | None, Query(pattern="^(vi|en)$", description="vi (default) or en.")] = None,
) -> dict[str, Any]:
    """The report a URL asks for (the options of ``bantin report``), before the archive fills in the dates."""
    def clean(values: list[str] | None) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.strip() for v in values or [] if v.strip()))[:MAX_VALUES]

    return {"date_from": date_from, "date_to": date_to, "sources": clean(source), "places": clean(place),
            "lang": lang or language_of(request)}


Params = Annotated[dict[str, Any], Depends(report_params)]


def _report(state: State, params: dict[str, Any]) -> Report:
    def compute() -> Report:
        archive = state.archive()
        start, end = default_period(archive, date_from=params["date_from"], date_to=params["date_to"])
        try:
            request = ReportRequest(start, end, sources=params["sources"], places=params["places"],
                                    lang=params["lang"])
        except ReportRequestError as error:  # the client's dates, not the server's fault: 400
            raise HTTPException(status_code=400, detail=str(error)) from error
        return build_report(archive, request)

    key = tuple(sorted((k, v if not isinstance(v, dt.date) else v.isoformat()) for k, v in params.items()))
    return state.cached("report", key, compute)


def _query(params: dict[str, Any], report: Report) -> list[tuple[str, str]]:
    items = [("from", report.request.date_from.isoformat()), ("to", report.request.date_to.isoformat())]
    items += [("source", s) for s in params["sources"]] + [("place", p) for p in params["places"]]
    return items + [("lang", report.request.lang)]


@router.get("/reports", response_class=HTMLResponse, tags=["pages"], responses=PAGE_RESPONSES,
            summary="Period review report")
def report_page(request: Request, state: State, params: Params) -> HTMLResponse:
    """The period review report (báo cáo sơ kết): totals, documents, people, places, meetings, coverage."""
    report = _report(state, params)
    query = _query(params, report)
    other = "en" if report.request.lang == "vi" else "vi"
    page = render_html(
        report, mode="web", css_href="reports/report.css", other_lang_href=switch_url(request, other),
        downloads=[("PDF", with_query("reports/report.pdf", query)), ("Markdown", with_query("reports/report.md", query)),
                   ("JSON", with_query("api/v1/reports", query))],
    )
    return respond(request, page)


@router.get("/api/v1/reports", response_model=Report, tags=["api"], summary="Period review report",
            responses={400: {"description": "A period that cannot make a report", "model": ErrorOut}})
def report_api(state: State, params: Params) -> Report:
    """The numbers of the period review report, as the page shows them."""
    return _report(state, params)


@router.get("/reports/report.pdf", include_in_schema=False)
def report_pdf(state: State, params: Params) -> Response:
    """The report as PDF (the same file as ``bantin report --format pdf``)."""
    report = _report(state, params)
    name = f"bao-cao-so-ket-{report.request.date_from}-{report.request.date_to}.pdf"
    return Response(render_pdf(report), media_type="application/pdf",
                    headers={"content-disposition": f'inline; filename="{name}"'})


@router.get("/reports/report.md", include_in_schema=False)
def report_markdown(state: State, params: Params) -> Response:
    """The report as Markdown (tables, no charts)."""
    return Response(render_markdown(_report(state, params)), media_type="text/markdown; charset=utf-8")


@router.get("/reports/report.css", include_in_schema=False)
def report_stylesheet() -> Response:
    """The report's stylesheet (linked, never inline: the content security policy allows only this server's)."""
    return Response(stylesheet(), media_type="text/css; charset=utf-8",
                    headers={"cache-control": "public, max-age=3600"})
