"""Names after a unit word: "tỉnh Lạng Sơn", "huyện Đồng Văn", "TP.HCM", "Quận 1", "các xã A, B và C".

After a unit word the name may be a district or a commune (never matched
bare), a province, a foreign city ("thành phố Vũ Hán"), or a name missing from
both maps (a commune merged away before 2025): each is read here.
"""

from __future__ import annotations

import re

from bantin.extract.places._draft import Draft
from bantin.extract.places._gazetteer import Gazetteer
from bantin.extract.places._keys import name_key
from bantin.extract.places._lexicon import (
    CITY_KIND,
    COUNTRY_KIND,
    PROVINCE_KIND,
    REGION_KIND,
    Lexicon,
)
from bantin.extract.places._model import AdminUnit, other_era
from bantin.extract.places._words import (
    QUALIFIERS,
    is_sentence_start,
    is_vietnamese_syllable,
    name_run,
    number_at,
    words_before,
)
from bantin.lang.vi.admin_words import (
    CONTEXT_WORDS,
    DISTRICT,
    FAMILY_NAMES,
    LIST_SEPARATORS,
    NAME_PREFIX_WORDS,
    NOT_UNIT_NAME_STARTS,
    NUMBERED_UNIT_WORDS,
    PLURAL_MARKERS,
    PROVINCE,
    UNIT_FALSE_FRIENDS,
    UNIT_WORDS,
    WARD,
)

MAX_NAME_WORDS = 6
"""The longest unit name, in words ("Phan Rang - Tháp Chàm" is 4 with its dash)."""

MAX_ADDRESS_WORDS = 4
"""The longest district or commune name read bare before its province, in words."""

UNKNOWN_NAME_WORDS = 3
"""A name after a unit word that is in neither map is kept when it is at most this long."""

_FOREIGN = (COUNTRY_KIND, CITY_KIND, REGION_KIND)
_CITY_WORDS = ("thành phố", "tp")

_QUALIFIER_RE = re.compile(rf"(?:{QUALIFIERS}) (?=[^\W\d_])")
"""A qualifier between a unit word and a capitalised name (the name is checked by the reader)."""


class UnitReader:
    """Reads the name after each unit word of one text."""

    def __init__(self, text: str, era: str, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.text = text
        self.era = era
        self.gazetteer = gazetteer
        self.lexicon = lexicon

    def read(self, form: str, start: int, end: int) -> list[Draft]:
        """The places named after the unit word ``form`` found at ``start``..``end``."""
        word = self.lexicon.unit_forms[form]
        text = self.text
        if word in NAME_PREFIX_WORDS:
            return self._prefixed(start, end)
        if word == "xã" and self._is_spouse(start):
            return []
        if text[end].isdigit():
            return self._numbered(word, start, end)
        if word.endswith(".") and word in NUMBERED_UNIT_WORDS:
            return []  # "P. Thảo": initials, not a unit word
        in_span = word not in CONTEXT_WORDS
        qualifier = _QUALIFIER_RE.match(text, end)
        if qualifier is not None:
            end, in_span = qualifier.end(), False  # the place is the name: "huyện miền núi Kỳ Sơn" -> "Kỳ Sơn"
        levels = UNIT_WORDS.get(word) or CONTEXT_WORDS[word]
        tokens = name_run(text, end)
        found = self._name(tokens, word, levels, start if in_span else end)
        if found is None:
            unknown = self._unknown(tokens, word, start, levels) if in_span else None
            return [unknown] if unknown else []
        if self._governs_list(start):
            return [found, *self._list_items(found, word, same_province=False)]
        address = self._address_district(found) if found.kind == WARD else []
        if address or not found.candidates or found.kind == PROVINCE:
            return [found, *address]
        # "huyện Bảo Lâm, Hà Quảng và Trùng Khánh": a list without "các", kept while the names
        # are units of the same level in the same province as the first one
        return [found, *self._list_items(found, word, same_province=True)]

    def _prefixed(self, start: int, end: int) -> list[Draft]:
        """A name that opens with a lowercase word: "châu Á", "quần đảo Trường Sa"."""
        tokens = name_run(self.text, end)
        for count in range(min(len(tokens), MAX_NAME_WORDS), 0, -1):
            stop = tokens[count - 1][1]
            entry = self.lexicon.bare.get(name_key(self.text[start:stop]))
            if entry is not None and entry.kind in _FOREIGN:
                return [
                    Draft(start, stop, entry.value, entry.kind, entry=entry, evidence=[f"{entry.kind} name"])
                ]
        return []

    def _is_spouse(self, start: int) -> bool:
        before = words_before(self.text, start, 1)
        return bool(before) and before[0][0].lower() in UNIT_FALSE_FRIENDS

    def _address_district(self, ward: Draft) -> list[Draft]:
        """ "phường Minh Khai, Hai Bà Trưng, Hà Nội": the district of an address, named without its word."""
        text = self.text
        if not ward.candidates or not text.startswith(", ", ward.end):
            return []
        tokens = name_run(text, ward.end + 2)
        for count in range(min(len(tokens), MAX_NAME_WORDS), 0, -1):
            stop = tokens[count - 1][1]
            key = name_key(text[tokens[0][0] : stop])
            codes = {
                u.district_code
                for u in ward.candidates
                if u.district_code and u.district_name and name_key(u.district_name) == key
            }
            if codes:
                era = ward.candidates[0].era
                districts = [d for c in codes if (d := self.gazetteer.unit(era, DISTRICT, c)) is not None]
                return [
                    Draft(
                        tokens[0][0],
                        stop,
                        districts[0].name,
                        DISTRICT,
                        key,
                        (DISTRICT,),
                        districts,
                        evidence=[f"district in the address of '{text[ward.start : ward.end]}'"],
                    )
                ]
        return []

    # -- names ---------------------------------------------------------------------------------

    def _name(
        self, tokens: list[tuple[int, int]], word: str, levels: tuple[str, ...], start: int
    ) -> Draft | None:
        """The longest known name at the head of ``tokens``, resolved at ``levels``."""
        text = self.text
        if not tokens:
            return None
        first = name_key(text[tokens[0][0] : tokens[0][1]])
        # numbered names ("Mỹ Đình 2") have one word more than their first word's longest name says
        longest = self.lexicon.longest.get(first, 0) + 1
        for count in range(min(len(tokens), longest, MAX_NAME_WORDS), 0, -1):
            end = tokens[count - 1][1]
            key = name_key(text[tokens[0][0] : end])
            draft = self._resolve(key, word, levels, start, end)
            if draft is not None:
                return draft
        return None

    def _resolve(self, key: str, word: str, levels: tuple[str, ...], start: int, end: int) -> Draft | None:
        entry = self.lexicon.unit_only.get(key) if word in _CITY_WORDS else None
        entry = entry or self.lexicon.bare.get(key)
        if entry is not None and entry.kind == PROVINCE_KIND and PROVINCE in levels:
            units, era = self._candidates(name_key(entry.target), word, (PROVINCE,))
            if units:
                return self._draft(units, era, entry.value, key, levels, start, end, word)
        if self.gazetteer.has_name(key):
            units, era = self._candidates(key, word, levels)
            if units:
                return self._draft(units, era, units[0].name, key, levels, start, end, word)
        if (
            entry is not None
            and entry.kind in _FOREIGN
            and (word in _CITY_WORDS or word in ("tỉnh", "thủ đô"))
        ):
            return Draft(
                start, end, entry.value, entry.kind, entry=entry, evidence=[f"{entry.kind} after '{word}'"]
            )
        return None

    def _candidates(self, key: str, word: str, levels: tuple[str, ...]) -> tuple[list[AdminUnit], str]:
        """Units named ``key``: those whose own unit word is ``word`` first ("thành phố Lạng Sơn" is the
        city, not the province), in the article's era first, then any unit at ``levels``."""
        for same_word in (True, False):
            for level in levels:
                for era in (self.era, other_era(self.era)):
                    found = self.gazetteer.lookup(key, era, (level,))
                    if same_word:
                        unit_word = _unit_word_of(word)
                        found = [u for u in found if u.unit_word == unit_word]
                    if found:
                        return found, era
        return [], self.era

    def _draft(
        self,
        units: list[AdminUnit],
        era: str,
        value: str,
        key: str,
        levels: tuple[str, ...],
        start: int,
        end: int,
        word: str,
    ) -> Draft:
        evidence = [f"name after '{word}'"]
        if era != self.era:
            evidence.append(f"not in the map of the article's date; found in the {era} map")
        return Draft(start, end, value, units[0].level, key, levels, units, evidence=evidence)

    def _numbered(self, word: str, start: int, end: int) -> list[Draft]:
        span = number_at(self.text, end)
        if span is None or word not in NUMBERED_UNIT_WORDS:
            return []
        levels = NUMBERED_UNIT_WORDS[word]
        label = "Quận" if word.startswith("q") else "Phường"
        value = f"{label} {int(self.text[span[0] : span[1]])}"
        key = name_key(value)
        units, _ = self._candidates(key, label.lower(), levels)
        draft = Draft(
            start, span[1], value, levels[0], key, levels, units, evidence=[f"numbered unit after '{word}'"]
        )
        if not units:
            draft.evidence.append("no unit of either map has this number")
        return [draft]

    def unit_before(self, province: Draft, floor: int) -> list[Draft]:
        """ "Bình Thạnh, TP.HCM", "Đồng Văn, Hà Giang": a district or commune of that province named bare
        right before it, as addresses are written."""
        text = self.text
        if not province.candidates:
            return []
        end = province.start - 2
        starts: list[int] = []
        position = end
        while len(starts) < MAX_ADDRESS_WORDS:
            space = text.rfind(" ", max(floor, position - 25), position)
            begin = space + 1 if space >= 0 else max(floor, 0)
            word = text[begin:position]
            opening = len(word) - len(word.lstrip("([\"“'‘"))
            begin, word = begin + opening, word[opening:]
            if not word or not word[0].isupper() or not word.replace("'", "").isalnum():
                break
            starts.append(begin)
            if opening or space < floor or space < 0:
                break
            position = space
        for begin in reversed(starts):
            key = name_key(text[begin:end])
            for era in (self.era, other_era(self.era)):
                inside = [
                    u
                    for u in self.gazetteer.lookup(key, era, (DISTRICT, WARD))
                    if self.gazetteer.lies_in(u, province.candidates[0])
                ]
                if inside:
                    level = inside[0].level
                    inside = [u for u in inside if u.level == level]
                    return [
                        Draft(
                            begin,
                            end,
                            inside[0].name,
                            level,
                            key,
                            (level,),
                            inside,
                            evidence=[f"{level} named before its province in an address"],
                        )
                    ]
        return []

    # -- names in neither map ------------------------------------------------------------------

    def _unknown(
        self, tokens: list[tuple[int, int]], word: str, start: int, levels: tuple[str, ...]
    ) -> Draft | None:
        """A name in neither map after a lowercase unit word: still a place, without a code."""
        text = self.text
        if not tokens or (text[start].isupper() and not is_sentence_start(text, start)):
            return None
        if tokens[0][1] - tokens[0][0] < 2:
            return None
        if text[tokens[0][0] : tokens[0][1]].lower() in NOT_UNIT_NAME_STARTS:
            return None
        count = len(tokens) if len(tokens) <= UNKNOWN_NAME_WORDS else 2
        words = [text[s:e] for s, e in tokens[:count]]
        end = tokens[count - 1][1]
        name = text[tokens[0][0] : end]
        vietnamese = all(is_vietnamese_syllable(w) for w in words)
        if word in _CITY_WORDS or word == "tỉnh":
            # every Vietnamese province is in one map or the other: a Vietnamese name here is a person
            # ("Phó Chủ tịch UBND tỉnh Trương Công Hiển"); a foreign one is a foreign province or city
            if vietnamese:
                return None
            kind = CITY_KIND if word in _CITY_WORDS else REGION_KIND
        elif vietnamese and not (len(tokens) >= 3 and words[0].lower() in FAMILY_NAMES):
            kind = levels[0]
        else:
            return None
        return Draft(
            start,
            end,
            name,
            kind,
            name_key(name),
            levels,
            evidence=[f"name after '{word}' that is in neither the 63- nor the 34-province map"],
        )

    # -- lists: "các huyện Đồng Văn, Mèo Vạc và Yên Minh" ----------------------------------------

    def _governs_list(self, start: int) -> bool:
        before = words_before(self.text, start, 2)
        if not before:
            return False
        one = before[0][0].lower()
        two = f"{before[1][0]} {before[0][0]}".lower() if len(before) > 1 else ""
        return one in PLURAL_MARKERS or two in PLURAL_MARKERS

    def _list_items(self, first: Draft, word: str, *, same_province: bool) -> list[Draft]:
        items: list[Draft] = []
        position = first.end
        text = self.text
        provinces = {u.province_code for u in first.candidates}
        while True:
            separator = next((s for s in LIST_SEPARATORS if text.startswith(s, position)), None)
            if separator is None:
                return items
            tokens = name_run(text, position + len(separator))
            found = self._name(tokens, word, (first.kind,), tokens[0][0]) if tokens else None
            if found is None or found.entry is not None or found.kind != first.kind:
                return items
            # "huyện Đồng Văn, Hà Giang": a province name after the list is its address, not an item
            province_name = self.lexicon.bare.get(found.key)
            if province_name is not None and province_name.kind == PROVINCE_KIND:
                return items
            if same_province:
                found.candidates = [u for u in found.candidates if u.province_code in provinces]
                if not found.candidates or found.candidates[0].era != first.candidates[0].era:
                    return items
            found.evidence.append(
                f"in a list after '{word} {text[first.start : first.end].split(' ', 1)[-1]}'"
            )
            items.append(found)
            position = found.end


_DATA_UNIT_WORDS = {
    "tp": "thành phố",
    "tx": "thị xã",
    "huyện đảo": "huyện",
    "điểm cầu": "",
    "thủ đô": "thành phố",
}


def _unit_word_of(word: str) -> str:
    """The unit word of the data ("thành phố") for a form of the text ("tp")."""
    return _DATA_UNIT_WORDS.get(word, word)
