"""From a date pattern's match to :class:`RawDate` records, or to nothing when the context says no.

The pattern proposes; this module disposes, with the word lists of ``dates.json``:
a d/m with no date word before it is dropped when it reads as a fraction ("1/5
số hộ"), an address ("số 18/2"), a ratio or a score; a bare hour when it reads
as a duration ("trong 2 giờ"); "thứ hai" when it means "second"; "năm trước"
when it means "earlier years". An impossible date (32/13, 30/2) is dropped.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from bantin.extract.dates._lexicon import LEXICON as L
from bantin.extract.dates._lexicon import word_list_after, word_list_before
from bantin.extract.dates._mention import RawDate

_NOT_DATE_BEFORE = word_list_before(L.not_date_before)
_NOT_DATE_AFTER = word_list_after(L.not_date_after)
_FRACTION_BEFORE = word_list_before(L.fraction_before)
_FRACTION_AFTER = word_list_after((*L.fraction_after, *L.unit_after_number))
_UNIT_AFTER = word_list_after(L.unit_after_number)
_TIME_UNIT_AFTER = word_list_after(L.time_units)
_TIME_BEFORE = word_list_before(L.time_before)
_STRONG_TIME_BEFORE = word_list_before(L.strong_time_before)
_DURATION_BEFORE = word_list_before(L.duration_before)
_DURATION_AFTER = word_list_after(L.duration_after)
_RELATIVE_BLOCKERS_BEFORE = word_list_before(L.relative_blockers_before)
_RELATIVE_BLOCKERS_AFTER = word_list_after(L.relative_blockers_after)
_STANDALONE_WEEKDAY_BEFORE = word_list_before(L.standalone_weekday_before)
YEAR_SOURCE_BLOCKERS = word_list_before(L.year_source_blockers_before)
_NUMBER_BEFORE = re.compile(
    r"\d(?:[\d.,]*\d)?\s+$"
)  # "3 tháng", "1.000 năm"; not the "3, " of "tháng 3, tháng 4"
_CODE_AFTER = re.compile(r"[/.\-]\d")
_RATIO_IN_CLAUSE = re.compile("(?:" + "|".join(map(re.escape, L.ratio_words)) + r")[^,.;:!?\n]*$")
_MINUTE_WORD = re.compile("|".join(L.minute_words))
_CONTEXT = 32
DOCUMENT_BEFORE = re.compile(
    r"(?:\d[\w.\-]*/(?:[\w.\-]*/)*[\w.\-]*[^\W\d_][\w.\-]*|(?:^|\W)số\s+\d+/\d{4})"
    rf"[\s,]*(?:{'|'.join(map(re.escape, L.document_date_verbs))})?[\s,]*$"
)
"""A document number just before a date ("15-CT/TU, ", "số 23/KH-UBND ", "số 42/2010 ban hành"): its date."""


def _left(text: str, start: int) -> str:
    return text[max(0, start - _CONTEXT) : start].lower()


def _right(text: str, end: int) -> str:
    return text[end : end + _CONTEXT].lower()


def _is_valid_day(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _is_valid_year(year: int) -> bool:
    return L.min_year <= year <= L.max_year


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _month_number(written: str) -> int:
    return int(written) if written.isdigit() else L.month_words[" ".join(written.split())]


def _pod(match: re.Match[str], *names: str) -> str | None:
    for name in names:
        written = match.group(name)
        if written is not None:
            return L.part_of_day(written)
    return None


def _core(match: re.Match[str], tag: str) -> tuple[int, int, int | None, str, int] | None:
    """The day, month, year, separator and start of the day core ``tag`` when it took part."""
    if match.group(tag + "nd") is not None:
        day, month, year = match.group(tag + "nd", tag + "nm", tag + "ny")
        return int(day), int(month), _int(year), match.group(tag + "ns"), match.start(tag + "nd")
    if match.group(tag + "wd") is not None:
        day, month, year = match.group(tag + "wd", tag + "wm", tag + "wy")
        return int(day), _month_number(month), _int(year), " ", match.start(tag + "wd")
    return None


def _is_bare_number_a_date(
    text: str, start: int, end: int, core: tuple[int, int, int | None, str, int]
) -> bool:
    """Whether a day core that no date word introduces is a date rather than a fraction, an address, a score."""
    _, _, year, separator, _ = core
    written = text[start:end]
    left = _left(text, start)
    if separator in ".-" and year is None:
        return False  # "2-1", "6.5": only a date word makes these dates
    if written in L.fixed_non_dates or _NOT_DATE_BEFORE.search(left) or _RATIO_IN_CLAUSE.search(left):
        return False
    own_year = year is not None and (separator == " " or written.count(separator) == 2)
    if not own_year and (_FRACTION_BEFORE.search(left) or _FRACTION_AFTER.match(_right(text, end))):
        return False  # "1/5 số hộ", "chiếm 1/3 năm 2020": a year after "năm" does not make a fraction a date
    return separator != " " or year is not None  # "16 tháng 7" needs "ngày" or a year


def _day(match: re.Match[str], text: str, tag: str, *, introduced: bool) -> RawDate | None:
    core = _core(match, tag)
    if core is None:
        return None
    day, month, year, _, core_start = core
    if not _is_valid_day(day, month, year) or (year is not None and not _is_valid_year(year)):
        return None
    if not introduced and not _is_bare_number_a_date(text, core_start, match.end(), core):
        return None
    if _NOT_DATE_AFTER.match(_right(text, match.end())):
        return None  # a lunar date ("âm lịch") or a street address
    raw = RawDate("day", match.start(), match.end(), year=year, month=month, day=day)
    raw.year_explicit = year is not None
    # A document's date ("Chỉ thị số 15-CT/TU, ngày 16-12-2016") dates the document, not the story around it.
    # So does a birth date ("sinh ngày 2/9/1965").
    left = _left(text, match.start())
    raw.lends_year = DOCUMENT_BEFORE.search(left) is None and YEAR_SOURCE_BLOCKERS.search(left) is None
    return raw


def _set_weekday(raw: RawDate, written: str | None) -> None:
    if written is not None:
        raw.weekday = written
        raw.weekday_number = L.weekday_number(written)


def _parse_day(match: re.Match[str], text: str) -> list[RawDate]:
    introduced = any(match.group(name) is not None for name in ("dp", "dw", "dn"))
    raw = _day(match, text, "d", introduced=introduced)
    if raw is None:
        return []
    raw.part_of_day = _pod(match, "dp")
    _set_weekday(raw, match.group("dw") or match.group("dw2"))
    return [raw]


def _parse_day_list(match: re.Match[str], text: str) -> list[RawDate]:
    second = _day(match, text, "dl2", introduced=True)
    first_day = int(match.group("dl1"))
    if second is None or second.month is None or not _is_valid_day(first_day, second.month, second.year):
        return []
    second.start = match.start("dl2nd")
    first = RawDate(
        "day", match.start(), match.end("dl1"), year=second.year, month=second.month, day=first_day
    )
    first.year_explicit = second.year_explicit
    first.part_of_day = second.part_of_day = _pod(match, "dlp")
    return [first, second]


def _parse_day_range(match: re.Match[str], text: str) -> list[RawDate]:
    end = _core(match, "dr2")
    if end is None:
        return []
    day2, month2, year2, _, _ = end
    day1 = int(match.group("dr1d"))
    written_month1 = match.group("dr1m") or match.group("dr1wm")
    month1 = _month_number(written_month1) if written_month1 is not None else month2
    year1 = _int(match.group("dr1y") or match.group("dr1wy"))
    joiner = match.group("drj")
    introduced = any(match.group(name) is not None for name in ("dro", "drn", "drp"))
    if not introduced:
        separators = {match.group("dr1s"), match.group("dr2ns")} - {None}
        if joiner.isalpha() or _NOT_DATE_BEFORE.search(_left(text, match.start())):
            return []  # "14 đến 16/7" needs "từ"; "tỷ số 1-2/..." is no range
        if separators != {"/"} and year2 is None:
            return []  # "4-2-3-1" is a line-up, "1-1-2-2" a tally: only "14-16/7", "30/4-1/5" are ranges
    if year1 is None and year2 is not None:
        year1 = year2 - 1 if (month1, day1) > (month2, day2) else year2
    if not (_is_valid_day(day1, month1, year1) and _is_valid_day(day2, month2, year2)):
        return []
    if year1 is not None and year2 is not None and (year1, month1, day1) > (year2, month2, day2):
        return []
    if (
        match.group("dro") is None
        and match.group("dr1y") is not None
        and year1 is not None
        and year2 is not None
        and year2 - year1 > L.max_day_range_years
    ):
        # "(7/7/1917 - 7/7/2017)": a birth and its centenary, two days rather than a period of a century.
        first = RawDate("day", match.start(), match.end("dr1y"), year=year1, month=month1, day=day1)
        second = RawDate("day", match.start("dr2nd"), match.end(), year=year2, month=month2, day=day2)
        first.year_explicit = second.year_explicit = True
        return [first, second]
    raw = RawDate("day-range", match.start(), match.end(), year=year1, month=month1, day=day1)
    raw.year2, raw.month2, raw.day2 = year2, month2, day2
    raw.year_explicit = year2 is not None
    raw.part_of_day = _pod(match, "drp")
    return [raw]


def _parse_time(match: re.Match[str], text: str) -> list[RawDate]:
    hour = int(match.group("th"))
    minute = _int(match.group("tm") or match.group("tm2"))
    pod = _pod(match, "tp", "trp")
    date: RawDate | None = None
    if _core(match, "tc") is not None:
        introduced = True
        date = _day(match, text, "tc", introduced=introduced)
        if date is None:
            return []
        _set_weekday(date, match.group("tw"))
    else:
        for tag in ("tr1p", "tr1s", "tr2p", "tr2s"):
            if _core(match, tag) is not None:
                date = _day(match, text, tag, introduced=True)
                if date is not None:
                    date.said_relative = match.group("trpo") or match.group("trw")
                break
        if date is None and match.group("trpo") is not None:
            date = RawDate("relative", match.start(), match.end(), rel_unit="day")
            date.rel_offset = L.part_of_day_relative[match.group("trpo")]
        elif date is None and match.group("trw") is not None:
            unit, offset = L.relative[" ".join(match.group("trw").lower().split())]
            date = RawDate("relative", match.start(), match.end(), rel_unit=unit, rel_offset=offset)
    valid_hour = hour <= 23 or (hour == 24 and not minute and date is not None)
    if not valid_hour or (minute is not None and minute > 59):
        return []
    if date is None and not _is_standalone_time(match, text, minute, pod):
        return []
    raw = date or RawDate("time", match.start(), match.end())
    raw.start, raw.end = match.start(), match.end()
    raw.part_of_day = pod or raw.part_of_day
    raw.hour, raw.minute = _twenty_four_hour(hour, raw.part_of_day), minute or 0
    return [raw]


def _parse_time_range(match: re.Match[str], text: str) -> list[RawDate]:
    """'từ 9h - 9h15', '8h30-11h30', 'từ 8h đến 11h ngày 5/3': two clock times, on a day when one follows."""
    times = []
    for tag in ("xa", "xb"):
        hour, minute = int(match.group(tag + "h")), _int(match.group(tag + "m") or match.group(tag + "m2"))
        if hour > 23 or (minute is not None and minute > 59):
            return []
        times.append((hour, minute or 0))
    left = _left(text, match.start())
    if _DURATION_BEFORE.search(left) or _NOT_DATE_BEFORE.search(left) or _RATIO_IN_CLAUSE.search(left):
        return []
    raw = _day(match, text, "xrc", introduced=True) if _core(match, "xrc") is not None else None
    if raw is None and _core(match, "xrc") is not None:
        return []
    raw = raw or RawDate("time-range", match.start(), match.end())
    raw.kind, raw.start, raw.end = "time-range", match.start(), match.end()
    _set_weekday(raw, match.group("xrw"))
    raw.part_of_day = _pod(match, "xrp")
    first_part = (
        _pod(match, "xap") or raw.part_of_day
    )  # "từ 5 giờ sáng đến 10 giờ tối"; "từ 2 đến 4 giờ chiều"
    (hour, minute), (hour2, minute2) = times
    raw.hour, raw.minute = _twenty_four_hour(hour, first_part), minute
    raw.hour2, raw.minute2 = _twenty_four_hour(hour2, raw.part_of_day), minute2
    if (raw.hour2, raw.minute2) <= (raw.hour, raw.minute):
        return []  # "15h - 2h" is no range of one day
    return [raw]


def _twenty_four_hour(hour: int, part_of_day: str | None) -> int:
    """'5 giờ chiều' is 17:00, '10h đêm' 22:00, '12 giờ đêm' 00:00 (see ``twelve_hour_parts`` in dates.json)."""
    if hour == 12 and part_of_day == "night":
        return 0
    if part_of_day in L.twelve_hour_parts:
        first, last = L.twelve_hour_parts[part_of_day]
        if first <= hour <= last:
            return hour + 12
    return hour


def _is_standalone_time(match: re.Match[str], text: str, minute: int | None, pod: str | None) -> bool:
    """A time with no date: '8h30', '20:15', '10 giờ sáng', 'lúc 8h'; not 'trong 2 giờ 30 phút'."""
    left = _left(text, match.start())
    if _DURATION_BEFORE.search(left) or _NOT_DATE_BEFORE.search(left) or _RATIO_IN_CLAUSE.search(left):
        return False
    if _DURATION_AFTER.match(_right(text, match.end())):
        return False
    if pod is not None:
        return True
    if _MINUTE_WORD.search(match.group()) is not None:
        return _STRONG_TIME_BEFORE.search(left) is not None  # "3 giờ 11 phút" alone is a duration
    return minute is not None or _TIME_BEFORE.search(left) is not None


def _year_suffix(match: re.Match[str], raw: RawDate, tag: str) -> None:
    year = _int(match.group(tag + "y"))
    if year is not None:
        raw.year, raw.year_explicit = year, True
    elif match.group(tag + "r") is not None:
        raw.rel_year_offset = L.relative["năm " + match.group(tag + "r").lower()][1]


def _parse_month(match: re.Match[str], text: str) -> list[RawDate]:
    month1 = _month_number(match.group("m1"))
    if not 1 <= month1 <= 12 or _NUMBER_BEFORE.search(_left(text, match.start("mn"))):
        return []  # "3 tháng 7 ngày" is a duration
    if match.group("m2") is None:
        start = match.start("mn")
        raw = RawDate("month", start, match.end(), month=month1)
        _year_suffix(match, raw, "m1")
        if raw.year is None and _CODE_AFTER.match(text, match.end()):
            return []  # "tháng 4/20216": a number that is no year runs on; nothing to read the month by
        if raw.year is None and raw.rel_year_offset is None and _UNIT_AFTER.match(_right(text, match.end())):
            return []  # "mỗi tháng 2 lần"
        if raw.year is not None and not _is_valid_year(raw.year):
            return []
        return [raw]
    month2 = _month_number(match.group("m2"))
    raw = RawDate("month-range", match.start(), match.end(), month=month1, month2=month2)
    _year_suffix(match, raw, "m2")
    raw.year2 = raw.year
    first_year = _int(match.group("m1y"))
    if first_year is not None:
        raw.year = first_year
    elif raw.year is not None and month1 > month2:
        raw.year = raw.year - 1
    if not 1 <= month2 <= 12 or (raw.year == raw.year2 and month1 >= month2 and raw.year is not None):
        return []
    if raw.year is None and raw.rel_year_offset is None and month1 >= month2:
        return []
    return [raw]


def _parse_quarter(match: re.Match[str], text: str) -> list[RawDate]:
    raw = RawDate("quarter", match.start(), match.end(), period=L.quarter_numbers[match.group("q")])
    _year_suffix(match, raw, "q")
    if raw.year is None and raw.rel_year_offset is None and _UNIT_AFTER.match(_right(text, match.end())):
        return []
    return [raw]


def _parse_half(match: re.Match[str], text: str) -> list[RawDate]:
    """'6 tháng đầu năm 2021' is a half-year; '4 tháng đầu năm 2021' the months it counts (January to April).

    The year closing the phrase is also a year mention of its own: the project's
    seed annotation lists "năm 2021" of "6 tháng cuối năm 2021" as a date.
    """
    side = L.half_year_sides[" ".join(match.group("hs").lower().split())]
    count = _int(match.group("hk"))
    if count is None or count == L.months_in_half_year:
        raw = RawDate("half-year", match.start(), match.end(), period=side)
    elif 1 <= count < 12 and match.group("hs").lower() in L.month_run_sides:
        first, last = (1, count) if side == 1 else (13 - count, 12)
        raw = RawDate("month-range", match.start(), match.end(), month=first, month2=last)
        raw.month_run = True
    else:
        return []
    if match.group("hr") is not None:
        raw.rel_year_offset = L.relative["năm " + match.group("hr").lower()][1]
    year = _int(match.group("hy"))
    if year is None:
        return [raw]
    raw.year, raw.year_explicit = year, True
    raw.year2 = year
    nested = RawDate("year", match.start("hn"), match.end(), year=year, year_explicit=True)
    return [raw, nested]


def _parse_year_range(match: re.Match[str], text: str) -> list[RawDate]:
    first, last = int(match.group("ya")), int(match.group("yb"))
    if not (_is_valid_year(first) and _is_valid_year(last) and 0 < last - first <= L.max_year_range_span):
        return []
    introduced = match.start("ya") != match.start()  # "nhiệm kỳ", "từ", "năm" before the first year
    if not introduced and match.group("yj").isalpha():
        return []  # "2015 đến 2020" with no "từ" may be counts
    if _UNIT_AFTER.match(_right(text, match.end())) or _TIME_UNIT_AFTER.match(_right(text, match.end())):
        return []
    raw = RawDate("year-range", match.start(), match.end(), year=first, year2=last, year_explicit=True)
    return [raw]


def _parse_year(match: re.Match[str], text: str) -> list[RawDate]:
    year = int(match.group("yy"))
    if not _is_valid_year(year):
        return []
    raw = RawDate("year", match.start(), match.end(), year=year, year_explicit=True)
    raw.lends_year = YEAR_SOURCE_BLOCKERS.search(_left(text, match.start())) is None
    return [raw]


def _parse_bare_year(match: re.Match[str], text: str) -> list[RawDate]:
    year = int(match.group("by"))
    right = _right(text, match.end())
    if not 1900 <= year <= 2099 or _UNIT_AFTER.match(right) or _TIME_UNIT_AFTER.match(right):
        return []
    # A bare year is often a target ("đến 2030", "tầm nhìn 2045"): it lends its year to no other date.
    return [RawDate("year", match.start("by"), match.end(), year=year, year_explicit=True, lends_year=False)]


def _parse_relative(match: re.Match[str], text: str) -> list[RawDate]:
    for tag in ("rep", "res"):
        if _core(match, tag) is not None:
            raw = _day(match, text, tag, introduced=True)
            if raw is None:
                return []
            raw.start = match.start()
            raw.part_of_day = _pod(match, "rp", "rp2")
            raw.said_relative = match.group("rpo") or match.group("rw")
            return [raw]
    if match.group("rpo") is not None:
        raw = RawDate("relative", match.start(), match.end(), rel_unit="day")
        raw.rel_offset = L.part_of_day_relative[match.group("rpo")]
        raw.part_of_day = _pod(match, "rp")
        return [raw]
    words = match.group("rw") or match.group("rw2")
    unit, offset = L.relative[" ".join(words.lower().split())]
    if unit != "day":
        left = _left(text, match.start())
        if _RELATIVE_BLOCKERS_BEFORE.search(left) or _NUMBER_BEFORE.search(left):
            return []  # "hai năm trước", "những năm trước"
    if _RELATIVE_BLOCKERS_AFTER.match(_right(text, match.end())):
        return []  # "năm sau đó"
    raw = RawDate("relative", match.start(), match.end(), rel_unit=unit, rel_offset=offset)
    raw.part_of_day = _pod(match, "rp2")
    return [raw]


def _parse_weekday(match: re.Match[str], text: str) -> list[RawDate]:
    written = match.group("ww")
    if written in L.weekday_abbreviations:
        return []  # "T2", "CN" only with a date
    number_word = written.split()[-1]
    pod = _pod(match, "wp")
    is_sunday = " ".join(written.lower().split()) in L.sunday_words
    tail = match.group("wr")
    # "làn sóng thứ hai này" is "this second wave": a bare "này" does not make a weekday of a lower-case one.
    introduced = pod is not None or (tail is not None and tail.lower() != "này")
    introduced = introduced or _STANDALONE_WEEKDAY_BEFORE.search(_left(text, match.start())) is not None
    if not is_sunday and not introduced and not (number_word[0].isupper() and not number_word.isdigit()):
        return []  # "thứ hai" is "second", "Thứ hai," is "secondly"
    raw = RawDate("weekday", match.start(), match.end(), part_of_day=pod)
    _set_weekday(raw, written)
    wr = match.group("wr")
    raw.weekday_rel = L.weekday_relative_after[" ".join(wr.lower().split())] if wr else "last"
    return [raw]


PARSERS: dict[str, Callable[[re.Match[str], str], list[RawDate]]] = {
    "B_drange": _parse_day_range,
    "B_dlist": _parse_day_list,
    "B_day": _parse_day,
    "B_trange": _parse_time_range,
    "B_time": _parse_time,
    "B_month": _parse_month,
    "B_quarter": _parse_quarter,
    "B_half": _parse_half,
    "B_yrange": _parse_year_range,
    "B_year": _parse_year,
    "B_byear": _parse_bare_year,
    "B_rel": _parse_relative,
    "B_wd": _parse_weekday,
}
"""One reader per shape of the date patterns; each returns the dates of the match, or none."""
