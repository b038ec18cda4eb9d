"""Opening an archive file: pragmas, migrations, and the read-only mode.

SQLite in WAL mode lets readers (the web UI, a search) go on while one writer
ingests; ``synchronous=NORMAL`` keeps every committed transaction through a
killed process (only a power cut could lose the last ones, never corrupt the
file).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from bantin.archive._schema import MIGRATIONS, SCHEMA_VERSION
from bantin.errors import ArchiveError, ArchiveNotFoundError, ArchiveVersionError

BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another one before giving up."""


def now_iso() -> str:
    """The current UTC time as the archive writes it."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def require_archive(path: Path) -> None:
    """Raise :class:`ArchiveNotFoundError` when no archive file is at ``path``."""
    if not path.exists():
        raise ArchiveNotFoundError(f"{path}: no archive here (create one with 'bantin ingest')")


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and for writing, create and migrate) the archive at ``path``."""
    if readonly:
        require_archive(path)
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        _check_version(conn, path, readonly=readonly)
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{path}: not a bantin archive, or damaged ({error})") from error
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the archive (0 for an empty file)."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _check_version(conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise ArchiveVersionError(
            f"{path}: schema version {version} is newer than this bantin knows ({SCHEMA_VERSION}); upgrade bantin"
        )
    if version < SCHEMA_VERSION:
        if readonly:
            raise ArchiveError(
                f"{path}: schema version {version} needs migrating to {SCHEMA_VERSION}: run 'bantin migrate --db {path}'"
            )
        migrate(conn, version)


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Apply every migration after ``current``, each in its own transaction."""
    for version, _description, statements in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(version),),
            )
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (f"migrated_to_{version}", now_iso()),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
