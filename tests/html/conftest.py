"""HTML fixtures: Vietnamese news pages written for these tests (fictional people), stored as UTF-8.

A fixture meant to be read in a legacy encoding declares it in its <meta>; ``fixture_bytes``
encodes it so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bantin.decode import encode_text
from bantin.record import RawDocument

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_bytes(name: str, encoding: str = "utf-8") -> bytes:
    return encode_text((FIXTURES / name).read_text(encoding="utf-8"), encoding)


def html_document(data: bytes, *, source: str = "page.html", url: str | None = None, **metadata: str) -> RawDocument:
    return RawDocument(
        source=source, data=data, read_at=dt.datetime.now(dt.timezone.utc), url=url, content_type="text/html",
        metadata=dict(metadata),
    )
