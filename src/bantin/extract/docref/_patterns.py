"""The compiled patterns, built once from the language data.

They read the *match form* of the text (see :mod:`._forms`): one dash, one slash,
canonical tone placement. The symbol grammar follows SPEC §7: Party symbols put the
hyphen first (``05-CT/TW``), State ones the slash first (``15/2020/NĐ-CP``,
``1234/QĐ-TTg``). Python's ``\\w`` is Unicode-aware, so the boundaries work after
letters such as "ư" and "ị" (the ASCII ``\\b`` pitfall of SPEC §6.5 does not arise).

Separators are plain spaces, never line ends: a reference does not run across
lines. Words are matched case-insensitively (``(?i:...)``), codes and Roman
numerals case-sensitively, except in Party symbols ("15- Nq/tw", SPEC §6.4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bantin.extract.docref._data import Tables, load_tables

NUM = r"\d{1,5}(?:\.\d{1,2})?"
CODE = r"[A-ZĐƯ][A-Za-zĐđƯư]{0,14}\d{0,2}"
SEP_H = r" {0,2}- {0,2}"
SEP_S = r" {0,2}/ {0,2}"
LIST_SEP = r" {0,2}(?:,|và|&) {0,2}"
# A symbol starts after no letter, digit, ".", "/" or "-", or glued to "số" ("số31-QĐ/TW").
LEFT = r"(?:(?<![\w./-])|(?<=[Ss]ố)|(?<=SỐ))"
RIGHT = r"(?![\w])"
ROMAN = r"(?:X{1,2}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)"
TERM_WORD = r"(?i:khóa|khoa)"


def _alternation(words: list[str], *, spaced: bool = True) -> str:
    """A regex alternation of literal words, longest first, spaces as one or more spaces."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(escaped.replace(r"\ ", " +") if spaced else escaped)
    return "|".join(parts)


def _party_type_alternation(codes: list[str], exceptions: frozenset[str]) -> str:
    """Party type codes, with "Đ" also accepting a plain "D" (OCR, typing without accents)."""
    parts = []
    for code in sorted(codes, key=len, reverse=True):
        escaped = re.escape(code)
        if code not in exceptions:
            escaped = escaped.replace("Đ", "[ĐD]")
        parts.append(escaped)
    return "|".join(parts)


@dataclass(frozen=True, slots=True)
class Patterns:
    """Every compiled pattern the extractor uses."""

    party: re.Pattern[str]
    state_normative: re.Pattern[str]
    state_admin: re.Pattern[str]
    url: re.Pattern[str]
    type_word: re.Pattern[str]
    congress: re.Pattern[str]
    plenum: re.Pattern[str]
    constitution: re.Pattern[str]
    short: re.Pattern[str]
    law_short: re.Pattern[str]
    demonstrative: re.Pattern[str]
    named_document: re.Pattern[str]
    date: re.Pattern[str]
    issuer: re.Pattern[str]
    term: re.Pattern[str]
    so_tail: re.Pattern[str]
    title: re.Pattern[str]
    pinpoint: re.Pattern[str]
    list_gap: re.Pattern[str]
    place_word: re.Pattern[str]
    locality_unit: re.Pattern[str]


def _symbol_patterns(tables: Tables) -> dict[str, re.Pattern[str]]:
    """The three symbol shapes of SPEC §7.2, and web addresses (skipped: SPEC §6.6)."""
    party_types = _party_type_alternation(
        list(tables.party_types) + list(tables.state_hyphen_types), tables.fold_exceptions
    )
    party = (
        LEFT + r"(?P<nums>" + NUM + r"(?:" + LIST_SEP + NUM + r")*) {0,2}-? {0,2}"
        r"(?P<type>" + party_types + r")" + SEP_S + r"(?P<iss>" + CODE + r")"
        r"(?:-(?P<unit>[A-ZĐ][A-Za-zĐđ]{0,10}))?" + RIGHT
    )
    state_normative = (
        LEFT + r"(?P<num>" + NUM + r")" + SEP_S + r"(?P<year>(?:19|20)\d{2}) {0,2}[/-] {0,2}"
        r"(?P<sym>(?:UBTVQH|QH) ?\d{1,2}|" + CODE + r"(?:" + SEP_H + CODE + r")+)" + RIGHT
    )
    state_admin = (
        LEFT
        + r"(?P<nums>"
        + NUM
        + r"(?:"
        + LIST_SEP
        + NUM
        + r")*)"
        + SEP_S
        + r"(?P<sym>"
        + CODE
        + r"(?:"
        + SEP_H
        + CODE
        + r")+)"
        + RIGHT
    )
    return {
        "party": re.compile(party, re.IGNORECASE),
        "state_normative": re.compile(state_normative),
        "state_admin": re.compile(state_admin),
        "url": re.compile(r"(?:https?://|www\.)\S+"),
    }


def _word_patterns(tables: Tables) -> dict[str, re.Pattern[str]]:
    """Type words, and the mentions that start with one: named, short, demonstrative."""
    words = [w.word for w in tables.type_words]
    folded = [form for w in tables.type_words for form in w.folded_forms]
    type_word = (
        r"(?<![\w])(?:(?P<word>(?i:"
        + _alternation(words + folded)
        + r"))|(?P<abbr>"
        + _alternation(list(tables.type_abbreviations))
        + r"))(?![\w])"
    )
    congress = (
        r"(?:(?i:nghị quyết|nghi quyet)|NQ) +(?:(?i:của) +)?(?i:đại hội) +(?:(?i:đại biểu) +)?"
        r"(?:(?i:đảng) +)?(?:(?i:toàn quốc) +)?(?:(?i:lần thứ|khóa) +)?(?P<r>" + ROMAN + r")" + RIGHT
    )
    ordinal = r"(?:(?i:mười) +)?\w+"
    plenum = (
        r"(?P<kind>(?i:nghị quyết|kết luận)|NQ|KL) +(?:(?i:của) +)?(?:(?i:hội nghị) +)?"
        r"(?:(?i:lần thứ) +(?P<w>" + ordinal + r") +)?(?:(?i:ban chấp hành) +|BCH +)?(?i:trung ương)"
        r"(?: +(?i:đảng))?(?: +(?:(?i:lần thứ) +)?(?P<n>\d{1,2}))?"
        r"(?: +(?i:lần thứ) +(?P<w2>" + ordinal + r"))?"
        r" {0,2}(?:\( {0,2}"
        + TERM_WORD
        + r" +(?P<r1>"
        + ROMAN
        + r") {0,2}\)|,? {0,2}"
        + TERM_WORD
        + r" +(?P<r2>"
        + ROMAN
        + r"))"
        + RIGHT
    )
    constitution = (
        r"(?i:hiến pháp|hien phap)(?P<country> +(?i:nước +cộng hòa +xã hội +chủ nghĩa +việt nam))?"
        r"(?: +(?:(?i:năm) +)?(?P<y>(?:19|20)\d{2}))?" + RIGHT
    )
    short_words = [w.word for w in tables.type_words if w.is_short]
    short_words += [f for w in tables.type_words if w.is_short for f in w.folded_forms]
    short = (
        r"(?<![\w])(?P<tw>(?i:"
        + _alternation(short_words)
        + r")|"
        + _alternation(list(tables.short_abbreviations))
        + r")"
        r" +(?:(?P<so>(?i:số|so)) +)?(?P<n>\d{1,4}(?:\.\d{1,2})?)"
        r"(?: {0,2}/ {0,2}(?:(?P<y>(?:19|20)\d\d)|(?P<iss>"
        + _alternation(list(tables.short_slash_issuers))
        + r")))?"
        r"(?![\w/-]|[.,]\d)"
    )
    # "Luật số 34", "Luật Giáo dục đại học sửa đổi số 34": a law by its number alone, after its title words.
    law_short = (
        r"(?P<tw>(?i:bộ luật|luật))(?: +(?P<title>[^\W\d_]+(?:,? +[^\W\d_]+){0,7}?))? +(?P<so>(?i:số)) +"
        r"(?P<n>\d{1,3})(?P<y>)(?P<iss>)(?![\w/-]|[.,]\d)"
    )
    demonstrative = (
        r"(?<![\w])(?P<tw>(?i:"
        + _alternation(words)
        + r")) +(?P<dem>(?i:"
        + _alternation(list(tables.demonstratives))
        + r"))(?![\w])"
    )
    named_forms = [form.replace(" ", " +") for form in tables.named_documents]
    return {
        "type_word": re.compile(type_word),
        "congress": re.compile(congress),
        "plenum": re.compile(plenum),
        "constitution": re.compile(constitution),
        "short": re.compile(short),
        "law_short": re.compile(law_short),
        "demonstrative": re.compile(demonstrative),
        "named_document": re.compile(
            r"(?:" + "|".join(sorted(named_forms, key=len, reverse=True)) + r")(?![\w])"
        ),
    }


def _context_patterns(tables: Tables) -> dict[str, re.Pattern[str]]:
    """What stands around a mention: date, issuer, term, "số", article pointer, list, place."""
    year = r"(?:19|20)\d{2}"
    date = (
        r" {0,2},? {0,2}(?:(?i:được) +)?(?:(?i:ban hành) +)?(?:(?i:vào) +)?(?:"
        r"(?i:ngày) +(?P<d>\d{1,2}) {0,2}(?P<s>[/.-]) {0,2}(?P<m>\d{1,2}) {0,2}(?P=s) {0,2}(?P<y>"
        + year
        + r")"
        r"|(?i:ngày) +(?P<d2>\d{1,2}) +(?i:tháng) +(?P<m2>\d{1,2}) +(?i:năm) +(?P<y2>" + year + r")"
        r"|(?i:năm) +(?P<y3>" + year + r")"
        r"|\( {0,2}(?P<d4>\d{1,2}) {0,2}[/.-] {0,2}(?P<m4>\d{1,2}) {0,2}[/.-] {0,2}(?P<y4>"
        + year
        + r") {0,2}\)"
        r")(?!\d)"
    )
    phrases = [p.phrase for p in tables.issuer_phrases]
    term = (
        r" {0,2}(?:\( {0,2}" + TERM_WORD + r" +(?P<r1>" + ROMAN + r"|\d{1,2}) {0,2}\)"
        r"|,? {0,2}" + TERM_WORD + r" +(?P<r2>" + ROMAN + r"|\d{1,2}))" + RIGHT
    )
    # A unit word ends where the word ends, unless it ends in a dot ("TP.HCM").
    dotted = [u for u in tables.locality_unit_words if u.endswith(".")]
    plain = [u for u in tables.locality_unit_words if not u.endswith(".")]
    units = _alternation(dotted) + r"|(?:" + _alternation(plain) + r")(?![^\W\d_])"
    pinpoint = (
        r"(?P<pin>(?:(?i:điểm) +\w{1,2} +)?(?:(?i:khoản) +\d{1,3} +)?(?i:điều) +\d{1,3}\w?)"
        r" +(?:(?i:của) +)?$"
    )
    return {
        "date": re.compile(date),
        "issuer": re.compile(
            r" {0,2},? {0,2}(?i:của) +(?P<phrase>(?i:" + _alternation(phrases) + r"))(?![\w])"
        ),
        "term": re.compile(term),
        # A quoted title after a mention ("... của Bộ Chính trị “Về đẩy mạnh học tập ...”"), SPEC §3.5.
        "title": re.compile(
            r" {0,2},? {0,2}(?:(?i:về) +)?(?:“(?P<t1>[^”\n]{3,200})”|\"(?P<t2>[^\"\n]{3,200})\")"
        ),
        "so_tail": re.compile(r"(?:^|(?<=[\s(]))(?i:số|so) *:? *$"),
        "pinpoint": re.compile(pinpoint),
        "list_gap": re.compile(r" {0,2}(?:,|;|&|(?:,? +)?(?i:và)) {0,2}"),
        "place_word": re.compile(r"(?: +| *- *|(?<=\.))(?P<w>[^\W\d_]+)"),
        "locality_unit": re.compile(r" +(?P<unit>" + units + r")"),
    }


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Compile the patterns (once per process)."""
    tables = load_tables()
    return Patterns(**_symbol_patterns(tables), **_word_patterns(tables), **_context_patterns(tables))
