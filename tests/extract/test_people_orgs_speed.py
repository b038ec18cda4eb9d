"""Throughput of people and organisations together on real news (../shared/data/news_dantri, read in place).

The whole pipeline must run 1,000 articles/s on one core; people and organisations
together may take 0.3 ms of that per article (on a quiet core; the bound below is
looser so that a busy test machine does not fail it). ``pytest -s`` prints the rate.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.orgs import find_organizations
from bantin.extract.people import find_people
from bantin.pipeline import build_article
from bantin.sources import iter_jsonl

DANTRI = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news_dantri" / "unc_dantri.jsonl"
TARGET_MS = 0.3
BOUND_MS = 1.0


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, ExtractContext]]:
    if not DANTRI.exists():
        pytest.skip(f"../shared/data is absent ({DANTRI} not found): the news corpus is read in place")
    found = []
    for raw in iter_jsonl(DANTRI):
        if isinstance(raw, Exception):
            continue
        article = build_article(raw, extractors=())
        found.append(
            (article.text, ExtractContext(blocks=tuple((b.role, b.start, b.end) for b in article.blocks)))
        )
    return found


def _ms_per_article(articles: list[tuple[str, ExtractContext]]) -> float:
    find_people(articles[0][0])  # compile the patterns first
    started = time.process_time()
    for text, context in articles:
        find_people(text, context)
        find_organizations(text, context)
    return (time.process_time() - started) * 1000 / len(articles)


def test_people_and_organisations_cost_a_fraction_of_a_millisecond(
    articles: list[tuple[str, ExtractContext]], capsys: pytest.CaptureFixture[str]
) -> None:
    best = min(_ms_per_article(articles) for _ in range(3))
    with capsys.disabled():
        print(
            f"\npeople + organisations on {len(articles)} dantri articles: {best:.3f} ms/article"
            f" ({1 / best * 1000:,.0f} articles/s; target {TARGET_MS} ms)"
        )
    assert best < BOUND_MS
