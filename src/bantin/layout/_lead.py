"""The opening tag of a lead: a dash, an outlet in parentheses, a city in capitals.

Pages open the lead with what they consider its dateline: a bare dash on
provincial portals ("– Sáng 16/7, ..."), the outlet in parentheses on most
papers ("(TTXVN) – ", "(Báo Lạng Sơn) - ", "(PLO)- "), a city in capitals on
others ("HÀ NỘI – "), or both ("HÀ NỘI (TTXVN) – "). The tag is stripped from the
lead and kept in the record.
"""

from __future__ import annotations

import re

from bantin.lang.vi.layout import CAPS_TAG_MAX_WORDS, DASHES, LEAD_TAG_MAX_CHARS

# The dash that closes a tag is followed by a space; "COVID-19" or "Covid-19" are not tags.
_CLOSING_DASH_RE = re.compile(rf"\s?[{DASHES}]\s+")
_DASH_RE = re.compile(rf"[{DASHES}]\s+")
"""``_CLOSING_DASH_RE`` without its optional space: a pattern that opens with an optional part is tried
at every position, one that opens with a class only at the dashes; :func:`_closing_dashes` puts the
space back."""


def _closing_dashes(head: str) -> list[tuple[int, int]]:
    """The spans ``_CLOSING_DASH_RE.finditer(head)`` gives: each dash with the spaces after it, and the
    one space before it when the previous span did not take it."""
    spans = []
    previous_end = 0
    for match in _DASH_RE.finditer(head):
        start = match.start()
        if start > previous_end and head[start - 1].isspace():
            start -= 1
        spans.append((start, match.end()))
        previous_end = match.end()
    return spans
_PAREN_RE = re.compile(r"\([^()\n]{1,40}\)")


def _is_caps_words(prefix: str) -> bool:
    words = prefix.split()
    if not 1 <= len(words) <= CAPS_TAG_MAX_WORDS:
        return False
    return all(any(ch.isalpha() for ch in word) and word == word.upper() for word in words)


def _is_tag(prefix: str) -> bool:
    prefix = prefix.strip()
    if not prefix:
        return True
    # "(TTXVN)", "(Báo Lạng Sơn)", "HÀ NỘI (TTXVN)", "(TTXVN) HÀ NỘI"
    parens = _PAREN_RE.findall(prefix)
    rest = _PAREN_RE.sub(" ", prefix).strip()
    if len(parens) > 1:
        return False
    if not rest:
        return len(parens) == 1
    return _is_caps_words(rest)


def split_lead_tag(paragraph: str) -> int:
    """Return the length of the lead tag that opens ``paragraph``, 0 when there is none.

    The length covers the tag, its dash and the space after it, so that
    ``paragraph[n:]`` is the lead as the reader reads it.
    """
    head = paragraph[: LEAD_TAG_MAX_CHARS + 3]
    for start, end in _closing_dashes(head):
        if start > LEAD_TAG_MAX_CHARS:
            break
        prefix = head[:start]
        if _is_tag(prefix):
            rest = paragraph[end:]
            # A tag opens a sentence: what follows starts with a capital, a digit or a quote.
            if rest and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“'‘("):
                return end
            return 0
        if prefix and not prefix.endswith(")") and not _is_caps_words(prefix.split("(")[0]):
            break
    return 0
