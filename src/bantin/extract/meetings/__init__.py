"""Meetings and the tasks they announce.

:func:`find_meetings` reads the meetings an article reports (kind, subject,
date and part of day, organiser, chair, participants, locations and bridge
points) from the facts the other extractors found; :func:`find_tasks` reads the
task lists. :func:`meeting_and_task_facts` turns both into record facts, each
task linked to the meeting whose text it follows.
"""

from __future__ import annotations

from bantin.extract.meetings._meetings import Meeting, find_meetings
from bantin.extract.meetings._tasks import Task, find_tasks
from bantin.record import Fact

__all__ = ["Meeting", "Task", "find_meetings", "find_tasks", "meeting_and_task_facts"]


def meeting_and_task_facts(text: str, facts: list[Fact], body: list[tuple[int, int]]) -> list[Fact]:
    """Meeting and task facts for ``text``, given the facts already found and the body spans."""
    meetings = find_meetings(text, facts, body)
    result = [
        Fact.trusted("meeting", text[m.start : m.end], m.start, m.end, m.value(), "; ".join(m.evidence) or None)
        for m in meetings
    ]
    for task in find_tasks(text, body):
        before = [m for m in meetings if m.start <= task.start]
        link = before[-1] if before else (meetings[0] if meetings else None)
        extra = {"meeting": [link.start, link.end]} if link else {}
        result.append(
            Fact.trusted(
                "task", text[task.start : task.end], task.start, task.end, task.text, "an item of a task list", extra
            )
        )
    return result
