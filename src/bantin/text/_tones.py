"""The canonical form: one tone placement for the vowel pairs "oa", "oe" and "uy".

Vietnamese newsrooms write the tone of an open syllable ending in oa, oe or uy
either on the first vowel ("hòa", "khỏe", "thủy", "ủy": the traditional style
most of them use) or on the second ("hoà", "khoẻ", "thuỷ", "uỷ"). The seed
article has "Tỉnh uỷ" and "cấp ủy" side by side. Matching must not care, so the
canonical form moves the tone to the first vowel. A syllable that goes on
("hoàng", "thuyết", "khoảng") has one spelling only and is left alone, and so is
"qu" + "y" ("quý"), where u belongs to the consonant.

Moving a tone mark from one letter to its neighbour keeps the length of an NFC
string, so offsets into the display text are offsets into the canonical form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
_PAIRS = ("oa", "oe", "uy")


def _build_moves() -> dict[str, str]:
    """Map every "second-vowel toned" pair, in all case mixes, to its canonical spelling."""
    moves: dict[str, str] = {}
    for pair in _PAIRS:
        for first in (pair[0], pair[0].upper()):
            for second in (pair[1], pair[1].upper()):
                for mark in _TONE_MARKS:
                    written = first + unicodedata.normalize("NFC", second + mark)
                    canonical = unicodedata.normalize("NFC", first + mark) + second
                    moves[written] = canonical
    return moves


_MOVES = _build_moves()
# A pair is only an open-syllable ending when no letter follows it, and "uy"
# after q/Q is the "qu" onset plus y.
# One character class for the toned second vowels keeps the scan fast; the
# callback leaves pairs that are not oa/oe/uy ("oý") as they are.
_SECOND_VOWELS = "".join(sorted({pair[1] for pair in _MOVES}))
# The pattern opens with a character class, which the engine skips to in C (an optional "q"
# first would make it try the whole pattern at every position: three times slower on a 3 KB
# article); the callback looks at the letter before the pair for the "qu" onset instead.
_PAIR_RE = re.compile(r"[oOuU][" + _SECOND_VOWELS + r"](?![^\W\d_])")
# The same, one expression per first vowel, for long texts: an expression that opens with one literal
# character is scanned for it at C speed, where a class costs a test of every character (four literal
# scans cost half of one class scan over a 3 KB article). Two pairs never overlap (a pair ends with a
# toned a/e/y, which opens none), so the four together find what the one finds.
_PAIR_RES = tuple(re.compile(first + r"[" + _SECOND_VOWELS + r"](?![^\W\d_])") for first in "oOuU")
_SPLIT_SCAN_MIN = 256
"""Below this length the one expression is cheaper (four calls cost more than the scan)."""


def _move(match: re.Match[str]) -> str:
    pair = match.group()
    start = match.start()
    if start and match.string[start - 1] in "qQ":
        return pair  # "quý": after "q", "u" belongs to the onset; a pair after "q" is left as is
    return _MOVES.get(pair, pair)


def canonical_form(text: str) -> str:
    """Return ``text`` with the tone of final oa/oe/uy on the first vowel ("uỷ" -> "ủy").

    The result has the same length as ``text`` when ``text`` is NFC.
    """
    if text.isascii():
        return text
    if len(text) < _SPLIT_SCAN_MIN:
        return _PAIR_RE.sub(_move, text)
    matches = [match for pattern in _PAIR_RES for match in pattern.finditer(text)]
    if not matches:
        return text  # the very object, as ``sub`` gives it: callers test ``canonical_text(t) is t``
    matches.sort(key=_start)
    pieces = []
    end = 0
    for match in matches:
        pieces.append(text[end : match.start()])
        pieces.append(_move(match))
        end = match.end()
    pieces.append(text[end:])
    return "".join(pieces)


def _start(match: re.Match[str]) -> int:
    return match.start()


@lru_cache(maxsize=16)
def canonical_text(text: str) -> str:
    """``canonical_form(text)``, cached: for a whole article, which several stages read in this form.

    Use :func:`canonical_form` for words and phrases; this one keeps the last few texts only.
    """
    return canonical_form(text)


@lru_cache(maxsize=16)
def canonical_lower(text: str) -> str:
    """``canonical_form(text).lower()``, cached: several extractors match on it for the same text."""
    canonical = canonical_text(text)
    lowered = canonical.lower()
    # A few characters lowercase to two ("İ"); keep the offsets shared rather than the letters.
    return lowered if len(lowered) == len(text) else canonical
