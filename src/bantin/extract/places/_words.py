"""Small readers of the words around a match: the words before, the word after, a run of names."""

from __future__ import annotations

import re

from bantin.lang.vi.admin_words import UNIT_QUALIFIERS
from bantin.text import folded_form

UPPER = "".join(
    chr(c) for c in range(0x41, 0x1F00) if chr(c).isalpha() and chr(c).isupper() and len(chr(c).lower()) == 1
)
"""Every capital letter of the Latin scripts (Vietnamese and the rest), for character classes."""

QUALIFIERS = "|".join(map(re.escape, UNIT_QUALIFIERS))
"""The qualifiers that may stand between a unit word and its name ("huyện miền núi Kỳ Sơn"), as one alternation."""

SENTENCE_OPENERS = frozenset(".!?…:;\n\"“”‘’'(–—-•*[")
"""After one of these (and spaces), a capital letter opens a sentence, not a name."""

_NAME_RUN_RE = re.compile(rf"[{UPPER}][\w'’]*(?:(?: | ?[-–] ?)[{UPPER}][\w'’]*)*(?: \d{{1,2}}(?!\d))?")
_LONGEST_WORD = 24
_TOKEN_RE = re.compile(rf"[{UPPER}\d][\w'’]*")
_NUMBER_RE = re.compile(r"\d{1,2}(?![\w]|[.,]\d)")
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def is_word_start(text: str, start: int) -> bool:
    """Whether ``start`` begins a word (no letter or digit just before it)."""
    return start == 0 or not text[start - 1].isalnum()


def is_sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line, a quotation or a bracket."""
    index = start
    while index > 0 and text[index - 1] == " ":
        index -= 1
    return index == 0 or text[index - 1] in SENTENCE_OPENERS


def words_before(text: str, start: int, count: int = 2) -> list[tuple[str, int]]:
    """Up to ``count`` words right before ``start`` in the same clause, nearest first, with their starts.

    A punctuation mark between stops the walk: "Hà Nội, Lạng Sơn" gives nothing before "Lạng Sơn".
    """
    words: list[tuple[str, int]] = []
    end = start - 1
    while len(words) < count and end > 0 and text[end] == " ":
        begin = text.rfind(" ", end - _LONGEST_WORD if end > _LONGEST_WORD else 0, end) + 1
        word = text[begin:end]
        if not word or not word.isalnum():
            # keep the letters at the end ("(Tại" -> "Tại"); stop at a mark right before the space
            index = end
            while index > begin and (text[index - 1].isalnum() or text[index - 1] in "'’"):
                index -= 1
            if index == end:
                break
            words.append((text[index:end], index))
            break
        words.append((word, begin))
        end = begin - 1
    return words


def word_after(text: str, end: int) -> str | None:
    """The word right after ``end`` when one space separates them, else None."""
    if end >= len(text) - 1 or text[end] != " ":
        return None
    index = end + 1
    stop = index
    while stop < len(text) and (text[stop].isalnum() or text[stop] in "'’"):
        stop += 1
    return text[index:stop] or None


def is_capitalised(word: str) -> bool:
    """Whether a word begins with a capital letter."""
    return bool(word) and word[0].isupper()


def is_acronym(word: str) -> bool:
    """Whether a word is written in capitals ("UBND", "U23"): an acronym, not a given name."""
    return len(word) >= 2 and word.isupper()


def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` could be one Vietnamese syllable ("Tho", "Đình": yes; "Donald", "Putin": no)."""
    return bool(_SYLLABLE_RE.fullmatch(folded_form(word)))


def name_run(text: str, start: int) -> list[tuple[int, int]]:
    """The capitalised words from ``start`` ("Lạng Sơn", "Phan Rang - Tháp Chàm"), as token spans."""
    run = _NAME_RUN_RE.match(text, start)
    if run is None:
        return []
    return [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, run.end())]


def number_at(text: str, start: int) -> tuple[int, int] | None:
    """A one- or two-digit unit number at ``start`` ("Quận 1", "phường 12"), as a span."""
    found = _NUMBER_RE.match(text, start)
    return (found.start(), found.end()) if found else None
