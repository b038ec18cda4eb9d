"""The words around names, from ``bantin/lang/vi/names.py`` and ``titles.py``, compiled once."""

from __future__ import annotations

import re

from bantin.extract.orgs import _lexicon as org_lx
from bantin.extract.orgs._chars import (
    WORD_START,
    case_variants,
    reversed_trie_pattern,
    tone_variants,
    trie_pattern,
)
from bantin.lang.vi import names as vi_names
from bantin.lang.vi import organisations as vi_orgs
from bantin.lang.vi import titles as vi_titles
from bantin.text import canonical_form

FAMILY_NAMES = org_lx.FAMILY_NAMES
NAME_PARTICLES = org_lx.NAME_PARTICLES
ETHNIC_PREFIXES = frozenset(vi_names.ETHNIC_GIVEN_PREFIXES)
NAME_MAX = vi_names.NAME_MAX_SYLLABLES
PROVINCES = frozenset(t for p in org_lx.PROVINCES for t in tone_variants(p))
NAME_RUN_BREAKERS = frozenset(vi_names.NAME_RUN_BREAKERS)
FOREIGN_STATES = frozenset(t for f in org_lx.FOREIGN_STATES for t in tone_variants(f))
LONG_PLACES = org_lx.LONG_PLACES


def _variants(words: tuple[str, ...]) -> list[str]:
    return [t for w in words for v in case_variants(w) for t in tone_variants(v)]


_HONORIFICS = _variants(vi_names.HONORIFICS)
_RANKS = [t for r in vi_titles.RANKS for t in tone_variants(r)] + [
    t for r in vi_titles.RANKS if " " in r for v in case_variants(r)[1:] for t in tone_variants(v)
]
_ROLES = _variants(vi_titles.ROLE_WORDS)

CAPITALISED_HONORIFICS = frozenset(h[:1].upper() + h[1:] for h in vi_names.HONORIFICS if " " not in h)
"""Honorifics that open a sentence ("Ông Trương Hoàng Phúc"): part of the capitalised run."""

MARKER_BEFORE_RE = re.compile(
    r"(?:(?P<rank>"
    + reversed_trie_pattern(_RANKS)
    + r")|(?P<honorific>"
    + reversed_trie_pattern(_HONORIFICS)
    + r")|(?P<role>"
    + reversed_trie_pattern(_ROLES)
    + r"))"
    + WORD_START
)
"""An honorific, a rank or a role word right before a name ("ông Nghĩa", "Đại tá Lê ..."), read
backwards from the space before the name (see ``match_before``)."""
MARKER_WINDOW = max(len(w) for w in _RANKS + _HONORIFICS + _ROLES) + 1
MARKER_LAST_WORDS = frozenset(w.split(" ")[-1] for w in _RANKS + _HONORIFICS + _ROLES)

_BLOCKERS = [t for b in vi_names.NAME_BLOCKERS for t in tone_variants(b)]
BLOCKER_BEFORE_RE = re.compile("(?:" + reversed_trie_pattern(_BLOCKERS) + ")" + WORD_START)
"""Words after which a capitalised run is a place or a thing ("đường Nguyễn Thái Học"), backwards."""
BLOCKER_WINDOW = max(len(b) for b in _BLOCKERS) + 1
BLOCKER_LAST_WORDS = frozenset(b.split(" ")[-1] for b in _BLOCKERS)

NOT_NAMES = frozenset(t for n in vi_names.NOT_NAMES for t in tone_variants(n))
NOT_NAME_OPENINGS = tuple(t for n in vi_names.NOT_NAME_OPENINGS for t in tone_variants(n))
ROLE_AND_TITLE_WORDS = frozenset(w.lower() for w in _ROLES + list(org_lx.TITLE_WORD_CANONICAL))
LOWERCASE_TITLE_FIRST_WORDS = frozenset(w for w in org_lx.TITLE_FIRST_WORDS if w[:1].islower())
EPITHETS = {canonical_form(k): v for k, v in vi_names.EPITHETS.items()}
EPITHET_FIRST_WORDS = frozenset(k.split(" ")[0] for k in EPITHETS)
EPITHET_NOT_FOLLOWED_BY = tuple(vi_names.EPITHET_NOT_FOLLOWED_BY)
PRONOUN_FOLLOWERS = frozenset(vi_names.PRONOUN_FOLLOWERS)
PAIRED_HONORIFICS = frozenset(vi_names.PAIRED_HONORIFICS)

GENERIC_TITLE_OBJECT_RE = re.compile(
    r" (?:"
    + trie_pattern(t for o in vi_titles.GENERIC_TITLE_OBJECTS for t in tone_variants(o))
    + r")(?![\w])"
)
"""Lowercase objects a title may govern instead of a named body ("Hiệu trưởng nhà trường")."""

UNIT_TITLE_WORDS = frozenset(canonical_form(v) for w in vi_titles.UNIT_TITLE_WORDS for v in case_variants(w))
TITLE_WORD_RE = org_lx.TITLE_WORD_RE
TITLE_BEFORE_RE = org_lx.TITLE_BEFORE_RE
TITLE_WINDOW = org_lx.TITLE_WINDOW
TITLE_WORD_CANONICAL = org_lx.TITLE_WORD_CANONICAL
TITLE_LAST_WORDS = org_lx.TITLE_LAST_WORDS
TITLE_NEEDS_ORGANISATION = org_lx.TITLE_NEEDS_ORGANISATION
TAIL_STOP_ONE = org_lx.TAIL_STOP_ONE
TAIL_STOP_TWO = org_lx.TAIL_STOP_TWO
TITLE_JOINERS = tuple(vi_titles.TITLE_JOINERS)
TITLE_NOT_AFTER = tuple(w + " " for w in vi_titles.TITLE_NOT_AFTER)
"""Words that make a title a post, not a person ("các Chủ tịch UBND tỉnh", "giữ chức Giám đốc")."""
SECTOR_RE = org_lx.SECTOR_RE
MINISTRY_TITLES = frozenset(
    t for w in org_lx.MINISTRY_TITLES for v in case_variants(w) for t in tone_variants(v)
)
TENURE_PREFIXES = org_lx.TENURE_PREFIXES
STANDALONE_TITLES = frozenset(
    t for w in vi_titles.STANDALONE_TITLES for v in case_variants(w) for t in tone_variants(canonical_form(v))
)
DASHES = frozenset(("-", "–", "—"))
_BIO = "|".join(re.escape(w) for w in vi_names.BIO_NOTES)
BIO_NOTE_RE = re.compile(
    r"(?: \((?:(?:"
    + _BIO
    + r") )?\d{4}\)|, (?:"
    + _BIO
    + r") [\d/.\-]+|, \d{1,3} tuổi| \(\d{1,3} tuổi\))(?=[,(])"
)
"""A note of birth or age right after a name, before its titles: " (SN 1959)", ", sinh ngày 24/4/1975"."""
GENERIC_POST_FOLLOWERS = tuple(" " + w for w in org_lx.GENERIC_NEXT_WORDS) + (" các cấp",)
DOCUMENT_NUMBER_RE = re.compile(r"\d+/(?:\d+/)?[A-ZĐ]")
"""A document number ("16/CT-UBND", "326/QĐ-UBND"): a title after it ("của Chủ tịch UBND tỉnh") issued it."""
SECTORS = frozenset(canonical_form(s) for s in vi_orgs.SECTORS)
PLACE_FIRST_WORDS = frozenset(vi_names.PLACE_FIRST_WORDS)
