"""Show, per annotated record, the gold facts the extractors missed and the ones they invented.

    .venv/bin/python scripts/eval_diff.py KIND [--dataset NAME] [--context 40]

For developers tuning an extractor against the development set: each line shows
the fact's value and the words around its span.
"""

from __future__ import annotations

import argparse

from bantin.evaluation import DEFAULT_ANNOTATIONS, DEFAULT_DATA, canonical_value, read_gold
from bantin.evaluation._gold import rebuild_articles


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind")
    parser.add_argument("--dataset")
    parser.add_argument("--context", type=int, default=40)
    args = parser.parse_args()
    gold = [g for g in read_gold(DEFAULT_ANNOTATIONS) if not args.dataset or g.dataset == args.dataset]
    for record, article in rebuild_articles(gold, DEFAULT_DATA):
        text = article.text
        scope = record.scope or ((0, len(text)),)
        golds = [f for f in record.facts if f["kind"] == args.kind]
        preds = [f.model_dump() for f in article.facts if f.kind == args.kind
                 and any(s <= f.start and f.end <= e for s, e in scope)]
        lines = []
        for g in golds:
            if not any(_overlap(g, p) and canonical_value(args.kind, p["value"]) == canonical_value(args.kind, g["value"]) for p in preds):
                near = [p["value"] for p in preds if _overlap(g, p)]
                lines.append(f"  MISS {g['value']!r} got {near!r}: …{text[max(0, g['start'] - args.context):g['end'] + args.context]!r}")
        for p in preds:
            if not any(_overlap(g, p) and canonical_value(args.kind, p["value"]) == canonical_value(args.kind, g["value"]) for g in golds):
                lines.append(f"  FALSE {p['value']!r}: …{text[max(0, p['start'] - args.context):p['end'] + args.context]!r}")
        if lines:
            print(f"{record.dataset}:{record.record_id}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
