"""Filling in the year a date leaves out, and resolving relative words against the publication date.

The year of a date written without one ("Sáng 16/7") comes from, in order:

1. ``same-sentence``: the explicit year nearest to it in the same sentence
   ("Sáng 16/7, ... 6 tháng cuối năm 2021");
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

For quarters and half-years the window of rules 3 and 5 reaches six months
ahead instead of two ("6 tháng cuối năm" in March is this year's second half).

An explicit year lends itself only when it dates something: a birth year ("sinh
năm 1960"), a range ("nhiệm kỳ 2020 – 2025") and the page date itself (the
context's dateline, or a first line that is nothing but a date) lend nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass

from bantin.extract.context import ExtractContext
from bantin.extract.dates._mention import RawDate, YearSource
from bantin.extract.dates._patterns import SENTENCE_END_RE

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
    ahead = dt.timedelta(days=_AHEAD_DAYS.get(raw.kind, 61))
    if _first_day(raw, anchor.year) > anchor + ahead:
        return (
            anchor.year - 1,
            f" (the previous year: in {anchor.year} it would be more than {ahead.days} days ahead)",
        )
    if _last_day(raw, anchor.year) <= anchor + ahead - dt.timedelta(days=365):
        return anchor.year + 1, f" (the next year: in {anchor.year} it would be almost a year before)"
    return anchor.year, ""


class YearResolver:
    """Gives years to the dates of one text that leave theirs out (see the module docstring)."""

    def __init__(self, text: str, dates: list[RawDate], context: ExtractContext | None) -> None:
        self._text = text
        self._context = context or ExtractContext()
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
        same = [
            lender for lender in (before, after) if lender is not None and self._in_one_sentence(raw, lender)
        ]
        if same:
            lender = min(same, key=lambda item: abs(item.start - raw.start))
            return YearChoice(
                lender.year, "same-sentence", f"year {lender.year} from '{lender.text}' in the same sentence"
            )
        published = self._context.published
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


def _is_page_date(raw: RawDate, page_date: dt.date | None, text: str, first_line: str) -> bool:
    """Whether ``raw`` is the page date: the context's dateline, or a first line that is nothing but a date."""
    if page_date is not None and (raw.year, raw.month, raw.day) == (
        page_date.year,
        page_date.month,
        page_date.day,
    ):
        return True
    return raw.start < len(first_line) and text[raw.start : raw.end] == first_line
