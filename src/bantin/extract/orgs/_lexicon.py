"""The language data of ``bantin/lang/vi`` turned into sets and compiled patterns, once.

Every literal lives in ``bantin.lang.vi.organisations``, ``titles`` and ``names``;
this module only canonicalises the entries (all matching runs on the canonical
form of the text, which has the display text's offsets) and compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bantin.extract.orgs._chars import (
    UPPER_CLASS,
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


def _canon(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    return frozenset(canonical_form(w) for w in words)


@dataclass(frozen=True, slots=True)
class HeadInfo:
    """What a head noun needs after it, what kind of body it opens, and its expanded form."""

    head: str
    kind: str
    requirement: str


def _head_table() -> dict[str, HeadInfo]:
    table: dict[str, HeadInfo] = {}
    for head, (kind, requirement) in vi_orgs.ORG_HEADS.items():
        canonical = canonical_form(head)
        # A head written in lowercase ("khu công nghiệp") is a body only with a proper name after it.
        table[canonical] = HeadInfo(canonical, kind, "capital" if head[0].islower() else requirement)
    # Heads of several words are also written with the later words in lowercase ("Ban chỉ đạo").
    for head, known in list(table.items()):
        words = head.split(" ")
        if len(words) > 1 and head[0].isupper() and known.kind != "foreign":
            table.setdefault(" ".join(words[:1] + [w.lower() for w in words[1:]]), known)
    for outlet in vi_orgs.NEWS_OUTLETS:
        table.setdefault(canonical_form(outlet), HeadInfo(canonical_form(outlet), "other", "none"))
    for abbreviation in vi_orgs.ABBREVIATED_HEADS:
        expansion = canonical_form(vi_orgs.ABBREVIATIONS[abbreviation])
        info = table.get(expansion)
        if info is None:
            # An abbreviation of a head plus name ("BVĐK" = "Bệnh viện Đa khoa"): its first known head.
            first = next(
                (h for h in sorted(table, key=len, reverse=True) if expansion.startswith(h + " ")), None
            )
            base = table[first] if first else HeadInfo(expansion, "other", "none")
            info = HeadInfo(expansion, base.kind, "none" if first else base.requirement)
        table[abbreviation] = info
    # News also writes the commonest heads in lowercase ("trường Đại học Y Hà Nội", "công ty TNHH ...").
    for head in vi_orgs.LOWERCASE_HEADS:
        info = table[canonical_form(head)]
        table[canonical_form(head.lower())] = HeadInfo(info.head, info.kind, "capital")
    return table


HEADS: dict[str, HeadInfo] = _head_table()
LOWERCASE_HEAD_NOT_AFTER = {k: frozenset(v) for k, v in vi_orgs.LOWERCASE_HEAD_NOT_AFTER.items()}
LOWERCASE_HEADS = frozenset(h for h in HEADS if h[0].islower() and h not in ("khu công nghiệp",))


def _spellings(words: object) -> list[str]:
    """Every entry in both tone placements: the scans read the display text."""
    return [v for w in words for v in tone_variants(w)]  # type: ignore[attr-defined]


def _first_words(words: object) -> frozenset[str]:
    return frozenset(w.split(" ")[0] for w in words)  # type: ignore[attr-defined]


_HEAD_SPELLINGS = _spellings(HEADS)
HEAD_SPELLING = {v: canonical_form(v) for v in _HEAD_SPELLINGS}
"""Each spelling of a head (display text) -> the head in ``HEADS``."""
HEAD_RE = re.compile("(?:" + trie_pattern(_HEAD_SPELLINGS) + r")(?![\w&'’]|\.\w)")
"""A head noun (or a complete name such as "Quốc hội") standing as a word; matched where a
capitalised run starts (the caller checks the boundary before it)."""
HEAD_FIRST_WORDS = _first_words(h for h in _HEAD_SPELLINGS if h[0].isupper())

_LOWERCASE_HEAD_SPELLINGS = [h for h in _HEAD_SPELLINGS if h[0].islower()]
LOWERCASE_HEAD_BEFORE_RE = re.compile(
    "(?:" + reversed_trie_pattern(_LOWERCASE_HEAD_SPELLINGS) + ")" + WORD_START
)
"""A head in lowercase right before a capitalised run ("công ty TNHH ...", "trường Đại học ..."),
read backwards (see ``match_before``)."""
LOWERCASE_HEAD_LAST_WORDS = frozenset(h.split(" ")[-1] for h in _LOWERCASE_HEAD_SPELLINGS)
LOWERCASE_HEAD_LAST_CHARS = frozenset(w[-1] for w in LOWERCASE_HEAD_LAST_WORDS)
LOWERCASE_HEAD_SUFFIXES = frozenset(w[-2:].rjust(2) for w in LOWERCASE_HEAD_LAST_WORDS)
"""The last two letters of those words (a one-letter word padded with a space): a cheap first test."""


def _not_organisation_table() -> dict[str, tuple[tuple[int, str], ...]]:
    """Per head, the phrases that contain it but are no organisation, with the head's offset in them."""
    table: dict[str, list[tuple[int, str]]] = {}
    for phrase in _spellings(vi_orgs.NOT_ORGANISATIONS):
        for head in _HEAD_SPELLINGS:
            for match in re.finditer(r"(?<!\w)" + re.escape(head) + r"(?!\w)", phrase):
                table.setdefault(head, []).append((match.start(), phrase))
    return {head: tuple(entries) for head, entries in table.items()}


NOT_ORGANISATIONS = _not_organisation_table()

NAME_WORDS_WITH_STOPS = frozenset(canonical_form(w).lower() for w in vi_orgs.NAME_WORDS_WITH_STOPS)
HEAD_FIRST_WORDS_REQUIRED = {
    canonical_form(k): frozenset(_spellings(v)) for k, v in vi_orgs.HEAD_FIRST_WORDS.items()
}
_STOP_WORDS = vi_orgs.TAIL_STOP_FUNCTION_WORDS + vi_orgs.TAIL_STOP_VERBS
TAIL_STOP_ONE: frozenset[str] = frozenset(canonical_form(w) for w in _STOP_WORDS if " " not in w)
TAIL_STOP_TWO: frozenset[str] = frozenset(canonical_form(w) for w in _STOP_WORDS if " " in w)
TAIL_FUNCTION_WORDS = frozenset(canonical_form(w) for w in vi_orgs.TAIL_STOP_FUNCTION_WORDS)
PLACE_ABBREVIATIONS = frozenset(vi_orgs.PLACE_ABBREVIATIONS)


def _place_abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    levels, names = {}, {}
    for abbreviation in vi_orgs.PLACE_ABBREVIATIONS:
        expansion = vi_orgs.ABBREVIATIONS.get(abbreviation, abbreviation)
        for level in ("thành phố", "tỉnh"):
            if expansion.startswith(level + " "):
                levels[abbreviation] = level
                expansion = expansion[len(level) + 1 :]
        names[abbreviation] = canonical_form(expansion)
    return levels, names


PLACE_ABBREVIATION_LEVELS, PLACE_ABBREVIATION_NAMES = _place_abbreviations()
"""Places written as abbreviations -> the unit word they hold ("TPHCM" -> "thành phố") and the name."""
SENTENCE_OPENERS = frozenset(vi_orgs.SENTENCE_OPENERS)
REGION_WORDS = frozenset(vi_orgs.REGION_WORDS)
SENTENCE_OPENER_FIRSTS = frozenset(w.split(" ")[0] for w in vi_orgs.SENTENCE_OPENERS if " " in w)
GLUED_WORDS = frozenset(
    w
    for w in (canonical_form(v) for v in vi_orgs.TAIL_STOP_FUNCTION_WORDS + vi_names.GLUED_WORDS)
    if " " not in w and w[0] not in "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
"""Small words that start with a consonant: run into a name's last syllable when a space is lost
("Khuđược"), they are cut off. A word that starts with a vowel ("anh", "ông") could be the end of
a syllable ("Thanh", "Công") and is never cut."""
VOWEL_RE = re.compile("[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]")

LEVEL_ONE = {canonical_form(k): v for k, v in vi_orgs.LEVEL_WORDS.items() if " " not in k}
LEVEL_TWO = {canonical_form(k): v for k, v in vi_orgs.LEVEL_WORDS.items() if " " in k}
CENTRAL_ONE = frozenset(w for w in vi_orgs.CENTRAL_LEVEL if " " not in w)
CENTRAL_TWO = frozenset(w for w in vi_orgs.CENTRAL_LEVEL if " " in w)


def _fixed_variants(name: str) -> tuple[str, ...]:
    # News also writes the later parts in lowercase ("Bộ Văn hóa, thể thao và du lịch").
    words = name.split(" ")
    return (name, " ".join(words[:1] + [w.lower() for w in words[1:]]))


FIXED_NAME_RE = re.compile(
    "(?:"
    + trie_pattern(_spellings(v for n in vi_orgs.FIXED_NAMES for v in _fixed_variants(n)))
    + r")(?![\w])"
)
"""Name parts with punctuation ("Văn hóa, Thể thao và Du lịch"), matched where a part starts."""

SECTOR_RE: re.Pattern[str] = re.compile(
    " (?:"
    + trie_pattern(_spellings(v for n in vi_orgs.SECTORS for v in _fixed_variants(n)))
    + r")(?![\w&'’])"
)
"""A ministry's or department's field right after its head: the whole name ("Bộ Y tế")."""
SECTOR_HEADS = frozenset(canonical_form(h) for h in vi_orgs.SECTOR_HEADS)

FIXED_NAME_FIRST_WORDS = frozenset(canonical_form(n).split(" ")[0].rstrip(",") for n in vi_orgs.FIXED_NAMES)

QUALIFIER_ABBREVIATIONS = frozenset(
    ("TNHH", "MTV", "CP", "TMCP", "THPT", "THCS", "PTDTBT", "PTDTNT", "ĐH", "CĐ", "Đa", "ĐKQT", "TP", "TP.")
)
"""Tokens after a head that say what kind of body it is, not which one ("Trường THPT" names no school)."""

PROVINCES: frozenset[str] = _canon(vi_orgs.PROVINCE_NAMES)
CITY_PROVINCES = _canon(vi_orgs.CITY_PROVINCES)
LONG_PLACES: frozenset[str] = frozenset(
    canonical_form(p).replace(" - ", " ").replace(" – ", " ") for p in vi_orgs.LONG_PLACE_NAMES
)

FAMILY_NAMES: frozenset[str] = _canon(vi_names.FAMILY_NAMES)
NAME_PARTICLES: frozenset[str] = _canon(vi_names.NAME_PARTICLES)
FOREIGN_STATES: frozenset[str] = _canon(vi_titles.FOREIGN_STATES)
FOREIGN_STATE_MAX_WORDS = max(len(s.split()) for s in FOREIGN_STATES)
PLACE_RUNS = (
    frozenset(
        v
        for p in PROVINCES | FOREIGN_STATES
        if " " in p
        and "-" not in p
        and not (p.count(" ") >= 2 and p.split(" ")[0] in _canon(vi_names.FAMILY_NAMES))
        for v in tone_variants(p)
    )
    - HEAD_FIRST_WORDS
)
"""Provinces and states of several words, as a whole run of capitals ("Việt Nam", "Hà Nội")."""

NAME_RUN_BREAKERS = frozenset(vi_names.NAME_RUN_BREAKERS)
"""Capitalised words that open a sentence and never stand in a name ("Theo", "Trong")."""

CAPITALISED_HONORIFICS = frozenset(
    canonical_form(h[:1].upper() + h[1:]) for h in vi_names.HONORIFICS if " " not in h
)
"""Honorifics that open a sentence ("Ông", "Bà"): never part of an organisation name."""

TITLE_ONLY = _canon(vi_orgs.TITLE_ONLY_ORGANISATIONS)
PARTY_NOT_AFTER = frozenset(vi_orgs.PARTY_NOT_AFTER)
GENERIC_MARKERS = tuple(vi_orgs.GENERIC_MARKERS)
GENERIC_NEXT_WORDS: frozenset[str] = frozenset(vi_orgs.GENERIC_NEXT_WORDS)
LOCAL_PARTY_BODIES = {canonical_form(k): v for k, v in vi_orgs.LOCAL_PARTY_BODIES.items()}
CORPORATE_BOARDS = _canon(vi_orgs.CORPORATE_BOARDS)
CORPORATE_BOARD_SPELLINGS = tuple(
    sorted(
        CORPORATE_BOARDS
        | {a for a, e in vi_orgs.ABBREVIATIONS.items() if canonical_form(e) in CORPORATE_BOARDS},
        key=len,
        reverse=True,
    )
)
"""The boards of ``CORPORATE_BOARDS`` as written, abbreviations too ("HĐQT")."""
CORPORATE_BOARD_OPENINGS = tuple(frozenset(b.split(" ")[0] + " " for b in CORPORATE_BOARD_SPELLINGS))
ALIAS_RE = re.compile(r"[A-ZĐ][\w&\-]*[A-ZĐ][\w&\-]*")
"""A short name given in brackets after a full one: a word with two capitals or more ("VietBank")."""
BARE_BODY_NOT_AFTER = tuple(" " + w for w in vi_orgs.BARE_BODY_NOT_AFTER)
CANONICAL_NAMES = {canonical_form(k): canonical_form(v) for k, v in vi_orgs.CANONICAL_NAMES.items()}
PROVINCE_BODIES = _canon(vi_orgs.PROVINCE_BODIES)
WHOLE_BODIES = {canonical_form(k): canonical_form(v) for k, v in vi_orgs.WHOLE_BODIES.items()}
SUB_BODIES = {
    canonical_form(k).casefold(): (canonical_form(k), _canon(v)) for k, v in vi_orgs.SUB_BODIES.items()
}
BARE_BODY_HEADS = (
    PROVINCE_BODIES
    | frozenset(WHOLE_BODIES)
    | frozenset(k for k in _canon(list(vi_orgs.SUB_BODIES)) if k in HEADS)
)
"""Heads kept when they stand alone (``_value`` decides which body they are, or drops them)."""
DEPARTMENT_HEADS = _canon(vi_orgs.DEPARTMENT_HEADS)
WHOLE_BODY_NAMES = {
    head: max((k for k in WHOLE_BODIES if whole.startswith(k)), key=len)
    for head, whole in WHOLE_BODIES.items()
}
"""For a body that alone means the national one, the words that name it in full elsewhere
("Mặt trận" -> "Mặt trận Tổ quốc")."""
SCHOOL_HEADS = frozenset(h for h, info in HEADS.items() if info.kind == "school" and h[0].isupper()) - {
    "Trường"
}
SECTOR_NAMES = frozenset(canonical_form(s) for s in vi_orgs.SECTORS) | frozenset(
    canonical_form(s) for s in vi_orgs.SHORT_SECTORS.values()
)
"""The fields of ``SECTORS`` as a department's whole name ("Y tế", "Giáo dục và Đào tạo")."""
SECTOR_SPELLINGS = {canonical_form(k): canonical_form(v) for k, v in vi_orgs.SECTOR_SPELLINGS.items()}
SHORT_SECTORS = {canonical_form(k): canonical_form(v) for k, v in vi_orgs.SHORT_SECTORS.items()}
UPPERCASE_NAMES = {canonical_form(k): canonical_form(v) for k, v in vi_orgs.UPPERCASE_NAMES.items()}
UPPERCASE_NAME_RE = re.compile("(?:" + trie_pattern(_spellings(vi_orgs.UPPERCASE_NAMES)) + r")(?![\w&'’])")
"""A name written in capitals, matched where a run starts ("QUỐC HỘI NƯỚC CỘNG HÒA ...")."""
UPPERCASE_NAME_OPENINGS = frozenset(k[:2] for k in _spellings(vi_orgs.UPPERCASE_NAMES))
GENERIC_BODIES = frozenset(canonical_form(b).casefold() for b in vi_orgs.GENERIC_BODIES)
PARTY_MARKERS = tuple(canonical_form(m) for m in vi_orgs.PARTY_MARKERS)
PARTY_BOARDS = tuple(canonical_form(b) for b in vi_orgs.PARTY_BOARDS)
PARTY_NAME = vi_orgs.PARTY_NAME
PARTY_WORD_FOLLOWERS = frozenset(canonical_form(w) for w in vi_orgs.PARTY_WORD_FOLLOWERS)
UNIT_BODIES = _canon(vi_orgs.UNIT_BODIES) | _canon([b.lower() for b in vi_orgs.UNIT_BODIES])
PROVINCE_LEVEL_BODIES = {canonical_form(k): v for k, v in vi_orgs.PROVINCE_LEVEL_BODIES.items()}


def _title_words() -> list[str]:
    words: list[str] = []
    for word in vi_titles.TITLE_WORDS:
        variants = case_variants(word)
        # A one-syllable title in lowercase is an ordinary word ("tăng trưởng"): keep its capital.
        if " " not in word:
            variants = tuple(v for v in variants if v[:1].isupper())
        words.extend(variants)
    return _spellings(words)


_TITLE_WORDS = _title_words()
TITLE_WORD_CANONICAL: dict[str, str] = {w: canonical_form(w) for w in _TITLE_WORDS}
_PREFIXES = _spellings(vi_titles.TITLE_PREFIXES)
DEPUTY_WORDS = tuple(vi_titles.DEPUTY_WORDS)
DEPUTY_HEAD_RE = re.compile("(?:" + trie_pattern(_spellings(vi_titles.DEPUTY_HEADS)) + r")(?![\w&'’])")
"""Heads a deputy is named by ("Phó Ban ...", "Phó Văn phòng ..."), matched after "Phó"."""
LOWERCASE_TENURE_PREFIXES = frozenset(p for p in vi_titles.TENURE_PREFIXES if p[0].islower())
TENURE_PREFIXES: tuple[str, ...] = tuple(p + " " for p in vi_titles.TENURE_PREFIXES)
MINISTRY_TITLES: frozenset[str] = _canon(vi_titles.MINISTRY_TITLES)
_STACKED = _spellings(vi_titles.STACKED_PREFIXES)
_QUALIFIERS = _spellings(vi_titles.TITLE_QUALIFIERS)
_TITLE_BODY = (
    r"(?:(?P<prefix>" + trie_pattern(_PREFIXES) + r") )?"
    r"(?:(?P<stacked>" + trie_pattern(_STACKED + [s.lower() for s in _STACKED]) + r") )?"
    r"(?P<word>" + trie_pattern(_TITLE_WORDS) + r")"
    r"(?: (?P<qualifier>" + trie_pattern(_QUALIFIERS) + r"))?"
)
TITLE_WORD_RE: re.Pattern[str] = re.compile(_TITLE_BODY + r"(?![\w&'’])")
"""A title word with its prefix ("Phó", "nguyên") and qualifier ("Thường trực"): "Phó Chủ tịch
Thường trực", matched at a given position. What follows it (the organisation) is read separately."""
TITLE_FIRST_WORDS: frozenset[str] = _first_words(_TITLE_WORDS) | _first_words(_PREFIXES)
TITLE_BEFORE_RE: re.Pattern[str] = re.compile(
    r"(?:(?P<qualifier>" + reversed_trie_pattern(_QUALIFIERS) + r") )?"
    r"(?P<word>" + reversed_trie_pattern(_TITLE_WORDS) + r")"
    r"(?: (?P<stacked>" + reversed_trie_pattern(_STACKED + [s.lower() for s in _STACKED]) + r"))?"
    r"(?: (?P<prefix>" + reversed_trie_pattern(_PREFIXES) + r"))?" + WORD_START
)
"""A title word right before a position ("phó chủ tịch UBND ...", "Giám đốc Nguyễn ..."), read
backwards (see ``match_before``); its ``word`` group is backwards too."""
TITLE_WINDOW = 64
TITLE_LAST_WORDS: frozenset[str] = frozenset(w.split(" ")[-1] for w in _TITLE_WORDS + _QUALIFIERS)

TITLE_NEEDS_ORGANISATION: frozenset[str] = frozenset(
    _spellings(v for w in vi_titles.TITLE_WORDS_NEEDING_ORGANISATION for v in case_variants(w))
)

_TOKEN_CHARS = r"[^\s.,;:!?()\[\]{}\"“”‘’«»…/|]+"
CHUNK_TOKENS = 8
CHUNK_RE = re.compile(r"(?: " + _TOKEN_CHARS + r"(?:\.(?=\w)" + _TOKEN_CHARS + r")*){1,8}")
"""Up to ``CHUNK_TOKENS`` space-separated tokens, stopping at punctuation: the words a name may run
on, read a chunk at a time."""

_CAPITAL_WORD = UPPER_CLASS + r"[\w&'’\-]*"
RUN_RE = re.compile(_CAPITAL_WORD + r"(?: " + _CAPITAL_WORD + r")*")
"""A run of capitalised words ("Ban Tuyên", "UBND", "Nguyễn Trọng Nghĩa"): every name, head and
capitalised title starts one, so one scan for them is the whole cost of reading a text. A dot
ends a word here ("TP.HCM" is read whole by the name walker, which has its own tokens)."""


NAME_PART_MAX_LOWERCASE = vi_orgs.NAME_PART_MAX_LOWERCASE
PAIR_FIRST_WORDS = frozenset(
    w.split(" ")[0] for w in list(LEVEL_TWO) + list(UNIT_BODIES) + list(CENTRAL_TWO) + list(SENTENCE_OPENERS)
)
"""First words of the two-word units, bodies and levels the walker looks for ("thành phố", "Tỉnh ủy")."""


def _support_last_words() -> frozenset[str]:
    """Last words of the markers and titles that may stand before a one-word name ("ông", "tá",
    "thống", "trưởng"): a one-word run after anything else is no name."""
    words = set(TITLE_LAST_WORDS)
    for phrase in vi_names.HONORIFICS + vi_titles.RANKS + vi_titles.ROLE_WORDS:
        for variant in case_variants(phrase):
            for spelling in tone_variants(variant):
                words.add(spelling.split(" ")[-1])
    return frozenset(words)


NAME_SUPPORT_LAST_WORDS = _support_last_words()
HEAD_OPENERS = (
    frozenset(vi_orgs.SENTENCE_OPENERS)
    | NAME_RUN_BREAKERS
    | frozenset(("Của", "Cho", "Và", "Là", "Về", "Tới", "Đến", "Tân"))
)
"""Capitalised words after which a head or title may stand inside one run ("Theo Sở Y tế")."""
NAME_SUPPORT_LAST_CHARS = frozenset(w[-1] for w in NAME_SUPPORT_LAST_WORDS)
NAME_SUPPORT_SUFFIXES = frozenset(w[-2:].rjust(2) for w in NAME_SUPPORT_LAST_WORDS)
"""The last two letters of those words (one-letter words padded with a space): a cheap first test."""
EPITHET_WORDS = frozenset(k for k in vi_names.EPITHETS if " " not in k)
EPITHET_FIRST = frozenset(k.split(" ")[0] for k in vi_names.EPITHETS)


def _opening_seconds() -> dict[str, frozenset[str] | None]:
    """For each word that opens a head or a title, the words that may come second, or ``None`` when
    the word alone opens one ("Bộ", "Sở", "Phó ..."). "Trung" opens "Trung ương" and "Trung tâm",
    not "Trung Quốc": a look at the next word saves the full match for most capitalised words."""
    seconds: dict[str, set[str] | None] = {}
    phrases = _HEAD_SPELLINGS + _TITLE_WORDS
    for phrase in phrases:
        words = phrase.split(" ")
        if len(words) == 1:
            seconds[words[0]] = None
        elif seconds.get(words[0], set()) is not None:
            seconds.setdefault(words[0], set()).add(words[1])  # type: ignore[union-attr]
    for prefix in _PREFIXES + _STACKED:
        seconds[prefix.split(" ")[0]] = None
    return {k: (frozenset(v) if v is not None else None) for k, v in seconds.items()}


OPENING_SECONDS = _opening_seconds()
