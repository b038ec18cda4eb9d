"""Meetings on a timeline, and the tasks announced in them, grouped by meeting.

One meeting is often reported by several articles (and several sources): the
rows of the archive's ``meetings`` table (one per meeting an article reports)
are grouped into one meeting by day, kind and organiser, compared on their
folded forms. The most reported meetings are shown with their tasks.

A task belongs to the meeting whose text it follows, the rule of
:func:`bantin.extract.meetings.meeting_and_task_facts` (the last meeting
starting before the task, else the article's first meeting); the archive keeps
the spans of both as ``facts`` rows, so the link is rebuilt from them without
decoding the record (a test checks it against the records).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

from bantin.report._model import MeetingRow, Meetings, MonthCount, ReportRequest
from bantin.report._queries import day, months_of
from bantin.report._scope import Scope
from bantin.text import canonical_form, folded_form

REPORTS_READ_FOR_TASKS = 5
"""Articles of one meeting whose task lists are read (the same meeting reported ten times has one list)."""


@dataclass(slots=True)
class _Event:
    date: dt.date | None
    kinds: Counter[str] = field(default_factory=Counter)
    organizer: str | None = None
    chair: str | None = None
    bridge_points: dict[str, None] = field(default_factory=dict)
    reports: list[tuple[str, str, int]] = field(default_factory=list)  # (published, article id, seq)


def _fold(text: str | None) -> str:
    return " ".join(folded_form(canonical_form(text or "")).split())


def link_tasks(facts: list[tuple[int, str, int, str | None]]) -> dict[int, list[str]]:
    """The tasks of an article by the seq of their meeting, from its ``(seq, kind, start, value)`` fact rows.

    Mirrors the extractor: a task goes to the last meeting (in record order)
    that starts at or before it, else to the first meeting; an article without
    meetings links no task.
    """
    meetings = [(seq, start) for seq, kind, start, _ in sorted(facts) if kind == "meeting"]
    linked: dict[int, list[str]] = {}
    if not meetings:
        return linked
    for _seq, kind, start, value in sorted(facts):
        if kind != "task" or not value:
            continue
        before = [m for m in meetings if m[1] <= start]
        owner = before[-1][0] if before else meetings[0][0]
        linked.setdefault(owner, []).append(value)
    return linked


def meetings(scope: Scope, request: ReportRequest) -> Meetings:
    """Meetings reported by the selected articles: by month, and the most reported with their tasks."""
    rows = scope.rows(
        "SELECT g.article_id, g.seq, g.kind, g.date, s.published, g.organizer, g.chair, "
        "json_extract(g.data, '$.bridge_points') FROM {sel} s CROSS JOIN meetings g ON g.article_id = s.id"
    )
    events: dict[tuple[str, str, str], _Event] = {}
    for article_id, seq, kind, date, published, organizer, chair, bridges in rows:
        when = _safe_day(date) or day(published)
        key = (when.isoformat(), _fold(kind), _fold(organizer))
        event = events.get(key)
        if event is None:
            event = events[key] = _Event(when)
        event.kinds[kind] += 1
        event.organizer = event.organizer or organizer
        event.chair = event.chair or chair
        for point in json.loads(bridges) if bridges else ():
            if isinstance(point, str):
                event.bridge_points.setdefault(point, None)
        event.reports.append((published, article_id, seq))
    per_month = Counter(e.date.isoformat()[:7] for e in events.values() if e.date)
    by_month = [MonthCount(m, per_month.get(m, 0)) for m in months_of(request.date_from, request.date_to)]
    chosen = sorted(events.values(), key=lambda e: (-_articles(e), -(e.date or dt.date.min).toordinal()))
    chosen = chosen[: request.meetings_limit]
    chosen.sort(key=lambda e: (e.date or dt.date.min, min(e.reports)))
    shown = _rows(scope, chosen)
    return Meetings(
        total=len(events), reports=len(rows), by_month=by_month, shown=shown, tasks=sum(len(m.tasks) for m in shown)
    )


def _articles(event: _Event) -> int:
    return len({article_id for _, article_id, _ in event.reports})


def _safe_day(value: str | None) -> dt.date | None:
    # A meeting's date may be a month or a range ("2024-07", "2024-07-16/2024-07-18"): its first day, or none.
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _rows(scope: Scope, chosen: list[_Event]) -> list[MeetingRow]:
    conn = scope.conn
    rows = []
    for event in chosen:
        reports = sorted(event.reports)
        tasks: dict[str, str] = {}
        for _published, article_id, seq in reports[:REPORTS_READ_FOR_TASKS]:
            facts = conn.execute(
                "SELECT seq, kind, start, value FROM facts WHERE article_id = ? AND kind IN ('meeting', 'task')",
                (article_id,),
            ).fetchall()
            for task in link_tasks(facts).get(seq, []):
                tasks.setdefault(_fold(task), task)
        first_id = reports[0][1]
        title = conn.execute("SELECT title FROM articles WHERE id = ?", (first_id,)).fetchone()
        rows.append(
            MeetingRow(
                date=event.date, kind=event.kinds.most_common(1)[0][0], organizer=event.organizer,
                chair=event.chair, bridge_points=list(event.bridge_points), articles=_articles(event),
                article_id=first_id, title=title[0] if title else None, tasks=list(tasks.values()),
            )
        )
    return rows
