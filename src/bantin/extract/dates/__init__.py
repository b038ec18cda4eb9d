"""Dates and times in Vietnamese news, in all the forms of the genre.

:func:`find_dates` reads every date, time and period of a text: "16/7",
"16.7.2021", "ngày 16 tháng 7 năm 2021", "tháng 7/2021", "quý II/2021",
"6 tháng đầu năm", "từ 14 đến 16/7", "nhiệm kỳ 2020 – 2025", "Sáng 16/7",
"20h15 ngày 3/2", "Chủ nhật, 29/05/2022", "hôm qua", "tuần tới"... and gives
each its ISO value, its granularity, and how a missing year was filled in.
:func:`to_facts` turns them into record facts; :func:`estimate_publication_date`
reads the publication date they point to.

Conventions:

- A span covers the whole expression: the part of day, weekday, time and leading
  noun are in it ("Sáng 16/7", "ngày 16 tháng 7", "nhiệm kỳ 2020 – 2025", "từ 14
  đến 16/7"); prepositions before it are not ("vào", "đến" of "đến năm 2030").
- A half-year phrase with its year ("6 tháng cuối năm 2021") gives the half-year
  and, nested in it, the year ("năm 2021"): the year on its own is a fact.
- Values are ISO 8601 strings ("2021-07-16", "2021-07-16T08:30", "08:30",
  "2021-07", "2021", "2021-Q2", "2021-W13") with "2021-H1"/"2021-H2" for
  half-years; ranges are ``(start, end)`` pairs (two-item lists in facts); a day
  or month whose year nothing gives is "--07-16"/"--07".
- Relative words ("hôm qua", "tuần tới", "thứ Sáu") are resolved against
  ``context.published``; without it their value is ``None`` and their
  granularity "relative".
- What is not a date: document numbers ("15/2020/NĐ-CP"), fractions ("1/5 số
  hộ"), scores ("2-1"), house numbers ("số 18/2"), decimals, ratios ("50/50"),
  impossible dates ("32/13"), match minutes ("phút 45/90"); the trigger words
  are data in ``bantin/lang/vi/dates.json``.

The extractor costs about a tenth of a millisecond for a 3 KB article: it tries
its patterns only where a number or a date word stands (see :mod:`._scan`).
"""

from __future__ import annotations

from bantin.extract.context import ExtractContext
from bantin.extract.dates._facts import estimate_publication_date, to_facts
from bantin.extract.dates._mention import DateMention, Granularity, PartOfDay, YearSource
from bantin.extract.dates._resolve import resolve
from bantin.extract.dates._scan import read_dates

__all__ = [
    "DateMention",
    "Granularity",
    "PartOfDay",
    "YearSource",
    "estimate_publication_date",
    "find_dates",
    "to_facts",
]


def find_dates(text: str, context: ExtractContext | None = None) -> list[DateMention]:
    """Return the dates, times and periods written in ``text``, in text order.

    ``text`` should be the normalised display text of a record (offsets point
    into it). ``context`` gives the publication date (for relative words and
    missing years) and the dateline (the last resort for a missing year).
    """
    return resolve(text, read_dates(text), context)
