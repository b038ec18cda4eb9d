"""A SCALED COPY of an archive, for the report benchmark: every article row copied until N articles.

    .venv/bin/python benchmarks/scale_archive.py \\
        --source /tmp/bantin-bench/archive-100000.db --articles 1000000 \\
        --out /tmp/bantin-bench/archive-1000000-scaled.db

This is not a real ingest (a real 1,000,000-article ingest takes over an hour on
this machine): it copies the rows of an archive built by a real ingest until the
copy holds ``--articles`` articles (the 99,344 articles of the 100k archive: ten
whole copies and the first 6,560 articles, by id, of an eleventh). Copy ``k``
(0, 1, …) of an article gets

- a new id of 16 hex digits, ``blake2b(f"{id}:{k}")`` (copy 0 keeps its id),
- its dates shifted by ``k`` days (``articles.published``/``dateline``,
  ``mentions.published``, ``meetings.published``/``date``), so the copies spread
  over the days of the archive instead of piling onto the same ones,

and its facts, mentions and meetings are copied with the new id, so the rows stay
consistent with each other: every mention and meeting points at an article that
exists, entities are shared (the same people, documents and places, ten times as
often). What is NOT kept consistent, because the report never reads it: the
compressed record inside ``articles.record`` still carries the original id and
dates (it is the same blob), the JSON ``data`` of a meeting keeps its original
date, and there is no search index, no ``seen_inputs``, history, duplicates or
rejects. Raw inputs are copied once and shared by the copies.

The source archive is opened read-only and never modified. The copy is built
without journal or secondary indexes, which are created at the end from the
schema's own statements, then the file is switched to WAL like any archive.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import time
from pathlib import Path

from bantin.archive import Archive

# Tables copied once, unchanged: shared by every copy of an article.
SHARED_TABLES = ("sources", "entities", "raw_inputs")


def scaled_id(article_id: str, copy: int) -> str:
    """The id of copy ``copy`` of an article: the original for copy 0, else a hash of both."""
    if copy == 0:
        return article_id
    return hashlib.blake2b(f"{article_id}:{copy}".encode("ascii"), digest_size=8).hexdigest()


def _shift(column: str) -> str:
    # date() keeps NULL as NULL; the copy number is bound as the parameter :days.
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE date({column}, '+' || :days || ' days') END"


COPIES = {
    "articles": (
        "INSERT INTO articles (id, source, url, title, published, dateline, category, content_hash, raw_sha256, "
        "extractor_version, version, first_seen, updated_at, record) "
        "SELECT scaled_id(id, :k), source, CASE WHEN url IS NULL THEN NULL ELSE url || :suffix END, title, "
        f"{_shift('published')}, {_shift('dateline')}, category, content_hash, raw_sha256, extractor_version, "
        "version, first_seen, updated_at, record FROM src.articles WHERE {pick}"
    ),
    "facts": (
        'INSERT INTO facts (article_id, seq, kind, start, "end", text, value) '
        'SELECT scaled_id(article_id, :k), seq, kind, start, "end", text, value FROM src.facts WHERE {pick_article}'
    ),
    "mentions": (
        'INSERT INTO mentions (entity_id, article_id, start, "end", published, data) '
        f'SELECT entity_id, scaled_id(article_id, :k), start, "end", {_shift("published")}, data FROM src.mentions '
        "WHERE {pick_article}"
    ),
    "meetings": (
        "INSERT INTO meetings (article_id, seq, kind, date, published, organizer, chair, data) "
        f"SELECT scaled_id(article_id, :k), seq, kind, {_shift('date')}, {_shift('published')}, organizer, chair, "
        "data FROM src.meetings WHERE {pick_article}"
    ),
}


def build(source: Path, out: Path, articles: int) -> None:
    """Copy the articles of ``source`` into a new archive at ``out`` until it holds ``articles`` of them."""
    if out.exists():
        sys.exit(f"{out} exists: remove it first (this script never overwrites an archive)")
    with Archive.open(out):  # creates the file with the current schema (every migration)
        pass
    conn = sqlite3.connect(out, isolation_level=None)
    conn.create_function("scaled_id", 2, scaled_id, deterministic=True)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    conn.execute(f"ATTACH DATABASE 'file:{source}?mode=ro' AS src")
    indexes = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX main.{name}")
    started = time.perf_counter()
    per_copy = conn.execute("SELECT count(*) FROM src.articles").fetchone()[0]
    whole, rest = divmod(articles, per_copy)
    # The last, partial copy takes the first articles by id: a sample as good as any.
    conn.execute("CREATE TEMP TABLE pick (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("INSERT INTO pick SELECT id FROM src.articles ORDER BY id LIMIT ?", (rest,))
    conn.execute("BEGIN")
    for table in SHARED_TABLES:
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
    for k in range(whole + (1 if rest else 0)):
        partial = k == whole
        params = {"k": k, "days": k, "suffix": "" if k == 0 else f"#copy{k}"}
        for sql in COPIES.values():
            conn.execute(sql.format(
                pick="id IN (SELECT id FROM temp.pick)" if partial else "1",
                pick_article="article_id IN (SELECT id FROM temp.pick)" if partial else "1",
            ), params)
        print(f"copy {k + 1} written ({time.perf_counter() - started:.0f} s)", flush=True)
    # what the writer keeps for the entity lists, counted once here
    conn.execute("DELETE FROM main.entity_articles")
    conn.execute("INSERT INTO main.entity_articles (entity_id, articles) "
                 "SELECT entity_id, count(DISTINCT article_id) FROM main.mentions GROUP BY entity_id")
    conn.execute("COMMIT")
    for name, sql in indexes:
        conn.execute(sql)
        print(f"index {name} built ({time.perf_counter() - started:.0f} s)", flush=True)
    conn.execute("DETACH DATABASE src")
    conn.execute("PRAGMA journal_mode = WAL")
    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    print(f"{out}: {count:,} articles (a SCALED COPY of {source.name}, {per_copy:,} articles) "
          f"in {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=Path("/tmp/bantin-bench/archive-100000.db"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/bantin-bench/archive-1000000-scaled.db"))
    parser.add_argument("--articles", type=int, default=1_000_000, help="Articles in the copy.")
    args = parser.parse_args()
    build(args.source, args.out, args.articles)


if __name__ == "__main__":
    main()
