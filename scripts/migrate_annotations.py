"""Move the development set's offsets onto the texts the current pipeline builds.

When a change to the layout stage changes the text of an annotated record, its
offsets no longer point at the right words and ``bantin eval`` refuses to score
it. This script rebuilds each changed record's text with the code of an older
commit (the one the annotations were made on), aligns old and new text
character by character, moves every span, checks that each moved span still
holds the same words, and writes the annotations back with the new hashes.

    .venv/bin/python scripts/migrate_annotations.py --old-commit <sha> [--dry-run]

A span whose words changed is reported and left for a person to fix.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bantin.evaluation import DEFAULT_ANNOTATIONS, DEFAULT_DATA, read_gold
from bantin.evaluation._gold import rebuild_articles, text_sha256

REPO = Path(__file__).resolve().parents[1]

_OLD_TEXTS = """
import json, sys
from pathlib import Path
from bantin.evaluation import read_gold
from bantin.evaluation._gold import rebuild_articles
gold = read_gold(Path(sys.argv[1]))
out = {f"{r.source}#{r.record_id}": a.text for r, a in rebuild_articles(gold, Path(sys.argv[2]))}
print(json.dumps(out, ensure_ascii=False))
"""


def _old_texts(commit: str, annotations: Path, data: Path) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", folder, commit], check=True,
                       capture_output=True)
        try:
            result = subprocess.run(
                [sys.executable, "-c", _OLD_TEXTS, str(annotations), str(data)],
                env={"PYTHONPATH": str(Path(folder) / "src"), "PATH": "/usr/bin:/bin"},
                capture_output=True, text=True, check=True,
            )
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", folder], check=False)
    texts: dict[str, str] = json.loads(result.stdout)
    return texts


def _offset_map(old: str, new: str) -> list[int | None]:
    mapping: list[int | None] = [None] * (len(old) + 1)
    for block in difflib.SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks():
        for i in range(block.size + 1):
            mapping[block.a + i] = block.b + i
    return mapping


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old-commit", required=True)
    parser.add_argument("--annotations", type=Path, default=DEFAULT_ANNOTATIONS)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    gold = read_gold(args.annotations)
    new_texts = {f"{r.source}#{r.record_id}": a.text for r, a in rebuild_articles(gold, args.data)}
    changed = {r for r in gold if text_sha256(new_texts[f"{r.source}#{r.record_id}"]) != r.text_sha256}
    if not changed:
        print("every annotated text is unchanged: nothing to migrate")
        return
    old_texts = _old_texts(args.old_commit, args.annotations, args.data)
    problems = 0
    for path in sorted(args.annotations.glob("*.jsonl")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            key = f"{item['source']}#{item['record_id']}"
            old, new = old_texts.get(key), new_texts[key]
            if old is not None and text_sha256(old) == item["text_sha256"] and old != new:
                mapping = _offset_map(old, new)
                for fact in item["facts"]:
                    start, end = mapping[fact["start"]], mapping[fact["end"]]
                    if start is None or end is None or new[start:end] != old[fact["start"] : fact["end"]]:
                        problems += 1
                        print(f"{key}: {fact['kind']} {fact['value']!r} lost its words; fix by hand")
                        continue
                    fact["start"], fact["end"] = start, end
                item["scope"] = [[mapping[s] or 0, mapping[e] or len(new)] for s, e in item.get("scope") or []]
                item["text_sha256"] = text_sha256(new)
            lines.append(json.dumps(item, ensure_ascii=False))
        if not args.dry_run:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(changed)} records migrated, {problems} spans to fix by hand")


if __name__ == "__main__":
    main()
