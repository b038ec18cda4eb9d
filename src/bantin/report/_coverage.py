"""Coverage health: sources that went silent, days without any article.

A source has gone silent when it published in the previous period or in this
one, and its last article is at least ``SILENT_AFTER_DAYS`` days before the end
of the period (a source that stopped years ago is history, not news). Days
without articles are the days of the period on which no selected article was
published, shown as ranges of consecutive days, longest first.
"""

from __future__ import annotations

import datetime as dt

from bantin.report._model import SILENT_AFTER_DAYS, Coverage, DayRange, ReportRequest, SilentSource, Totals
from bantin.report._queries import day, previous_by_source
from bantin.report._scope import Scope

RANGES_SHOWN = 20
"""Ranges of days without articles listed (the longest ones); all are counted."""


def empty_ranges(start: dt.date, end: dt.date, days_with_articles: set[dt.date]) -> list[DayRange]:
    """The runs of consecutive days from ``start`` to ``end`` that are not in ``days_with_articles``."""
    ranges: list[DayRange] = []
    run_start: dt.date | None = None
    current = start
    while current <= end:
        if current in days_with_articles:
            if run_start is not None:
                ranges.append(DayRange(run_start, current - dt.timedelta(days=1)))
                run_start = None
        elif run_start is None:
            run_start = current
        current += dt.timedelta(days=1)
    if run_start is not None:
        ranges.append(DayRange(run_start, end))
    return ranges


def coverage(scope: Scope, request: ReportRequest, totals: Totals) -> Coverage:
    """Silent sources and empty days of the selection."""
    days = {day(d) for (d,) in scope.rows("SELECT DISTINCT published FROM {sel}")}
    ranges = empty_ranges(request.date_from, request.date_to, days)
    longest = sorted(ranges, key=lambda r: (-r.days, r.start))[:RANGES_SHOWN]
    previous = previous_by_source(scope, request)
    silent = []
    for source in totals.by_source:
        if source.articles == 0 and source.previous_articles == 0:
            continue
        last = source.last or (day(previous[source.source][1]) if source.source in previous else None)
        if last is None:
            continue
        quiet = (request.date_to - last).days
        if quiet >= SILENT_AFTER_DAYS:
            silent.append(SilentSource(source.source, last, source.previous_articles, quiet))
    silent.sort(key=lambda s: (-s.days_silent, s.source))
    return Coverage(
        silent_sources=silent,
        empty_days=sum(r.days for r in ranges),
        empty_ranges=sorted(longest, key=lambda r: r.start),
        silent_after_days=SILENT_AFTER_DAYS,
    )
