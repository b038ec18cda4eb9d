"""What the records themselves say, for tests that check the report's SQL against them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bantin.archive import Archive, Selection
from bantin.extract.places import ERA_34, ERA_63
from bantin.record import Article
from bantin.report import ReportRequest

FOREIGN = {"country", "foreign-city", "region"}


def records(db: Path, request: ReportRequest) -> list[Article]:
    """Every record of the request's period, decoded."""
    with Archive.open(db, readonly=True) as archive:
        return list(archive.articles(Selection(date_from=request.date_from, date_to=request.date_to)))


def expected_places(db: Path, request: ReportRequest) -> tuple[Counter, Counter]:
    """Mentions by new province and by (new, old) province, from the facts of the records themselves."""
    by_new: Counter = Counter()
    by_old: Counter = Counter()
    for article in records(db, request):
        for fact in article.facts:
            extra = fact.model_extra or {}
            if fact.kind != "place" or extra.get("place_kind") in FOREIGN or not extra.get("valid_at"):
                continue
            new_unit = extra.get("new_unit") or {}
            if extra["valid_at"] == ERA_63:
                old = fact.value if extra["level"] == "province" else extra["province"]
                new = new_unit.get("province")
            else:
                assert extra["valid_at"] == ERA_34
                old, new = None, (fact.value if extra["level"] == "province" else extra["province"])
            by_new[new] += 1
            if old:
                by_old[(new, old)] += 1
    return by_new, by_old


