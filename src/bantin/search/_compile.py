"""Turning a parsed query and filters into one tantivy query.

Each word or phrase becomes a disjunction over fields:

- typed without accents ("da nang"): ``title_fold`` (boosted by :data:`TITLE_BOOST`) or
  ``body_fold``, scored by BM25;
- typed with accents ("Đà Nẵng"): the same, plus a constant :data:`EXACT_TIER` for an article
  that has the word in its canonical form (``title_exact`` or ``body_exact``: any tone placement);
- a phrase: its neighbouring word pairs in ``*_pairs`` (one posting list per pair; a phrase of
  three words or more is then checked on the positions of ``*_fold``, only in the articles that
  have all its pairs); typed with accents, the tier asks for its words as typed.

"Exact-accent matches rank first" is thus a guarantee, not a tendency of weights: the tier is far
above any BM25 sum (:data:`MAX_TERMS` words at most), so articles are ordered by how many of the
accented words they hold as typed, then by how many of the words typed side by side stand side
by side in them (:meth:`QueryCompiler._neighbours`), then by BM25. The exact fields are only matched, never scored,
and the folded fields are scored once: every posting list is read once per query, which is what
keeps queries within the latency budget (a first version that also scored the exact fields and
matched phrases on positions was 1.5 to 10 times slower on phrases of common words). Filters are constant-score
(zero) clauses: they restrict, they do not rank.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise

import tantivy
from tantivy import Occur, Query

from bantin.search import _schema as f
from bantin.search._forms import PAIR_JOINER, filter_key, place_key, source_key
from bantin.search._model import SearchFilters
from bantin.search._query import All, Any, Node, Not, ParsedQuery, Term

TITLE_BOOST = 2.0
NEIGHBOUR_BONUS = 100.0  # 31 pairs at most: 3,100, and BM25 well under the rest of EXACT_TIER
EXACT_TIER = 10_000.0


class QueryCompiler:
    """Compiles parsed queries and filters against one schema."""

    def __init__(self, schema: tantivy.Schema) -> None:
        self.schema = schema

    def _term_query(self, field: str, word: str) -> Query:
        return Query.term_query(self.schema, field, word, index_option="freq")

    def _folded(self, fold_field: str, pairs_field: str, words: list[str]) -> Query:
        """A word, or a phrase as its word pairs (a longer phrase checked on positions as well)."""
        if len(words) == 1:
            return Query.term_query(self.schema, fold_field, words[0])
        pairs = [self._term_query(pairs_field, PAIR_JOINER.join(p)) for p in pairwise(words)]
        if len(words) == 2:
            return pairs[0]
        positions: list[str | tuple[int, str]] = list(words)
        phrase = Query.const_score_query(Query.phrase_query(self.schema, fold_field, positions), 0.0)
        return Query.boolean_query([(Occur.Must, q) for q in pairs + [phrase]])

    def _term(self, term: Term) -> Query:
        words = [w.folded for w in term.words]
        folded = _should([
            Query.boost_query(self._folded(f.TITLE_FOLD, f.TITLE_PAIRS, words), TITLE_BOOST),
            self._folded(f.BODY_FOLD, f.BODY_PAIRS, words),
        ])
        if not term.accented:
            return folded
        # The tier asks for each word of the term as typed, in the title or the text; for a phrase
        # the words need not stand together there (the folded phrase already matched).
        exact = Query.boolean_query([
            (Occur.Must, _should([self._term_query(f.TITLE_EXACT, w), self._term_query(f.BODY_EXACT, w)]))
            for w in dict.fromkeys(word.exact for word in term.words)
        ])
        # Every exact match is a folded match: the folded query decides what matches, the tier ranks.
        return Query.boolean_query([
            (Occur.Must, folded), (Occur.Should, Query.const_score_query(exact, EXACT_TIER)),
        ])

    def _node(self, node: Node) -> Query:
        if isinstance(node, Term):
            return self._term(node)
        if isinstance(node, Any):
            return _should([self._node(item) for item in node.items])
        if isinstance(node, Not):  # a lone exclusion: everything but it
            return self._node(All((node,)))
        positives = [self._node(item) for item in node.items if not isinstance(item, Not)]
        negatives = [self._node(item.item) for item in node.items if isinstance(item, Not)]
        return Query.boolean_query(
            [(Occur.Must, q) for q in positives or [Query.all_query()]]
            + [(Occur.MustNot, q) for q in negatives]
            + [(Occur.Should, q) for q in self._neighbours(node)]
        )

    def _neighbours(self, node: All) -> list[Query]:
        """A bonus for words typed one after the other that stand together in the article.

        Vietnamese words are often two or three syllables: "da nang" typed without quotes means
        "Đà Nẵng", not an article full of "đã" and "nâng". Each pair of neighbouring query words
        found side by side (folded) adds :data:`NEIGHBOUR_BONUS`, above what BM25 gives short
        queries, so such articles come first within their exact-accent tier.
        """
        bonus: list[Query] = []
        for first, second in pairwise(node.items):
            if isinstance(first, Term) and isinstance(second, Term) and not (first.is_phrase or second.is_phrase):
                pair = PAIR_JOINER.join((first.words[0].folded, second.words[0].folded))
                together = _should([self._term_query(f.TITLE_PAIRS, pair), self._term_query(f.BODY_PAIRS, pair)])
                bonus.append(Query.const_score_query(together, NEIGHBOUR_BONUS))
        return bonus

    def words_query(self, parsed: ParsedQuery) -> Query | None:
        """The ranked part of a query (``None`` when the query holds no word at all)."""
        return None if parsed.root is None else self._node(parsed.root)

    def filter_queries(self, filters: SearchFilters) -> list[Query]:
        """One non-scoring query per filter that is set."""
        queries: list[Query] = []
        if filters.date_from or filters.date_to:
            lower = f.start_of(f.index_day(filters.date_from)) if filters.date_from else None
            # the day after the last one, as an open bound (one day past the held range is still valid)
            upper = f.start_of(f.index_day(filters.date_to) + dt.timedelta(days=1)) if filters.date_to else None
            queries.append(Query.range_query(
                self.schema, f.PUBLISHED, tantivy.FieldType.Date, lower, upper, include_upper=upper is None,
            ))
        for field, values, key in (
            (f.SOURCE, filters.sources, source_key),
            (f.PLACE, filters.places, place_key),
            (f.PERSON, filters.people, filter_key),
            (f.ORG, filters.organizations, filter_key),
            (f.DOC, filters.documents, filter_key),
        ):
            if values:
                queries.append(self._any_value(field, values, key))
        return [Query.const_score_query(q, 0.0) for q in queries]

    def _any_value(self, field: str, values: tuple[str, ...], key: Callable[[str], str]) -> Query:
        keys = sorted({key(value) for value in values} - {""})
        if not keys:
            return Query.empty_query()  # a filter given only blank values matches nothing
        if len(keys) == 1:
            return Query.term_query(self.schema, field, keys[0], index_option="basic")
        return Query.term_set_query(self.schema, field, keys)


def _should(queries: list[Query]) -> Query:
    if len(queries) == 1:
        return queries[0]
    return Query.boolean_query([(Occur.Should, q) for q in queries])


def exact_terms_needed(node: Node | None) -> int:
    """How many accented terms an article must hold as typed to be an exact match of ``node``.

    All the accented terms of an AND, the fewest of any alternative of an OR; 0 when the query
    has no accented term (an accent-less query has no exact tier).
    """
    if isinstance(node, Term):
        return 1 if node.accented else 0
    if isinstance(node, Any):
        return min(exact_terms_needed(item) for item in node.items)
    if isinstance(node, All):
        return sum(exact_terms_needed(item) for item in node.items if not isinstance(item, Not))
    return 0
