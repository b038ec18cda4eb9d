"""The quality gate: every extractor against the annotated development set, printed and pinned."""

from __future__ import annotations

import json

import pytest

from bantin.evaluation import (
    DEFAULT_ANNOTATIONS,
    DEFAULT_FLOORS,
    annotations_digest,
    check_floors,
    evaluate,
    read_gold,
)
from bantin.evaluation._gold import rebuild_articles, text_sha256
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def report():
    data = shared_path()
    return evaluate(DEFAULT_ANNOTATIONS, data)


def test_development_set_is_large_enough() -> None:
    gold = read_gold(DEFAULT_ANNOTATIONS)
    assert len(gold) >= 60
    assert {g.dataset for g in gold} >= {"news_dantri", "news_baomoi", "legal_vlc"}


def test_annotations_hold_no_article_text() -> None:
    for path in DEFAULT_ANNOTATIONS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert set(record) <= {"dataset", "source", "record_id", "position", "published", "text_sha256",
                                   "scope", "facts"}
            for fact in record["facts"]:
                assert fact["kind"] != "task" or fact["value"] is None  # a task's words come from its span
                assert set(fact) <= {"kind", "start", "end", "value", "titles"}


def test_annotated_texts_are_the_texts_the_pipeline_builds() -> None:
    gold = read_gold(DEFAULT_ANNOTATIONS)
    changed = [r.record_id for r, a in rebuild_articles(gold, shared_path()) if text_sha256(a.text) != r.text_sha256]
    assert not changed, f"migrate the annotations (scripts/migrate_annotations.py): {changed}"


def test_scores_stay_above_their_pinned_floors(report) -> None:
    print()
    print(f"{'kind':<15}{'precision':>10}{'recall':>8}{'F1':>8}{'gold':>7}")
    for kind, tally in report.tallies.items():
        print(f"{kind:<15}{tally.precision:>10.3f}{tally.recall:>8.3f}{tally.f1:>8.3f}{tally.tp + tally.fn:>7}")
    assert not check_floors(report, DEFAULT_FLOORS)


def test_floors_are_pinned_to_these_annotations() -> None:
    pinned = json.loads(DEFAULT_FLOORS.read_text(encoding="utf-8"))
    assert pinned["annotations_sha256"] == annotations_digest(DEFAULT_ANNOTATIONS)
    assert set(pinned["floors"]) >= {"date", "document", "person", "organization", "place", "meeting", "task"}
