"""The forms that the index stores and that queries and filters are turned into.

Three forms of one text:

- the **exact** form, indexed in the ``*_exact`` fields: the canonical form (one tone placement
  for oa/oe/uy), lowercased by the index's analyzer, so "Tỉnh uỷ" and "tỉnh ủy" are one word;
- the **folded** form, indexed in the ``*_fold`` fields: lowercase, no diacritics, "đ" as "d"
  (the display text, folded by the analyzer; see :func:`fold_analyzer`);
- the **filter key** of a filter value (a source, a place, a person, an organisation, a
  document id): the folded form with spaces collapsed, so "--place da nang" and
  "--place Đà Nẵng" are the same filter.

Words are cut the way the index's analyzer cuts them (tantivy's ``SimpleTokenizer``: runs of
letters and digits, every other character a separator), so a word of a query is a token of
the index and a phrase's words sit at consecutive positions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

import tantivy

from bantin.text import folded_form

# Runs of letters and digits: Python's [^\W_] is str.isalnum(), the same classes as Rust's
# char::is_alphanumeric that tantivy's SimpleTokenizer splits on, for every letter Vietnamese uses.
TOKEN_RE = re.compile(r"[^\W_]+")

# The analyzer drops tokens longer than this many bytes (tantivy's RemoveLongFilter counts UTF-8
# bytes); query words longer than it can match nothing and are dropped too.
MAX_TOKEN_BYTES = 40

# Unit words that may open a place filter ("--place tỉnh Lạng Sơn", "--place TP Đà Nẵng"); place
# values in records are names without them (docs/annotation.md), so they are taken off both sides.
# Folded, longest first, each followed by a space.
_PLACE_UNIT_WORDS = (
    "thanh pho ", "thi tran ", "dac khu ", "thi xa ", "tinh ", "quan ", "huyen ", "phuong ", "xa ",
    "tp. ", "tp ",
)
_SPACE_RE = re.compile(r"\s+")


def _tone_moves() -> dict[str, str]:
    """Every oa/oe/uy written with the tone on its second vowel, in all cases, to its canonical form."""
    moves: dict[str, str] = {}
    for pair in ("oa", "oe", "uy"):
        for first in (pair[0], pair[0].upper()):
            for second in (pair[1], pair[1].upper()):
                for mark in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
                    written = first + unicodedata.normalize("NFC", second + mark)
                    moves[written] = unicodedata.normalize("NFC", first + mark) + second
    return moves


TONE_MOVES = _tone_moves()


def display(text: str) -> str:
    """``text`` in NFC, the form the other forms are computed from (a cheap check first)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# canonical_form's rule, written for speed (a test checks it against bantin.text.canonical_form on
# random text): its pattern opens with an optional "q", which keeps the regex engine from skipping
# ahead, and it ran at 4,700 articles/s; looking at the letter before the pair instead runs at 25,000.
_PAIR_RE = re.compile(r"[oOuU][" + "".join(sorted({pair[1] for pair in TONE_MOVES})) + r"](?![^\W\d_])")


def _move(match: re.Match[str]) -> str:
    start = match.start()
    if start and match.string[start - 1] in "qQ":  # "quý": the u belongs to the onset
        return match.group()
    return TONE_MOVES.get(match.group(), match.group())


def exact_text(text: str) -> str:
    """The text of an ``*_exact`` field: the canonical form (the analyzer lowercases it)."""
    text = display(text)
    return _PAIR_RE.sub(_move, text) if not text.isascii() else text


def _analyzer(*, fold: bool) -> tantivy.TextAnalyzer:
    builder = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_BYTES))
        .filter(tantivy.Filter.lowercase())
    )
    if fold:
        builder = builder.filter(tantivy.Filter.ascii_fold())
    return builder.build()


def exact_analyzer() -> tantivy.TextAnalyzer:
    """The analyzer of the exact fields: words, long ones dropped, lowercased."""
    return _analyzer(fold=False)


def fold_analyzer() -> tantivy.TextAnalyzer:
    """The analyzer of the folded fields: the exact one, then tantivy's ASCII folding.

    For every letter Vietnamese uses, ASCII folding after lowercasing is ``folded_form`` ("Đ" and
    "đ" become "d"; a test checks all 134 of them); doing it in the index rather than in Python
    is what lets the index take 2,500 articles/s instead of 1,300 (``folded_form`` walks texts
    with typographic quotes or dashes one character at a time). Query words go through the same
    analyzer, so the two sides agree even on the rare letters where the two foldings differ.
    """
    return _analyzer(fold=True)


def pairs_analyzer() -> tantivy.TextAnalyzer:
    """The analyzer of the word-pair fields: the pairs :func:`pairs_text` wrote, lowercased and folded."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
        .filter(tantivy.Filter.remove_long(2 * MAX_TOKEN_BYTES + 1))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )


PAIR_JOINER = "|"


def pairs_text(text: str) -> str:
    """Every two neighbouring words of ``text`` as one token: "Học sinh giỏi" -> "Học|sinh sinh|giỏi".

    A phrase query then reads one short posting list per pair instead of checking the positions
    of two very common words in every article that has both ("học" and "sinh": half of them).
    """
    tokens = TOKEN_RE.findall(text)
    return " ".join(map(PAIR_JOINER.join, pairwise(tokens)))


_EXACT = exact_analyzer()
_FOLD = fold_analyzer()


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a query in its two indexed forms.

    ``accented`` says whether the word was typed with diacritics (or "đ"): such a word matches the
    exact fields first and the folded fields with a lower weight; a word typed without them
    matches the folded fields only.
    """

    typed: str
    exact: str
    folded: str

    @property
    def accented(self) -> bool:
        """Whether the word carries diacritics or "đ" (its folded form differs from its lowercase)."""
        return self.exact != self.folded


def query_words(text: str) -> list[Word]:
    """Cut a piece of a query into words, with their exact and folded forms as the index has them."""
    text = display(text)
    words = []
    for match in TOKEN_RE.finditer(text):
        typed = match.group()
        exact, folded = _EXACT.analyze(exact_text(typed)), _FOLD.analyze(typed)
        if len(exact) == 1 and len(folded) == 1:
            words.append(Word(typed=typed, exact=exact[0], folded=folded[0]))
        elif not exact and not folded:
            continue  # too long to be indexed
        else:  # letters the analyzer cuts otherwise than we do: our own forms
            words.append(Word(typed=typed, exact=exact_text(typed).lower(), folded=folded_form(typed)))
    return words


def filter_key(value: str) -> str:
    """The key a filter value is indexed and matched under: folded, spaces collapsed, stripped."""
    return _SPACE_RE.sub(" ", folded_form(display(value))).strip()


def place_key(value: str) -> str:
    """The key of a place: its filter key without an opening unit word ("Tỉnh Lạng Sơn" -> "lang son")."""
    key = filter_key(value)
    for unit in _PLACE_UNIT_WORDS:
        if key.startswith(unit) and len(key) > len(unit):
            return key[len(unit):].strip()
    return key


def source_key(value: str) -> str:
    """The key of a source: its filter key without a URL scheme or "www." ("https://www.x.vn/" -> "x.vn")."""
    key = filter_key(value)
    for prefix in ("https://", "http://"):
        key = key.removeprefix(prefix)
    key = key.removeprefix("www.")
    return key.rstrip("/")
