"""Find the places of a text: bare names, names after a unit word, lists of names.

Two compiled expressions (:mod:`._lexicon`) give every candidate in one pass each;
this module keeps the candidates that are places and turns them into
:class:`~._draft.Draft` records, left to right, without overlaps.
"""

from __future__ import annotations

import operator

from bantin.extract.places._draft import Draft
from bantin.extract.places._gazetteer import Gazetteer
from bantin.extract.places._keys import name_key
from bantin.extract.places._lexicon import (
    BLOCKER_KIND,
    CITY_KIND,
    FAMOUS_KIND,
    PROVINCE_KIND,
    BareEntry,
    Lexicon,
    load_lexicon,
)
from bantin.extract.places._model import AdminUnit, other_era
from bantin.extract.places._units import UnitReader
from bantin.extract.places._words import (
    is_acronym,
    is_capitalised,
    is_sentence_start,
    is_vietnamese_syllable,
    word_after,
    words_before,
)
from bantin.lang.vi.admin_words import (
    DISTRICT,
    FAMILY_NAMES,
    MIDDLE_NAMES,
    OLD_UNIT_MARKERS,
    PROVINCE,
    SENTENCE_OPENING_WORDS,
    WARD,
)

_PERSON_NAME_WORDS = FAMILY_NAMES | MIDDLE_NAMES
_LOOKUP_CACHE_SIZE = 4096
_LOOKUPS: dict[tuple[str, tuple[str, ...], str], tuple[tuple[AdminUnit, ...], str]] = {}
"""Bare names repeat from article to article ("Hà Nội", "Việt Nam"); their lookups are kept."""


def _in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def mark_old(text: str, draft: Draft) -> None:
    """Note "(cũ)" after a name: the unit is a former one ("tỉnh Hà Giang (cũ)")."""
    for marker in OLD_UNIT_MARKERS:
        after = draft.end + 1 + len(marker)
        if text.startswith(" " + marker, draft.end) and (after >= len(text) or not text[after].isalnum()):
            draft.is_old = True
            draft.evidence.append(f"'{marker}' after the name: a unit of the 63-province map")
            return


# Hits sort by position, unit words before bare names at the same position (the match objects
# are never compared); an itemgetter key is read in C, not by a Python call per hit.
_hit_order = operator.itemgetter(0, 1)


class Scanner:
    """One scan of one text in one era (the era of the article's date)."""

    def __init__(self, text: str, era: str, skip: list[tuple[int, int]]) -> None:
        self.text = text
        self.era = era
        self.skip = skip
        self.gazetteer = Gazetteer.default()
        self.lexicon: Lexicon = load_lexicon()
        self.units = UnitReader(text, era, self.gazetteer, self.lexicon)

    def scan(self) -> list[Draft]:
        """Every place draft of the text, left to right."""
        text, lexicon = self.text, self.lexicon
        hits = [(m.start(), 0, m) for m in lexicon.units.finditer(text)]
        hits += [(m.start(), 1, m) for m in lexicon.names.finditer(text)]
        hits.sort(key=_hit_order)
        drafts: list[Draft] = []
        taken = 0
        skip = self.skip
        for start, is_name, match in hits:
            # inside a word ("ThẩmMỹ"), inside a place already read, or in the byline: not a place
            if start < taken or (start and text[start - 1].isalnum()) or (skip and _in_spans(start, skip)):
                continue
            if is_name:
                found = self._bare(match.group(), start, match.end())
            else:
                found = self.units.read(match.group(), start, match.end())
            if found and found[0].kind == PROVINCE and text.startswith(", ", start - 2):
                found = self.units.unit_before(found[0], drafts[-1].end if drafts else 0) + found
            for draft in found:
                if text.startswith(" (cũ)", draft.end) or text.startswith(" cũ", draft.end):
                    mark_old(text, draft)
                drafts.append(draft)
                taken = max(taken, draft.end)
        return drafts

    # -- bare names ----------------------------------------------------------------------------

    def _bare(self, written: str, start: int, end: int) -> list[Draft]:
        entry = self.lexicon.by_form.get(written)
        if entry is None or entry.kind == BLOCKER_KIND or not self._passes_guards(entry, start, end):
            return []
        if entry.kind == PROVINCE_KIND:
            return self._vietnamese(entry, start, end, (PROVINCE,), "province name")
        if entry.kind == FAMOUS_KIND:
            return self._vietnamese(
                entry, start, end, (DISTRICT, WARD), "well-known town named without unit word"
            )
        draft = Draft(start, end, entry.value, entry.kind, entry=entry, evidence=[f"{entry.kind} name"])
        if name_key(written) != name_key(entry.value):
            draft.evidence.append(f"'{written}' is another name of {entry.value}")
        return [draft]

    def _vietnamese(
        self, entry: BareEntry, start: int, end: int, levels: tuple[str, ...], why: str
    ) -> list[Draft]:
        key = name_key(entry.target)
        candidates, era = self.lookup(key, levels)
        if not candidates:
            return []
        draft = Draft(start, end, entry.value, candidates[0].level, key, levels, candidates, evidence=[why])
        if era != self.era:
            draft.evidence.append(f"not in the map of the article's date; found in the {era} map")
        return [draft]

    def lookup(self, key: str, levels: tuple[str, ...]) -> tuple[list[AdminUnit], str]:
        """The units named ``key`` at the first of ``levels`` that has any, in the article's era first."""
        cached = _LOOKUPS.get((key, levels, self.era))
        if cached is not None:
            return list(cached[0]), cached[1]
        found, era = self._lookup(key, levels)
        if len(_LOOKUPS) < _LOOKUP_CACHE_SIZE:
            _LOOKUPS[(key, levels, self.era)] = (tuple(found), era)
        return found, era

    def _lookup(self, key: str, levels: tuple[str, ...]) -> tuple[list[AdminUnit], str]:
        for era in (self.era, other_era(self.era)):
            for level in levels:
                found = self.gazetteer.lookup(key, era, (level,))
                if found:
                    return found, era
        return [], self.era

    def _passes_guards(self, entry: BareEntry, start: int, end: int) -> bool:
        """Whether the words around a bare name let it be a place (see ``admin_words``)."""
        text = self.text
        if start > 1 and text[start - 1] == " ":
            before = words_before(text, start, 1)
            if before:
                nearest = before[0][0].lower()
                blocked = entry.blocked_before
                if nearest in blocked:
                    return False
                # the word before that only matters when the pair may be a blocked phrase ("ca sĩ")
                if nearest in self.lexicon.phrase_ends:
                    pair = words_before(text, start, 2)
                    if len(pair) > 1 and f"{pair[1][0].lower()} {nearest}" in blocked:
                        return False
                if not self._passes_previous(entry, before[0]):
                    return False
        if entry.not_at_sentence_start and is_sentence_start(text, start):
            return False
        following = word_after(text, end)
        if following is None:
            return True
        if following.lower() in entry.not_followed_by:
            return False
        if not is_capitalised(following):
            return True
        # "Mỹ Tho", "Nga Sơn", "Đức Phổ": a one-syllable name followed by another syllable is another name;
        # "Mỹ Joe Biden", "Nga Vladimir Putin" are a country and a person.
        if entry.one_syllable:
            return not is_vietnamese_syllable(following)
        # "Washington Post", "Washington Brandao": a foreign city before another Latin word is a name's part.
        return not (entry.kind == CITY_KIND and following.isascii() and not is_vietnamese_syllable(following))

    def _passes_previous(self, entry: BareEntry, previous: tuple[str, int]) -> bool:
        """A capitalised word before a name makes it part of a person's name ("Nguyễn Văn Thái Bình")."""
        word, position = previous
        if not is_capitalised(word) or is_acronym(word):
            return True
        lowered = word.lower()
        if lowered in _PERSON_NAME_WORDS:
            return False
        # A strict name ("Nga", "Paris") after any capitalised word is a given name or part of another
        # name ("Thúy Nga", "Real Madrid") unless that word merely opens the sentence ("Tại Mỹ").
        return not entry.strict or (
            lowered in SENTENCE_OPENING_WORDS and is_sentence_start(self.text, position)
        )
