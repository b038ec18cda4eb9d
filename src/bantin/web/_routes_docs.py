"""``/docs``: the API described on a plain page drawn from the OpenAPI description.

FastAPI's own ``/docs`` loads Swagger UI from a CDN; bantin's pages load nothing from elsewhere
and run no script, so the description is rendered here instead (``/openapi.json`` has it all).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from bantin.web._render import render

router = APIRouter()


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            if "api" not in operation.get("tags", []):
                continue
            parameters = [
                {"name": p.get("name"), "in": p.get("in"), "required": p.get("required", False),
                 "description": p.get("description") or (p.get("schema") or {}).get("description", "")}
                for p in operation.get("parameters", [])
            ]
            operations.append({
                "method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                "description": operation.get("description", ""), "parameters": parameters,
                "responses": sorted(operation.get("responses", {}).items()),
            })
    return operations


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs_page(request: Request) -> HTMLResponse:
    """The JSON API, endpoint by endpoint."""
    spec = request.app.openapi()
    return render(request, "docs.html", {"operations": _operations(spec), "json_url": "/openapi.json",
                                         "version": spec.get("info", {}).get("version", "")})


@router.get("/redoc", include_in_schema=False)
def redoc_redirect() -> RedirectResponse:
    """The one page of API documentation is /docs."""
    return RedirectResponse("/docs", status_code=308)
