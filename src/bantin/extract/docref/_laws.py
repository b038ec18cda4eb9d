"""Laws, codes and ordinances cited by name, without a number.

- "Luật Đất đai năm 2013", "Bộ luật Hình sự 2015", "luật Cán bộ, công chức năm 2008":
  a name and a year -> ``state:LUAT:dat-dai@2013``.
- "Luật Đất đai", "luật Ngân sách Nhà nước", "Luật Khám bệnh, chữa bệnh",
  "Pháp lệnh Công an xã": a name of the gazetteer (``law_names``, ``ordinance_names``)
  -> ``state:LUAT:dat-dai``, ``state:PL:cong-an-xa``. Without a year a name
  counts only when the gazetteer knows it: "Luật mới", "Luật Việt Nam" are no laws.
- "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học", "Luật Giáo dục
  đại học sửa đổi": an amending law, named after the law it amends.

The slug is the name as written, folded and hyphenated, with the abbreviations
of ``law_name_abbreviations`` spelt out ("Luật GDĐH" -> ``giao-duc-dai-hoc``).
"luật" in lower case is a law only before a capitalised name; no "luật" is one
after "pháp", "kỷ" ("pháp luật", "kỷ luật"), nor a bill ("dự luật", "dự án Luật
...", "dự thảo Luật ...").

A name followed by "số" and a number ("Luật Giáo dục đại học sửa đổi số 34") is
left to the short mentions (:mod:`._short`), which point it to the law numbered so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bantin.extract.docref._build import Draft
from bantin.extract.docref._data import load_tables
from bantin.extract.docref._tails import TypeAnchor
from bantin.text import folded_form

# "Luật Đất đai năm 2013", "Bộ luật Hình sự 2015", "Luật Cán bộ, công chức năm 2008": a law by its
# name and year. The name starts with a capital and runs over at most eight words (a comma may
# join two of them) to the year; without a year, a name alone is too loose to cite.
NAMED_LAW_RE = re.compile(
    r"(?P<name>[^\W\d_][^\W\d_]*(?:,?\s[^\W\d_]+){0,7}?)\s(?:năm\s)?(?P<year>(?:19[4-9]|20[0-4])\d)(?!\d|/|-)"
)
_KINDS = {"luat": "LUAT", "bo luat": "BOLUAT", "phap lenh": "PL"}
# Words before "luật" that make it no law in force: "pháp luật", "kỷ luật", a law firm ("Công ty
# Luật ...", "hãng luật"), and bills: "dự luật", "dự án Luật Tố cáo (sửa đổi)", "dự thảo Luật Đất đai".
_NOT_AFTER = frozenset({"pháp", "dự", "kỷ", "luật", "án", "thảo", "ty", "hãng"})
_WINDOW = 140
# On the folded text, right after a name.
_AMENDING = re.compile(r"sua doi,? +bo sung +(?:mot +so +dieu +)?(?:cua +)?(?P<word>bo luat|luat) +")
_AMENDED = re.compile(r" +(?:\( *sua doi *\)|sua doi(?:,? +bo sung)?)(?![^\W_])")
_YEAR = re.compile(r",? +(?:nam +)?(?P<year>(?:19[4-9]|20[0-4])\d)(?![\d/-])")
_NUMBER_AFTER = re.compile(r" +so +\d")
_SLUG_SPLIT = re.compile(r"[\s,;/()\-\u2013]+")


@dataclass(frozen=True, slots=True)
class LawNames:
    """The gazetteer's law and ordinance names, compiled for matching on the folded text."""

    laws: re.Pattern[str]
    ordinances: re.Pattern[str]
    abbreviations: dict[str, str]
    """Folded abbreviation ("hdnd") -> the words it stands for ("Hội đồng nhân dân")."""


def _name_pattern(names: tuple[str, ...], abbreviations: dict[str, str]) -> re.Pattern[str]:
    """Folded names, longest first, commas optional; each also with its abbreviations ("HĐND")."""
    forms: set[str] = set()
    for name in names:
        variants = {folded_form(name)}
        for abbreviation, words in abbreviations.items():
            spelt = re.compile(r"(?<![^\W_])" + re.escape(folded_form(words)) + r"(?![^\W_])")
            variants |= {spelt.sub(folded_form(abbreviation), v) for v in variants}
        forms |= variants
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        escaped = re.escape(form).replace(r",\ ", r",? +").replace(r"\ ", " +")
        parts.append(escaped)
    return re.compile(r"(?:" + "|".join(parts) + r")(?![^\W_])")


@lru_cache(maxsize=1)
def law_names() -> LawNames:
    """Compile the name lists once."""
    tables = load_tables()
    abbreviations = tables.law_name_abbreviations
    return LawNames(
        laws=_name_pattern(tables.law_names, abbreviations),
        ordinances=_name_pattern(tables.ordinance_names, abbreviations),
        abbreviations={folded_form(a): words for a, words in abbreviations.items()},
    )


def law_slug(name: str) -> str:
    """A law's name as the id writes it: folded, hyphenated, abbreviations spelt out."""
    expansions = law_names().abbreviations
    words = []
    for word in _SLUG_SPLIT.split(name):
        if word:
            folded = folded_form(word)
            words.extend(folded_form(expansions.get(folded, folded)).split())
    return "-".join(words)


def _blocked(display: str, start: int) -> bool:
    """Whether the word before ``start`` makes the "luật" there no law ("pháp luật", "Dự luật")."""
    before = display[max(0, start - 8) : start].rstrip(" ")
    word = before[before.rfind(" ") + 1 :].lower()
    return word in _NOT_AFTER


def _known_name(folded: str, display: str, at: int, kind: str, lower: bool) -> int | None:
    """The end (in ``folded``) of a gazetteer name at ``at``, or None."""
    names = law_names()
    match = (names.ordinances if kind == "PL" else names.laws).match(folded, at)
    if match is None:
        return None
    if lower and not display[at].isupper():
        return None  # "luật" and a name both in lower case: a law in general, not one law
    return match.end()


def law_draft(display: str, anchor: TypeAnchor) -> Draft | None:
    """A law, code or ordinance cited by its name (and maybe its year), without a number."""
    word = display[anchor.start : anchor.end]
    kind = _KINDS.get(" ".join(folded_form(word).split()))
    if kind is None or word.isupper() or _blocked(display, anchor.start):
        return None
    lower = word[0].islower()
    start = anchor.end + 1
    if display[anchor.end : start] != " ":
        return None
    window = display[start : start + _WINDOW]
    folded = folded_form(window)
    slug, end = None, None
    amending = _AMENDING.match(folded) if kind == "LUAT" else None
    if amending is not None:
        inner = _known_name(folded, window, amending.end(), "LUAT", False)
        if inner is not None:
            end = inner
            slug = law_slug(window[:end])
    if slug is None:
        end = _known_name(folded, window, 0, kind, lower)
        if end is not None:
            slug = law_slug(window[:end])
    if slug is not None and end is not None:
        amended = _AMENDED.match(folded, end)
        if amended is not None:
            end = amended.end()
            slug = law_slug(window[:end])
        if _NUMBER_AFTER.match(folded, end):
            return None  # "Luật Giáo dục đại học sửa đổi số 34": a short mention of law 34
        year_match = _YEAR.match(folded, end)
        year = year_match["year"] if year_match else None
        if year_match:
            end = year_match.end()
        how = f"a law of the gazetteer cited by its name '{window[:end]}'"
    else:
        match = NAMED_LAW_RE.match(window)
        if match is None or not match["name"][0].isupper() or "số" in match["name"].split():
            return None
        slug, year, end = law_slug(match["name"]), match["year"], match.end()
        how = f"a law cited by its name '{match['name']}' and year {year}, without a number"
    doc_id = f"state:{kind}:{slug}" + (f"@{year}" if year else "")
    system, _, _ = doc_id.partition(":")
    draft = Draft(anchor.start, start + end, system, "named", kind="state", fixed_ids=(doc_id,))
    draft.type_name, draft.doc_type, draft.number = word[0].upper() + word[1:], kind, None
    draft.year = int(year) if year else None
    draft.evidence.append(how)
    return draft


# "Luật số 34", "Luật sửa đổi số 34": a law cited by number only (see _short).
_LAW_NUMBER = re.compile(r"(?:[^\W\d_]+,? +){0,8}?(?i:số) +\d")
# The end of the words that open a law's name, as found with str.find (far faster than a regex
# scan over every position of the text): "Luật", "luật", "Bộ luật", "Pháp lệnh", "pháp lệnh".
_NEEDLES = (("uật ", "Ll"), ("háp lệnh ", "Pp"))


def _law_name_follows(text: str, at: int) -> bool:
    folded = folded_form(text[at : at + _WINDOW])
    names = law_names()
    return bool(
        names.laws.match(folded)
        or names.ordinances.match(folded)
        or _AMENDING.match(folded)
        or NAMED_LAW_RE.match(text, at)
        or _LAW_NUMBER.match(text, at)
    )


def law_windows(text: str, width: int) -> list[tuple[int, int]]:
    """Windows at "Luật"/"luật"/"Pháp lệnh" followed by a law's name, a name and year, or "số" and a number."""
    windows = []
    for needle, initials in _NEEDLES:
        found = text.find(needle)
        while found >= 0:
            start, at = found - 1, found + len(needle)
            found = text.find(needle, at)
            if start < 0 or text[start] not in initials or (start > 0 and text[start - 1].isalnum()):
                continue
            if _blocked(text, start):
                continue
            if at < len(text) and text[at].isalpha() and _law_name_follows(text, at):
                windows.append((start - 8, at + width))
    return windows
