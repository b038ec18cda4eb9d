"""Reading the standoff annotations of the development set and rebuilding their records.

Each line of ``annotations/dev/*.jsonl`` names a record of a corpus in
``../shared/data`` (file, line or file name), the SHA-256 of the record's text
as the pipeline builds it, the scope that was annotated and the gold facts as
offsets and values. The text itself is never stored: it is rebuilt from the
corpus, and the hash proves it is the text the offsets were made on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bantin.errors import BantinError
from bantin.record import Article
from bantin.sources import iter_inputs, iter_jsonl


class AnnotationError(BantinError):
    """The annotations cannot be used: a record is missing, or its text changed since it was annotated."""


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One annotated record."""

    dataset: str
    source: str
    record_id: str
    position: int | None
    text_sha256: str
    scope: tuple[tuple[int, int], ...]
    facts: tuple[dict[str, Any], ...]
    published: str | None = None


def annotation_files(directory: Path) -> list[Path]:
    """The annotation files of a directory, in name order."""
    return sorted(directory.glob("*.jsonl"))


def annotations_digest(directory: Path) -> str:
    """A SHA-256 over every annotation file (name and bytes): what the quality floors are pinned to."""
    digest = hashlib.sha256()
    for path in annotation_files(directory):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_gold(directory: Path) -> list[GoldRecord]:
    """Every annotated record of ``directory``."""
    records = []
    for path in annotation_files(directory):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                records.append(
                    GoldRecord(
                        dataset=item["dataset"],
                        source=item["source"],
                        record_id=str(item["record_id"]),
                        position=item.get("position"),
                        text_sha256=item["text_sha256"],
                        scope=tuple(tuple(s) for s in item.get("scope") or ()),
                        facts=tuple(item["facts"]),
                        published=item.get("published"),
                    )
                )
            except (KeyError, TypeError, json.JSONDecodeError) as error:
                raise AnnotationError(f"{path}:{number}: not an annotation record ({error})") from error
    return records


def text_sha256(text: str) -> str:
    """The hash an annotation stores for the text it was made on."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rebuild_articles(records: list[GoldRecord], data_dir: Path) -> Iterator[tuple[GoldRecord, Article]]:
    """Yield each gold record with its article, built by the current pipeline from the corpus."""
    from bantin.pipeline import extract_articles

    by_source: dict[str, list[GoldRecord]] = {}
    for record in records:
        by_source.setdefault(record.source, []).append(record)
    for source, wanted in by_source.items():
        path = data_dir / source
        if not path.exists():
            raise AnnotationError(f"{path}: the corpus of {len(wanted)} annotated records is missing")
        positions = {r.position: r for r in wanted}
        if path.name.endswith(".jsonl"):
            needed = max(p for p in positions if p is not None)
            raws = (raw for raw in iter_jsonl(path) if getattr(raw, "position", None) in positions)
            for item in extract_articles(raws):
                if isinstance(item, Article):
                    yield positions[item.provenance.position], item
                if isinstance(item, Article) and item.provenance.position == needed:
                    break
        else:
            for item in extract_articles(iter_inputs([str(path)])):
                if isinstance(item, Article):
                    yield wanted[0], item
