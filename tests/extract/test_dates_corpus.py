"""Dates over real news (../shared/data/news_dantri, 2,000 dantri.com.vn articles, read in place).

Each record carries its publication date (``date``): the undated days of an
article should then fall within a year of it. ``pytest -s`` prints the
mentions per article, the share, the rate, and twenty random mentions to read.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.dates import DateMention, find_dates
from bantin.text import normalize_text

DANTRI = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news_dantri" / "unc_dantri.jsonl"
MIN_SHARE_NEAR_PUBLICATION = 0.95
MIN_ARTICLES_PER_SECOND = 1000  # the whole pipeline's budget; dates alone run several times faster

pytestmark = pytest.mark.shared_data

Article = tuple[str, ExtractContext]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    if not DANTRI.exists():
        pytest.skip(f"../shared/data is absent ({DANTRI} not found): the news corpus is read in place")
    loaded = []
    for line in DANTRI.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = normalize_text((record.get("title") or "") + "\n" + "\n".join(record.get("sentences") or []))
        loaded.append((text, ExtractContext(published=dt.date.fromisoformat(record["date"]))))
    return loaded


@pytest.fixture(scope="module")
def found(articles: list[Article]) -> list[list[DateMention]]:
    return [find_dates(text, context) for text, context in articles]


def test_undated_days_fall_within_a_year_of_publication(
    articles: list[Article], found: list[list[DateMention]], capsys: pytest.CaptureFixture[str]
) -> None:
    near = inferred = 0
    for (_, context), mentions in zip(articles, found):
        assert context.published is not None
        for mention in mentions:
            if mention.granularity not in ("day", "datetime") or mention.year_from in (None, "explicit"):
                continue
            if mention.is_relative or not isinstance(mention.value, str):
                continue
            inferred += 1
            near += abs(int(mention.value[:4]) - context.published.year) <= 1
    share = near / inferred
    total = sum(len(m) for m in found)
    with capsys.disabled():
        print(
            f"\ndates on {len(articles)} dantri articles: {total / len(articles):.2f} mentions per article;"
            f" {inferred} days with an inferred year, {share:.3f} within a year of publication"
        )
    assert share >= MIN_SHARE_NEAR_PUBLICATION


def test_twenty_random_mentions_for_eyeballing(
    articles: list[Article], found: list[list[DateMention]], capsys: pytest.CaptureFixture[str]
) -> None:
    pool = [(text, m) for (text, _), mentions in zip(articles, found) for m in mentions]
    with capsys.disabled():
        print("\ntwenty random date mentions (read them):")
        for text, mention in random.Random(2021).sample(pool, 20):
            before = text[max(0, mention.start - 30) : mention.start].replace("\n", " / ")
            after = text[mention.end : mention.end + 20].replace("\n", " / ")
            print(
                f"  …{before}[{mention.text}]{after}…  -> {mention.value} {mention.granularity} ({mention.year_from})"
            )
    assert pool
