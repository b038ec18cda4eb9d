"""Scoring predicted facts against gold facts: span overlap plus equal canonical value."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bantin.text import canonical_form

_UNIT_BEFORE_PLACE = re.compile(r" (?:tỉnh|thành phố|tp\.?) (?=\S)")

KINDS = ("date", "document", "person", "organization", "place", "meeting", "task")


def canonical_value(kind: str, value: Any) -> Any:
    """The form two values are compared in: case, spaces and tone placement folded; ranges as 'a/b'."""
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, str) for v in value):
        value = f"{value[0]}/{value[1]}"
    if kind == "meeting" and isinstance(value, dict):
        return (_meeting_head(value.get("kind")), value.get("date"))
    if isinstance(value, list):
        return tuple(sorted(canonical_value(kind, v) for v in value))
    if isinstance(value, str):
        text = _text(value)
        if kind == "organization":
            # "Sở Y tế tỉnh Hà Nam" and "Sở Y tế Hà Nam" name one body: the unit word before the place is optional.
            text = _UNIT_BEFORE_PLACE.sub(" ", text)
        return text
    return value


def _meeting_head(kind: Any) -> str:
    """The head noun of a meeting kind ("hội nghị sơ kết" -> "hội nghị"): annotators name kinds more or less fully."""
    from bantin.lang.vi.meetings import MEETING_CLASSIFIERS, MEETING_NOUNS

    text = _text(kind)
    for classifier in MEETING_CLASSIFIERS:
        if text.startswith(classifier + " "):
            text = text[len(classifier) + 1 :]
    heads = [_text(noun) for noun in MEETING_NOUNS if text == _text(noun) or text.startswith(_text(noun) + " ")]
    return max(heads, key=len) if heads else " ".join(text.split()[:2])


def _text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(canonical_form(unicodedata.normalize("NFC", value)).casefold().split())


def titles_of(fact: dict[str, Any]) -> frozenset[str]:
    """A person's titles, compared as a set of canonical strings."""
    return frozenset(_text(t) for t in fact.get("titles") or ())


@dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def _in_scope(fact: dict[str, Any], scope: Iterable[tuple[int, int]]) -> bool:
    spans = list(scope)
    return not spans or any(s <= int(fact["start"]) and int(fact["end"]) <= e for s, e in spans)


def score_record(
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    scope: Iterable[tuple[int, int]],
    tallies: dict[str, Tally],
    *,
    text: str | None = None,
    label: str = "",
    with_titles: bool = True,
) -> None:
    """Add one record's matches to ``tallies`` (one per kind, plus 'person+titles').

    A gold task whose value is null takes the words of its span (annotations do
    not repeat the article's text), which needs ``text``.
    """
    scope = list(scope)
    if text is not None:
        gold = [
            {**g, "value": " ".join(text[int(g["start"]) : int(g["end"])].split())}
            if g["kind"] == "task" and g.get("value") is None else g
            for g in gold
        ]
    predicted = [p for p in predicted if _in_scope(p, scope)]
    for kind in KINDS:
        gold_k = [g for g in gold if g["kind"] == kind]
        pred_k = [p for p in predicted if p["kind"] == kind]
        matched = _match(kind, gold_k, pred_k)
        tally = tallies.setdefault(kind, Tally())
        tally.tp += len(matched)
        tally.fn += len(gold_k) - len(matched)
        tally.fp += len(pred_k) - len(matched)
        matched_gold = {id(g) for g, _ in matched}
        matched_pred = {id(p) for _, p in matched}
        tally.misses += [f"{label} {g['value']!r}" for g in gold_k if id(g) not in matched_gold][:5]
        tally.extras += [f"{label} {p['value']!r} ({p.get('text', '')!r})" for p in pred_k if id(p) not in matched_pred][:5]
        if kind == "person" and with_titles:
            titled = tallies.setdefault("person+titles", Tally())
            good = sum(titles_of(g) == titles_of(p) for g, p in matched)
            titled.tp += good
            titled.fn += len(gold_k) - good
            titled.fp += len(pred_k) - good


def _match(kind: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one matches: overlapping spans with equal canonical values, in text order."""
    pairs = []
    used: set[int] = set()
    for g in sorted(gold, key=lambda f: int(f["start"])):
        wanted = canonical_value(kind, g["value"])
        for index, p in enumerate(predicted):
            if index in used or not _overlaps(g, p):
                continue
            if canonical_value(kind, p["value"]) == wanted:
                used.add(index)
                pairs.append((g, p))
                break
    return pairs
