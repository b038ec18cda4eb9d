"""The dateline: the date printed at the top of a page.

Provincial portals print today's date in the page header ("Chủ nhật, 29/05/2022"),
so a crawled page starts with the day it was crawled, not the day the article
appeared: the seed article's header is ten months after its event. We keep it
as the page date and check its weekday, and leave the publication date to the
date extractors.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bantin.lang.vi.calendar import WEEKDAY_WORDS
from bantin.text import canonical_form

_WEEKDAY = "|".join(sorted((re.escape(w) for w in WEEKDAY_WORDS), key=len, reverse=True))
_DATELINE_RE = re.compile(
    rf"""^(?:(?:cập\ nhật|đăng\ ngày|ngày\ đăng|đăng\ lúc|ngày)\s*:?\s*)?
    (?:(?P<weekday>{_WEEKDAY})\s*[,\-–]?\s*)?
    (?:ngày\s+)?(?P<day>\d{{1,2}})\s*[/.\-]\s*(?P<month>\d{{1,2}})\s*[/.\-]\s*(?P<year>\d{{4}})
    (?:\s*[,\-–|]?\s*(?:lúc\s*)?(?P<hour>\d{{1,2}})\s*[:h]\s*(?P<minute>\d{{2}})
        (?:\s*(?:\(?\s*gmt\s*\+\s*0?7\s*\)?|sa|ch|am|pm))?)?\s*$""",
    re.VERBOSE,
)
_MAX_CHARS = 64


@dataclass(frozen=True, slots=True)
class ParsedDateline:
    """A line recognised as a page date."""

    date: dt.date | None
    time: str | None
    weekday: str | None
    weekday_consistent: bool | None


def parse_dateline(line: str) -> ParsedDateline | None:
    """Return the page date in ``line`` when the whole line is one, else ``None``.

    Accepts an optional weekday ("Chủ nhật", "Thứ 3", "T5"), a d/m/yyyy date and an
    optional time ("08:15", "8h15", "(GMT+7)"), with the labels portals put before
    them ("Cập nhật:", "Ngày đăng:"). An impossible date (31/02) gives ``date=None``.
    """
    if len(line) > _MAX_CHARS or not any(ch.isdigit() for ch in line):
        return None
    match = _DATELINE_RE.match(canonical_form(line).lower())
    if match is None:
        return None
    try:
        date: dt.date | None = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        date = None
    weekday = None
    consistent = None
    if match["weekday"]:
        weekday = line[match.start("weekday") : match.end("weekday")]
        if date is not None:
            consistent = WEEKDAY_WORDS[match["weekday"]] == date.weekday()
    time = None
    if match["hour"] is not None and int(match["hour"]) < 24 and int(match["minute"]) < 60:
        time = f"{int(match['hour']):02d}:{match['minute']}"
    return ParsedDateline(date=date, time=time, weekday=weekday, weekday_consistent=consistent)
