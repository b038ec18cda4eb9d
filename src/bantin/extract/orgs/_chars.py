"""Character classes and a trie-shaped regex builder, shared with the people and meetings extractors.

Python's ``re`` has no ``\\p{Lu}``; Vietnamese capitals are spread over Latin-1,
Latin Extended and the Latin Extended Additional block, so the classes are built
once from ``str.isupper``. Word lists (heads, titles, markers) become one regex
shaped as a trie ("B(?:an|ộ|ệnh viện)"): the engine then tries one branch per
character instead of every word at every capital, which keeps the scans of a
3 KB article in the tens of microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_RANGES = ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00))


def _letters(predicate: str) -> str:
    chars = []
    for start, end in _RANGES:
        for code in range(start, end):
            char = chr(code)
            if char.isalpha() and getattr(char, predicate)():
                chars.append(char)
    return "".join(chars)


UPPER = _letters("isupper")
"""Every capital letter of Vietnamese and the other Latin-script languages news quotes."""

LOWER = _letters("islower")
"""Every small letter of the same ranges."""

UPPER_CLASS = "[" + re.escape(UPPER) + "]"
LOWER_CLASS = "[" + re.escape(LOWER) + "]"


_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie; longer words are tried first.

    The result matches exactly the words given (as literals); wrap it in boundaries.
    """
    root: _Trie = {}
    for word in set(words):
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(root)


def _node_pattern(node: _Trie) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Greedy "?" tries the longer continuation first; the caller's boundary backtracks.
        return "(?:" + body + ")?"
    return body


def word_start_pattern(words: Iterable[str]) -> str:
    r"""``(?<![^\W\d_])(?:words)`` (the words, each starting a word), shaped for a fast scan.

    A pattern that opens with a look-behind makes the engine try it at every position; here each
    word's first letter comes first, so the engine skips to the letters that open a word of the
    list, and the look-behind, moved after that letter, looks at the character before it (a
    letter, then the first letter itself). The rest is a trie, so at each start the longest word
    is tried first, as in a longest-first alternation.
    """
    by_first: dict[str, list[str]] = {}
    for word in set(words):
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        rest = trie_pattern(rests)
        if "" in rests and rest:
            rest = f"(?:{rest})?"
        branches.append(re.escape(first) + r"(?<![^\W\d_]" + re.escape(first) + ")" + rest)
    return "(?:" + "|".join(branches) + ")"


def case_variants(phrase: str) -> tuple[str, ...]:
    """The spellings news prints a phrase in: as listed, all lowercase, and sentence case."""
    lower = phrase.lower()
    sentence = phrase[:1].upper() + lower[1:]
    return tuple(dict.fromkeys((phrase, lower, sentence)))


def is_capitalised(token: str) -> bool:
    """Whether a token starts with a capital letter ("Sở", "UBND", "Jong-un" does not)."""
    return bool(token) and token[0].isupper()


def is_title_case(token: str) -> bool:
    """A capital then small letters: the shape of a name syllable ("Nghĩa", "H'Hen", "Jong-un")."""
    return bool(token) and token[0].isupper() and (len(token) == 1 or token[1].islower() or token[1] in "'’")


_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_OPEN_PAIRS = ("oa", "oe", "uy")


def tone_variants(phrase: str) -> tuple[str, ...]:
    """``phrase`` in both tone placements of "oa, oe, uy": "Tỉnh ủy" -> ("Tỉnh ủy", "Tỉnh uỷ").

    Word lists are written in the canonical (traditional) placement; pages use both, and the
    scans match the display text, so every entry is compiled in both spellings.
    """
    words = phrase.split(" ")
    changed = False
    for index, word in enumerate(words):
        moved = _move_tone_to_second(word)
        if moved != word:
            words[index] = moved
            changed = True
    return (phrase, " ".join(words)) if changed else (phrase,)


def _move_tone_to_second(word: str) -> str:
    tail = len(word)
    while tail and not word[tail - 1].isalpha():
        tail -= 1
    if tail < len(word):
        return _move_tone_to_second(word[:tail]) + word[tail:]
    decomposed = unicodedata.normalize("NFD", word)
    letters = [c for c in decomposed if not unicodedata.combining(c)]
    base = "".join(letters)
    if len(base) < 2 or base[-2:].lower() not in _OPEN_PAIRS:
        return word
    if len(base) >= 3 and base[-2].lower() == "u" and base[-3].lower() == "q":
        return word  # "quý": u belongs to the onset
    # Find the tone mark on the first vowel of the pair and move it to the second.
    chars = list(unicodedata.normalize("NFD", word))
    positions = [i for i, c in enumerate(chars) if not unicodedata.combining(c)]
    first, second = positions[-2], positions[-1]
    marks = chars[first + 1 : second]
    tone = [m for m in marks if m in _TONE_MARKS]
    if not tone:
        return word
    kept = [m for m in marks if m not in _TONE_MARKS]
    rebuilt = chars[: first + 1] + kept + [chars[second]] + tone + chars[second + 1 :]
    return unicodedata.normalize("NFC", "".join(rebuilt))


def reversed_trie_pattern(words: Iterable[str]) -> str:
    """:func:`trie_pattern` of the words written backwards, for :func:`match_before`."""
    return trie_pattern(word[::-1] for word in words)


WORD_START = r"(?![\w&'’.\-])"
"""Closes a backwards pattern: the word read backwards must start there (no letter before it)."""


def match_before(pattern: re.Pattern[str], text: str, end: int, window: int) -> re.Match[str] | None:
    """Match ``pattern`` (built from backwards words) against the text ending at ``end``, read backwards.

    Looking back with a forward search means trying every start in the window; reading the window
    backwards makes it one anchored match. The match's ``end()`` is the length of what was found,
    which therefore starts at ``end - match.end()``.
    """
    return pattern.match(text[max(0, end - window) : end][::-1])
