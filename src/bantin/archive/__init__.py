"""The archive: articles, their facts and raw inputs in one SQLite file (WAL), ingest and reads.

:class:`Archive` opens (creates, migrates) a file; :meth:`Archive.ingest`
stores articles batch by batch through the one write path (new, updated with
history, unchanged, duplicate, rejected with the reason), resumable after a
kill; :meth:`Archive.reprocess` re-derives every record from its raw input;
:class:`Selection` filters what the reading commands see.
"""

from bantin.archive import _views as views  # the web's read-side queries
from bantin.archive import _views_entities as entity_views
from bantin.archive._archive import DB_ENVIRONMENT, DEFAULT_DB, Archive, default_db_path
from bantin.archive._ingest import Progress
from bantin.archive._read import ArchiveStats, Selection
from bantin.archive._schema import SCHEMA_VERSION
from bantin.archive._search import SearchResult, SearchResults
from bantin.archive._write import Tally

__all__ = [
    "DB_ENVIRONMENT",
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "Archive",
    "ArchiveStats",
    "Progress",
    "SearchResult",
    "SearchResults",
    "Selection",
    "Tally",
    "default_db_path",
    "entity_views",
    "views",
]
