"""Search through the archive, end to end: the semantics the archive issue judges."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.archive import Archive, Selection
from bantin.samples import sample_paths
from bantin.sources import iter_inputs


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("search") / "bantin.db"
    with Archive.open(db) as writing:
        writing.ingest(iter_inputs([str(p) for p in sample_paths()]))
    with Archive.open(db, readonly=True) as reading:
        yield reading


def _ids(archive: Archive, query: str, selection: Selection | None = None) -> set[str]:
    return {r.id for r in archive.search(query, selection, limit=1000).results}


def _containing(archive: Archive, words: str) -> set[str]:
    return {a.id for a in archive.articles() if words.casefold() in a.text.casefold()}


def test_tone_placement_and_accents_do_not_change_the_set(archive: Archive) -> None:
    sets = [_ids(archive, q) for q in ("tinh uy", "tỉnh uỷ", "tỉnh ủy")]
    assert sets[0] == sets[1] == sets[2]
    assert sets[0] >= _containing(archive, "tỉnh ủy") | _containing(archive, "tỉnh uỷ")
    assert _containing(archive, "tỉnh uỷ"), "the samples hold the old tone placement"


def test_da_nang_finds_every_article_containing_da_nang(archive: Archive) -> None:
    assert _ids(archive, "da nang") >= _containing(archive, "Đà Nẵng")
    assert _containing(archive, "Đà Nẵng")


def test_exact_accents_rank_first(archive: Archive) -> None:
    results = archive.search("Đà Nẵng", limit=1000).results
    exact = [r.exact for r in results]
    assert exact == sorted(exact, reverse=True), "every exact match ranks above every accent-less one"
    assert any(exact) and not all(exact)


def test_doc_filter_returns_every_citing_article(archive: Archive) -> None:
    citing = {a.id for a in archive.articles() if any(f.kind == "document" and f.value == "state:ND:15/2020:CP"
                                                      for f in a.facts)}
    assert citing
    assert _ids(archive, "", Selection(documents=("state:ND:15/2020:CP",))) == citing


def test_snippets_mark_the_matched_words(archive: Archive) -> None:
    result = archive.search("da nang", limit=1).results[0]
    marked = [result.snippet.text[s:e] for s, e in result.snippet.spans]
    assert marked and all(m.casefold() in ("đà", "nẵng", "đà nẵng") for m in marked)


def test_search_on_an_archive_without_index_finds_nothing(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "empty.db") as empty:
        assert empty.search("hội nghị").total == 0
