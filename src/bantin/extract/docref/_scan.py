"""Where references may be: a cheap scan that picks the windows worth parsing.

Most news articles cite no document, and the parsers (symbol grammar, type
words, tails) cost far more than a look for what every reference must contain:

- every symbol has a slash right after a digit ("15/2020/NĐ-CP", "1234/QĐ-TTg") or
  right after a type code that follows a digit ("05-CT/TW", "858CV/ĐUK");
- every short mention has a type word's last syllable before a number ("Chỉ thị 05",
  "NQ 57");
- named resolutions, the Constitution and gazetteer nicknames have their words
  ("nghị quyết ... đại hội", "hiến pháp", "luật báo chí");
- laws cited by name have "Luật" and a name of the gazetteer or a year after it
  ("Luật Đất đai", "luật Cán bộ, công chức năm 2008").

Each find opens a window around it, wide enough for the type word before and the
tail after; windows are widened to whitespace (so no code or syllable is cut)
and merged. The parsers then run in the windows only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bantin.extract.docref._data import Tables, load_tables
from bantin.extract.docref._laws import law_windows
from bantin.extract.docref._patterns import patterns
from bantin.text import canonical_lower, canonical_text, folded_form

_SLASHES = "/\u2044\u2215\uff0f"
_DASHES = "\\-\u2010-\u2015\u2212\ufe63\uff0d"
_SLASH = re.compile("[" + _SLASHES + "]")
# Before a Party symbol's slash: a number, maybe a dash, a 2-4 letter type code ("05-CT", "23 – NQ", "858CV").
_PARTY_BEFORE_SLASH = re.compile(r"\d {0,2}[" + _DASHES + r"]? {0,2}[A-Za-zĐđÐ]{1,4} {0,2}$")
_YEAR_THEN_CODE = re.compile(r"(?:19|20)\d\d {0,2}[" + _DASHES + _SLASHES + r"] {0,2}[A-ZĐÐ]")

SYMBOL_BEFORE = 130
SYMBOL_AFTER = 200
WORD_BEFORE = 60
WORD_AFTER = 250


@dataclass(frozen=True, slots=True)
class ScanWords:
    """The compiled word scans, built from the language data."""

    short_syllables: frozenset[str]
    named_needles: tuple[str, ...]
    named_context: tuple[str, ...]
    constitution_needles: tuple[str, ...]
    nickname_needles: tuple[str, ...]
    abbreviations: re.Pattern[str]


@lru_cache(maxsize=1)
def _scan_words() -> ScanWords:
    tables: Tables = load_tables()
    syllables: set[str] = set()
    for word in tables.type_words:
        if word.is_short:
            last = word.word.split()[-1]
            syllables |= {last.lower(), last.upper(), last.capitalize()}
            syllables |= {form.split()[-1] for form in word.folded_forms}
    abbreviations = list(tables.short_abbreviations)
    nickname_words = {form.split()[0] for form in tables.named_documents}
    nickname_words |= {" ".join(form.split()[:2]) for form in tables.named_documents}
    nickname_needles = {
        w.word.lower() for form, w in tables.type_word_index.items() if form in nickname_words
    }
    return ScanWords(
        short_syllables=frozenset(syllables | set(abbreviations)),
        named_needles=("nghị quyết", "kết luận", "nghi quyet", "ket luan"),
        named_context=("đại hội", "trung ương", "hội nghị", "dai hoi", "trung uong"),
        constitution_needles=("hiến pháp", "hien phap"),
        nickname_needles=tuple(sorted(nickname_needles)),
        abbreviations=re.compile(r"\b(?:NQ|KL)\b"),
    )


def _slashes(text: str) -> list[int]:
    """Where the slashes of ``text`` are. A class scan costs a test per character; the plain slash is
    found at C speed, and the other slashes (fraction and division slashes, fullwidth) are all but
    never there."""
    if any(slash in text for slash in _SLASHES[1:]):
        return [match.start() for match in _SLASH.finditer(text)]
    found = []
    at = text.find("/")
    while at != -1:
        found.append(at)
        at = text.find("/", at + 1)
    return found


def _slash_windows(text: str) -> list[tuple[int, int]]:
    windows = []
    for at in _slashes(text):
        before = text[max(0, at - 12) : at].rstrip(" ")
        after = text[at + 1 : at + 16].lstrip(" ")
        if not before or not after:
            continue
        if before[-1].isdigit():
            if not (after[0].isupper() or after[0] == "Ð" or _YEAR_THEN_CODE.match(after)):
                continue
        elif not _PARTY_BEFORE_SLASH.search(before):
            continue
        windows.append((at - SYMBOL_BEFORE, at + SYMBOL_AFTER))
    return windows


# A number after a space: where a short mention ends ("Chỉ thị 05", "NQ số 57").
_SPACE_NUMBER = re.compile(r" \d")
_SO = frozenset({"số", "Số", "SỐ", "so"})


def _short_windows(text: str, syllables: frozenset[str]) -> list[tuple[int, int]]:
    """Windows at numbers that follow a short type word's last syllable, maybe with "số" between.

    Looking for the number and checking the word before it in Python is several
    times faster than a regex alternation of the syllables, which tries every position.
    """
    windows = []
    for match in _SPACE_NUMBER.finditer(text):
        at = match.start()
        before = text[max(0, at - 12) : at]
        cut = before.rfind(" ")
        word = before[cut + 1 :]
        if word in _SO:
            before = before[: max(cut, 0)]
            word = before[before.rfind(" ") + 1 :]
        if word in syllables:
            windows.append((at - WORD_BEFORE, at + WORD_AFTER))
    return windows


def _needle_windows(lowered: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    windows = []
    for needle in needles:
        at = lowered.find(needle)
        while at >= 0:
            windows.append((at - 5, at + WORD_AFTER))
            at = lowered.find(needle, at + len(needle))
    return windows


def _nickname_windows(text: str, lowered: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """Windows at type words that start a gazetteer nickname ("Luật Báo chí năm 2016").

    "luật" is everywhere in the news ("pháp luật"), so each find is checked against
    the nicknames at once, on the folded text, and kept only when one matches.
    """
    named = patterns().named_document
    windows = []
    for lo, hi in _needle_windows(lowered, needles):
        at = lo + 5
        if named.match(folded_form(text[at : at + WORD_AFTER // 2])):
            windows.append((lo, hi))
    return windows


def _widen(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Move a window's edges out to whitespace, so no word or code is cut in two."""
    lo, hi = max(0, lo), min(len(text), hi)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """The merged windows of ``text`` that may hold a reference; empty when none can."""
    words = _scan_words()
    windows = _slash_windows(text)
    windows += _short_windows(text, words.short_syllables)
    if canonical_text(text) is text:
        # Most texts are in the canonical form already: their lowercase form is the one the meetings
        # read too (cached), with the same fallback.
        lowered = canonical_lower(text)
    else:
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer: look case-sensitively
            lowered = text
    if any(n in lowered for n in words.named_context):
        windows += _needle_windows(lowered, words.named_needles)
        windows += [(m.start() - 5, m.end() + WORD_AFTER) for m in words.abbreviations.finditer(text)]
    windows += _needle_windows(lowered, words.constitution_needles)
    windows += _nickname_windows(text, lowered, words.nickname_needles)
    windows += law_windows(text, WORD_AFTER)
    if not windows:
        return []
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(_widen(text, lo, hi) for lo, hi in windows):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged
