"""Spellings: the form the matchers read, and the canonical spelling of codes, numbers and places.

The matchers read a *match form* of the display text: its canonical form (one tone
placement, so "khoá" is "khóa" and "Tỉnh uỷ" is "Tỉnh ủy"), with every dash read as
"-", every slash as "/" and the Icelandic eth "Ð" (pasted for "Đ" in some
portals: "772/QÐ-TTg") as "Đ". Each replacement is one character for one, so
offsets into the match form are offsets into the display text (SPEC §6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bantin.extract.docref._data import Tables, TypeCode, load_tables
from bantin.text import canonical_text, folded_form

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SLASHES = "\u2044\u2215\uff0f"
_MATCH_CHARS = (*((c, "-") for c in _DASHES), *((c, "/") for c in _SLASHES), ("Ð", "Đ"), ("ð", "đ"))
"""Each character and its replacement. No replacement is itself replaced, so replacing them one
after another is one translation; ``str.translate`` looks every character of a Vietnamese text up in
a dict (a few tenths of a millisecond for an article), while ``in`` and ``replace`` scan in C."""


def match_form(text: str) -> str:
    """The text the matchers read: canonical tone placement, one dash, one slash, Đ for Ð.

    Same length as ``text``: a span found in it is the same span of ``text``.
    """
    matched = canonical_text(text)  # the whole article: its canonical form is shared (cached)
    for char, replacement in _MATCH_CHARS:
        if char in matched:
            matched = matched.replace(char, replacement)
    return matched


def id_code(code: str) -> str:
    """A code as the canonical id writes it: ASCII, upper case, Đ as D ("BGDĐT" -> "BGDDT")."""
    return folded_form(code).upper()


def _d_fold(code: str) -> str:
    return code.upper().replace("Đ", "D")


@dataclass(frozen=True, slots=True)
class CodeBook:
    """Type codes, looked up exactly, then case-insensitively, then with Đ read as D."""

    exact: dict[str, TypeCode]
    upper: dict[str, TypeCode]
    folded: dict[str, TypeCode]

    def lookup(self, printed: str) -> tuple[TypeCode | None, bool]:
        """The type a printed code stands for, and whether reading it took a repair."""
        if printed in self.exact:
            return self.exact[printed], False
        key = printed.upper()
        if key in self.upper:
            return self.upper[key], False
        found = self.folded.get(_d_fold(printed))
        return found, found is not None


def _codebook(codes: dict[str, TypeCode], exceptions: frozenset[str]) -> CodeBook:
    upper = {code.upper(): entry for code, entry in codes.items()}
    folded: dict[str, TypeCode] = {}
    collisions: set[str] = set()
    for code, entry in codes.items():
        key = _d_fold(code)
        if code in exceptions or key in folded:
            collisions.add(key)
        folded[key] = entry
    for key in collisions:
        folded.pop(key, None)
    return CodeBook(dict(codes), upper, folded)


@lru_cache(maxsize=1)
def state_codebook() -> CodeBook:
    """State type codes: NĐ30 administrative, legacy and normative ones."""
    tables = load_tables()
    return _codebook(tables.state_types | tables.normative_types, tables.fold_exceptions)


@lru_cache(maxsize=1)
def party_codebook() -> CodeBook:
    """Party type codes (HD36 and attested usage)."""
    tables = load_tables()
    return _codebook(tables.party_types, tables.fold_exceptions)


@lru_cache(maxsize=1)
def state_hyphen_codebook() -> CodeBook:
    """Type codes of the old hyphen-first State symbols ("18-L/CTN")."""
    tables = load_tables()
    return _codebook(tables.state_hyphen_types, tables.fold_exceptions)


def repair_issuer(code: str, tables: Tables) -> tuple[str, bool]:
    """Repair a misspelt issuer ending ("TƯ" -> "TW"); return the code and whether it changed."""
    for wrong, right in tables.issuer_repairs.items():
        if code.upper().endswith(wrong):
            return code[: len(code) - len(wrong)] + right, True
    return code, False


def is_party_issuer(code: str, tables: Tables) -> bool:
    """Whether an issuer code names a Party body (SPEC §2.5)."""
    key = code.upper()
    return (
        key in tables.party_codes
        or key.endswith(tables.party_suffixes)
        or key.startswith(tables.party_prefixes)
    )


def is_mass_org_issuer(code: str, tables: Tables) -> bool:
    """Whether an issuer code names a mass organisation using the Party layout."""
    key = code.upper()
    return any(marker in key for marker in tables.mass_org_markers)


def pad_number(number: str) -> str:
    """Left-pad the integer part of a document number to two digits ("5" -> "05", "66.7" kept)."""
    head, dot, tail = number.partition(".")
    head = str(int(head)).rjust(2, "0")
    return head + dot + tail


def number_value(number: str) -> tuple[int, str]:
    """A number as a comparable key: "05" and "5" are the same number."""
    head, _, tail = number.partition(".")
    return int(head), tail


_ROMAN_VALUES = (
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def to_roman(value: int) -> str:
    """An Arabic term number as a Roman numeral (13 -> "XIII")."""
    out = []
    for amount, letters in _ROMAN_VALUES:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


_NON_ALNUM = re.compile(r"[^A-Z0-9]+")


def locality_slug(name: str) -> str:
    """A place name as the canonical id writes it ("Đà Nẵng" -> "DA-NANG")."""
    return _NON_ALNUM.sub("-", folded_form(name).upper()).strip("-")
