"""The publication date of a page without metadata, estimated from the dates its text writes.

News reports the latest of its events on the day or just after, and cites
documents and past events with their years written: the days a text writes
without a year are its own recent days. So the estimate is the latest day of the
text, where

- the days and months whose year is written are the *anchors*, except the page
  date of the first line, birth dates ("sinh ngày 2/9/1965") and the dates said
  as a deadline, a period's start or a plan ("đến ngày 31/12/2017", "từ ngày
  1/7/2017", "dự kiến ... ngày 3/8/2022"), which may lie ahead of the text;
- a day written without a year takes the first year that puts it after the
  latest anchor, or less than a month before it (:data:`_SLACK`), and not before
  the year of a document the text cites ("Nghị định 47/2017/NĐ-CP" is cited in
  2017 or later). With no anchor, the latest deadline or plan places it within
  the ten months before or the two months after that date ("đến" is as often
  "up to" a past day as "until" a coming one, so these dates are of the text's
  time, not before or after it). An explicit year in the day's own sentence
  ("Sáng 16/7, ... 6 tháng cuối năm 2021") places it too, when no plan is the
  evidence, and the later of the two wins: an anchor may be an older day the text
  recalls ("Ngày 5/12, ... nhiệm vụ năm 2024 ... Nghị quyết số 18-NQ/TW ngày
  25/10/2017"). A year written elsewhere places nothing: on the 2017 baomoi sample
  the latest such year was the year of the undated days in a fifth of the
  articles that had one.

A start said to last up to now ("từ ngày 1/7/2025 đến nay") is an anchor, not a
plan; "sắp xếp" (to arrange) is not the plan word "sắp" (about to).

A day the text calls today, yesterday or tomorrow with its numbers ("hôm nay,
10/2/2017", "sáng nay (24/5)") says the publication date outright: it comes
before the latest day (with its year written, before one placed as above).

The dateline (the page date) is an upper bound: nothing after it counts. The
estimate is an :class:`._mention.EstimatedDate`, by which no relative word is
dated.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bantin.extract.dates._lexicon import LEXICON as L
from bantin.extract.dates._lexicon import any_of, word_alternation, word_list_after, word_list_before
from bantin.extract.dates._mention import DateMention, EstimatedDate, RawDate
from bantin.extract.dates._patterns import SENTENCE_END_RE
from bantin.extract.dates._years import year_near

_DOCUMENT_NUMBER_YEAR = re.compile(r"(?<![\w/])\d{1,5}[\w.\-]*/((?:19|20)\d\d)/[^\W\d_]")
"""The year inside a document number: "47/2017/NĐ-CP", "01/2015/TTLT-TTCP-BNV"."""
_DOCUMENT_YEAR_PART = re.compile(r"/(?:19|20)\d\d/[^\W\d_]")
"""The part every document number above holds. It opens with a literal, so the engine skips to each
"/" in C; the full pattern opens with a look-behind, tried at every position (a fiftieth of a
millisecond per article), and most articles cite no numbered document."""
_TARGET_BEFORE = word_list_before(L.target_before)
_TARGET_OPENING = word_list_after(L.target_before)
_DEADLINE_BEFORE = word_list_before(w for w in L.target_before if w not in L.range_openers)
_BIRTH_BEFORE = word_list_before(L.year_source_blockers_before)
_PAST_AFTER = word_list_after(L.past_after)
_PLAN_WORDS = word_alternation(L.plan_words)
"""Is searched for, not matched: which word is found does not matter, only that one is."""
_CONTEXT = 32
_SAID_OFFSETS = {
    **{word: offset for word, (unit, offset) in L.relative.items() if unit == "day"},
    **L.part_of_day_relative,
}
_SAID_RELATIVE = re.compile(
    rf"(?:{any_of(w for w, (unit, _) in L.relative.items() if unit == 'day')}"
    rf"|{any_of(L.parts_of_day)}\s+(?:{'|'.join(L.part_of_day_relative)}))(?!\w)"
)
"""Relative words that open a date they say with its numbers: "hôm nay (1/7)", "sáng nay, 6/2"."""
_SENTENCE_REACH = 200  # characters before a date searched for plan words
_SLACK = dt.timedelta(days=31)
"""How long before the latest anchor a day without a year may fall and still be of the anchor's year.

Measured on the 2017 baomoi sample (its days written without a year, in the
articles that write a day or a month with its year): the first year that puts
the day after the anchor less this month is right for 75 % of them; the
publication-date window of :func:`._years.year_near` (ten months back) for 55 %,
the anchor's own year for 58 %, a slack of two months for 70 %.
"""


@dataclass(frozen=True, slots=True)
class _Evidence:
    day: dt.date
    why: str


def _iso_date(value: str) -> dt.date | None:
    """The day an ISO value starts with ("2021-07-16", "2021-07-16T08:30", "2021-07" as its first day)."""
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return dt.date.fromisoformat(value[:10])
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit():
        return dt.date(int(value[:4]), int(value[5:7]), 1)
    return None


def _month_day(value: str) -> tuple[int, int] | None:
    """The month and day of a day value with or without its year ("2016-02-06", "--02-06", "...T08:30")."""
    day = value.split("T", 1)[0]
    if len(day) >= 5 and day[-3] == "-" and day[-5:-3].isdigit() and day[-2:].isdigit():
        return int(day[-5:-3]), int(day[-2:])
    return None


def _is_target(text: str, mention: DateMention, *, starts: bool = True) -> bool:
    """Whether the date is said as a deadline, a plan or (``starts``) a start: 'đến ngày', 'sẽ ...', 'từ 1/7'."""
    left = text[max(0, mention.start - _CONTEXT) : mention.start].lower()
    if (_TARGET_BEFORE if starts else _DEADLINE_BEFORE).search(left):
        return True
    if starts and _TARGET_OPENING.match(mention.text.lower()):
        return True
    reach = max(0, mention.start - _SENTENCE_REACH)
    sentence_start = reach
    for match in SENTENCE_END_RE.finditer(text, reach, mention.start):
        sentence_start = match.end()
    before = text[sentence_start : mention.start].lower()
    for false_friend in L.plan_word_false_friends:
        before = before.replace(false_friend, "")
    return _PLAN_WORDS.search(before) is not None


def _is_birth(text: str, mention: DateMention) -> bool:
    return _BIRTH_BEFORE.search(text[max(0, mention.start - _CONTEXT) : mention.start].lower()) is not None


def _said_offset(written: str) -> int | None:
    """The days between a date and the publication when relative words say it: 'hôm nay (1/7)' 0, 'hôm qua, 8/12' -1."""
    match = _SAID_RELATIVE.match(written)
    if match is None:
        return None
    words = match.group(0).lower().split()
    # "hôm nay", "sáng nay", "sáng sớm nay": the relative word is the longest known tail.
    for first in range(len(words)):
        tail = " ".join(words[first:])
        if tail in _SAID_OFFSETS:
            return _SAID_OFFSETS[tail]
    return None


def _year_after(month: int, day: int, anchor: dt.date) -> int:
    """The first year that puts ``month``/``day`` no more than :data:`_SLACK` before ``anchor``."""
    for year in (anchor.year - 1, anchor.year):
        if dt.date(year, month, 28 if (month, day) == (2, 29) else day) >= anchor - _SLACK:
            return year
    return anchor.year + 1


def estimate(text: str, page_date: dt.date | None, mentions: list[DateMention]) -> tuple[dt.date, str] | None:
    """The estimate of :func:`bantin.extract.dates.estimate_publication_date` for a page without metadata."""
    first_line = text.split("\n", 1)[0].strip()
    page_mention = next((m for m in mentions if m.start < len(first_line) and m.text == first_line), None)
    if page_date is None and page_mention is not None and page_mention.year_from == "explicit":
        # A first line that is nothing but a date is a page date.
        page_date = _iso_date(str(page_mention.value))

    anchors: list[_Evidence] = []
    plans: list[_Evidence] = []  # deadlines and plans ("đến ngày 31/12/2017"): of the text's time
    undated: list[tuple[DateMention, int, int]] = []
    today: list[_Evidence] = []  # the publication day itself, written with its year: "hôm nay, 10/2/2017"
    today_placed: list[_Evidence] = []  # ... or without it: "hôm nay (1/7)"
    for mention in mentions:
        value = mention.value[1] if isinstance(mention.value, tuple) else mention.value
        if value is None or mention.is_relative or mention is page_mention:
            continue
        said = _said_offset(mention.text)
        if said is not None and mention.year_from == "explicit" and (day := _iso_date(value)) is not None:
            today.append(_Evidence(day - dt.timedelta(days=said), f"'{mention.text}' = {day}"))
        if mention.year_from != "explicit":
            month_day = _month_day(value) if mention.granularity in ("day", "datetime") else None
            if month_day is not None and not _is_target(text, mention, starts=False):
                undated.append((mention, *month_day))
            continue
        if mention.granularity not in ("day", "datetime", "day-range", "month", "month-range"):
            continue
        day = _iso_date(value)
        if day is None or (page_date is not None and day > page_date):
            continue
        if page_date is not None and day == page_date and mention.end <= len(first_line):
            continue  # the dateline itself, printed on the first line
        if _is_birth(text, mention):
            continue
        if _is_target(text, mention, starts=not isinstance(mention.value, tuple)) and not _PAST_AFTER.match(
            text[mention.end : mention.end + 16].lower()
        ):  # "từ ngày 1/7/2025 đến nay" starts in the past: a day of the text's time, not a plan
            first = _iso_date(mention.value[0] if isinstance(mention.value, tuple) else value)
            plans.append(_Evidence(first or day, f"'{mention.text}' = {first or day}, a deadline or a plan"))
        else:
            anchors.append(_Evidence(day, f"'{mention.text}' = {day}"))
    cited = [
        _Evidence(dt.date(int(m.group(1)), 1, 1), f"the document number '{m.group()}'")
        for m in (_DOCUMENT_NUMBER_YEAR.finditer(text) if _DOCUMENT_YEAR_PART.search(text) else ())
    ]
    cited = [item for item in cited if page_date is None or item.day <= page_date]

    anchor = max(anchors, key=lambda item: item.day, default=None)
    plan = max(plans, key=lambda item: item.day, default=None) if anchor is None else None
    document = max(cited, key=lambda item: item.day, default=None)
    days = list(anchors)
    for mention, month, day_number in undated:
        placed = _place(mention, month, day_number, (anchor, plan, document), page_date)
        if placed is None:
            continue
        days.append(placed)
        said = _said_offset(mention.text)
        if said is not None:
            today_placed.append(_Evidence(placed.day - dt.timedelta(days=said), placed.why))
    bound = f", not after the dateline {page_date}" if page_date is not None else ""
    said_day = max(today or today_placed, key=lambda item: item.day, default=None)
    if said_day is not None and (page_date is None or said_day.day <= page_date):
        return EstimatedDate.of(said_day.day), (
            f"the day the text calls today{bound}: {said_day.why}, said with words relative to the publication"
        )
    best = max(days, key=lambda item: item.day, default=None)
    if best is not None:
        return EstimatedDate.of(best.day), (
            f"the latest event day in the text{bound}: {best.why}; "
            "news is published on the day of the event or just after"
        )
    if page_date is not None:
        return (
            EstimatedDate.of(page_date),
            f"no event day in the text: the dateline {page_date} is the only date, an upper bound",
        )
    return None


def _place(
    mention: DateMention,
    month: int,
    day: int,
    evidence: tuple[_Evidence | None, _Evidence | None, _Evidence | None],
    page_date: dt.date | None,
) -> _Evidence | None:
    """The day a date without a year points to, and why.

    ``evidence`` is the latest anchor, the latest deadline or plan (used when
    there is no anchor: the day is then taken in the ten months before it or the
    two after, :func:`._years.year_near`) and the latest document cited. A year of
    the date's own sentence competes with them unless a plan is the evidence; the
    latest year wins.
    """
    anchor, plan, document = evidence
    if page_date is not None:
        # A page prints the day it was shown; the day/month before it is the latest one that is not after it.
        year = page_date.year - ((month, day) > (page_date.month, page_date.day))
        return _placed(mention, year, month, day, f"year {year}, the last {day}/{month} up to the dateline {page_date}")
    candidates: list[tuple[int, str]] = []
    if anchor is not None:
        year = _year_after(month, day, anchor.day)
        candidates.append((year, f"year {year} to follow {anchor.why}"))
    elif plan is not None:
        year, _ = year_near(RawDate("day", 0, 0, month=month, day=day), plan.day)
        candidates.append((year, f"year {year}, before {plan.why}"))
    if document is not None:
        candidates.append((document.day.year, f"year {document.day.year} or later: {document.why}"))
    if plan is None and mention.year_from == "same-sentence" and isinstance(mention.value, str):
        # "Ngày 5/12, ... nhiệm vụ năm 2024 ... Nghị quyết số 18-NQ/TW ngày 25/10/2017": the year of its own
        # sentence places it when later than what an older anchor (here a cited document's day) would.
        candidates.append((int(mention.value[:4]), mention.evidence or "its own sentence"))
    if not candidates:
        return None
    year, why = max(candidates)
    return _placed(mention, year, month, day, why)


def _placed(mention: DateMention, year: int, month: int, day: int, why: str) -> _Evidence | None:
    try:
        placed = dt.date(year, month, day)
    except ValueError:  # 29 February
        return None
    return _Evidence(placed, f"'{mention.text}' = {placed} ({why})")
