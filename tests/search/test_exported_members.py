"""The public API of bantin.search is what __all__ lists, each member documented."""

from __future__ import annotations

import bantin.search


def test_public_api() -> None:
    assert set(bantin.search.__all__) == {
        "SCHEMA_VERSION", "IndexDoc", "IndexLockedError", "IndexVersionError", "ParsedQuery", "SearchFilters",
        "SearchHit", "SearchIndex", "SearchIndexError", "SearchPage", "Snippet", "VerifyReport", "filter_key",
        "find_matches", "highlight", "parse_query", "place_key", "source_key",
    }
    for name in bantin.search.__all__:
        value = getattr(bantin.search, name)
        if callable(value):
            assert value.__doc__, name
