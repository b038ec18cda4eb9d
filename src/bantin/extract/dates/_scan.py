"""Walk a text from anchor to anchor and read the date expressions there.

An anchor is the first digit of a number, or a date word that needs no number
(:data:`KEYWORD_ANCHOR_RE`: "thứ Hai", "quý II", "hôm" before "nay"). A date
expression may open a few words before its anchor ("Sáng thứ Hai, ngày 16/7":
anchor "16"), so the scanner walks back over the date words just before it
(:data:`CHAIN_WORDS`) and tries the pattern at each of their starts, the
farthest first, then at the anchor itself. The first match that reaches past the
anchor and that :mod:`._parse` accepts wins, and the scan goes on after it.

Most numbers in news are amounts, not dates: :data:`DIGIT_ANCHOR_RE` tells the
scanner which numbers can open one, and :func:`date_pattern_for` tries only the
shapes that can open with the first word of a start.
"""

from __future__ import annotations

from bantin.extract.dates._mention import RawDate
from bantin.extract.dates._parse import PARSERS
from bantin.extract.dates._patterns import (
    CHAIN_SEPARATORS,
    CHAIN_WORDS,
    DIGIT_ANCHOR_RE,
    KEYWORD_ANCHOR_RE,
    LINE_KEYWORD_ANCHOR_RE,
    NUMBER_HEAD_SUFFIXES,
    NUMBER_KEY,
    REVERSED_WORD_RE,
    YEAR_ONLY_WORDS,
    date_pattern_for,
)

_MAX_CHAIN = 6  # "rạng sáng thứ Hai, ngày 16/7": five words before the number
_LOOK_BACK = 48  # characters; six date words and their separators fit
_LONGEST_WORD = 8  # characters: the longest single date word ("nhiệm", "tháng", "ngoái") and then some
_FOLLOWS, _YEAR, _AFTER_HEAD = "follows", "year", "after-head"  # what a number anchor can open
_OPENING_MARKS = "([\"'“‘"

Anchor = tuple[int, str]
"""A position and what stands there: a word (lowercased) or the kind of a number."""


def _anchors(text: str) -> list[Anchor]:
    """The anchors of ``text`` in order; numbers that can open no date are left out."""
    anchors: list[Anchor] = []
    for match in DIGIT_ANCHOR_RE.finditer(text):
        kind = match.lastgroup
        if kind is not None:
            anchors.append((match.start(), kind))
        elif text.endswith(NUMBER_HEAD_SUFFIXES, 0, match.start()):
            anchors.append((match.start(), _AFTER_HEAD))
    words = [(m.start("k"), m.group("k")) for m in KEYWORD_ANCHOR_RE.finditer(text)]
    words += [(m.start("k"), m.group("k")) for m in LINE_KEYWORD_ANCHOR_RE.finditer(text)]
    first = LINE_KEYWORD_ANCHOR_RE.match("\n" + text[:_LOOK_BACK])  # a date word opening the text
    if first is not None:
        words.append((0, first.group("k")))
    if words:
        anchors += [(start, word.split(None, 1)[0].lower()) for start, word in words]
        anchors.sort()
    return anchors


def _previous_word(text: str, anchor: int, floor: int) -> str | None:
    """The word just before ``anchor`` (lowercased) when it is a date word, else ``None``.

    A cheap look (a slice and a split) that spares most anchors the full chain walk.
    """
    end = anchor
    while end > floor and text[end - 1] in CHAIN_SEPARATORS:
        end -= 1
    if end == anchor:
        return None
    piece = text[max(floor, end - _LONGEST_WORD) : end].rsplit(None, 1)[-1:]
    word = piece[0].lower().lstrip(_OPENING_MARKS) if piece else ""  # "(SN 1959"
    return word if word in CHAIN_WORDS else None


def _chain(text: str, anchor: int, floor: int) -> list[Anchor]:
    """The date words just before ``anchor`` (start, lowercased word), nearest first.

    The words are read on the reversed text, so that one anchored match finds
    each word without trying every position before it.
    """
    low = max(floor, anchor - _LOOK_BACK)
    reversed_left = text[low:anchor][::-1]
    chain: list[Anchor] = []
    position = 0
    for _ in range(_MAX_CHAIN):
        match = REVERSED_WORD_RE.match(reversed_left, position)
        if match is None or (match.end() == len(reversed_left) and low > floor and text[low - 1].isalnum()):
            break  # no word, or a word cut by the look-back limit
        word = match.group(1)[::-1].lower()
        if word not in CHAIN_WORDS:
            break
        position = match.end()
        chain.append((anchor - position, word))
    return chain


def _candidate_starts(text: str, anchor: int, kind: str, floor: int) -> list[Anchor]:
    """Where to try a pattern for ``anchor`` (start, first word), farthest first.

    A number that can open a date on its own is tried there, after the date
    words before it; a year or a number after "tháng", "quý", "thứ" only from
    the date words before it. Words that open only a bare year ("đến", "cuối")
    count only before a year.
    """
    if _previous_word(text, anchor, floor) is None:
        return [] if kind in (_YEAR, _AFTER_HEAD) else [(anchor, NUMBER_KEY if kind == _FOLLOWS else kind)]
    chain = _chain(text, anchor, floor)
    starts = [
        (start, word) for start, word in reversed(chain) if kind == _YEAR or word not in YEAR_ONLY_WORDS
    ]
    if kind not in (_YEAR, _AFTER_HEAD):
        starts.append((anchor, NUMBER_KEY if kind == _FOLLOWS else kind))
    return starts


def read_dates(text: str) -> list[RawDate]:
    """Return the date expressions of ``text`` as read, left to right, without overlaps.

    A match the context rejects (a fraction, a duration) does not end the
    search: the next start before the anchor, and the anchors inside the match,
    are still tried.
    """
    dates: list[RawDate] = []
    done = 0
    for anchor, kind in _anchors(text):
        if anchor < done:
            continue
        for start, word in _candidate_starts(text, anchor, kind, done):
            pattern = date_pattern_for(word)
            match = pattern.match(text, start) if pattern is not None else None
            if match is None or match.end() <= anchor:
                continue
            found = PARSERS[match.lastgroup or ""](match, text)
            if found:
                dates.extend(found)
                done = match.end()
                break
    return dates
