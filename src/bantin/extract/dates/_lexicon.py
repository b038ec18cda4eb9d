"""The date words of ``lang/vi/dates.json``, loaded once, and helpers to turn them into patterns.

The date extractor matches on the display text without ``re.IGNORECASE``: an
ignore-case pattern loses the C-level fast path that lets ``re`` reject a start
position after one character comparison, and that path is what keeps the
extractor under a tenth of a millisecond per article. Case is folded by hand
instead: :func:`any_case` writes every letter as a two-letter class.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

SPACE = r"[ \t\u00a0]+"
"""One or more horizontal spaces: a date never runs across a line end."""
OPT_SPACE = r"[ \t\u00a0]*"


def any_case(word: str) -> str:
    """Return a pattern matching ``word`` in any mix of case, its spaces as runs of spaces."""
    parts: list[str] = []
    for char in word:
        if char == " ":
            parts.append(SPACE)
        elif char.lower() != char.upper() and len(char.upper()) == 1:
            parts.append(f"[{re.escape(char.lower())}{re.escape(char.upper())}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def any_of(words: Any, *, cased: bool = False) -> str:
    """Return a non-capturing alternation of ``words``, longest first (so "sáng sớm" beats "sáng")."""
    ordered = sorted(set(words), key=len, reverse=True)
    pieces = [re.escape(w).replace(r"\ ", SPACE) if cased else any_case(w) for w in ordered]
    return "(?:" + "|".join(pieces) + ")"


class EndsWithWord:
    r"""Finds one of some words at the end of a (lowercased) left context, as
    ``(?:^|[^\w])(?:words)\s*[(\[]?\s*$`` searched in it would.

    The pattern is matched once, anchored, on the context read backwards: searched forwards it is
    tried at every position of the context (a look-behind or an alternation first gives the engine
    no character to skip to), and the contexts are read around every number of a text.
    """

    __slots__ = ("_reversed",)

    def __init__(self, words: Any) -> None:
        ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
        body = "|".join(re.escape(w[::-1]).replace(r"\ ", r"\s+") for w in ordered)
        self._reversed = re.compile(rf"\s*[(\[]?\s*(?:{body})(?:[^\w]|\Z)")

    def search(self, left: str) -> re.Match[str] | None:
        """A match (of the reversed context: only its truth is meant) when ``left`` ends with a word."""
        return self._reversed.match(left[::-1])


def word_list_before(words: Any) -> EndsWithWord:
    """Return a matcher that finds one of ``words`` at the end of a (lowercased) left context."""
    return EndsWithWord(words)


def word_alternation(words: Any) -> re.Pattern[str]:
    r"""``(?<!\w)(?:words)(?!\w)``, each word's first letter first and the look-behind after it: an
    expression that opens with a look-behind is tried at every position, one that opens with a letter
    only where that letter is. For ``search`` as a test: it finds a word wherever the plain alternation
    finds one, though not always the same word where two start at one position."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [
        re.escape(first) + rf"(?<!\w{re.escape(first)})(?:"
        + "|".join(re.escape(rest) for rest in sorted(rests, key=len, reverse=True))
        + ")"
        for first, rests in by_first.items()
    ]
    return re.compile("(?:" + "|".join(branches) + r")(?!\w)")


def word_list_after(words: Any) -> re.Pattern[str]:
    """Return a pattern that finds one of ``words`` at the start of a (lowercased) right context."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"^\s*(?:{body})(?!\w)")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The contents of ``dates.json``, one attribute per key (see the file for what each means)."""

    weekday_head: str
    weekday_numbers: dict[str, int]
    sunday_words: tuple[str, ...]
    weekday_abbreviations: dict[str, int]
    standalone_weekday_before: tuple[str, ...]
    parts_of_day: dict[str, str]
    month_words: dict[str, int]
    day_nouns: tuple[str, ...]
    month_nouns: tuple[str, ...]
    year_nouns: tuple[str, ...]
    quarter_nouns: tuple[str, ...]
    quarter_numbers: dict[str, int]
    half_year_heads: tuple[str, ...]
    half_year_sides: dict[str, int]
    months_in_half_year: int
    month_run_sides: tuple[str, ...]
    range_openers: tuple[str, ...]
    range_joiners: tuple[str, ...]
    list_joiners: tuple[str, ...]
    year_range_nouns: tuple[str, ...]
    max_year_range_span: int
    max_day_range_years: int
    bare_year_before: tuple[str, ...]
    min_year: int
    max_year: int
    relative: dict[str, tuple[str, int]]
    part_of_day_relative: dict[str, int]
    relative_blockers_before: tuple[str, ...]
    relative_blockers_after: tuple[str, ...]
    weekday_relative_after: dict[str, str]
    hour_markers: tuple[str, ...]
    minute_words: tuple[str, ...]
    time_before: tuple[str, ...]
    strong_time_before: tuple[str, ...]
    twelve_hour_parts: dict[str, list[int]]
    same_day_after: tuple[str, ...]
    recurring_words: tuple[str, ...]
    duration_before: tuple[str, ...]
    duration_after: tuple[str, ...]
    not_date_before: tuple[str, ...]
    not_date_after: tuple[str, ...]
    fraction_before: tuple[str, ...]
    fraction_after: tuple[str, ...]
    fixed_non_dates: tuple[str, ...]
    ratio_words: tuple[str, ...]
    unit_after_number: tuple[str, ...]
    time_units: tuple[str, ...]
    year_source_blockers_before: tuple[str, ...]
    document_date_verbs: tuple[str, ...]
    future_after: tuple[str, ...]
    past_after: tuple[str, ...]
    target_before: tuple[str, ...]
    plan_words: tuple[str, ...]
    plan_word_false_friends: tuple[str, ...]

    def part_of_day(self, words: str) -> str:
        """Return the part of day ("morning" ...) that ``words`` (as written) name."""
        return self.parts_of_day[" ".join(words.lower().split())]

    def weekday_number(self, words: str) -> int:
        """Return the ``date.weekday()`` number of a weekday as written ("thứ Hai", "CN", "T7")."""
        if words in self.weekday_abbreviations:
            return self.weekday_abbreviations[words]
        folded = " ".join(words.lower().split())
        if folded in self.sunday_words:
            return 6
        return self.weekday_numbers[folded.split(" ", 1)[1]]


def _load() -> Lexicon:
    raw = json.loads((resources.files("bantin.lang.vi") / "dates.json").read_text(encoding="utf-8"))
    data = {key: value for key, value in raw.items() if not key.startswith("_")}
    data["relative"] = {word: (unit, int(offset)) for word, (unit, offset) in data["relative"].items()}
    for key, value in data.items():
        if isinstance(value, list):
            data[key] = tuple(value)
    # Every key is read: a key added to the file without a field here fails at import, not silently.
    return Lexicon(**data)


LEXICON = _load()
