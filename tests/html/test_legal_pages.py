"""The 9 raw legal-database pages of ../shared/data/legal_html: title and document number, no boilerplate.

index.jsonl gives each page's real <title> and the number in it (the file names are wrong for most).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bantin.pipeline import build_article
from bantin.record import Article
from bantin.sources import SourceOptions, iter_sources

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
LEGAL = SHARED_DATA / "legal_html"
BOILERPLATE = ["THƯ VIỆN PHÁP LUẬT", "Đang tải văn bản", "IP:", "Từ khoá", "Đăng Nhập", "LawNet", "Cập nhật:"]


def _index() -> list[dict]:
    if not (LEGAL / "index.jsonl").exists():
        return []
    return [json.loads(line) for line in (LEGAL / "index.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    if not LEGAL.exists():
        pytest.skip(f"../shared/data is absent ({LEGAL} not found): these tests read the real legal pages in place")
    items = list(iter_sources([str(LEGAL / "html")], options=SourceOptions(offline=True)))
    built = {Path(item.source).name: build_article(item) for item in items if not isinstance(item, Exception)}
    assert len(built) == 9, items
    return built


@pytest.mark.shared_data
@pytest.mark.parametrize("entry", _index() or [pytest.param({}, marks=pytest.mark.skip(reason="../shared/data absent"))],
                         ids=lambda e: e.get("file", "absent"))
def test_title_number_and_no_boilerplate(articles: dict[str, Article], entry: dict) -> None:
    article = articles[Path(entry["file"]).name]
    number = entry["number_in_title"]
    documents = [f for f in article.facts if f.kind == "document"]
    title_end = len(article.title or "")
    in_title = [f for f in documents if f.end <= title_end]
    print(f"\n{entry['file']}: title={article.title!r}; documents in title={[(f.text, f.value) for f in in_title]}; "
          f"published={article.published}; {len(article.text):,} chars")
    assert article.title == entry["page_title"]
    assert article.provenance.content_type == "text/html"
    assert article.provenance.url == entry["canonical_url"]
    assert article.published is not None and article.published.evidence == "HTML metadata (article:published_time)"
    if number is not None:
        assert any(number in f.text for f in in_title), (number, in_title)
        symbol = number.split("/", 1)[1] if number.count("/") == 1 else number
        assert symbol in article.text[title_end:], "the document's own header is in the main text"
    assert not [b for b in BOILERPLATE if b in article.text]
