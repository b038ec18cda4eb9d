"""The folded form: lowercase, no diacritics, "đ" as "d".

This is the form a query typed without accents is matched against. Unicode's
decomposition does not take the stroke off "đ" (it is a letter of its own, not
"d" plus a mark), which is why SQLite's ``remove_diacritics`` leaves it alone
and why we fold it here ourselves.

The folding maps each character of an NFC string to exactly one character, so
the folded form has the length of the display text and shares its offsets.
Characters whose lowercase is longer than one character ("İ") keep their own
lowercase first letter only when it is a single character, else stay as they are.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    stripped = "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.combining(c))
    # A lone combining mark (one that NFC could not attach to its letter) folds to itself,
    # so that the folded text keeps the length of the display text.
    return stripped if len(stripped) == 1 else lower


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, end in ((0x41, 0x5B), (0xC0, 0x250), (0x1E00, 0x1F00)):
        for code in range(start, end):
            folded = _fold_char(chr(code))
            if folded != chr(code):
                table[code] = folded
    return table


_TABLE = _build_table()


def folded_form(text: str) -> str:
    """Return ``text`` lowercased, without diacritics, with "đ" as "d" ("Đà Nẵng" -> "da nang").

    The result has the same length as ``text`` when ``text`` is NFC.
    """
    folded = text.translate(_TABLE)
    if folded.isascii():
        return folded
    # Rare characters outside the prepared ranges (Greek, Cyrillic, symbols) go one by one.
    return "".join(c if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 else _fold_char(c) for c in folded)
