"""The one write path of the archive: a batch of derived articles in one transaction.

Every change an ingest or a reprocess makes goes through :class:`Writer`, batch
by batch, each batch a single ``BEGIN IMMEDIATE … COMMIT``: a process killed at
any moment leaves the archive as it was after the last committed batch, and
running the same ingest again redoes only what was not committed.

What happens to an article:

- **new**: an id the archive has not seen and content it does not hold;
- **unchanged**: the same id with the same content (and the same extractors);
- **updated**: the same id with other content (a corrected page), or the same
  content derived by newer extractors (a reprocess): the earlier version goes
  to ``article_history``;
- **duplicate**: another id with content the archive already holds (the same
  story at a second URL): its raw input and where it was seen are kept, the
  article is not stored twice;
- **rejected**: an input that could not become an article, with the reason.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from bantin.archive._connection import now_iso
from bantin.archive._rows import ArticleRows, RejectRow

_ENTITY_CACHE_SIZE = 200_000


@dataclass(slots=True)
class Tally:
    """What a run did, by outcome, with the reasons of the rejects."""

    counts: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: str, reason: str | None = None) -> None:
        self.counts[outcome] += 1
        if reason:
            self.reasons[reason] += 1


class Writer:
    """Writes batches of outcomes to an open archive connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._entity_ids: OrderedDict[tuple[str, str], int] = OrderedDict()

    def write(
        self, batch: list[ArticleRows | RejectRow], tally: Tally, *, reason: str = "ingest"
    ) -> list[ArticleRows]:
        """Store a batch in one transaction, count what became of each item; return the articles stored."""
        if not batch:
            return []
        outcomes: list[tuple[str, str | None]] = []
        stored: list[ArticleRows] = []
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for item in batch:
                if isinstance(item, RejectRow):
                    self._reject(item)
                    outcomes.append(("rejected", item.reason))
                else:
                    outcome = self._article(item, reason)
                    outcomes.append((outcome, None))
                    if outcome in ("new", "updated"):
                        stored.append(item)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._entity_ids.clear()  # ids handed out in the rolled-back transaction are gone
            raise
        for outcome, why in outcomes:
            tally.add(outcome, why)
        return stored

    def mark_unchanged(self, count: int, tally: Tally) -> None:
        """Count inputs skipped because the archive already holds them as they are."""
        tally.counts["unchanged"] += count

    # -- articles --------------------------------------------------------------------------

    def _article(self, rows: ArticleRows, reason: str) -> str:
        conn = self.conn
        now = now_iso()
        self._raw(rows.raw_sha256, rows.raw_content_type, rows.raw_size, rows.raw_blob)
        conn.execute(
            "INSERT INTO sources (name, first_seen, last_seen) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET last_seen = excluded.last_seen",
            (rows.source, now, now),
        )
        existing = conn.execute(
            "SELECT content_hash, extractor_version, version, raw_sha256 FROM articles WHERE id = ?", (rows.id,)
        ).fetchone()
        if existing is None:
            twin = conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", (rows.content_hash,)
            ).fetchone()
            if twin is not None:
                conn.execute(
                    "INSERT OR IGNORE INTO duplicates (raw_sha256, article_id, source, url, first_seen) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (rows.raw_sha256, twin[0], rows.source, rows.url, now),
                )
                self._seen(rows, "duplicate", twin[0], now)
                return "duplicate"
            self._insert(rows, version=1, first_seen=now)
            self._seen(rows, "new", rows.id, now)
            return "new"
        old_hash, old_version_label, version, old_raw = existing
        if old_hash == rows.content_hash and old_version_label == rows.extractor_version:
            if old_raw != rows.raw_sha256:
                # The same article from other bytes (another encoding, another copy): kept aside.
                conn.execute(
                    "INSERT OR IGNORE INTO duplicates (raw_sha256, article_id, source, url, first_seen) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (rows.raw_sha256, rows.id, rows.source, rows.url, now),
                )
                self._seen(rows, "duplicate", rows.id, now)
                return "duplicate"
            self._seen(rows, "unchanged", rows.id, now)
            return "unchanged"
        why = "content changed" if old_hash != rows.content_hash else f"re-derived ({reason})"
        conn.execute(
            "INSERT OR REPLACE INTO article_history (article_id, version, content_hash, raw_sha256, "
            "extractor_version, reason, replaced_at, record) "
            "SELECT id, version, content_hash, raw_sha256, extractor_version, ?, ?, record FROM articles WHERE id = ?",
            (why, now, rows.id),
        )
        self._delete_derived(rows.id)
        first_seen = conn.execute("SELECT first_seen FROM articles WHERE id = ?", (rows.id,)).fetchone()[0]
        conn.execute("DELETE FROM articles WHERE id = ?", (rows.id,))
        self._insert(rows, version=version + 1, first_seen=first_seen)
        self._seen(rows, "updated", rows.id, now)
        return "updated"

    def _insert(self, rows: ArticleRows, *, version: int, first_seen: str) -> None:
        conn = self.conn
        conn.execute(
            "INSERT INTO articles (id, source, url, title, published, dateline, category, content_hash, raw_sha256, "
            "extractor_version, version, first_seen, updated_at, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rows.id, rows.source, rows.url, rows.title, rows.published, rows.dateline, rows.category,
             rows.content_hash, rows.raw_sha256, rows.extractor_version, version, first_seen, now_iso(),
             rows.record_blob),
        )
        conn.executemany(
            'INSERT INTO facts (article_id, seq, kind, start, "end", text, value) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(rows.id, *fact) for fact in rows.facts],
        )
        mentions = [(self._entity_id(e.kind, e.key, e.name, e.folded, e.data), rows.id, e.start, e.end,
                     rows.published, e.mention_data) for e in rows.entities]
        conn.executemany(
            'INSERT OR IGNORE INTO mentions (entity_id, article_id, start, "end", published, data) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            mentions,
        )
        conn.executemany(
            "INSERT INTO entity_articles (entity_id, articles) VALUES (?, 1) "
            "ON CONFLICT (entity_id) DO UPDATE SET articles = articles + 1",
            [(entity_id,) for entity_id in dict.fromkeys(m[0] for m in mentions)],
        )
        conn.executemany(
            "INSERT INTO meetings (article_id, seq, kind, date, published, organizer, chair, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(rows.id, seq, kind, date, rows.published, organizer, chair, data)
             for seq, kind, date, organizer, chair, data in rows.meetings],
        )
        conn.execute("INSERT OR REPLACE INTO index_queue (article_id, op) VALUES (?, 'upsert')", (rows.id,))

    def _delete_derived(self, article_id: str) -> None:
        self.conn.execute(
            "UPDATE entity_articles SET articles = articles - 1 "
            "WHERE entity_id IN (SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?)", (article_id,),
        )
        for table in ("facts", "mentions", "meetings"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))

    def _entity_id(self, kind: str, key: str, name: str, folded: str, data: str | None) -> int:
        cached = self._entity_ids.get((kind, key))
        if cached is not None:
            self._entity_ids.move_to_end((kind, key))
            return cached
        row = self.conn.execute(
            "INSERT INTO entities (kind, key, name, folded, data) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (kind, key) DO UPDATE SET data = coalesce(entities.data, excluded.data) RETURNING id",
            (kind, key, name, folded, data),
        ).fetchone()
        self._entity_ids[(kind, key)] = row[0]
        if len(self._entity_ids) > _ENTITY_CACHE_SIZE:
            self._entity_ids.popitem(last=False)
        return int(row[0])

    def _raw(self, sha: str, content_type: str, size: int, blob: bytes) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO raw_inputs (sha256, content_type, size, data) VALUES (?, ?, ?, ?)",
            (sha, content_type, size, blob),
        )

    def _seen(self, rows: ArticleRows, outcome: str, article_id: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO seen_inputs (input_key, raw_sha256, outcome, article_id, extractor_version, source, position, "
            "url, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (input_key) DO UPDATE SET "
            "outcome = excluded.outcome, article_id = excluded.article_id, "
            "extractor_version = excluded.extractor_version",
            (rows.input_key, rows.raw_sha256, outcome, article_id, rows.extractor_version, rows.input_source,
             rows.position, rows.url, now),
        )

    # -- rejects ---------------------------------------------------------------------------

    def _reject(self, item: RejectRow) -> None:
        now = now_iso()
        if item.raw_sha256 and item.raw_blob is not None:
            self._raw(item.raw_sha256, item.raw_content_type or "application/octet-stream", item.raw_size,
                      item.raw_blob)
        self.conn.execute(
            "INSERT INTO rejects (source, position, reason, error, raw_sha256, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, position, reason) DO UPDATE SET last_seen = ?",
            (item.source, item.position or 0, item.reason, item.error, item.raw_sha256, now, now, now),
        )
