"""Names found without a unit word, and the one regular expression that finds them.

Province names, their aliases, countries, foreign cities and regions (from
``bantin/lang/vi/foreign_places.json``), the famous towns of
``admin_words.FAMOUS_BARE_UNITS`` and the blockers are written into one trie-shaped
alternation, in every tone placement, dash style and capitalisation a text may
use. The same expression also finds unit words ("tỉnh", "huyện", "TP."), after
which :mod:`._scan` reads the unit's name itself. One pass of one compiled
expression over the text finds every candidate; only the matches cost Python work.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from bantin.extract.places._gazetteer import Gazetteer
from bantin.extract.places._keys import case_variants, name_key, written_forms
from bantin.extract.places._model import ERA_34, ERA_63
from bantin.extract.places._words import QUALIFIERS, UPPER, is_vietnamese_syllable
from bantin.lang.vi.admin_words import (
    CONTEXT_WORDS,
    FAMOUS_BARE_UNITS,
    KINSHIP_WORDS,
    LANGUAGE_WORDS,
    NAME_PREFIX_WORDS,
    NOT_PLACE_AFTER,
    NUMBERED_UNIT_WORDS,
    PROVINCE,
    PROVINCE_ALIASES,
    UNIT_ONLY_ALIASES,
    UNIT_WORDS,
)

PROVINCE_KIND = "province"
FAMOUS_KIND = "famous"
BLOCKER_KIND = "blocker"
COUNTRY_KIND = "country"
CITY_KIND = "foreign-city"
REGION_KIND = "region"


@dataclass(frozen=True, slots=True)
class BareEntry:
    """A name matched without a unit word: what it is, and the guards it needs.

    ``target`` is the name to look up in the gazetteer (Vietnamese units) or the
    canonical name (foreign places); ``value`` is the value a mention takes.
    ``strict`` names (one syllable, or a Latin-script foreign name) are also given
    names and parts of other names, so they must not follow a capitalised word.
    """

    kind: str
    target: str
    value: str
    code: str | None = None
    country: str | None = None
    strict: bool = False
    not_followed_by: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    not_at_sentence_start: bool = False
    one_syllable: bool = False
    blocked_before: frozenset[str] = frozenset()


@dataclass(slots=True)
class Lexicon:
    """The bare names by lookup key, the unit words by form, and the two scanning expressions.

    ``longest`` gives, for each first word of a name, the most words a name starting with it has:
    a name after a unit word is looked up from that length down, not from the whole capitalised run.

    ``names`` finds bare names (a trie of every written form, ended by a word
    boundary); ``units`` finds unit and context words followed by a capital or a
    digit. Both begin with a literal, so the regex engine skips ahead with its
    first-character set; the start-of-word check is done on the few matches (a
    leading look-behind would make the engine try every position: 3x slower).
    """

    bare: dict[str, BareEntry] = field(default_factory=dict)
    by_form: dict[str, BareEntry] = field(default_factory=dict)
    unit_only: dict[str, BareEntry] = field(default_factory=dict)
    unit_forms: dict[str, str] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)
    phrase_ends: frozenset[str] = frozenset()
    names: re.Pattern[str] = field(default_factory=lambda: re.compile("$^"))
    units: re.Pattern[str] = field(default_factory=lambda: re.compile("$^"))


def _read_foreign() -> dict[str, Any]:
    path = resources.files("bantin.lang.vi").joinpath("foreign_places.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _is_strict(name: str) -> bool:
    return " " not in name.strip() or name.isascii()


def _guarded(entry: BareEntry, guards: dict[str, Any]) -> BareEntry:
    guard = guards.get(entry.value) or guards.get(entry.target)
    if not guard:
        return entry
    return BareEntry(
        entry.kind,
        entry.target,
        entry.value,
        entry.code,
        entry.country,
        entry.strict,
        frozenset(w.lower() for w in guard.get("not_followed_by", ())),
        frozenset(w.lower() for w in guard.get("not_after", ())),
        bool(guard.get("not_at_sentence_start", False)),
        entry.one_syllable,
    )


def _with_words_before(entry: BareEntry) -> BareEntry:
    """Gather every word that, right before this name, makes it no place (one set: one lookup per word)."""
    blocked = set(KINSHIP_WORDS) | entry.not_after
    if entry.kind in (PROVINCE_KIND, FAMOUS_KIND):
        blocked |= NOT_PLACE_AFTER
    if entry.kind == COUNTRY_KIND:
        blocked |= LANGUAGE_WORDS
    return replace(entry, blocked_before=frozenset(blocked))


def _entry(
    kind: str, written: str, target: str, value: str, code: str | None = None, country: str | None = None
) -> BareEntry:
    """An entry for a name as written; one-syllable Vietnamese names ("Nga", "Anh") are marked."""
    one = " " not in written.strip() and is_vietnamese_syllable(written)
    return BareEntry(kind, target, value, code, country, _is_strict(written), one_syllable=one)


def _foreign_entries(data: dict[str, Any]) -> list[tuple[str, BareEntry]]:
    entries: list[tuple[str, BareEntry]] = []
    groups = (("countries", COUNTRY_KIND), ("regions", REGION_KIND), ("cities", CITY_KIND))
    for group, kind in groups:
        for item in data[group]:
            name = item["name"]
            code = item.get("code") if kind == COUNTRY_KIND else None
            country = item.get("code") if kind == COUNTRY_KIND else item.get("country")
            for written in (name, *item.get("aliases", ())):
                entry = _entry(kind, written, name, name, code, country)
                # A guard is keyed by the alias as written ("Ý") or by the entry's name.
                guard_source = data.get("guards", {})
                guard = guard_source.get(written) or guard_source.get(name)
                entries.append((written, _guarded(entry, {name: guard} if guard else {})))
    return entries


def _vietnamese_entries(gazetteer: Gazetteer, data: dict[str, Any]) -> list[tuple[str, BareEntry]]:
    guards = data.get("guards", {})
    entries: list[tuple[str, BareEntry]] = []
    names = {u.name for era in (ERA_63, ERA_34) for u in gazetteer.units(era, PROVINCE)}
    blocked = {name_key(n) for n in data.get("blockers", ())}
    for name in sorted(names):
        if name_key(name) not in blocked:
            entries.append((name, _guarded(_entry(PROVINCE_KIND, name, name, name), guards)))
    for alias, (target, value) in PROVINCE_ALIASES.items():
        entries.append((alias, _guarded(_entry(PROVINCE_KIND, alias, target, value), guards)))
    for name in FAMOUS_BARE_UNITS:
        entries.append((name, BareEntry(FAMOUS_KIND, name, name)))
    return entries


def _trie_regex(words: set[str]) -> str:
    """One alternation for many literals, shaped as a trie so that each position costs one branch."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        ends_here = "" in node
        if len(branches) == 1 and not ends_here:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends_here else body

    return emit(trie)


def _unit_forms() -> dict[str, str]:
    """Every written form of the unit and context words (with the space or dot after), to its entry."""
    forms: dict[str, str] = {}
    spelled = [
        w
        for w in (*UNIT_WORDS, *CONTEXT_WORDS, *NAME_PREFIX_WORDS)
        if w.replace(" ", "").isalpha() and w not in ("tp", "tx")
    ]
    for word in spelled:
        for form in (*case_variants(word), word.title()):
            forms[form + " "] = word
    for word in ("tp", "tx"):
        for form in (word.upper(), word.capitalize(), word):
            for tail in ("", ".", ". ", " "):
                forms[form + tail] = word
    for word in NUMBERED_UNIT_WORDS:
        if word.endswith("."):
            for form in (word.upper(), word):
                forms[form] = forms[form + " "] = word
    return forms


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Build (once) the bare-name table and the scanning expression."""
    gazetteer = Gazetteer.default()
    data = _read_foreign()
    lexicon = Lexicon()
    for written, entry in _vietnamese_entries(gazetteer, data) + _foreign_entries(data):
        lexicon.bare.setdefault(name_key(written), _with_words_before(entry))  # Vietnamese units win a clash
    blockers: list[str] = list(data.get("blockers", ()))
    for written in blockers:
        lexicon.bare[name_key(written)] = BareEntry(BLOCKER_KIND, written, written)
    for alias, (target, value) in UNIT_ONLY_ALIASES.items():
        lexicon.unit_only[name_key(alias)] = BareEntry(PROVINCE_KIND, target, value)
    literals: set[str] = set()
    for written in [w for w, _ in _vietnamese_entries(gazetteer, data) + _foreign_entries(data)] + blockers:
        literals |= written_forms(written)
    # Names written in lowercase ("châu Á") are found after their first word, with the unit words.
    literals = {form for form in literals if form[0].isupper()}
    lexicon.by_form = {form: lexicon.bare[name_key(form)] for form in literals}
    lexicon.unit_forms = _unit_forms()
    lexicon.phrase_ends = frozenset(
        phrase.rsplit(" ", 1)[-1]
        for entry in lexicon.bare.values()
        for phrase in entry.blocked_before
        if " " in phrase
    )
    for key in [*gazetteer.names(), *lexicon.bare, *lexicon.unit_only]:
        words = [w for w in key.split() if w != "-"]
        if words and lexicon.longest.get(words[0], 0) < len(words):
            lexicon.longest[words[0]] = len(words)
    lexicon.names = re.compile(f"(?:{_trie_regex(literals)})(?!\\w)")
    lexicon.units = re.compile(  # a unit word before a name, or before a qualifier and a name
        f"(?:{_trie_regex(set(lexicon.unit_forms))})(?=[{UPPER}\\d]|(?:{QUALIFIERS}) [{UPPER}])"
    )
    return lexicon
