"""Throughput on real news (../shared/data/news_dantri, read in place).

The whole pipeline must run 1,000 articles/s on one core; document references
may take only a small part of that: well under 0.2 ms per KB. ``pytest -s``
prints the rate measured.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from bantin.extract.docref import find_document_references, may_cite_documents
from bantin.text import normalize_text

DANTRI = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news_dantri" / "unc_dantri.jsonl"
BUDGET_MS_PER_KB = 0.2
_WARM_UP = "UBND tỉnh Nghệ An ban hành Quyết định số 12/QĐ-UBND. Thực hiện Công văn 3/UBND-VX của UBND tỉnh."


@pytest.fixture(scope="module")
def articles() -> list[str]:
    if not DANTRI.exists():
        pytest.skip(f"../shared/data is absent ({DANTRI} not found): the news corpus is read in place")
    texts = []
    for line in DANTRI.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts.append(
            normalize_text((record.get("title") or "") + "\n" + "\n".join(record.get("sentences") or []))
        )
    return texts


def _ms_per_kb(texts: list[str]) -> tuple[float, float]:
    kilobytes = sum(len(t.encode("utf-8")) for t in texts) / 1024
    # Load the data and compile the patterns first, the map of places too (read once per process,
    # for the issuers' localities: "Công văn 3/UBND-VX của UBND tỉnh" needs the article's province).
    find_document_references(texts[0])
    find_document_references(_WARM_UP)
    started = time.perf_counter()
    for text in texts:
        find_document_references(text)
    elapsed = time.perf_counter() - started
    return elapsed * 1000 / kilobytes, len(texts) / elapsed


def test_news_articles_are_read_well_within_budget(
    articles: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    ms_per_kb, per_second = _ms_per_kb(articles)
    quiet = [t for t in articles if not may_cite_documents(t)]
    quiet_ms_per_kb, _ = _ms_per_kb(quiet)
    with capsys.disabled():
        print(
            f"\ndocref on {len(articles)} dantri articles: {per_second:,.0f} articles/s,"
            f" {ms_per_kb:.4f} ms/KB;"
            f" on the {len(quiet)} without a candidate: {quiet_ms_per_kb:.4f} ms/KB"
        )
    assert ms_per_kb < BUDGET_MS_PER_KB
