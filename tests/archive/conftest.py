"""Helpers for archive tests: small pages of our own, written to a temporary folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bantin.record import RawDocument

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def page(title: str, lead: str, body: str = "Thân bài có một câu.", *, dateline: str = "Thứ Hai, 04/09/2023") -> str:
    return f"{dateline}\n\n{title}\n\n– {lead}\n\n{body}\n\nMAI AN\n"


def raw(text: str, *, source: str = "page.txt", url: str | None = None) -> RawDocument:
    return RawDocument(source=source, data=text.encode("utf-8"), read_at=NOW, url=url)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "bantin.db"
