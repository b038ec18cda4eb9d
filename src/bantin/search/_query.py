"""The query language, parsed by our own forgiving parser (never tantivy's, never raising).

::

    đà nẵng                words: all of them (AND by default)
    "tỉnh ủy đà nẵng"      a phrase: the words next to each other, in order
    covid OR "cúm A"       either side (also "|"); OR binds tighter than the implicit AND:
                           a b OR c d  =  a AND (b OR c) AND d
    -bóng -"giá vàng"      exclusion of a word or a phrase (also NOT word)
    (a OR b) -(c d)        parentheses group
    05-CT/TW, COVID-19     a word made of several tokens is a phrase ("05 ct tw")

Bad syntax degrades to what can be read: an unclosed quote runs to the end of the query, an
unclosed parenthesis closes at the end, a stray ")" , a lone "-", a dangling "OR" are ignored,
and so is punctuation that holds no letter or digit. Queries are bounded
(:data:`MAX_QUERY_CHARS`, :data:`MAX_TERMS`, :data:`MAX_DEPTH`) so that no input can make the
index work without limit. "AND" and "+" are accepted and mean what juxtaposition means.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bantin.search._forms import Word, display, query_words

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
MAX_DEPTH = 8

_QUOTES = {'"': '"', "“": "”", "„": "”", "«": "»", "”": "”"}
_SPECIAL = set(_QUOTES) | set("()")


@dataclass(frozen=True, slots=True)
class Term:
    """A word or a phrase: one or more words that must stand next to each other, in order."""

    words: tuple[Word, ...]

    @property
    def is_phrase(self) -> bool:
        """Whether the term holds more than one word (matched as a phrase)."""
        return len(self.words) > 1

    @property
    def accented(self) -> bool:
        """Whether any of its words was typed with diacritics."""
        return any(word.accented for word in self.words)


@dataclass(frozen=True, slots=True)
class All:
    """Every one of ``items`` must match (``Not`` items must not)."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Any:
    """At least one of ``items`` must match."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """``item`` must not match (meaningful inside an :class:`All`)."""

    item: Node


Node = Term | All | Any | Not


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A parsed query: its tree (``None`` when nothing searchable was typed) and the text typed."""

    text: str
    root: Node | None

    @property
    def is_empty(self) -> bool:
        """Whether the query asks for nothing (no word, no phrase, no exclusion)."""
        return self.root is None

    def positive_terms(self) -> list[Term]:
        """The terms a matching document may contain (every term not under an exclusion)."""
        return list(_positive_terms(self.root))

    @property
    def has_positive(self) -> bool:
        """Whether the query asks for some word or phrase (not only exclusions)."""
        return bool(self.positive_terms())


def _positive_terms(node: Node | None) -> Iterator[Term]:
    if isinstance(node, Term):
        yield node
    elif isinstance(node, (All, Any)):
        for item in node.items:
            yield from _positive_terms(item)


# --- lexing ---------------------------------------------------------------------------------

_OR, _AND, _NOT, _OPEN, _CLOSE, _WORD, _PHRASE = "OR", "AND", "NOT", "(", ")", "WORD", "PHRASE"


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str = ""
    negated: bool = False  # a "-" stood right before it


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        negated = False
        if char in "-+!" and i + 1 < n and not text[i + 1].isspace():
            negated = char != "+"
            i += 1
            char = text[i]
        if char in _QUOTES:
            close = _QUOTES[char]
            end = text.find(close, i + 1)
            if end < 0:
                end = n  # an unclosed quote runs to the end
            tokens.append(_Token(_PHRASE, text[i + 1:end], negated))
            i = end + 1
        elif char == "(":
            if negated:
                tokens.append(_Token(_NOT))
            tokens.append(_Token(_OPEN))
            i += 1
        elif char == ")":
            tokens.append(_Token(_CLOSE))
            i += 1
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] not in _SPECIAL:
                i += 1
            word = text[start:i]
            if not negated and word in ("OR", "|", "||"):
                tokens.append(_Token(_OR))
            elif not negated and word in ("AND", "&&", "&"):
                tokens.append(_Token(_AND))
            elif not negated and word == "NOT":
                tokens.append(_Token(_NOT))
            else:
                tokens.append(_Token(_WORD, word, negated))
    return tokens


# --- parsing --------------------------------------------------------------------------------


class _Parser:
    """Recursive descent over the tokens; every rule skips what it cannot use."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.terms = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node | None:
        items: list[Node] = []
        while self.peek() is not None:
            node = self.parse_group(depth=0)
            if node is not None:
                items.append(node)
            token = self.peek()
            if token is not None and token.kind == _CLOSE:
                self.pos += 1  # a stray ")" at the top level
        return _all(items)

    def parse_group(self, depth: int) -> Node | None:
        items: list[Node] = []
        while True:
            node = self.parse_unary(depth)
            if node is None:
                return _all(items) if items else None
            items.append(node)
            # The implicit AND is the outer operator: collect "x OR y OR z" first.
            alternatives = [node]
            while (token := self.peek()) is not None and token.kind == _OR:
                self.pos += 1
                other = self.parse_unary(depth)
                if other is not None:
                    alternatives.append(other)
            if len(alternatives) > 1:
                items[-1] = _any(alternatives)

    def parse_unary(self, depth: int) -> Node | None:
        while (token := self.peek()) is not None and token.kind != _CLOSE:
            if token.kind in (_AND, _OR):
                self.pos += 1  # a dangling operator
                continue
            if token.kind == _NOT:
                self.pos += 1
                node = self.parse_unary(depth)
                return Not(node) if node is not None else None
            node = self.parse_atom(depth)
            if node is not None:
                return node
            # Nothing searchable in that token (punctuation only): go on with the next one.
        return None

    def parse_atom(self, depth: int) -> Node | None:
        token = self.tokens[self.pos]
        self.pos += 1
        if token.kind == _OPEN:
            if depth >= MAX_DEPTH:
                return None  # too deep: the parenthesis is ignored, its words join the outer group
            node = self.parse_group(depth + 1)
            closing = self.peek()
            if closing is not None and closing.kind == _CLOSE:
                self.pos += 1
            return node
        if token.kind in (_WORD, _PHRASE):
            if self.terms >= MAX_TERMS:
                return None
            words = tuple(query_words(token.text))
            if not words:
                return None
            self.terms += 1
            term: Node = Term(words)
            return Not(term) if token.negated else term
        return None


def _all(items: list[Node]) -> Node | None:
    items = [item for item in items if item is not None]
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, All) else (item,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 and not isinstance(flat[0], Not) else All(tuple(flat))


def _any(items: list[Node]) -> Node:
    # An exclusion cannot be an alternative ("a OR -b"): it is dropped rather than guessed at.
    kept = [item for item in items if not isinstance(item, Not)]
    if not kept:
        return All(tuple(items))
    flat: list[Node] = []
    for item in kept:
        flat.extend(item.items if isinstance(item, Any) else (item,))
    return flat[0] if len(flat) == 1 else Any(tuple(flat))


def parse_query(text: str) -> ParsedQuery:
    """Parse a query as typed by a user; never raises, whatever ``text`` holds."""
    text = display(text or "")[:MAX_QUERY_CHARS]
    return ParsedQuery(text=text, root=_Parser(_lex(text)).parse())
