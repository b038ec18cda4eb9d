"""Sentence spans: where the sentences of a normalised text start and end.

Good enough for locating facts that belong together ("the date in the same
sentence"), not a linguistic sentence splitter: a sentence ends at . ! ? … or a
line end, when the next word starts with a capital, a digit or a quote.
Abbreviations with a dot ("TP. Hồ Chí Minh", "PGS.TS") are kept inside.
"""

from __future__ import annotations

import re

_END_RE = re.compile(r"(?:(?<!\bTP)(?<!\bTS)(?<!\bThS)(?<!\bGS)(?<!\bBS)(?<!\bSt)[.!?…]+[\"”’)]*\s+(?=[\"“‘(]?[^\W_a-zđ])|\n+)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence of ``text``, in order, without surrounding spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END_RE.finditer(text):
        end = match.start() + len(match.group().rstrip())
        if text[match.start()] == "\n":
            end = match.start()
        if end > start:
            spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]
