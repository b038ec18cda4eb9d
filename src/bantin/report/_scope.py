"""The selected articles of a report as a temporary table, and the joins every section uses.

Each section aggregates over "the articles of the period": materialising them once
(id, date, source; at most a few tens of thousands of rows, read from a covering
index of ``articles``) lets every later query start from them.

SQLite plans a join of this temporary table with ``mentions`` or ``facts`` the
wrong way round when it has no statistics (the archive never runs ANALYZE): it
scans all of ``mentions`` and probes the selection, ten times slower at 100,000
articles and worse as the archive grows. ``CROSS JOIN`` fixes the order: the
selection outside, the archive's index on ``article_id`` inside.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

from bantin.archive import Selection

# The WHERE clause of a selection is the archive's own (the same articles as `bantin export`).
from bantin.archive._read import selection_sql

COVERING = "INDEXED BY articles_by_source"
"""The index that holds every column a report reads from ``articles`` (source, published, id).

Given a period alone, SQLite picks ``articles_by_published`` and then reads
``source`` from the table itself: one random read of a large row (the record is
stored inline) per article, 2-4 s for the 50,000 articles of six months of a
1,000,000-article archive. Scanning the whole of ``articles_by_source`` instead
reads a small index in order: 0.08 s at 1,000,000 articles. This is why the
report needs no index of its own (no schema migration).
"""


class Scope:
    """A temporary table ``(id, published, source)`` of the selected articles, dropped on exit.

    The name is random, so two reports built at once on one connection (the web
    UI's) never share a table.
    """

    def __init__(self, conn: sqlite3.Connection, selection: Selection) -> None:
        self.conn = conn
        self.selection = selection
        self.table = f"temp.report_{secrets.token_hex(6)}"

    def __enter__(self) -> Self:
        where, params = selection_sql(self.selection)
        self.conn.execute(
            f"CREATE TABLE {self.table} (id TEXT PRIMARY KEY, published TEXT NOT NULL, source TEXT NOT NULL) "
            "WITHOUT ROWID"
        )
        self.conn.execute(
            f"INSERT INTO {self.table} (id, published, source) SELECT a.id, a.published, a.source "
            f"FROM articles a {COVERING}{where}",
            params,
        )
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS {self.table}")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run ``sql`` with ``{sel}`` standing for the selection's table; every row."""
        return self.conn.execute(sql.format(sel=self.table), params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first row of ``sql`` (``{sel}`` as in :meth:`rows`)."""
        return self.conn.execute(sql.format(sel=self.table), params).fetchone()

