"""From :class:`RawDate` records to :class:`DateMention` values: years filled in, relative words resolved."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import cast

from bantin.extract.context import ExtractContext
from bantin.extract.dates._lexicon import LEXICON as L
from bantin.extract.dates._lexicon import word_alternation, word_list_after
from bantin.extract.dates._mention import (
    DateMention,
    EstimatedDate,
    Granularity,
    PartOfDay,
    RawDate,
    YearSource,
)
from bantin.extract.dates._patterns import SENTENCE_END_RE
from bantin.extract.dates._years import YearChoice, YearResolver, year_near

_WEEKDAY_RULES = {
    "last": "the latest such day on or before",
    "next": "the first such day after",
    "week+0": "that day in the week of",
    "week+1": "that day in the week after",
    "week-1": "that day in the week before",
}
_UNIT_NAMES = {"day": "day", "week": "week", "month": "month", "year": "year"}
_OFFSET_WORDS = {
    -2: "two {unit}s before",
    -1: "the {unit} before",
    0: "the {unit} of",
    1: "the {unit} after",
    2: "two {unit}s after",
}


def _iso_day(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def _iso_month(year: int | None, month: int) -> str:
    return f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _relative_value(unit: str, offset: int, published: dt.date) -> tuple[str, Granularity]:
    if unit == "day":
        return (published + dt.timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        year, week, _ = (published + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year:04d}-W{week:02d}", "week"
    if unit == "month":
        year, month = _shift_month(published, offset)
        return _iso_month(year, month), "month"
    return f"{published.year + offset:04d}", "year"


def _weekday_date(number: int, rule: str, published: dt.date) -> dt.date:
    """The date of weekday ``number`` that ``rule`` ("last", "next", "week+1" ...) picks around ``published``."""
    if rule == "last":
        return published - dt.timedelta(days=(published.weekday() - number) % 7)
    if rule == "next":
        return published + dt.timedelta(days=(number - published.weekday() - 1) % 7 + 1)
    weeks = int(rule.removeprefix("week"))
    monday = published - dt.timedelta(days=published.weekday())
    return monday + dt.timedelta(weeks=weeks, days=number)


class _Builder:
    """Turns the raw dates of one text into mentions."""

    def __init__(self, text: str, dates: list[RawDate], context: ExtractContext | None) -> None:
        self.text = text
        self.published = context.published if context is not None else None
        # What relative words are counted from: the publication date of the metadata, never an estimate.
        self.relative_base = None if isinstance(self.published, EstimatedDate) else self.published
        self.years = YearResolver(text, dates, context)

    def mention(self, raw: RawDate) -> DateMention:
        value: str | tuple[str, str] | None
        year_from: YearSource | None = "explicit" if raw.year_explicit else None
        evidence: str | None = None
        granularity: Granularity
        is_relative = False
        if raw.kind in ("relative", "weekday"):
            return self._relative(raw)
        if raw.rel_year_offset is not None:
            if self.relative_base is not None:
                self._set_year(raw, self.relative_base.year + raw.rel_year_offset)
                year_from, is_relative = "publication-date", True
                evidence = f"'{self._words(raw)}' counted from the publication date {self.relative_base}"
            else:
                evidence = f"a year relative to the publication date, which is {self._unknown()}"
        elif raw.needs_year():
            choice = self._publication_year(raw) if raw.said_relative else None
            choice = choice or self.years.choose(raw)
            if choice is not None:
                self._set_year(raw, choice.year)
                year_from, evidence = choice.source, choice.evidence
                if not self._is_possible(raw):
                    year_from, evidence = (
                        None,
                        f"{choice.evidence}; but the date does not exist in {choice.year}",
                    )
                    self._set_year(raw, None)
            else:
                evidence = "no year in the text or the context"
        value, granularity = self._value(raw)
        if raw.rel_year_offset is not None and self.relative_base is None:
            value, granularity = None, "relative"
        return self._finish(raw, value, granularity, year_from, evidence, is_relative)

    def _publication_year(self, raw: RawDate) -> YearChoice | None:
        """The year of a date said with relative words too ("sáng nay (16/7)"): the publication's."""
        if self.published is None:
            return None
        year, why = year_near(raw, self.published)
        evidence = (
            f"year {year} from the publication date {self.published}, as '{raw.said_relative}' says{why}"
        )
        return YearChoice(year, "publication-date", evidence)

    def _words(self, raw: RawDate) -> str:
        return self.text[raw.start : raw.end]

    @staticmethod
    def _set_year(raw: RawDate, year: int | None) -> None:
        if raw.kind in ("day-range", "month-range") and year is not None:
            raw.year2 = year
            later = (raw.month or 0, raw.day or 0) > (raw.month2 or 0, raw.day2 or 0)
            raw.year = year - 1 if later else year
        else:
            raw.year = year
            if raw.kind in ("day-range", "month-range"):
                raw.year2 = year

    @staticmethod
    def _is_possible(raw: RawDate) -> bool:
        for year, month, day in ((raw.year, raw.month, raw.day), (raw.year2, raw.month2, raw.day2)):
            if year is not None and month is not None and day is not None:
                try:
                    dt.date(year, month, day)
                except ValueError:
                    return False
        return True

    @staticmethod
    def _value(raw: RawDate) -> tuple[str | tuple[str, str] | None, Granularity]:
        kind = raw.kind
        if kind == "day":
            assert raw.month is not None and raw.day is not None
            day = _iso_day(raw.year, raw.month, raw.day)
            if raw.hour is not None:
                return f"{day}T{raw.hour:02d}:{raw.minute or 0:02d}", "datetime"
            return day, "day"
        if kind == "time":
            return f"{raw.hour or 0:02d}:{raw.minute or 0:02d}", "time"
        if kind == "time-range":
            first, last = (
                f"{raw.hour or 0:02d}:{raw.minute or 0:02d}",
                f"{raw.hour2 or 0:02d}:{raw.minute2 or 0:02d}",
            )
            if raw.month is None or raw.day is None:
                return (first, last), "time-range"
            day = _iso_day(raw.year, raw.month, raw.day)
            return (f"{day}T{first}", f"{day}T{last}"), "datetime-range"
        if kind == "month":
            assert raw.month is not None
            return _iso_month(raw.year, raw.month), "month"
        if kind in ("quarter", "half-year"):
            letter = "Q" if kind == "quarter" else "H"
            return (f"{raw.year:04d}-{letter}{raw.period}" if raw.year is not None else None), cast(
                Granularity, kind
            )
        if kind == "year":
            return f"{raw.year:04d}", "year"
        if kind == "year-range":
            return (f"{raw.year:04d}", f"{raw.year2:04d}"), "year-range"
        if kind == "month-range":
            assert raw.month is not None and raw.month2 is not None
            return (_iso_month(raw.year, raw.month), _iso_month(raw.year2, raw.month2)), "month-range"
        assert (
            raw.month is not None and raw.day is not None and raw.month2 is not None and raw.day2 is not None
        )
        return (
            _iso_day(raw.year, raw.month, raw.day),
            _iso_day(raw.year2, raw.month2, raw.day2),
        ), "day-range"

    def _unknown(self) -> str:
        return "not known" if self.published is None else f"only estimated ({self.published})"

    def _relative(self, raw: RawDate) -> DateMention:
        words = self._words(raw)
        if self.relative_base is None:
            evidence = f"'{words}' is relative to the publication date, which is {self._unknown()}"
            return self._finish(raw, None, "relative", None, evidence, False)
        if raw.kind == "weekday":
            assert raw.weekday_number is not None
            day = _weekday_date(raw.weekday_number, raw.weekday_rel or "last", self.relative_base)
            raw.year, raw.month, raw.day = day.year, day.month, day.day
            value, granularity = self._value(
                RawDate("day", 0, 0, year=day.year, month=day.month, day=day.day)
            )
            rule = _WEEKDAY_RULES[raw.weekday_rel or "last"]
            evidence = f"'{words}' read as {day}, {rule} the publication date {self.relative_base}"
            return self._finish(raw, value, granularity, "publication-date", evidence, True)
        unit, offset = raw.rel_unit or "day", raw.rel_offset
        value, granularity = _relative_value(unit, offset, self.relative_base)
        if granularity == "day" and raw.hour is not None:
            value, granularity = f"{value}T{raw.hour:02d}:{raw.minute or 0:02d}", "datetime"
        phrase = _OFFSET_WORDS.get(offset, "{offset:+d} {unit}s from").format(
            unit=_UNIT_NAMES[unit], offset=offset
        )
        evidence = f"'{words}' is {phrase} the publication date {self.relative_base}"
        return self._finish(raw, value, granularity, "publication-date", evidence, True)

    def _finish(
        self,
        raw: RawDate,
        value: str | tuple[str, str] | None,
        granularity: Granularity,
        year_from: YearSource | None,
        evidence: str | None,
        is_relative: bool,
    ) -> DateMention:
        consistent: bool | None = None
        if (
            raw.weekday_number is not None
            and raw.kind == "day"
            and raw.year is not None
            and raw.month
            and raw.day
        ):
            consistent = dt.date(raw.year, raw.month, raw.day).weekday() == raw.weekday_number
            if not consistent:
                actual = dt.date(raw.year, raw.month, raw.day).strftime("%A")
                evidence = (
                    evidence + "; " if evidence else ""
                ) + f"'{raw.weekday}' contradicts the date, a {actual}"
        if evidence is None and raw.year_explicit:
            evidence = "the year is written in the date"
        elif evidence is None and raw.kind in ("time", "time-range") and raw.month is None:
            evidence = "a time of day with no date"
        time = f"{raw.hour:02d}:{raw.minute or 0:02d}" if raw.hour is not None else None
        return DateMention(
            start=raw.start,
            end=raw.end,
            text=self.text[raw.start : raw.end],
            value=value,
            granularity=granularity,
            part_of_day=cast("PartOfDay | None", raw.part_of_day),
            time=time,
            weekday=raw.weekday,
            weekday_consistent=consistent,
            year_from=year_from,
            evidence=evidence,
            is_relative=is_relative,
        )


def resolve(text: str, dates: list[RawDate], context: ExtractContext | None) -> list[DateMention]:
    """Turn the raw dates of ``text`` into mentions, in text order."""
    builder = _Builder(text, dates, context)
    mentions = [builder.mention(raw) for raw in dates]
    mentions.sort(key=lambda m: (m.start, -m.end))
    if any(m.granularity in _CLOCK_ONLY for m in mentions):
        mentions = _date_the_times(text, mentions)
    return mentions


_CLOCK_ONLY = frozenset({"time", "time-range"})
_SAME_DAY_AFTER = word_list_after(L.same_day_after)
_OTHER_DAY_AFTER = word_list_after(L.day_nouns)
_RECURRING = word_alternation(L.recurring_words)
_PARAGRAPH_BREAKS = re.compile(r"\n+")


def _date_the_times(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Give a time without a day the day the story is on: the last day named before it.

    "Lúc 0h ngày 18/4 ... Đến khoảng 2h cùng ngày" is 2 a.m. on 18 April; "Sáng
    8/2, đoàn đến kiểm tra ... lúc 10h" is 10 a.m. on 8 February. The day must be
    named in the same paragraph or the one before, unless "cùng ngày" says it;
    a time in a sentence about what recurs ("giờ làm việc", "hằng ngày") keeps no
    day.
    """
    result: list[DateMention] = []
    current: DateMention | None = None
    for mention in mentions:
        if mention.granularity in ("day", "datetime") and isinstance(mention.value, str):
            if not mention.value.startswith("--"):
                current = mention
        elif mention.granularity in _CLOCK_ONLY and current is not None:
            dated = _on_day(text, mention, current)
            if dated is not None:
                mention = dated
        result.append(mention)
    return result


def _on_day(text: str, mention: DateMention, day: DateMention) -> DateMention | None:
    right = text[mention.end : mention.end + 24].lower()
    same_day = _SAME_DAY_AFTER.match(right)
    if same_day is None and _OTHER_DAY_AFTER.match(right):
        return None  # "11h sáng ngày hôm sau": a day the pattern did not read
    if same_day is None:
        if len(_PARAGRAPH_BREAKS.findall(text, day.end, mention.start)) > 1:
            return None
        sentence_start, sentence_end = _sentence_around(text, mention.start, mention.end)
        if _RECURRING.search(text[sentence_start:sentence_end].lower()):
            return None
    date = str(day.value)[:10]
    end = mention.end + same_day.end() if same_day is not None else mention.end
    value: str | tuple[str, str]
    if isinstance(mention.value, tuple):
        value, granularity = (f"{date}T{mention.value[0]}", f"{date}T{mention.value[1]}"), "datetime-range"
    else:
        value, granularity = f"{date}T{mention.value}", "datetime"
    said = "'cùng ngày' says so" if same_day is not None else "the last day the text names before it"
    return replace(
        mention,
        end=end,
        text=text[mention.start : end],
        value=value,
        granularity=cast(Granularity, granularity),
        year_from=day.year_from,
        evidence=f"on the day of '{day.text}' ({date}), {said}",
        is_relative=day.is_relative,
    )


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    low = max(0, start - 300)
    sentence_start = low
    for match in SENTENCE_END_RE.finditer(text, low, start):
        sentence_start = match.end()
    following = SENTENCE_END_RE.search(text, end, end + 300)
    return sentence_start, following.start() if following is not None else min(len(text), end + 300)


__all__ = ["YearChoice", "resolve"]
