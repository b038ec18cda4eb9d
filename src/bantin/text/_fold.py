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
    # An exact dict keeps str.translate on its fastest path; it covers every script a Vietnamese
    # page mixes in (Latin, Greek, Cyrillic, punctuation, symbols, full-width forms). Characters
    # beyond it (CJK and the like) have no case and no marks to fold, and stay as they are.
    # Identity entries too: a character missing from the table costs translate a failed lookup.
    table: dict[int, str] = {}
    for start, end in ((0x00, 0x3000), (0xFF00, 0xFFF0)):
        for code in range(start, end):
            table[code] = _fold_char(chr(code))
    return table


_TABLE = _build_table()


def folded_form(text: str) -> str:
    """Return ``text`` lowercased, without diacritics, with "đ" as "d" ("Đà Nẵng" -> "da nang").

    The result has the same length as ``text`` when ``text`` is NFC.
    """
    return text.translate(_TABLE)
