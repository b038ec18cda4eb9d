"""Building the report model from an archive: one function, SQL aggregates only."""

from __future__ import annotations

import calendar
import datetime as dt

from bantin.archive import Archive
from bantin.report._coverage import coverage
from bantin.report._meetings import meetings
from bantin.report._model import Report, ReportRequest
from bantin.report._places import places
from bantin.report._queries import appendix, documents, entity_counts, people, plain_entities, totals
from bantin.report._scope import Scope


def build_report(archive: Archive, request: ReportRequest) -> Report:
    """The period review report of ``request`` over ``archive`` (any mode: it only reads).

    Every number comes from SQL aggregates over the archive's tables (articles,
    mentions, entities, meetings, facts); no record is decoded, so the cost
    grows with the articles of the period, not with the archive.
    """
    conn = archive.conn
    with Scope(conn, request.selection()) as scope:
        total = totals(scope, request)
        counts = entity_counts(scope)
        cited, new, new_total, cited_total = documents(scope, counts, request)
        return Report(
            request=request,
            generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            archive_name=archive.path.name,
            totals=total,
            documents=cited,
            new_documents=new,
            new_documents_total=new_total,
            documents_total=cited_total,
            people=people(scope, counts, request.top),
            organizations=plain_entities(counts, "organization", request.top),
            places=places(scope, counts),
            meetings=meetings(scope, request),
            coverage=coverage(scope, request, total),
            appendix=appendix(scope, total.articles, request.appendix_limit),
        )


def period_ending(end: dt.date, *, months: int = 6) -> tuple[dt.date, dt.date]:
    """The ``months`` months ending on ``end``: 2025-10-18 gives 2025-04-19 … 2025-10-18.

    The period starts the day after the same day ``months`` months earlier (the
    month's last day when it is shorter: 31 August -> 28 February).
    """
    year, month = end.year, end.month - months
    while month < 1:
        year, month = year - 1, month + 12
    start = dt.date(year, month, min(end.day, calendar.monthrange(year, month)[1]))
    return start + dt.timedelta(days=1), end


def newest_day(archive: Archive) -> dt.date:
    """The day of the newest dated article of the archive (today when none is dated)."""
    newest = archive.conn.execute("SELECT max(published) FROM articles").fetchone()[0]
    return dt.date.fromisoformat(newest[:10]) if newest else dt.date.today()


def default_period(
    archive: Archive, *, date_from: dt.date | None = None, date_to: dt.date | None = None, months: int = 6
) -> tuple[dt.date, dt.date]:
    """The period of a report whose dates may be missing: the last ``months`` months up to the newest article.

    With ``date_to`` alone, the ``months`` months ending then; with
    ``date_from`` alone, from then to the newest article (or to ``date_from``
    itself when the archive has nothing later).
    """
    if date_from is not None and date_to is not None:
        return date_from, date_to
    if date_to is not None:
        return period_ending(date_to, months=months)
    end = newest_day(archive)
    if date_from is not None:
        return date_from, max(end, date_from)
    return period_ending(end, months=months)


def archive_period(archive: Archive) -> tuple[dt.date, dt.date] | None:
    """The first and last day of publication of the archive's articles, or None when none is dated."""
    first, last = archive.conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    if not first:
        return None
    return dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(last[:10])
