"""The compiled patterns of the date extractor, built from ``lang/vi/dates.json``.

The cost of a Python regex is set by how many positions it has to try, so the
work is split:

- :data:`DIGIT_ANCHOR_RE` and :data:`KEYWORD_ANCHOR_RE` find the few places where
  a date can be: the start of a number, or a date word ("hôm" before "nay",
  "thứ" before "Hai", "quý" before "II") after a space. Both open with a
  character the engine can skip to in C without trying the pattern elsewhere.
- :func:`date_pattern_for` reads the whole expression, and is only tried
  (``match``) at an anchor or at the date words just before it
  (:data:`CHAIN_WORDS`); it holds only the shapes that can open with the word
  found there.

Each shape is a named group ``B_<shape>`` (``match.lastgroup`` tells which one
matched); groups inside a shape carry its prefix so that names stay unique.
Shapes are tried in a fixed order, the longer first: a range before a single
day, a day before a bare time, a year range before a single year. Optional parts
are written ``(?:X|)`` rather than ``(?:X)?``: the engine runs the first as a
cheap branch and the second as a repeat, several times slower.

The patterns only find candidates: whether "2/3" is a date or a fraction, "8h"
a time or a duration, "thứ hai" a weekday or "second", is decided in
:mod:`._parse` from the words around the match.
"""

from __future__ import annotations

import re
from functools import cache

from bantin.extract.dates._lexicon import LEXICON as L
from bantin.extract.dates._lexicon import OPT_SPACE as OSP
from bantin.extract.dates._lexicon import SPACE as SP
from bantin.extract.dates._lexicon import any_case, any_of

# A number that starts a date must not continue a number, a code or a decimal ("COVID-19", "15/2020", "1,5").
_NUM_START = r"(?<![/.,:+\-])"
# ... nor run on into one ("15/2020/NĐ-CP", "16/7%", "1.5.2").
_NUM_END = r"(?![\w/%]|[.,:\-]\d)"


def _opt(pattern: str) -> str:
    return f"(?:{pattern}|)"


_POD = any_of(L.parts_of_day)
_DAY_NOUN = any_of(L.day_nouns)
_MONTH_NOUN = any_of(L.month_nouns)
_YEAR_NOUN = any_of(L.year_nouns)
_MONTH_WORD = any_of(L.month_words, cased=True)
_OPENER = any_of(L.range_openers)
_JOINER = any_of(L.range_joiners)
_WEEKDAY_NUMBER_WORDS = any_of(w for w in L.weekday_numbers if not w.isdigit())
_WEEKDAY = (
    f"(?:{any_case(L.weekday_head)}{SP}(?:{_WEEKDAY_NUMBER_WORDS}|[2-7])"
    f"|{any_of(L.sunday_words)}|{any_of(L.weekday_abbreviations, cased=True)})" + r"(?!\w)"
)
_REL_YEAR_TAILS = any_of(
    {word.split(" ", 1)[1] for word, (unit, _) in L.relative.items() if unit == "year" and " " in word}
)
_REL_DAY_WORDS = any_of(word for word, (unit, _) in L.relative.items() if unit == "day")
_REL_OTHER_WORDS = any_of(word for word, (unit, _) in L.relative.items() if unit != "day")
_POD_REL_TAILS = any_of(L.part_of_day_relative, cased=True)  # lower case only: "sáng Mai" is a name


def _numeric_date(tag: str) -> str:
    """d/m, d/m/yyyy, d-m-yyyy, d.m.yyyy (one separator, used twice), d/m năm yyyy."""
    return (
        rf"(?P<{tag}d>\d{{1,2}})(?P<{tag}s>[/.\-])(?P<{tag}m>\d{{1,2}})"
        + _opt(rf"(?:(?P={tag}s)|(?<=\d){SP}{_YEAR_NOUN}{SP})(?P<{tag}y>\d{{4}})")
        + _NUM_END
    )


_WORD_YEAR_LEAD = f"(?:{SP}{_YEAR_NOUN}{SP}|{OSP}[/,\\-]{OSP}{_opt(_YEAR_NOUN + SP)})"


def _word_date(tag: str) -> str:
    """'16 tháng 7', '16 tháng 7 năm 2021', '16 tháng Bảy, 2021'."""
    return rf"(?P<{tag}d>\d{{1,2}}){SP}{_MONTH_NOUN}{SP}(?P<{tag}m>\d{{1,2}}|{_MONTH_WORD})(?!\w)" + _opt(
        rf"{_WORD_YEAR_LEAD}(?P<{tag}y>\d{{4}}){_NUM_END}"
    )


def _day_core(tag: str) -> str:
    return f"(?:{_numeric_date(tag + 'n')}|{_word_date(tag + 'w')})"


def _year_suffix(tag: str) -> str:
    """What may follow a month or a quarter: '/2021', '-2021', '.2021', ' năm 2021', ' năm nay'."""
    lead = f"(?:{OSP}[/\\-–]{OSP}|\\.|{SP}{_YEAR_NOUN}{SP}|{OSP},{OSP}{_YEAR_NOUN}{SP})"
    return _opt(
        rf"{lead}(?P<{tag}y>\d{{4}}){_NUM_END}|{SP}{_YEAR_NOUN}{SP}(?P<{tag}r>{_REL_YEAR_TAILS})(?!\w)"
    )


def _time(tag: str, *, guard: bool = True) -> str:
    """'8h30', '8h', '8 giờ 30', '8 giờ 30 phút', '08:30', '8g30' (``guard``: not after '-', '/', ...)."""
    # Minutes after a space are no minutes when a date runs on from them: "10h 5/5/2017" is 10:00 on 5 May.
    minutes = rf"{OSP}(?P<{tag}m>\d{{1,2}})(?!\d|(?<=\s\d)[/.\-]\d|(?<=\s\d\d)[/.\-]\d)" + _opt(
        f"{OSP}{any_of(L.minute_words)}|['’]"
    )
    return (
        rf"{_NUM_START if guard else ''}(?P<{tag}h>\d{{1,2}})"
        rf"(?:{OSP}(?P<{tag}u>{any_of(L.hour_markers)}){_opt(minutes)}(?![^\W\d_])"
        rf"|[g:](?P<{tag}m2>\d{{2}})(?!\d|[.,:]\d))"
    )


def _explicit_after_relative(tag: str) -> str:
    """'hôm nay (26/4)', 'hôm nay (ngày 21-5)', 'sáng nay 29/4', 'sáng nay, 2.6': a relative day and its date."""
    noun = _opt(_DAY_NOUN + SP)
    return _opt(rf"{OSP}\({OSP}{noun}{_day_core(tag + 'p')}{OSP}\)|(?:{OSP},)?{SP}{_day_core(tag + 's')}")


_TIME_WEEKDAY = _opt(rf"(?P<tw>{_WEEKDAY})(?:{OSP},{OSP}|{OSP}(?P<tpar>\(){OSP}|{SP})")
"""The weekday between a time and its day: "8h, thứ Hai, 16/7", "3 giờ sáng thứ Bảy (24/4)"."""

_BRANCHES = {
    "drange": (
        _opt(rf"(?P<dro>{_OPENER}){SP}")
        + _opt(rf"(?P<drp>{_POD}){SP}")
        + _opt(rf"(?P<drn>{_DAY_NOUN}){SP}")
        + rf"{_NUM_START}(?P<dr1d>\d{{1,2}})"
        + _opt(
            r"(?P<dr1s>[/.\-])(?P<dr1m>\d{1,2})"
            + _opt(r"(?P=dr1s)(?P<dr1y>\d{4})")
            + rf"|{SP}{_MONTH_NOUN}{SP}(?P<dr1wm>\d{{1,2}}|{_MONTH_WORD})(?!\w)"
            + _opt(rf"{_WORD_YEAR_LEAD}(?P<dr1wy>\d{{4}}){_NUM_END}")
        )
        + rf"{OSP}(?P<drj>{_JOINER}){OSP}"
        + _opt(_POD + SP)
        + _opt(_DAY_NOUN + SP)
        + _day_core("dr2")
    ),
    "dlist": (
        _opt(rf"(?P<dlp>{_POD}){SP}")
        + rf"(?P<dln>{_DAY_NOUN}){SP}(?P<dl1>\d{{1,2}}){OSP}{any_of(L.list_joiners)}{OSP}"
        + _numeric_date("dl2n")
    ),
    "day": (
        _opt(rf"(?P<dp>{_POD}){SP}")
        + _opt(rf"(?P<dw>{_WEEKDAY})(?:{OSP},{OSP}|{OSP}(?P<dpar>\(){OSP}|{OSP}[\-–]{OSP}|{SP})")
        + _opt(rf"(?P<dn>{_DAY_NOUN}){SP}")
        + rf"{_NUM_START}{_day_core('d')}(?(dpar){OSP}\))"
        + _opt(rf"{OSP}\({OSP}(?P<dw2>{_WEEKDAY}){OSP}\)")
    ),
    "trange": (
        _opt(rf"(?P<xro>{_OPENER}){SP}")
        + _time("xa")
        + _opt(rf"{SP}(?P<xap>{_POD})")
        + rf"{OSP}(?P<xrj>{_JOINER}){OSP}"
        + _time("xb", guard=False)
        + _opt(rf"{SP}(?P<xrp>{_POD})(?!{SP}{_POD_REL_TAILS}(?!\w))")
        + _opt(
            rf"{_opt(OSP + ',')}{SP}{_opt(rf'(?P<xrw>{_WEEKDAY})(?:{OSP},{OSP}|{SP})')}"
            rf"{_opt(rf'(?P<xrn>{_DAY_NOUN}){SP}')}{_day_core('xrc')}"
        )
    ),
    "time": (
        _time("t")
        + _opt(rf"{SP}(?P<tp>{_POD})(?!{SP}{_POD_REL_TAILS}(?!\w))")
        + _opt(
            rf"{_opt(OSP + ',')}{SP}{_TIME_WEEKDAY}"
            rf"{_opt(rf'(?P<tn>{_DAY_NOUN}){SP}')}{_day_core('tc')}(?(tpar){OSP}\))"
            rf"|{SP}(?P<trp>{_POD}){SP}(?P<trpo>{_POD_REL_TAILS})(?!\w){_explicit_after_relative('tr1')}"
            rf"|{SP}(?P<trw>{_REL_DAY_WORDS})(?!\w){_explicit_after_relative('tr2')}"
        )
    ),
    "month": (
        _opt(rf"(?P<mo>{_OPENER}){SP}")
        + rf"(?P<mn>{_MONTH_NOUN}){SP}(?P<m1>\d{{1,2}}(?!\d|[.,]\d)|{_MONTH_WORD}(?!\w)){_year_suffix('m1')}"
        + _opt(
            rf"{OSP}(?P<mj>{_JOINER}){OSP}{_opt(_MONTH_NOUN + SP)}"
            rf"(?P<m2>\d{{1,2}}(?!\d|[.,]\d)|{_MONTH_WORD}(?!\w)){_year_suffix('m2')}"
        )
    ),
    "quarter": (
        rf"{any_of(L.quarter_nouns)}{SP}(?P<q>{any_of(L.quarter_numbers, cased=True)})(?!\w|[.,]\d)"
        + _year_suffix("q")
    ),
    "half": (
        rf"{_NUM_START}(?:(?P<hh>{any_of(L.half_year_heads)})|(?P<hk>\d{{1,2}}){SP}{_MONTH_NOUN})"
        rf"{SP}(?P<hs>{any_of(L.half_year_sides)}){SP}(?P<hn>{_YEAR_NOUN})"
        + _opt(rf"{SP}(?P<hy>\d{{4}}){_NUM_END}|{SP}(?P<hr>{_REL_YEAR_TAILS})")
        + r"(?!\w)"
    ),
    "yrange": (
        _opt(rf"(?P<yrn>{any_of(L.year_range_nouns)}){SP}")
        + _opt(rf"(?P<yro>{_OPENER}){SP}")
        + _opt(_YEAR_NOUN + SP)
        + rf"{_NUM_START}(?P<ya>\d{{4}}){OSP}(?P<yj>{_JOINER}){OSP}{_opt(_YEAR_NOUN + SP)}(?P<yb>\d{{4}}){_NUM_END}"
    ),
    "year": rf"{_YEAR_NOUN}{SP}(?P<yy>\d{{4}}){_NUM_END}",
    "byear": rf"(?P<byt>{any_of(L.bare_year_before)}){SP}(?P<by>\d{{4}}){_NUM_END}",
    "rel": (
        rf"(?:(?P<rp>{_POD}){SP}(?P<rpo>{_POD_REL_TAILS})|{_opt(rf'(?P<rp2>{_POD}){SP}')}(?P<rw>{_REL_DAY_WORDS}))"
        rf"(?!\w){_explicit_after_relative('re')}|(?P<rw2>{_REL_OTHER_WORDS})(?!\w)"
    ),
    "wd": (
        _opt(rf"(?P<wp>{_POD}){SP}")
        + rf"(?P<ww>{_WEEKDAY})"
        + _opt(rf"{SP}(?P<wr>{any_of(L.weekday_relative_after)})(?!\w)")
    ),
}

NUMBER_KEY = "#"
"""The first-word key of a start that is a number."""


def _first_words(*phrases: str) -> set[str]:
    return {phrase.split()[0].lower() for phrase in phrases}


_BRANCH_FIRST_WORDS: dict[str, set[str]] = {
    "drange": _first_words(*L.range_openers, *L.parts_of_day, *L.day_nouns) | {NUMBER_KEY},
    "dlist": _first_words(*L.parts_of_day, *L.day_nouns),
    "day": _first_words(
        *L.parts_of_day, L.weekday_head, *L.sunday_words, *L.weekday_abbreviations, *L.day_nouns
    )
    | {NUMBER_KEY},
    "trange": _first_words(*L.range_openers) | {NUMBER_KEY},
    "time": {NUMBER_KEY},
    "month": _first_words(*L.range_openers, *L.month_nouns),
    "quarter": _first_words(*L.quarter_nouns),
    "half": _first_words(*L.half_year_heads)
    | ({NUMBER_KEY} if any(h[0].isdigit() for h in L.half_year_heads) else set()),
    "yrange": _first_words(*L.year_range_nouns, *L.range_openers, *L.year_nouns) | {NUMBER_KEY},
    "year": _first_words(*L.year_nouns),
    "byear": _first_words(*L.bare_year_before),
    "rel": _first_words(*L.parts_of_day, *L.relative),
    "wd": _first_words(*L.parts_of_day, L.weekday_head, *L.sunday_words, *L.weekday_abbreviations),
}
"""Which branches may open with which word (lowercased; a number is :data:`NUMBER_KEY`)."""


def _compile(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<B_{name}>{_BRANCHES[name]})" for name in names) + ")")


@cache
def _compiled(names: tuple[str, ...]) -> re.Pattern[str]:
    return _compile(names)


def date_pattern_for(first_word: str) -> re.Pattern[str] | None:
    """The pattern that reads a date expression opening with ``first_word`` (lowercased, or "#").

    Each pattern holds only the branches that can open with that word, in the
    order of the full pattern: a start is tried against a handful of shapes, not
    all twelve, which is what makes a try cheap. ``None`` when no date opens so.
    """
    names = _START_BRANCHES.get(first_word)
    return _compiled(names) if names else None


_START_BRANCHES: dict[str, tuple[str, ...]] = {
    word: tuple(name for name in _BRANCHES if word in _BRANCH_FIRST_WORDS[name])
    for word in set().union(*_BRANCH_FIRST_WORDS.values())
}


_FOLLOW = (
    r"[0-9]?(?![0-9])(?:[/.\-–—][0-9]|[ \t\u00a0]?[hHg:]"
    rf"|[ \t\u00a0]+(?:{any_case('giờ')}|[-–—]|{any_case('đến')}|{any_case('tới')}|{any_case('và')})"
    r"|,[ \t\u00a0]*[0-9]"
    rf"|[ \t\u00a0]+{any_case('tháng')}[ \t\u00a0]+(?:[0-9]|{any_case('đầu')}|{any_case('cuối')}|{any_case('sau')}))"
    rf"|[0-9]{{3}}[ \t\u00a0]*(?:--?|[–—]|{any_case('đến')}|{any_case('tới')})[ \t\u00a0]*[0-9]{{4}}"
)
"""What may follow the first digit of a number that opens a date, in any case ("NGÀY 03 THÁNG 12")."""
DIGIT_ANCHOR_RE = re.compile(
    rf"[0-9](?<![\w/.,:+\-][0-9])(?:(?={_FOLLOW})(?P<follows>)|(?=[0-9]{{3}}(?![0-9]))(?P<year>)|)"
)
"""The first digit of every number that is not the tail of a code or a decimal.

``lastgroup`` says what the number can open: "follows" when what comes after it
can make a date ("16/7", "8h", "6 tháng", "2020 – 2025", "14 đến 16/7", "28 và
29/10"), "year" for a four-digit number, ``None`` otherwise: such a number is a
date only after a word that takes a number ("tháng 7", "quý 2", "thứ 2").
"""

NUMBER_HEAD_SUFFIXES = tuple(
    f"{variant} "
    for w in (*L.month_nouns, *L.quarter_nouns, L.weekday_head)
    for variant in (w, w.capitalize())
)
"""The words (and the space) after which a lone number is part of a date, for ``str.endswith``."""


def _literal(words: str) -> str:
    return re.escape(words).replace(r"\ ", SP)


def _cased_alternation(patterns: list[str]) -> str:
    """An alternation of ``patterns`` as written and capitalised, grouped by first letter.

    Literal letters, not classes, and one group per first letter: at each space
    the engine then rejects a non-candidate in a few comparisons.
    """
    variants = {v for p in patterns for v in (p, p[:1].upper() + p[1:])}
    groups: dict[str, set[str]] = {}
    for variant in variants:
        groups.setdefault(variant[0], set()).add(variant[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        parts.append(f"{re.escape(first)}(?:{'|'.join(sorted(rests, key=len, reverse=True))})")
    return "|".join(parts)


def _keyword_anchor() -> str:
    # Each word is an anchor only before what makes it a date: "hôm" before "nay/qua/kia", "thứ" before a
    # weekday number ("thứ tự" is not one), "quý" before I-IV ("quý khách" is not one), "tháng" before a
    # month name. The lookahead keeps the thousand other "ngày", "năm", "tháng" of an article out.
    rest_by_head: dict[str, set[str]] = {}
    for phrase in L.relative:
        head, rest = phrase.split(" ", 1)
        rest_by_head.setdefault(head, set()).add(_literal(rest))
    for part in L.parts_of_day:
        rest_by_head.setdefault(part, set()).update(L.part_of_day_relative)
    number_words = [w for w in L.weekday_numbers if not w.isdigit()]
    rest_by_head.setdefault(L.weekday_head, set()).update(
        ["[2-7]", *number_words, *(w.capitalize() for w in number_words)]
    )
    for noun in L.quarter_nouns:
        rest_by_head.setdefault(noun, set()).update(_literal(q) for q in L.quarter_numbers)
    for head in L.half_year_heads:
        rest_by_head.setdefault(head, set()).update(L.half_year_sides)
    for noun in L.month_nouns:
        rest_by_head.setdefault(noun, set()).update(_literal(m) for m in L.month_words)
    patterns = [
        f"{_literal(head)}(?={SP}(?:{'|'.join(sorted(rests, key=len, reverse=True))})(?!\\w))"
        for head, rests in rest_by_head.items()
    ]
    patterns += [_literal(word) + r"(?!\w)" for word in L.sunday_words]
    return f"(?P<k>{_cased_alternation(patterns)})"


# A literal first character lets the engine jump from space to space in C; a class ("[ \n]") would not.
KEYWORD_ANCHOR_RE = re.compile(" " + _keyword_anchor())
"""Date words that need no digit, before the words that make them dates: "hôm qua", "tuần tới",
"sáng nay", "thứ Hai", "chủ nhật", "quý II", "nửa đầu năm", "tháng Bảy"."""
LINE_KEYWORD_ANCHOR_RE = re.compile("\n" + _keyword_anchor())
"""The same words at the start of a line."""


def _chain_words() -> frozenset[str]:
    phrases = [
        *L.parts_of_day,
        L.weekday_head,
        *L.weekday_numbers,
        *L.sunday_words,
        *L.weekday_abbreviations,
        *L.day_nouns,
        *L.month_nouns,
        *L.year_nouns,
        *L.quarter_nouns,
        *L.half_year_heads,
        *L.range_openers,
        *L.year_range_nouns,
        *L.bare_year_before,
        *L.relative,
    ]
    return frozenset(word.lower() for phrase in phrases for word in phrase.split())


CHAIN_WORDS = _chain_words()
"""Words that may open a date expression before its anchor ("sáng", "thứ", "Hai", "ngày", "nhiệm", "kỳ").

The scanner walks back from an anchor over these words and tries a pattern at
each word start, the farthest first.
"""

CHAIN_SEPARATORS = " \t\u00a0,(–-"
"""What may stand between the words of one date expression ("Chủ nhật, 29/05/2022", "thứ Hai (16/7)")."""

REVERSED_WORD_RE = re.compile(rf"[{CHAIN_SEPARATORS}]+(\w+)")
"""In a reversed text, the separators and the word before a position (see :mod:`._scan`)."""


def _words(*phrases: str) -> set[str]:
    return {word.lower() for phrase in phrases for word in phrase.split()}


YEAR_ONLY_WORDS = frozenset(
    _words(*L.bare_year_before)
    - _words(*L.range_openers, *L.year_range_nouns, *L.day_nouns, *L.month_nouns, *L.year_nouns)
    - _words(*L.quarter_nouns, *L.parts_of_day, *L.half_year_heads, *L.sunday_words, L.weekday_head)
    - {phrase.split()[0] for phrase in L.relative}
)
"""Chain words that open a date only before a four-digit year ("đến 2030", "cuối 2021", "tầm nhìn 2045")."""


SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*(?=[\s\"”’')\]]|$))")
"""Where a sentence ends: a line end, or final punctuation before a space, a quote or the end.

A dot inside "16.7.2021" or "1.500" is followed by a digit and ends nothing.
"""
