"""The seed article: the page the project started from, against its hand annotation."""

from __future__ import annotations

import datetime as dt

from bantin.layout import parse_page
from bantin.text import normalize_line


def test_seed_dateline_is_the_page_date(seed_path, seed_gold) -> None:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    assert layout.first("dateline") == seed_gold["dateline"]["text"]
    assert layout.dateline is not None
    assert layout.dateline.date == dt.date.fromisoformat(seed_gold["dateline"]["date"])
    assert layout.dateline.weekday == "Chủ nhật"
    assert layout.dateline.weekday_consistent is seed_gold["dateline"]["weekday_consistent"]


def test_seed_title(seed_path, seed_gold) -> None:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    assert layout.first("title") == seed_gold["title"]


def test_seed_lead_without_its_dash(seed_path, seed_gold) -> None:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    lead = layout.first("lead")
    assert lead is not None and lead.startswith(seed_gold["lead_starts"])
    assert layout.lead_tag == "–"


def test_seed_caption(seed_path, seed_gold) -> None:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    assert layout.all("caption") == seed_gold["captions"]


def test_seed_byline_and_authors(seed_path, seed_gold) -> None:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    assert layout.first("byline") == seed_gold["byline"]
    assert list(layout.authors) == seed_gold["authors"]


def test_seed_paragraph_count_includes_the_lead(seed_path, seed_gold) -> None:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    assert len(layout.all("lead") + layout.all("paragraph")) == seed_gold["body_paragraphs"]


def test_seed_loses_no_text(seed_path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    layout = parse_page(raw)
    lines = [normalize_line(line) for line in raw.splitlines() if line.strip()]
    assert layout.text.split("\n\n") == lines
    covered = "".join(layout.text[b.start : b.end] for b in layout.blocks)
    assert len(covered) == len(layout.text.replace("\n\n", "")) - len("– ")  # only the lead tag is outside blocks
