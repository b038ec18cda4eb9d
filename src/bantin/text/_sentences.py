"""Sentence spans: where the sentences of a normalised text start and end.

Good enough for locating facts that belong together ("the date in the same
sentence"), not a linguistic sentence splitter: a sentence ends at . ! ? … or a
line end, when the next word starts with a capital, a digit or a quote.
Abbreviations with a dot ("TP. Hồ Chí Minh", "PGS.TS") are kept inside.
"""

from __future__ import annotations

import re

# Final punctuation with what may close it and the spaces after it, before what opens a sentence, or a
# run of line ends. One character class opens both branches, so the engine skips to the characters
# that can open a match; an alternation of a class and a literal would be tried at every position.
_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)\n*|[.!?…]*[\"”’)]*\s+(?=[\"“‘(]?[^\W_a-zđ]))")
# Words that end with a dot without ending the sentence ("TP. Hồ Chí Minh", "ThS. Lê An").
_ABBREVIATIONS = frozenset({"TP", "Tp", "TS", "ThS", "GS", "PGS", "BS", "St", "Th", "Q", "P"})


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:dot] in _ABBREVIATIONS and text[dot] == "."


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence of ``text[start:end]``, without surrounding spaces."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END_RE.finditer(text, start, stop):
        if text[match.start()] == "\n":
            finish = match.start()
        else:
            if _is_abbreviation(text, match.start()):
                continue
            finish = match.start() + len(match.group().rstrip())
        if finish > begin and text[begin:finish].strip():
            spans.append((begin, finish))
        begin = match.end()
    if begin < stop and text[begin:stop].strip():
        spans.append((begin, stop))
    return spans


def sentence_around(text: str, position: int) -> tuple[int, int]:
    """The span of the sentence that holds ``position``, found by looking only near it."""
    lo = max(0, text.rfind("\n", 0, position) + 1)
    hi = text.find("\n", position)
    hi = len(text) if hi < 0 else hi
    for span in sentence_spans(text, lo, hi):
        if span[0] <= position < span[1] or position < span[0]:
            return span
    return lo, hi
