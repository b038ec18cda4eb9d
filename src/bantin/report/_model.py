"""The period review report as plain typed data: what the renderers show, nothing about how.

:class:`ReportRequest` says which articles and which period; :class:`Report` is
every number of the report, computed by SQL aggregates (``_queries``) and shown
by the HTML, Markdown and PDF renderers alike. Dates are ``datetime.date``;
counts are ints; names are as the archive stores them (untrusted text, escaped by
each renderer).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bantin.archive import Selection
from bantin.report._errors import ReportRequestError

LANGUAGES = ("vi", "en")
"""The languages of the report's labels: Vietnamese (the default) and English."""

DEFAULT_TOP = 15
"""Rows of each ranking (documents, people, organisations)."""

DEFAULT_MEETINGS = 40
"""Meetings shown on the timeline (the most reported ones), with their tasks."""

DEFAULT_APPENDIX = 500
"""Articles listed in the appendix; the rest are counted and named by the command that exports them all.

A PDF lays out about 150 appendix lines a second: 500 keeps a six-month report of a
1,000,000-article archive under 10 s (benchmarks/bench_report.py).
"""

MAX_DAYS = 100 * 366
"""The longest period a report covers (a century): past it, the tables and charts would say nothing."""

SILENT_AFTER_DAYS = 14
"""A source whose last article is this many days before the period's end has gone silent."""


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """Which articles a report counts: a period of publication, sources and places, the language."""

    date_from: dt.date
    date_to: dt.date
    sources: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    lang: str = "vi"
    top: int = DEFAULT_TOP
    meetings_limit: int = DEFAULT_MEETINGS
    appendix_limit: int = DEFAULT_APPENDIX

    def __post_init__(self) -> None:
        if self.date_from > self.date_to:
            raise ReportRequestError(
                f"the period starts after it ends (--from {self.date_from} > --to {self.date_to}): swap the dates"
            )
        if self.days > MAX_DAYS:
            raise ReportRequestError(f"a report covers at most {MAX_DAYS:,} days, not {self.days:,}: shorten the period")
        if self.date_from.toordinal() <= self.days:
            raise ReportRequestError(f"the period before {self.date_from} would start before year 1: start later")
        if self.lang not in LANGUAGES:
            raise ReportRequestError(f"unknown language {self.lang!r}: use one of {', '.join(LANGUAGES)}")
        for name in ("top", "meetings_limit", "appendix_limit"):
            if getattr(self, name) < 0:
                raise ReportRequestError(f"{name} must be 0 or more, not {getattr(self, name)}")

    @property
    def days(self) -> int:
        """The length of the period in days, both ends included."""
        return (self.date_to - self.date_from).days + 1

    def previous(self) -> tuple[dt.date, dt.date]:
        """The period of the same length just before this one (first and last day)."""
        last = self.date_from - dt.timedelta(days=1)
        return last - dt.timedelta(days=self.days - 1), last

    def selection(self, *, previous: bool = False, dated: bool = True) -> Selection:
        """The archive selection of this request (of the previous period, or without dates)."""
        if not dated:
            return Selection(sources=self.sources, places=self.places)
        start, end = self.previous() if previous else (self.date_from, self.date_to)
        return Selection(date_from=start, date_to=end, sources=self.sources, places=self.places)


@dataclass(frozen=True, slots=True)
class MonthCount:
    """Articles published in one month ("2024-03")."""

    month: str
    articles: int


@dataclass(frozen=True, slots=True)
class SourceCount:
    """One source's articles in the period and in the previous one, with its first and last day."""

    source: str
    articles: int
    previous_articles: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True, slots=True)
class Totals:
    """Articles and sources, by month and by source, against the previous period of the same length."""

    articles: int
    sources: int
    previous_from: dt.date
    previous_to: dt.date
    previous_articles: int
    previous_sources: int
    days_with_articles: int
    undated_articles: int
    by_month: list[MonthCount] = field(default_factory=list)
    by_source: list[SourceCount] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SourceShare:
    """How many articles of one source cite a document."""

    source: str
    articles: int


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document cited in the period: its canonical id, how it was written, who cited it, when.

    ``first_ever`` is the first day any article of the archive cited it (any
    source); ``is_new`` says that day falls in the period: cited for the first time.
    """

    key: str
    label: str
    type_name: str | None
    articles: int
    mentions: int
    first: dt.date
    last: dt.date
    first_ever: dt.date | None
    is_new: bool
    sources: list[SourceShare] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TitleCount:
    """A title used for a person in the period, and how many mentions used it."""

    title: str
    mentions: int


@dataclass(frozen=True, slots=True)
class EntityRow:
    """A person or an organisation mentioned in the period (with a person's titles)."""

    name: str
    articles: int
    mentions: int
    titles: list[TitleCount] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class OldUnitCount:
    """Mentions of units of a former province (63-province map) that now lie in a new one."""

    name: str
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class ProvinceRow:
    """One province of the 34-province map: the articles naming it or a unit in it.

    ``old_units`` are the provinces of the 63-province map (before 1 July 2025)
    whose names, or whose districts' and communes' names, the articles used; the
    rest (``new_map_mentions``) named units of the new map.
    """

    name: str
    code: str | None
    articles: int
    mentions: int
    new_map_mentions: int
    old_units: list[OldUnitCount] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Places:
    """The places table by province, and the mentions that could not be put in one."""

    provinces: list[ProvinceRow] = field(default_factory=list)
    unresolved_mentions: int = 0
    foreign_mentions: int = 0


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """A meeting as the articles report it, with the tasks announced in it."""

    date: dt.date | None
    kind: str
    organizer: str | None
    chair: str | None
    bridge_points: list[str]
    articles: int
    article_id: str
    title: str | None
    tasks: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Meetings:
    """Every meeting reported in the period by month, and the most reported ones."""

    total: int
    reports: int
    by_month: list[MonthCount] = field(default_factory=list)
    shown: list[MeetingRow] = field(default_factory=list)
    tasks: int = 0


@dataclass(frozen=True, slots=True)
class SilentSource:
    """A source that published before, and not in the last days of the period."""

    source: str
    last: dt.date | None
    previous_articles: int
    days_silent: int


@dataclass(frozen=True, slots=True)
class DayRange:
    """Consecutive days without any article."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        """Days in the range, both ends included."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Coverage:
    """Coverage health: sources gone silent, days without articles."""

    silent_sources: list[SilentSource] = field(default_factory=list)
    empty_days: int = 0
    empty_ranges: list[DayRange] = field(default_factory=list)
    silent_after_days: int = SILENT_AFTER_DAYS


@dataclass(frozen=True, slots=True)
class AppendixRow:
    """An article counted by the report."""

    id: str
    published: dt.date
    source: str
    title: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Appendix:
    """The articles counted (the first ``len(rows)`` of ``total`` in date order)."""

    total: int
    rows: list[AppendixRow] = field(default_factory=list)

    @property
    def is_truncated(self) -> bool:
        """Whether some counted articles are left out of the list."""
        return len(self.rows) < self.total


@dataclass(frozen=True, slots=True)
class Report:
    """The period review report (báo cáo sơ kết): every section, ready to render."""

    request: ReportRequest
    generated_at: dt.datetime
    archive_name: str
    totals: Totals
    documents: list[DocumentRow]
    new_documents: list[DocumentRow]
    new_documents_total: int
    documents_total: int
    people: list[EntityRow]
    organizations: list[EntityRow]
    places: Places
    meetings: Meetings
    coverage: Coverage
    appendix: Appendix
