"""Task lists: the items a meeting or a leader sets out ("tập trung vào các nội dung: …; …; …").

A list opens with one of the phrases in ``lang/vi/meetings.py`` followed by a
colon; its items are separated by semicolons and end with the sentence. Lists
written as "Một là, …; Hai là, …" are read the same way. A single task after
"nhiệm vụ trọng tâm là" is a list of one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bantin.lang.vi.meetings import TASK_ITEM_OPENERS, TASK_LIST_OPENERS
from bantin.text import canonical_form, canonical_lower


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(canonical_form(w)) for w in sorted(words, key=len, reverse=True))


_OPENER_RE = re.compile(rf"(?<![^\W\d_])(?:{_words(TASK_LIST_OPENERS)})(?![^\W\d_])")
_ITEM_OPENER_RE = re.compile(rf"^(?:{_words(TASK_ITEM_OPENERS)})\s*[,:]\s*")
_ORDINAL_LIST_RE = re.compile(r"(?<![^\W\d_])một là\s*[,:]")
# The list ends with its sentence: a full stop before a capital, or the end of the block.
_LIST_END_RE = re.compile(r"\.(?=\s+[^\W\d_a-zđ])|\n")
_COLON_WINDOW = 60
_MIN_ITEM_WORDS = 3
_TRAILING = " .…;,"


@dataclass(frozen=True, slots=True)
class Task:
    """One task item: its span in the text and its words."""

    start: int
    end: int
    text: str


def _items(text: str, start: int, end: int) -> list[Task]:
    tasks: list[Task] = []
    position = start
    for piece in text[start:end].split(";"):
        item_start = position + len(piece) - len(piece.lstrip())
        item_end = position + len(piece.rstrip(_TRAILING))
        position += len(piece) + 1
        opener = _ITEM_OPENER_RE.match(canonical_form(text[item_start:item_end]).lower())
        if opener:
            item_start += opener.end()
        words = text[item_start:item_end].split()
        if len(words) >= _MIN_ITEM_WORDS:
            tasks.append(Task(item_start, item_end, " ".join(words)))
    return tasks


def _openers(low: str) -> list[re.Match[str]]:
    """List openers: the last opener phrase before each colon, and every "… là" opener.

    Colons are rarer than the opener words ("yêu cầu", "tập trung"), so the scan
    starts from them.
    """
    found: list[re.Match[str]] = []
    colon = low.find(":")
    while colon >= 0:
        last = None
        for last in _OPENER_RE.finditer(low, max(0, colon - _COLON_WINDOW), colon):
            pass
        if last is not None and (not found or found[-1].start() != last.start()):
            found.append(last)
        colon = low.find(":", colon + 1)
    if " là" in low:
        found += [m for m in _OPENER_RE.finditer(low) if m.group().endswith(" là")]
    return sorted(found, key=lambda m: m.start())


def find_tasks(text: str, body: list[tuple[int, int]]) -> list[Task]:
    """Return the task items of every task list in the ``body`` spans of ``text``."""
    low = canonical_lower(text)
    tasks: list[Task] = []
    taken_until = -1
    for opener in _openers(low):
        if opener.start() < taken_until or not any(s <= opener.start() < e for s, e in body):
            continue
        block_end = next(e for s, e in body if s <= opener.start() < e)
        colon = low.find(":", opener.end(), min(block_end, opener.end() + _COLON_WINDOW))
        single = opener.group().endswith(" là")
        if single:
            colon = -1
        elif colon < 0 or "." in low[opener.end() : colon]:
            continue
        list_start = colon + 1 if colon >= 0 else opener.end()
        end_match = _LIST_END_RE.search(text, list_start, block_end)
        list_end = end_match.start() if end_match else block_end
        items = _items(text, list_start, list_end)
        if len(items) >= 2 or (single and items):
            tasks.extend(items)
            taken_until = list_end
    for ordinal in _ORDINAL_LIST_RE.finditer(low):
        if ordinal.start() < taken_until or not any(s <= ordinal.start() < e for s, e in body):
            continue
        block_end = next(e for s, e in body if s <= ordinal.start() < e)
        end_match = _LIST_END_RE.search(text, ordinal.start(), block_end)
        items = _items(text, ordinal.start(), end_match.start() if end_match else block_end)
        if len(items) >= 2:
            tasks.extend(items)
            taken_until = end_match.start() if end_match else block_end
    return tasks
