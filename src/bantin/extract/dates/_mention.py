"""What the date extractor returns (:class:`DateMention`) and what it reads first (:class:`RawDate`)."""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, fields
from typing import Literal

Granularity = Literal[
    "day",
    "month",
    "quarter",
    "half-year",
    "year",
    "week",
    "day-range",
    "month-range",
    "year-range",
    "time",
    "datetime",
    "time-range",
    "datetime-range",
    "relative",
]
PartOfDay = Literal["morning", "noon", "afternoon", "evening", "night"]
YearSource = Literal["explicit", "same-sentence", "nearest-explicit-year", "publication-date", "dateline"]


class EstimatedDate(dt.date):
    """A publication date estimated from the text (:func:`~bantin.extract.dates.estimate_publication_date`).

    It is a :class:`datetime.date` like any other, so every extractor reads the
    article in its time; the date extractor alone tells it from a date of the
    metadata: it dates no relative word ("hôm qua", "năm ngoái") by an estimate,
    as the record contract annotates relative dates only against a publication
    date the record has.
    """

    __slots__ = ()

    @classmethod
    def of(cls, day: dt.date) -> EstimatedDate:
        return cls(day.year, day.month, day.day)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date, time or period written in a text, with its value and how it was read.

    ``start``/``end`` are offsets into the text given to :func:`find_dates` (end
    exclusive) and ``text`` is ``text[start:end]``. The span covers every word of
    the expression: its part of day, weekday, time and leading noun ("Sáng 16/7",
    "Chủ nhật, 29/05/2022", "nhiệm kỳ 2020 – 2025", "từ 14 đến 16/7").

    ``value`` is an ISO 8601 string: "2021-07-16", "2021-07-16T08:30", "08:30",
    "2021-07", "2021", "2021-Q2", "2021-H1" (half-year), "2021-W13" (week); a
    ``(start, end)`` pair for ranges (of days, months, years, times: ("09:00",
    "09:15"), or times on a day: ("2021-02-08T09:00", "2021-02-08T09:15")); "--07-16" or "--07" for a day or a month whose
    year nothing gives; ``None`` for a relative expression without a publication
    date (then ``granularity`` is "relative").

    ``year_from`` says how the year was found when the text does not write it,
    ``evidence`` says it in a sentence; ``weekday`` is the weekday as written and
    ``weekday_consistent`` whether it matches the date (``None`` when there is no
    weekday or no full date). ``is_relative`` marks values computed from the
    publication date ("hôm qua", "tuần tới", "thứ Sáu").
    """

    start: int
    end: int
    text: str
    value: str | tuple[str, str] | None
    granularity: Granularity
    part_of_day: PartOfDay | None = None
    time: str | None = None
    weekday: str | None = None
    weekday_consistent: bool | None = None
    year_from: YearSource | None = None
    evidence: str | None = None
    is_relative: bool = False


@dataclass(slots=True)
class RawDate:
    """A date expression as read from the text, before years and relative words are resolved.

    ``kind`` is the shape read: "day", "month", "quarter", "half-year", "year",
    "day-range", "month-range", "year-range", "time", "time-range" (with a day
    when ``month`` is set), "relative" (a relative day,
    week, month or year: ``rel_unit``/``rel_offset``) or "weekday" (a weekday
    without a date: ``weekday_rel`` says which one).
    """

    kind: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    period: int | None = None  # the quarter (1-4) or the half (1-2)
    month_run: bool = False  # "4 tháng đầu năm": a month range counted in a year, dated like a period
    year_explicit: bool = False
    rel_unit: str | None = None
    rel_offset: int = 0
    rel_year_offset: int | None = None  # "tháng 9 năm ngoái": the year relative to publication
    weekday_rel: str | None = None
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    hour2: int | None = None  # the end of a time range ("từ 9h - 9h15")
    minute2: int | None = None
    weekday: str | None = None
    weekday_number: int | None = None
    lends_year: bool = True  # an explicit year other dates without one may borrow
    said_relative: str | None = None  # "sáng nay (16/7)": the relative words that also date it

    def copy(self) -> RawDate:
        """A shallow copy (every field is a number, a string or None), made field by field in C.

        ``copy.copy`` goes through ``__reduce_ex__`` and sets the 25 slots one by one in Python,
        and the pipeline copies every raw date of an article twice.
        """
        return RawDate(*_FIELD_VALUES(self))

    def needs_year(self) -> bool:
        """Whether the year must come from the context: a dated shape with no year written or implied."""
        return (
            (self.kind in _DATED_SHAPES or (self.kind == "time-range" and self.month is not None))
            and not self.year_explicit
            and self.rel_year_offset is None
            and self.rel_unit is None
        )


_DATED_SHAPES = frozenset({"day", "month", "quarter", "half-year", "day-range", "month-range"})
_FIELD_VALUES = operator.attrgetter(*(f.name for f in fields(RawDate)))
"""The values of every field of a :class:`RawDate`, in the order of its constructor's parameters."""
