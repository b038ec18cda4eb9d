"""``POST /api/v1/ingest``: files uploaded into the archive, only with the token of ``BANTIN_TOKEN``.

The server reads the archive through read-only connections; this endpoint alone opens it for
writing, one upload at a time, and only after the ``Authorization: Bearer`` header matched the
configured token (no token configured: every request is refused). The token is checked before
the body is read, so a client without it cannot make the server parse an upload.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from fastapi import APIRouter
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bantin.archive import Archive
from bantin.errors import InputError
from bantin.record import RawDocument
from bantin.sources import iter_inputs
from bantin.web._deps import State
from bantin.web._security import is_authorized

router = APIRouter()

MAX_UPLOAD_BYTES = 100 * 1024 * 1024
MAX_FILES = 100
UPLOAD_FOLDER = "uploads"
"""Uploaded files are named ``uploads/NAME`` in their provenance (their source is "uploads")."""


class IngestOut(BaseModel):
    """What became of the uploaded inputs: counts by outcome and the reasons of the rejects."""

    files: list[str]
    counts: dict[str, int]
    reasons: dict[str, int]


_BODY = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "array", "items": {"type": "string", "format": "binary"},
                                    "description": "Pages, HTML, JSONL corpora, feeds, WARC files."}},
        }}},
    }
}


def _refuse(status: int, detail: str, *, bearer: bool = False) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer realm="bantin"'} if bearer else None
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _safe_name(name: str | None, number: int) -> str:
    base = Path((name or "").replace("\\", "/")).name.strip() or f"upload-{number}.txt"
    return "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in base)[:120]


def _renamed(item: RawDocument | InputError, folder: Path) -> RawDocument | InputError:
    """The item named ``uploads/NAME`` instead of its temporary path."""
    def rename(source: str) -> str:
        return source.replace(str(folder), UPLOAD_FOLDER, 1)

    if isinstance(item, InputError):
        try:
            return type(item)(rename(item.source), item.reason)
        except TypeError:  # an error class with other arguments keeps its own message
            return item
    return dataclasses.replace(item, source=rename(item.source))


def _ingest(state: State, folder: Path, names: list[str]) -> IngestOut:
    paths = [str(folder / name) for name in names]
    with state.write_lock, Archive.open(state.db_path) as archive:
        tally = archive.ingest(_renamed(item, folder) for item in iter_inputs(paths))
    return IngestOut(files=names, counts=dict(tally.counts), reasons=dict(tally.reasons))


@router.post("/api/v1/ingest", response_model=IngestOut, tags=["api"], summary="Ingest files",
             openapi_extra=_BODY, responses={401: {"description": "No token, or the wrong one"},
                                             413: {"description": "Upload too large"}})
async def ingest_api(request: Request, state: State) -> Response:
    """Store every article of the uploaded files (multipart field ``file``, repeatable).

    Needs ``Authorization: Bearer TOKEN`` with the token the server was started with
    (``BANTIN_TOKEN``); without a configured token nothing can be written.
    """
    if not is_authorized(request.headers.get("authorization"), state.token):
        return _refuse(401, "ingest needs 'Authorization: Bearer TOKEN' with the server's BANTIN_TOKEN", bearer=True)
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_UPLOAD_BYTES:
        return _refuse(413, f"uploads are limited to {MAX_UPLOAD_BYTES:,} bytes")
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return _refuse(422, "send the files as multipart/form-data, in the field 'file'")
    form = await request.form(max_files=MAX_FILES, max_fields=MAX_FILES)
    uploads = [v for v in form.getlist("file") if isinstance(v, UploadFile)]
    if not uploads:
        await form.close()
        return _refuse(422, "no file: send the files in the multipart field 'file'")
    with tempfile.TemporaryDirectory(prefix="bantin-upload-") as temporary:
        folder = Path(temporary)
        names: list[str] = []
        total = 0
        for number, upload in enumerate(uploads, start=1):
            name = _safe_name(upload.filename, number)
            while name in names:
                name = f"{number}-{name}"
            data = await upload.read()
            total += len(data)
            if total > MAX_UPLOAD_BYTES:
                await form.close()
                return _refuse(413, f"uploads are limited to {MAX_UPLOAD_BYTES:,} bytes")
            (folder / name).write_bytes(data)
            names.append(name)
        await form.close()
        result = await run_in_threadpool(_ingest, state, folder, names)
    return JSONResponse(result.model_dump())
