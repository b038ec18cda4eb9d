"""Dates and times in Vietnamese news, in all the forms of the genre.

:func:`find_dates` reads every date, time and period of a text: "16/7",
"16.7.2021", "ngày 16 tháng 7 năm 2021", "Ngày 2/9 năm 1945", "tháng 7/2021",
"quý II/2021", "6 tháng đầu năm", "4 tháng đầu năm 2017", "từ 14 đến 16/7",
"Từ ngày 17 tháng 10 đến ngày 29 tháng 11 năm 2006", "nhiệm kỳ 2020 – 2025",
"Sáng 16/7", "20h15 ngày 3/2", "từ 9h - 9h15", "Chủ nhật, 29/05/2022", "hôm
qua", "hôm nay (1/7)", "tuần tới", "SN 1960"... and gives each its ISO value,
its granularity, and how a missing year was filled in. :func:`to_facts` turns
them into record facts; :func:`estimate_publication_date` reads the
publication date they point to.

Conventions (those of ``docs/annotation.md``, the record contract):

- A span covers the whole expression: the part of day, weekday, time and leading
  noun are in it ("Sáng 16/7", "ngày 16 tháng 7", "nhiệm kỳ 2020 – 2025", "từ 14
  đến 16/7", "2h cùng ngày"); prepositions before it are not ("vào", "lúc",
  "đến" of "đến năm 2030"). An expression is one mention: the year closing "6 tháng cuối
  năm 2021" is part of the half-year, not a mention of its own.
- Values are ISO 8601 strings ("2021-07-16", "2021-07-16T08:30", "08:30",
  "2021-07", "2021", "2021-Q2", "2021-W13") with "2021-H1"/"2021-H2" for
  half-years ("6 tháng đầu năm"; other runs of months are month ranges: "4
  tháng đầu năm 2017" is ("2017-01", "2017-04")); ranges are ``(start, end)``
  pairs (two-item lists in facts, "a/b" intervals in records); a day or month
  whose year nothing gives is "--07-16"/"--07".
- Two full dates joined by a dash more than ten years apart are two days ("(7/7/1917
  - 7/7/2017)": a birth and its centenary).
- A time without a day ("lúc 10h", "2h cùng ngày", "từ 9h - 9h15") takes the day
  the story is on, the last day named before it (see :mod:`._resolve`); one that
  no day dates, or that recurs ("giờ làm việc sáng 8h30-11h30"), stays a bare
  time, and :func:`to_facts` leaves it out.
- Relative words ("hôm qua", "tuần tới", "thứ Sáu", "năm ngoái") are resolved
  against ``context.published``; without it, or when it is only the estimate of
  :func:`estimate_publication_date` (an ``EstimatedDate``), their value is
  ``None``, their granularity "relative", and :func:`to_facts` leaves them out:
  the record contract dates them only by a publication date the record has.
  Relative words said with their date ("hôm nay (1/7)") keep that date.
- What is not a date: document numbers ("15/2020/NĐ-CP"), fractions ("1/5 số
  hộ"), scores ("2-1"), house numbers ("số 18/2"), decimals, ratios ("50/50"),
  impossible dates ("32/13"), match minutes ("phút 45/90"), lunar dates ("15/8
  âm lịch"), garbled years ("tháng 4/20216"); the trigger words are data in
  ``bantin/lang/vi/dates.json``.

Years: a date without one takes, in order, the direction a word after it gives
("tháng 8 tới", "vừa qua"), a year written next to it in its sentence, the
publication date's year within a window, the nearest year the text writes, the
dateline's (:mod:`._years`). A page without metadata gets its publication date
estimated from the dates its text writes first (:mod:`._estimate`).

The extractor costs about a tenth of a millisecond for a 3 KB article: it tries
its patterns only where a number or a date word stands (see :mod:`._scan`).
"""

from __future__ import annotations

from functools import lru_cache

from bantin.extract.context import ExtractContext
from bantin.extract.dates._facts import estimate_publication_date, to_facts
from bantin.extract.dates._mention import (
    DateMention,
    EstimatedDate,
    Granularity,
    PartOfDay,
    RawDate,
    YearSource,
)
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
    estimated = context is not None and isinstance(context.published, EstimatedDate)
    return list(_resolved(text, context, estimated))


@lru_cache(maxsize=4)
def _resolved(text: str, context: ExtractContext | None, estimated: bool) -> tuple[DateMention, ...]:
    # A page without metadata whose publication date cannot be estimated is read twice with the
    # same context (for the estimate, then by the extractor): the second reading is this one.
    # An estimated date (EstimatedDate) equals the metadata date of the same day but dates no
    # relative word, hence ``estimated`` in the key. Mentions are frozen, so sharing them is safe.
    return tuple(resolve(text, [raw.copy() for raw in _read(text)], context))


@lru_cache(maxsize=4)
def _read(text: str) -> tuple[RawDate, ...]:
    # The pipeline reads a page's dates twice: once to estimate the publication date,
    # once with that date in the context. The scan is the costly part and does not
    # depend on the context; resolving years does, and changes the raw dates, hence the copies.
    return tuple(read_dates(text))
