"""The whole pipeline over every real article at hand: no crash, every fact a true span of its text."""

from __future__ import annotations

import json

import pytest

from bantin.pipeline import build_article, extract_articles
from bantin.record import Article, RawDocument
from bantin.sources import iter_inputs, iter_jsonl
from tests.conftest import shared_path


def _check(article: Article) -> None:
    for fact in article.facts:
        assert 0 <= fact.start < fact.end <= len(article.text), fact
        assert article.text[fact.start : fact.end] == fact.text, fact


@pytest.mark.parametrize("corpus", ["news_dantri/unc_dantri.jsonl", "news_baomoi/baomoi_2017_sample1000.jsonl"])
def test_every_record_of_a_corpus(corpus: str) -> None:
    count = 0
    for item in extract_articles(iter_jsonl(shared_path(*corpus.split("/")))):
        assert isinstance(item, Article), item
        _check(item)
        count += 1
    print(f"\n{corpus}: {count} records")
    assert count > 500


@pytest.mark.parametrize("corpus", ["news_dantri/unc_dantri.jsonl", "news_baomoi/baomoi_2017_sample1000.jsonl"])
def test_every_record_printed_as_a_page(corpus: str) -> None:
    import datetime as dt

    now = dt.datetime.now(dt.timezone.utc)
    for line in shared_path(*corpus.split("/")).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        body = record.get("sentences") or [record.get("sapo", ""), record.get("body", "")]
        page = record["title"] + "\n\n– " + "\n\n".join(p for p in body if p) + "\n"
        _check(build_article(RawDocument(source="page.txt", data=page.encode("utf-8"), read_at=now)))


def test_every_statute() -> None:
    folder = shared_path("legal_vlc", "corpus")
    articles = [a for a in extract_articles(iter_inputs([str(folder)])) if isinstance(a, Article)]
    for article in articles:
        _check(article)
    assert len(articles) >= 79
