"""The values that go in and out of the search index."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IndexDoc:
    """One article as the index sees it; the archive builds it from an ``Article`` record.

    ``text`` is the display text of the record (what snippets are cut from); ``places`` holds
    place names and unit codes, ``people`` and ``organizations`` names, ``documents`` canonical
    document ids. Filter values are matched on their folded form (:func:`filter_key`).
    """

    id: str
    title: str
    text: str
    published: dt.date | None = None
    source: str = ""
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Restrictions on a search, each matched on folded forms (accents and case do not matter).

    Dates are inclusive and apply to the publication date (an article without one is left out
    when either bound is given). Within one filter the values are alternatives (any of them);
    different filters must all hold. A place matches by name or unit code, with or without its
    unit word ("Đà Nẵng", "da nang", "thành phố Đà Nẵng", "48"); a document by its canonical id
    (case does not matter).
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sources: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Whether no filter is set."""
        return not (
            self.date_from or self.date_to or self.sources or self.places or self.people
            or self.organizations or self.documents
        )


NO_FILTERS = SearchFilters()


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching article: its id and its score.

    ``exact_terms`` counts the query's accented words (or phrases) that the article holds as
    typed, in any tone placement; hits are ranked by it first, then by ``score``: BM25, plus 100
    for each pair of words typed side by side that stand side by side in the article (0.0 for a
    listing without words, ordered by date). ``exact`` says the article holds
    every accented word the query asks for (always false for a query typed without accents).
    """

    id: str
    score: float
    exact: bool = False
    exact_terms: int = 0


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of results: the hits in rank order and the total number of matching articles."""

    hits: tuple[SearchHit, ...]
    total: int
    offset: int = 0
    limit: int = 20

    @property
    def ids(self) -> list[str]:
        """The ids of the hits, in rank order."""
        return [hit.id for hit in self.hits]


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """How the index compares with the archive's list of article ids.

    ``missing``: in the archive, not in the index (re-queue them); ``extra``: in the index, not
    in the archive (delete them); ``duplicated``: indexed more than once (upsert them again).
    """

    indexed: int
    missing: tuple[str, ...]
    extra: tuple[str, ...]
    duplicated: tuple[str, ...] = ()

    @property
    def is_consistent(self) -> bool:
        """Whether the index holds exactly the archive's articles, each once."""
        return not (self.missing or self.extra or self.duplicated)
