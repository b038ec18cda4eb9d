"""Running the evaluation and checking the pinned quality floors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from bantin.errors import BantinError
from bantin.evaluation._gold import (
    AnnotationError,
    annotations_digest,
    read_gold,
    rebuild_articles,
    text_sha256,
)
from bantin.evaluation._score import Tally, score_record

DEFAULT_ANNOTATIONS = Path(__file__).resolve().parents[3] / "annotations" / "dev"
DEFAULT_FLOORS = Path(__file__).resolve().parents[3] / "annotations" / "floors.json"
DEFAULT_DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
FLOOR_MARGIN = 0.02
"""Pinned floors sit this far below the measured F1, so that noise does not fail CI but a real drop does."""


class QualityFloorError(BantinError):
    """An extractor scores below its pinned floor, or the floors do not belong to these annotations."""


@dataclass(slots=True)
class EvalReport:
    """Scores per kind over the development set."""

    digest: str
    records: int
    tallies: dict[str, Tally] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "annotations_sha256": self.digest,
            "records": self.records,
            "scores": {
                kind: {"precision": t.precision, "recall": t.recall, "f1": t.f1, "tp": t.tp, "fp": t.fp, "fn": t.fn}
                for kind, t in self.tallies.items()
            },
        }


def evaluate(annotations: Path = DEFAULT_ANNOTATIONS, data_dir: Path = DEFAULT_DATA) -> EvalReport:
    """Score the current extractors against every annotated record."""
    gold = read_gold(annotations)
    if not gold:
        raise AnnotationError(f"{annotations}: no annotation files (*.jsonl)")
    report = EvalReport(digest=annotations_digest(annotations), records=len(gold))
    for record, article in rebuild_articles(gold, data_dir):
        if text_sha256(article.text) != record.text_sha256:
            raise AnnotationError(
                f"{record.source} record {record.record_id}: its text changed since it was annotated "
                "(the layout stage changed?): migrate the annotations before scoring"
            )
        predicted = [fact.model_dump() for fact in article.facts]
        score_record(list(record.facts), predicted, record.scope, report.tallies,
                     text=article.text, label=f"{record.dataset}:{record.record_id}")
    return report


def pin_floors(report: EvalReport, path: Path = DEFAULT_FLOORS) -> dict[str, float]:
    """Write floors (measured F1 minus a margin) tied to the annotations' digest."""
    floors = {kind: round(max(0.0, t.f1 - FLOOR_MARGIN), 3) for kind, t in report.tallies.items() if t.tp + t.fn}
    path.write_text(
        json.dumps({"annotations_sha256": report.digest, "floors": floors}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return floors


def check_floors(report: EvalReport, path: Path = DEFAULT_FLOORS) -> list[str]:
    """Return what falls short of the pinned floors (empty when all is well)."""
    if not path.exists():
        return [f"{path}: no floors pinned (run: bantin eval --pin)"]
    pinned = json.loads(path.read_text(encoding="utf-8"))
    if pinned.get("annotations_sha256") != report.digest:
        return [
            "the annotations changed since the floors were pinned: review the scores and pin again "
            "(bantin eval --pin), so that a floor never drops silently"
        ]
    problems = []
    for kind, floor in pinned["floors"].items():
        tally = report.tallies.get(kind)
        f1 = tally.f1 if tally else 0.0
        if f1 < floor:
            problems.append(f"{kind}: F1 {f1:.3f} is below its floor {floor:.3f}")
    return problems
