"""Filling in the year a date leaves out, and resolving relative words against the publication date.

The year of a date written without one ("Sáng 16/7") comes from, in order:

0. with a publication date, a word after the date that points forward or back
   ("tháng 8 tới", "ngày 18/2 vừa qua"; for a list, the word after its last
   date: "cuối tháng 7 và đầu tháng 8 tới"): the next such date after
   publication, or the last one before it (``publication-date``);
1. ``same-sentence``: the explicit year nearest to it in the same sentence
   ("Sáng 16/7, ... 6 tháng cuối năm 2021"); with a publication date, only a
   year written within :data:`_NEAR_LENDER` characters of the date ("ngày 20/7
   và bế mạc vào ngày 3/8/2021"), as a year farther away in a long sentence is
   mostly another event's ("ngày 15/1, ... tại cuộc họp ngày 26/6/2020");
2. ``publication-date``: the year of the publication date, moved back a year when
   the date would then fall more than two months after publication (news reports
   past events and announces near ones), forward a year when it would fall more
   than ten months before it ("5/1" in a paper of 28 December is next January);
3. ``nearest-explicit-year``: the nearest explicit year before it in the text,
   else the first one after it (a headline that leaves out the year its body
   gives);
4. ``dateline``: the year of the page date, with the window of rule 2.

Rule 2 comes before rule 3 because the corpus says so: over the 2,000 dantri
articles, taking the nearest explicit year of another sentence before the
publication date put 7 % of the undated days more than a year away from
publication (a background "năm 2014" lending its year to this week's "ngày
20/4"), and a sample of the cases where the two rules disagree showed the
publication date right nearly every time. Without a publication date (the seed
article: only a page date ten months late) the text's own years come first.
Pages without metadata get an estimated publication date first (see
:mod:`._estimate`), and are then read with it.

For quarters, half-years and runs of months ("4 tháng đầu năm") the window of
rules 2 and 4 reaches six months ahead instead of two ("6 tháng cuối năm" in
March is this year's second half).

An explicit year lends itself only when it dates something: a birth year or
date ("sinh năm 1960", "SN 1960", "sinh ngày 2/9/1965"), a decade ("những năm
1970"), a document's date ("Chỉ thị số 15-CT/TU, ngày 16-12-2016"), a range
("nhiệm kỳ 2020 – 2025") and the page date itself (the context's dateline, or a
first line that is nothing but a date) lend nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from bantin.extract.context import ExtractContext
from bantin.extract.dates._lexicon import LEXICON as L
from bantin.extract.dates._lexicon import word_list_after
from bantin.extract.dates._mention import RawDate, YearSource
from bantin.extract.dates._patterns import SENTENCE_END_RE

_NEAR_LENDER = 40
"""With a publication date, a year of the same sentence lends itself only this near (characters).

Over the 2,000 dantri articles, where the nearest year of the sentence and the
publication date disagreed, the year was wrong 31 times in 37, nearly always
from farther than this ("ngày 15/1, ... tại cuộc họp ngày 26/6/2020"); the
right ones stand next to the date ("ngày 20/7 và bế mạc vào ngày 3/8/2021",
"cuối tháng 3 và tháng 4/2020", "11/9 năm 2001").
"""

_AHEAD_DAYS = {"day": 61, "day-range": 61, "month": 61, "month-range": 61, "quarter": 183, "half-year": 183}
_PERIOD_FIRST_MONTH = {"quarter": (1, 4, 7, 10), "half-year": (1, 7)}


@dataclass(frozen=True, slots=True)
class YearChoice:
    """The year given to a date, where it came from, and a sentence saying so."""

    year: int
    source: YearSource
    evidence: str


@dataclass(frozen=True, slots=True)
class _Lender:
    start: int
    end: int
    year: int
    text: str


def _ahead(raw: RawDate) -> dt.timedelta:
    """How far after the anchor a date may start and still be of the anchor's year."""
    return dt.timedelta(days=_AHEAD_DAYS["half-year"] if raw.month_run else _AHEAD_DAYS.get(raw.kind, 61))


def _first_day(raw: RawDate, year: int) -> dt.date:
    """The first day a date or period covers in ``year`` (29 February counts as 28 in other years)."""
    if raw.kind in _PERIOD_FIRST_MONTH:
        return dt.date(year, _PERIOD_FIRST_MONTH[raw.kind][(raw.period or 1) - 1], 1)
    month = raw.month or 1
    day = raw.day or 1
    if month == 2 and day == 29:
        day = 28
    return dt.date(year, month, day)


def _last_day(raw: RawDate, year: int) -> dt.date:
    """The last day a quarter or half-year covers in ``year``; the first day of anything shorter."""
    if raw.month_run and raw.month2 is not None:
        return dt.date(year, raw.month2, calendar.monthrange(year, raw.month2)[1])
    if raw.kind not in _PERIOD_FIRST_MONTH:
        return _first_day(raw, year)
    months = 3 if raw.kind == "quarter" else 6
    last_month = _PERIOD_FIRST_MONTH[raw.kind][(raw.period or 1) - 1] + months - 1
    return dt.date(year, last_month, calendar.monthrange(year, last_month)[1])


def year_near(raw: RawDate, anchor: dt.date) -> tuple[int, str]:
    """The year that puts ``raw`` in the window around ``anchor``, and why when it is not ``anchor.year``.

    The window is the year that ends ``ahead`` days after ``anchor``: a date that
    would start after it is of the previous year, one that would be over before
    it of the next ("6 tháng đầu năm" in July is this year's first half, just over).
    """
    ahead = _ahead(raw)
    if _first_day(raw, anchor.year) > anchor + ahead:
        return (
            anchor.year - 1,
            f" (the previous year: in {anchor.year} it would be more than {ahead.days} days ahead)",
        )
    if _last_day(raw, anchor.year) <= anchor + ahead - dt.timedelta(days=365):
        return anchor.year + 1, f" (the next year: in {anchor.year} it would be almost a year before)"
    return anchor.year, ""


def year_toward(raw: RawDate, anchor: dt.date, direction: str) -> int:
    """The year of the next ``raw`` after ``anchor`` ("future") or of the last one before it ("past")."""
    if direction == "future":
        return anchor.year if _last_day(raw, anchor.year) >= anchor else anchor.year + 1
    return anchor.year if _first_day(raw, anchor.year) <= anchor else anchor.year - 1


class YearResolver:
    """Gives years to the dates of one text that leave theirs out (see the module docstring)."""

    def __init__(self, text: str, dates: list[RawDate], context: ExtractContext | None) -> None:
        self._text = text
        self._context = context or ExtractContext()
        self._directions = _directions(text, dates)
        page_date = self._context.dateline
        first_line = text.split("\n", 1)[0].strip()
        self._lenders = [
            _Lender(raw.start, raw.end, raw.year, text[raw.start : raw.end])
            for raw in dates
            if raw.year is not None
            and raw.year_explicit
            and raw.lends_year
            and raw.kind in ("day", "month", "quarter", "half-year", "year")
            and not (raw.kind == "day" and _is_page_date(raw, page_date, text, first_line))
        ]
        self._lender_starts = [lender.start for lender in self._lenders]

    def _in_one_sentence(self, raw: RawDate, lender: _Lender) -> bool:
        """Whether no sentence ends between ``raw`` and ``lender`` (only the text between is read)."""
        low, high = (raw.end, lender.start) if raw.start < lender.start else (lender.end, raw.start)
        return low >= high or SENTENCE_END_RE.search(self._text, low, high) is None

    def choose(self, raw: RawDate) -> YearChoice | None:
        """The year for ``raw``, or ``None`` when neither the text nor the context gives one."""
        index = bisect_left(self._lender_starts, raw.start)
        before = self._lenders[index - 1] if index > 0 else None
        after = self._lenders[index] if index < len(self._lenders) else None
        published = self._context.published
        direction = self._directions.get(id(raw))
        if published is not None and direction is not None:
            year = year_toward(raw, published, direction[0])
            side = "next such date after" if direction[0] == "future" else "last such date before"
            return YearChoice(
                year,
                "publication-date",
                f"year {year}: '{direction[1]}' makes it the {side} the publication date {published}",
            )
        same = [
            lender
            for lender in (before, after)
            if lender is not None
            and self._in_one_sentence(raw, lender)
            and (published is None or _distance(raw, lender) <= _NEAR_LENDER)
        ]
        if same:
            lender = min(same, key=lambda item: abs(item.start - raw.start))
            return YearChoice(
                lender.year, "same-sentence", f"year {lender.year} from '{lender.text}' in the same sentence"
            )
        if published is not None:
            year, why = year_near(raw, published)
            return YearChoice(
                year, "publication-date", f"year {year} from the publication date {published}{why}"
            )
        if before is not None:
            return YearChoice(
                before.year,
                "nearest-explicit-year",
                f"year {before.year} from '{before.text}', the nearest explicit year before it",
            )
        if after is not None:
            return YearChoice(
                after.year,
                "nearest-explicit-year",
                f"year {after.year} from '{after.text}', the first explicit year after it",
            )
        page_date = self._context.dateline
        if page_date is not None:
            year, why = year_near(raw, page_date)
            return YearChoice(year, "dateline", f"year {year} from the dateline {page_date}{why}")
        return None


def _distance(raw: RawDate, lender: _Lender) -> int:
    return lender.start - raw.end if raw.start < lender.start else raw.start - lender.end


_FUTURE_AFTER = word_list_after(L.future_after)
_PAST_AFTER = word_list_after(L.past_after)
_LIST_GAP = re.compile(
    rf"\s*(?:{'|'.join(map(re.escape, L.list_joiners))}|[-–])\s*(?:(?:{'|'.join(L.bare_year_before)})\s+)?$"
)


def _directions(text: str, dates: list[RawDate]) -> dict[int, tuple[str, str]]:
    """The dates a word after them sends forward or back in time ("tháng 8 tới", "ngày 18/2 vừa qua").

    The word of the last date of a list is the word of all ("cuối tháng 7 và đầu tháng 8 tới").
    Keys are ``id(raw)``; values are ("future" or "past", the word).
    """
    found: dict[int, tuple[str, str]] = {}
    following: tuple[str, str] | None = None
    next_start = None
    for raw in reversed(dates):
        right = text[raw.end : raw.end + 16].lower()
        past = _PAST_AFTER.match(right)  # first: "từ ngày 1/2 tới nay" looks back
        future = None if past else _FUTURE_AFTER.match(right)
        if past or future:
            word = (past or future).group().strip()  # type: ignore[union-attr]
            following = ("past" if past else "future", word)
        elif (
            following is None or next_start is None or not _LIST_GAP.match(text[raw.end : next_start].lower())
        ):
            following = None
        if following is not None and raw.needs_year():
            found[id(raw)] = following
        next_start = raw.start
    return found


def _is_page_date(raw: RawDate, page_date: dt.date | None, text: str, first_line: str) -> bool:
    """Whether ``raw`` is the page date: the context's dateline, or a first line that is nothing but a date."""
    if page_date is not None and (raw.year, raw.month, raw.day) == (
        page_date.year,
        page_date.month,
        page_date.day,
    ):
        return True
    return raw.start < len(first_line) and text[raw.start : raw.end] == first_line
