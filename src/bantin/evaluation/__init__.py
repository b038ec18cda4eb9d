"""Evaluation: scoring the extractors against the annotated development set.

:func:`evaluate` rebuilds every annotated record from the real corpora, runs
the pipeline and scores its facts per kind (span overlap plus equal canonical
value); :func:`check_floors` compares the F1 per kind with the floors pinned in
``annotations/floors.json``, which are tied to a hash of the annotations so
that they cannot drop silently.
"""

from bantin.evaluation._gold import AnnotationError, annotations_digest, read_gold
from bantin.evaluation._run import (
    DEFAULT_ANNOTATIONS,
    DEFAULT_DATA,
    DEFAULT_FLOORS,
    EvalReport,
    QualityFloorError,
    check_floors,
    evaluate,
    pin_floors,
)
from bantin.evaluation._score import KINDS, Tally, canonical_value, score_record

__all__ = [
    "DEFAULT_ANNOTATIONS",
    "DEFAULT_DATA",
    "DEFAULT_FLOORS",
    "KINDS",
    "AnnotationError",
    "EvalReport",
    "QualityFloorError",
    "Tally",
    "annotations_digest",
    "canonical_value",
    "check_floors",
    "evaluate",
    "pin_floors",
    "read_gold",
    "score_record",
]
