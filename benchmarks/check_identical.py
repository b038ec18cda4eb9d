"""Check that the full pipeline's output has not changed: digest every record of the real corpora.

Runs the full pipeline (decode, normalise, layout, every extractor) over

- the 2,000 dantri records as JSONL records (fields, URL: what ``iter_jsonl`` gives),
- the same records as the benchmark gives them (fields, no URL),
- the same records printed as plain-text pages (as ``bench_layout.py`` prints them),
- the 600 baomoi records as JSONL records and printed as pages,
- the statutes of ``legal_vlc/corpus``, read as plain-text files,

and writes one line per record: where it came from and the SHA-256 of its JSON
(every key but ``provenance.read_at``, which is the clock), then a digest of all.
Run it once before a change to write the reference, then after to compare:

    .venv/bin/python benchmarks/check_identical.py --write /tmp/before.digest
    .venv/bin/python benchmarks/check_identical.py --compare /tmp/before.digest

``--dump FILE`` also writes every record's JSON (one line each), to diff the records
that differ. The inputs are built here, not read through ``bantin.sources``, so that
the check measures the pipeline only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from bantin.errors import InputError
from bantin.pipeline import build_article
from bantin.record import RawDocument

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DANTRI = DATA / "news_dantri" / "unc_dantri.jsonl"
BAOMOI = DATA / "news_baomoi" / "baomoi_2017_sample1000.jsonl"
STATUTES = DATA / "legal_vlc" / "corpus"
# A fixed clock: read_at is left out of the digest anyway, but the dump stays comparable.
READ_AT = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _page(record: dict[str, object]) -> bytes:
    # The page of bench_layout.py (dantri has "sentences") and of tests/pipeline (baomoi has sapo/body).
    body = record.get("sentences") or [record.get("sapo", ""), record.get("body", "")]
    assert isinstance(body, list)
    text = str(record["title"]) + "\n\n– " + "\n\n".join(str(p) for p in body if p) + "\n"
    return text.encode("utf-8")


def _inputs() -> Iterator[tuple[str, RawDocument]]:
    for corpus, path in (("dantri", DANTRI), ("baomoi", BAOMOI)):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            fields = json.loads(line)
            url = fields.get("url") or fields.get("link")
            yield (
                f"{corpus}-jsonl:{number}",
                RawDocument(
                    source=str(path),
                    data=line.encode("utf-8"),
                    read_at=READ_AT,
                    url=url if isinstance(url, str) else None,
                    position=number,
                    content_type="application/x-ndjson",
                    fields=fields,
                ),
            )
        if corpus == "dantri":
            for number, line in enumerate(lines, 1):
                yield (
                    f"{corpus}-bench-jsonl:{number}",
                    RawDocument(
                        source=str(path),
                        data=line.encode(),
                        read_at=READ_AT,
                        position=number,
                        fields=json.loads(line),
                    ),
                )
        for number, line in enumerate(lines, 1):
            yield (
                f"{corpus}-page:{number}",
                RawDocument(source=f"page-{number}.txt", data=_page(json.loads(line)), read_at=READ_AT),
            )
    for path in sorted(STATUTES.glob("*.txt")):
        yield f"statute:{path.name}", RawDocument(source=str(path), data=path.read_bytes(), read_at=READ_AT)


def _records() -> Iterator[tuple[str, str]]:
    for where, raw in _inputs():
        try:
            record = build_article(raw).model_dump(mode="json")
        except InputError as error:
            yield (
                where,
                json.dumps({"error": type(error).__name__, "message": str(error)}, ensure_ascii=False),
            )
            continue
        del record["provenance"]["read_at"]
        yield where, json.dumps(record, ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the digests to this file")
    action.add_argument("--compare", type=Path, help="compare with the digests of this file")
    parser.add_argument("--dump", type=Path, help="also write every record's JSON to this file")
    args = parser.parse_args()
    lines: list[str] = []
    total = hashlib.sha256()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for where, data in _records():
        digest = hashlib.sha256(data.encode("utf-8")).hexdigest()
        lines.append(f"{where} {digest}")
        total.update(digest.encode())
        if dump is not None:
            dump.write(f"{where}\t{data}\n")
    if dump is not None:
        dump.close()
    lines.append(f"ALL {total.hexdigest()}")
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines) - 1} records, digest {total.hexdigest()} written to {args.write}")
        return 0
    reference = args.compare.read_text(encoding="utf-8").splitlines()
    before = dict(line.rsplit(" ", 1) for line in reference)
    after = dict(line.rsplit(" ", 1) for line in lines)
    differ = [where for where in before if where != "ALL" and before[where] != after.get(where)]
    extra = [where for where in after if where not in before]
    if not differ and not extra:
        print(f"IDENTICAL: {len(lines) - 1} records, digest {total.hexdigest()}")
        return 0
    print(f"DIFFERENT: {len(differ)} records differ, {len(extra)} new", file=sys.stderr)
    for where in (differ + extra)[:30]:
        print(f"  {where}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
