"""Lookup keys for place names: one key per name, whatever its spelling in the text.

A key is the canonical form (tone on the first vowel of oa/oe/uy), lowercased,
with one apostrophe, one dash style and single spaces, and with the spelling
variants the press mixes folded to one ("Đăk"/"Đắc" -> "đắk", "Qui" -> "quy").
"""

from __future__ import annotations

import re
import unicodedata

from bantin.text import canonical_form, folded_form

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'"})
_DASH_RE = re.compile(r"\s*[-–—]\s*")
_APOSTROPHE_SPACE_RE = re.compile(r"'\s+")
_SPELLINGS = {
    "đăk": "đắk",
    "đak": "đắk",
    "dak": "đắk",
    "đắc": "đắk",
    "lăk": "lắk",
    "lắc": "lắk",
    "qui": "quy",
}

# Tone marks and the toned vowels of the first letter of an oa/oe/uy pair, for the reverse move.
_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_TONED_FIRST_RE = re.compile(r"(?<![qQ])([oOuU][\u0300\u0301\u0309\u0303\u0323])([aeyAEY])(?![^\W\d_])")


_KEY_CACHE: dict[str, str] = {}
_KEY_CACHE_SIZE = 65536
# A plain dict of strings, not functools.lru_cache: its entries are linked lists the garbage
# collector must track, and tens of thousands of them slow every full collection.


def name_key(name: str) -> str:
    """The lookup key of a place name ("Hoà Bình" and "HÒA BÌNH" -> "hòa bình")."""
    key = _KEY_CACHE.get(name)
    if key is None:
        if len(_KEY_CACHE) >= _KEY_CACHE_SIZE:
            _KEY_CACHE.clear()
        key = _KEY_CACHE[name] = _name_key(name)
    return key


def _name_key(name: str) -> str:
    if not unicodedata.is_normalized("NFC", name):
        name = unicodedata.normalize("NFC", name)
    text = canonical_form(name).lower()
    if not text.replace(" ", "").isalnum():  # most names are letters and spaces: no dash, no apostrophe
        text = text.translate(_APOSTROPHES)
        text = _APOSTROPHE_SPACE_RE.sub("'", _DASH_RE.sub(" - ", text))
    words = text.split()
    return " ".join([_SPELLINGS.get(w, w) for w in words])


def folded_key(name: str) -> str:
    """The accent-less key of a name, for names typed without diacritics."""
    return folded_form(name_key(name))


def tone_variants(name: str) -> set[str]:
    """``name`` with each oa/oe/uy tone on either vowel ("Hòa Bình", "Hoà Bình"), NFC."""
    canonical = canonical_form(unicodedata.normalize("NFC", name))
    decomposed = unicodedata.normalize("NFD", canonical)
    variants = {decomposed}
    for match in _TONED_FIRST_RE.finditer(decomposed):
        moved = match.group(1)[0] + match.group(2) + match.group(1)[1]
        variants |= {
            v[: match.start()] + moved + v[match.end() :]
            for v in variants
            if v[match.start() : match.end()] == match.group()
        }
    return {unicodedata.normalize("NFC", v) for v in variants}


def case_variants(name: str) -> set[str]:
    """``name`` as written, with its first letter capitalised, and in capitals."""
    return {name, name[:1].upper() + name[1:], name.upper()}


def dash_variants(name: str) -> set[str]:
    """A name with a dash in it, written with each dash style and spacing the press uses."""
    if not _DASH_RE.search(name):
        return {name}
    return {_DASH_RE.sub(dash, name) for dash in (" - ", "-", " – ", "–")}


def written_forms(name: str) -> set[str]:
    """Every way a text may write ``name``: tone placements x dashes x capitalisation."""
    forms: set[str] = set()
    for toned in tone_variants(name):
        for dashed in dash_variants(toned):
            forms |= case_variants(dashed)
    return forms
