"""A small index of fictional articles, built once per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bantin.search import SearchIndex
from tests.search.corpus import build


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    search_index = build(tmp_path_factory.mktemp("search") / "bantin.db.index")
    yield search_index
    search_index.close()
