"""The archive's schema and its forward migrations.

Each migration is a list of SQL statements applied in one transaction; the
archive records the highest version applied in ``meta.schema_version`` and runs
the missing ones, in order, whenever it is opened for writing. A migration is
never edited once released: a change is a new migration.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, tuple[str, ...]]] = [
    (
        1,
        "articles, raw inputs, history, facts, entities and mentions, rejects, runs, index queue",
        (
            """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
            # The raw bytes of every input, compressed: a better extractor can re-derive every
            # record from them without fetching anything again.
            """CREATE TABLE raw_inputs (
                sha256 TEXT PRIMARY KEY,
                content_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                data BLOB NOT NULL
            ) WITHOUT ROWID""",
            """CREATE TABLE sources (
                name TEXT PRIMARY KEY,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL
            ) WITHOUT ROWID""",
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL REFERENCES sources(name),
                url TEXT,
                title TEXT,
                published TEXT,
                dateline TEXT,
                category TEXT,
                content_hash TEXT NOT NULL,
                raw_sha256 TEXT NOT NULL REFERENCES raw_inputs(sha256),
                extractor_version TEXT NOT NULL,
                version INTEGER NOT NULL,
                first_seen TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                record BLOB NOT NULL
            ) WITHOUT ROWID""",
            "CREATE INDEX articles_by_published ON articles (published)",
            "CREATE INDEX articles_by_source ON articles (source, published)",
            "CREATE INDEX articles_by_content ON articles (content_hash)",
            # Earlier versions of an article (a changed page, a reprocessed record): nothing is lost.
            """CREATE TABLE article_history (
                article_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                raw_sha256 TEXT NOT NULL,
                extractor_version TEXT NOT NULL,
                reason TEXT NOT NULL,
                replaced_at TEXT NOT NULL,
                record BLOB NOT NULL,
                PRIMARY KEY (article_id, version)
            ) WITHOUT ROWID""",
            # Every input read (its bytes and, when known, its URL), and what became of it: what makes a
            # second ingest cheap.
            """CREATE TABLE seen_inputs (
                input_key TEXT PRIMARY KEY,
                raw_sha256 TEXT NOT NULL,
                outcome TEXT NOT NULL,
                article_id TEXT,
                extractor_version TEXT NOT NULL,
                source TEXT NOT NULL,
                position INTEGER,
                url TEXT,
                first_seen TEXT NOT NULL
            ) WITHOUT ROWID""",
            "CREATE INDEX seen_inputs_by_article ON seen_inputs (article_id)",
            """CREATE TABLE facts (
                article_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                kind TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                value TEXT,
                PRIMARY KEY (article_id, seq)
            ) WITHOUT ROWID""",
            # Documents, people, organisations and places across articles: one entity per canonical
            # key, every mention of it with its article and date.
            """CREATE TABLE entities (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                key TEXT NOT NULL,
                name TEXT NOT NULL,
                folded TEXT NOT NULL,
                data TEXT,
                UNIQUE (kind, key)
            )""",
            "CREATE INDEX entities_by_folded ON entities (kind, folded)",
            """CREATE TABLE mentions (
                entity_id INTEGER NOT NULL REFERENCES entities(id),
                article_id TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                published TEXT,
                data TEXT,
                PRIMARY KEY (entity_id, article_id, start)
            ) WITHOUT ROWID""",
            "CREATE INDEX mentions_by_article ON mentions (article_id)",
            """CREATE TABLE meetings (
                article_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                kind TEXT NOT NULL,
                date TEXT,
                published TEXT,
                organizer TEXT,
                chair TEXT,
                data TEXT NOT NULL,
                PRIMARY KEY (article_id, seq)
            ) WITHOUT ROWID""",
            "CREATE INDEX meetings_by_date ON meetings (date)",
            """CREATE TABLE rejects (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                position INTEGER,
                reason TEXT NOT NULL,
                error TEXT NOT NULL,
                raw_sha256 TEXT,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                UNIQUE (source, position, reason)
            )""",
            """CREATE TABLE duplicates (
                raw_sha256 TEXT PRIMARY KEY,
                article_id TEXT NOT NULL,
                source TEXT NOT NULL,
                url TEXT,
                first_seen TEXT NOT NULL
            ) WITHOUT ROWID""",
            """CREATE TABLE ingest_runs (
                id INTEGER PRIMARY KEY,
                command TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                status TEXT NOT NULL,
                summary TEXT
            )""",
            # Articles whose search index entry must be written or removed; emptied only after the
            # index has committed, so a crash in between replays the same (idempotent) upserts.
            """CREATE TABLE index_queue (article_id TEXT PRIMARY KEY, op TEXT NOT NULL) WITHOUT ROWID""",
        ),
    ),
    (
        2,
        "how many articles mention each entity, kept by the writer (entity lists without a scan of mentions)",
        (
            """CREATE TABLE entity_articles (
                entity_id INTEGER PRIMARY KEY REFERENCES entities(id),
                articles INTEGER NOT NULL
            )""",
            "INSERT INTO entity_articles (entity_id, articles) "
            "SELECT entity_id, count(DISTINCT article_id) FROM mentions GROUP BY entity_id",
        ),
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
