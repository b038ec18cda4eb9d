"""Task lists: the items a meeting or a leader sets out ("tập trung vào các nội dung: …; …; …").

The shapes met in the news:

- a colon after an opener phrase ("tập trung vào các nội dung:", "yêu cầu:"), then
  items separated by semicolons to the end of the sentence; imperative sentences
  that follow in the same paragraph ("Khẩn trương …. Rà soát …") are items too;
- a colon that ends its paragraph, then one item per following paragraph
  ("- Trước ngày 30/6: Hoàn thành …");
- semicolons after a phrase like "giám sát việc", without a colon;
- "Một là, …; Hai là, …"; and "nhiệm vụ trọng tâm là …" for a single task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bantin.extract.orgs._chars import word_start_pattern
from bantin.lang.vi.meetings import SEMICOLON_LIST_OPENERS, TASK_ITEM_OPENERS, TASK_LIST_OPENERS, TASK_VERBS
from bantin.text import canonical_form, canonical_lower, sentence_spans


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(canonical_form(w)) for w in sorted(words, key=len, reverse=True))


def _word_starts(words: tuple[str, ...]) -> str:
    # The words, each starting a word, first letter first (see word_start_pattern): a leading
    # look-behind would be tried at every position of the sentences these patterns search.
    return word_start_pattern(canonical_form(w) for w in words)


_OPENER_RE = re.compile(rf"{_word_starts(TASK_LIST_OPENERS)}(?![^\W\d_])")
_SEMICOLON_OPENER_WORDS = frozenset(canonical_form(" ".join(w.split()[:2])) for w in SEMICOLON_LIST_OPENERS)
_SEMICOLON_OPENER_RE = re.compile(rf"{_word_starts(SEMICOLON_LIST_OPENERS)}(?![^\W\d_])")
_ITEM_OPENER_RE = re.compile(rf"^(?:{_words(TASK_ITEM_OPENERS)})\s*[,:]\s*")
_TASK_VERB_RE = re.compile(rf"^(?:[-+•]\s*)?(?:{_words(TASK_VERBS)})(?![^\W\d_])")
_ORDINAL_LIST_RE = re.compile(r"(?<![^\W\d_])một là\s*[,:]")
_ORDINAL_LIST_WORDS = "một là"  # looked for first: the pattern's look-behind is tried at every position
_BULLET_RE = re.compile(r"^[-+•–]\s*")
_COLON_RE = re.compile(":")
_MIN_ITEM_WORDS = 3
_MAX_PARAGRAPH_ITEMS = 10
_TRAILING = " .…;,/!"  # "/" too: a stray one after the last full stop ("vững mạnh./")


@dataclass(frozen=True, slots=True)
class Task:
    """One task item: its span in the text and its words."""

    start: int
    end: int
    text: str


def _task(text: str, start: int, end: int) -> Task | None:
    while start < end and text[start] in " -+•–\"“":
        start += 1
    end = start + len(text[start:end].rstrip(_TRAILING + "\"”"))
    opener = _ITEM_OPENER_RE.match(canonical_lower(text[start:end]))
    if opener:
        start += opener.end()
    words = text[start:end].split()
    return Task(start, end, " ".join(words)) if len(words) >= _MIN_ITEM_WORDS else None


def _split(text: str, start: int, end: int, separator: str = ";") -> list[Task]:
    tasks = []
    position = start
    for piece in text[start:end].split(separator):
        task = _task(text, position, position + len(piece))
        position += len(piece) + len(separator)
        if task is not None:
            tasks.append(task)
    return tasks


def _block_of(body: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in body if s <= position < e), None)


def _paragraph_items(text: str, low: str, after: int, body: list[tuple[int, int]]) -> tuple[list[Task], int]:
    """Items written one per paragraph after a colon that ends its paragraph."""
    tasks: list[Task] = []
    following = [(s, e) for s, e in body if s > after][:_MAX_PARAGRAPH_ITEMS]
    bulleted = bool(following) and bool(_BULLET_RE.match(text[following[0][0] : following[0][1]]))
    end = after
    for start, stop in following:
        paragraph = text[start:stop]
        if bulleted and not _BULLET_RE.match(paragraph):
            break
        if not bulleted and not _TASK_VERB_RE.match(low[start:stop]):
            break
        task = _task(text, start, stop)
        if task is not None:
            tasks.append(task)
        end = stop
    return tasks, end


def _colon_list(text: str, low: str, colon: int, block: tuple[int, int], body: list[tuple[int, int]]) -> tuple[list[Task], int]:
    if not text[colon + 1 : block[1]].strip():
        return _paragraph_items(text, low, colon, body)
    sentences = sentence_spans(text, colon + 1, block[1])
    if not sentences:
        return [], colon
    first = sentences[0]
    tasks = _split(text, first[0], first[1])
    end = first[1]
    for start, stop in sentences[1:]:
        if not _TASK_VERB_RE.match(low[start:stop]):
            break
        task = _task(text, start, stop)
        if task is not None:
            tasks.append(task)
        end = stop
    return tasks, end


def find_tasks(text: str, body: list[tuple[int, int]]) -> list[Task]:
    """Return the task items of every task list in the ``body`` spans of ``text``."""
    low = canonical_lower(text)
    tasks: list[Task] = []
    taken_until = -1
    for colon in (match.start() for match in _COLON_RE.finditer(text)):
        block = _block_of(body, colon)
        if colon < taken_until or block is None:
            continue
        sentence_start = max(block[0], max(low.rfind(". ", block[0], colon) + 2, 0))
        if not _OPENER_RE.search(low, sentence_start, colon) or low[colon - 1].isdigit():
            continue
        found, end = _colon_list(text, low, colon, block, body)
        if len(found) >= 2 or (found and end > block[1]):
            tasks.extend(found)
            taken_until = end
    for sentence_start, sentence_end in _semicolon_sentences(text, low, body, taken_until):
        opener = _SEMICOLON_OPENER_RE.search(low, sentence_start, sentence_end)
        if opener is None or (low.count(";", opener.end(), sentence_end) < 1 and not opener.group().endswith(" là")):
            continue
        if any(sentence_start <= t.start < sentence_end for t in tasks):
            continue
        tasks.extend(_split(text, opener.end(), sentence_end))
    for ordinal in _ORDINAL_LIST_RE.finditer(low) if _ORDINAL_LIST_WORDS in low else ():
        block = _block_of(body, ordinal.start())
        if block is None or any(t.start <= ordinal.start() < t.end for t in tasks):
            continue
        sentence = next((s for s in sentence_spans(text, *block) if s[0] <= ordinal.start() < s[1]), block)
        separator = ";" if ";" in text[ordinal.start() : sentence[1]] else ","
        items = [t for t in _split(text, ordinal.start(), sentence[1], separator)]
        if len(items) >= 2:
            tasks.extend(items)
    return sorted(tasks, key=lambda t: t.start)


def _semicolon_sentences(
    text: str, low: str, body: list[tuple[int, int]], taken_until: int
) -> list[tuple[int, int]]:
    """Sentences without a colon that hold semicolons or a "… là" opener: lists without a colon."""
    found: list[tuple[int, int]] = []
    # The opener words that the text holds at all: most articles hold none, and then no block does.
    words = [word for word in _SEMICOLON_OPENER_WORDS if word in low]
    if not words:
        return found
    for block in body:
        chunk = low[block[0] : block[1]]
        if not any(word in chunk for word in words) or not _SEMICOLON_OPENER_RE.search(chunk):
            continue
        found += [s for s in sentence_spans(text, *block) if ":" not in text[s[0] : s[1]]]
    return found
