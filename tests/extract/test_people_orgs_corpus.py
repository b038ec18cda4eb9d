"""People and organisations on real news (../shared/data/news_baomoi and news_dantri, read in place).

No gold here: the tests check what must hold on any text (spans point at their
words, values are names, nothing comes from a byline), and ``pytest -s`` prints 30
random people and 30 random organisations from politics and society articles for
eyeballing.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.orgs import find_organizations
from bantin.extract.people import find_people
from bantin.pipeline import build_article
from bantin.record import Article
from bantin.sources import iter_jsonl

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CORPORA = (
    (SHARED / "news_dantri" / "unc_dantri.jsonl", {"society"}),
    (SHARED / "news_baomoi" / "baomoi_2017_sample1000.jsonl", None),
)
SKIPPED = ("byline", "photo_credit", "attribution", "dateline")


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = []
    for path, categories in CORPORA:
        if not path.exists():
            pytest.skip(f"../shared/data is absent ({path} not found): the news corpora are read in place")
        for raw in iter_jsonl(path):
            if isinstance(raw, Exception) or raw.fields is None:
                continue
            if categories and raw.fields.get("category") not in categories:
                continue
            found.append(build_article(raw, extractors=()))
    return found


def _context(article: Article) -> ExtractContext:
    return ExtractContext(blocks=tuple((b.role, b.start, b.end) for b in article.blocks))


def test_people_spans_point_at_their_words_and_skip_bylines(articles: list[Article]) -> None:
    for article in articles:
        context = _context(article)
        skipped = context.spans_of(*SKIPPED)
        for mention in find_people(article.text, context):
            assert article.text[mention.start : mention.end] == mention.text
            assert mention.name and mention.name == mention.name.strip()
            assert not any(s < mention.end and mention.start < e for s, e in skipped)
            assert all(t and t == t.strip() for t in mention.titles)


def test_organization_spans_point_at_their_words(articles: list[Article]) -> None:
    for article in articles:
        for org in find_organizations(article.text, _context(article)):
            assert article.text[org.start : org.end] == org.text
            assert org.value[:1].isupper() and org.value == org.value.strip()
            assert org.org_kind in (
                "party",
                "state",
                "mass",
                "company",
                "hospital",
                "school",
                "foreign",
                "other",
            )


def test_print_random_people_and_organisations(
    articles: list[Article], capsys: pytest.CaptureFixture[str]
) -> None:
    people, orgs = [], []
    for article in articles:
        context = _context(article)
        people += [(article, m) for m in find_people(article.text, context)]
        orgs += [(article, o) for o in find_organizations(article.text, context)]
    assert len(people) > 10 * len(articles) // 4 and len(orgs) > 10 * len(articles) // 4
    pick = random.Random(7)
    with capsys.disabled():
        print(f"\n{len(articles)} articles: {len(people)} person mentions, {len(orgs)} organisation mentions")
        for article, m in pick.sample(people, 30):
            around = article.text[max(0, m.start - 40) : m.end + 40].replace("\n", " ")
            print(
                f"  person [{m.mention}] {m.text!r} = {m.name} {list(m.titles)} {list(m.markers)}  …{around}…"
            )
        for article, o in pick.sample(orgs, 30):
            around = article.text[max(0, o.start - 40) : o.end + 40].replace("\n", " ")
            print(f"  org {o.text!r} = {o.value} ({o.org_kind})  …{around}…")
