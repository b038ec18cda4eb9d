"""Real articles rebuilt as crawled pages in several shapes, then parsed back.

The baomoi records give title, lead (sapo) and body; the dantri records give a
title field and paragraphs. We print each page in one of several shapes met on
Vietnamese portals (with or without a page date, a dash, an outlet tag or a city
tag before the lead, a caption with its credit inserted in mid-text) and check
that the parser gives back the title, the lead and every word of the body.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

import pytest

from bantin.layout import Layout, parse_page
from bantin.text import normalize_line
from tests.conftest import shared_path

# Our own captions and tags, inserted into the rebuilt pages.
CAPTIONS = [
    ("Quang cảnh buổi làm việc", "Ảnh: PV"),
    ("Các đại biểu dự hội nghị tại điểm cầu", "Ảnh: NGUYỄN AN"),
    ("Lực lượng chức năng kiểm tra hiện trường. Ảnh: Minh Khôi", None),
]
LEAD_TAGS = ["– ", "(Báo Tin Tức) - ", "HÀ NỘI – ", "", "(TTXVN) – "]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
_SENTENCE_RE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“])")


@dataclass
class Page:
    text: str
    title: str
    lead: str
    lead_tag: str
    body_words: list[str]  # the words of the body as the corpus holds it
    caption: str | None
    has_dateline: bool


def _paragraphs(body: str, size: int) -> list[str]:
    sentences = _SENTENCE_RE.split(body)
    return [" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size)]


def _page(index: int, title: str, lead: str, body: list[str]) -> Page:
    tag = LEAD_TAGS[index % len(LEAD_TAGS)]
    has_dateline = index % 3 != 2
    lines: list[str] = []
    if has_dateline:
        day = dt.date(2021, 1, 1) + dt.timedelta(days=index)
        lines.append(f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}")
    lines += [title, tag + lead]
    caption = None
    insert_at = 1 if len(body) > 1 and index % 2 == 0 else None
    for position, paragraph in enumerate(body):
        if position == insert_at:
            text, credit = CAPTIONS[index % len(CAPTIONS)]
            lines.append(text)
            if credit:
                lines.append(credit)
            caption = text
        lines.append(paragraph)
    blank = "\n\n" if index % 4 != 3 else "\n"  # some pages write one paragraph per line
    return Page(blank.join(lines) + "\n", title, lead, tag.strip(), " ".join(body).split(), caption, has_dateline)


INSERTED = {text for text, _ in CAPTIONS} | {credit for _, credit in CAPTIONS if credit} | {
    "Lực lượng chức năng kiểm tra hiện trường",
    "Ảnh: Minh Khôi",
}


def _body_words(layout: Layout) -> list[str]:
    """The words of every block after the lead, in page order, without the caption we inserted."""
    roles = ("paragraph", "caption", "photo_credit", "byline", "attribution")
    kept = [layout.text[b.start : b.end] for b in layout.blocks if b.role in roles]
    return _words(" ".join(k for k in kept if k not in INSERTED))


def _words(text: str) -> list[str]:
    # The full stop between a caption and its credit ("… hiện trường. Ảnh: X") is a
    # separator the parser drops; every word must still be there, once, in order.
    return [w.rstrip(".") for w in text.split() if w.rstrip(".")]


def _check(pages: list[Page], name: str) -> dict[str, float]:
    counts = {"title": 0, "lead": 0, "tag": 0, "body": 0, "caption": 0, "dateline": 0}
    with_caption = 0
    failures: list[str] = []
    for page in pages:
        layout = parse_page(page.text)
        counts["title"] += layout.first("title") == normalize_line(page.title)
        lead_ok = layout.first("lead") == normalize_line(page.lead)
        counts["lead"] += lead_ok
        if not lead_ok and len(failures) < 5:
            failures.append(f"lead {page.lead[:60]!r} -> tag {layout.lead_tag!r}, lead {(layout.first('lead') or '')[:60]!r}")
        counts["tag"] += (layout.lead_tag or "") == page.lead_tag
        counts["dateline"] += (layout.dateline is not None) == page.has_dateline
        counts["body"] += _body_words(layout) == _words(" ".join(page.body_words))
        if page.caption is not None:
            with_caption += 1
            counts["caption"] += page.caption.split(". Ảnh:")[0] in layout.all("caption")
    n = len(pages)
    rates = {k: v / (with_caption if k == "caption" else n) for k, v in counts.items()}
    print(f"\n{name}: {n} pages; exact match rates: " + ", ".join(f"{k} {v:.2%}" for k, v in rates.items()))
    for failure in failures:
        print("  e.g.", failure)
    return rates


@pytest.fixture(scope="module")
def baomoi_pages() -> list[Page]:
    path = shared_path("news_baomoi", "baomoi_2017_sample1000.jsonl")
    pages = []
    for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        if not record["body"].strip():
            continue
        body = _paragraphs(normalize_line(record["body"]), 3)
        pages.append(_page(index, normalize_line(record["title"]), normalize_line(record["sapo"]), body))
    return pages


@pytest.fixture(scope="module")
def dantri_pages() -> list[Page]:
    path = shared_path("news_dantri", "unc_dantri.jsonl")
    pages = []
    for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        paragraphs = [normalize_line(s) for s in record["sentences"] if s.strip()]
        if len(paragraphs) < 2:
            continue
        grouped = [" ".join(paragraphs[i : i + 2]) for i in range(1, len(paragraphs), 2)]
        pages.append(_page(index, normalize_line(record["title"]), paragraphs[0], grouped))
    return pages


def test_baomoi_pages_parse_back(baomoi_pages: list[Page]) -> None:
    rates = _check(baomoi_pages, "baomoi")
    assert rates["title"] >= 0.99
    assert rates["lead"] >= 0.97
    assert rates["body"] >= 0.99
    assert rates["dateline"] >= 0.99


def test_dantri_pages_parse_back(dantri_pages: list[Page]) -> None:
    rates = _check(dantri_pages, "dantri")
    assert rates["title"] >= 0.99
    assert rates["lead"] >= 0.95
    assert rates["body"] >= 0.99
