"""Snippets: the best window of an article's text for a query, with the matched words marked.

Matching runs on the folded form of the display text, which has the same length, so a match
found there is the same span of the display text: "da nang", "Đà Nẵng" and "đà nẵng" all mark
"Đà Nẵng" as written. A phrase matches its words with any punctuation or spaces between them,
as the index does, and so do the words typed one after the other (see :func:`_units`). The window is chosen for the most distinct query terms, then the most
exact-accent matches, then the most matches, earliest first; it opens at a sentence start or a
word boundary and closes at a word boundary.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bantin.search._forms import TOKEN_RE, display
from bantin.search._query import MAX_TERMS, All, Any, Node, Not, ParsedQuery, Term, parse_query
from bantin.text import canonical_form, folded_form

if TYPE_CHECKING:
    from rich.text import Text

MAX_MATCHES = 500
_SPACE_RUN = re.compile(r"\s+")
ELLIPSIS = "…"
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SENTENCE_END = (". ", "? ", "! ", ": ", "\n")


@dataclass(frozen=True, slots=True)
class Snippet:
    """A window of a text with the query's matches marked.

    ``text`` is the window, its line ends and runs of spaces shown as one space; ``spans`` are
    the matched ranges as offsets into ``text``, sorted and disjoint; ``start`` and ``end`` place
    the window in the full display text; ``clipped_start``/``clipped_end`` say whether text was cut on each side.
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    start: int
    end: int
    clipped_start: bool
    clipped_end: bool

    def render(self, open_mark: str, close_mark: str, *, escape: Callable[[str], str] = str) -> str:
        """The snippet with each match between ``open_mark`` and ``close_mark``, the text escaped."""
        parts = [ELLIPSIS] if self.clipped_start else []
        position = 0
        for start, end in self.spans:
            parts += [escape(self.text[position:start]), open_mark, escape(self.text[start:end]), close_mark]
            position = end
        parts.append(escape(self.text[position:]))
        if self.clipped_end:
            parts.append(ELLIPSIS)
        return "".join(parts)

    def to_html(self, *, tag: str = "mark") -> str:
        """HTML: the text escaped, each match in ``<mark>`` (or ``tag``)."""
        return self.render(f"<{tag}>", f"</{tag}>", escape=lambda s: html.escape(s, quote=True))

    def to_ansi(self, *, style: str = "\x1b[1;33m") -> str:
        """For a terminal: each match in bold yellow (or ``style``), control characters of the text removed."""
        return self.render(style, "\x1b[0m", escape=lambda s: _CONTROL_RE.sub("\ufffd", s))

    def to_rich(self, *, style: str = "bold yellow") -> Text:
        """A ``rich.text.Text`` with the matches styled (no markup is parsed from the article's text)."""
        from rich.text import Text

        lead = ELLIPSIS if self.clipped_start else ""
        text = Text(lead + self.text + (ELLIPSIS if self.clipped_end else ""))
        for start, end in self.spans:
            text.stylize(style, start + len(lead), end + len(lead))
        return text


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    term: int  # which unit of the query (a term, a run of words, or a word of a run)
    exact: bool
    words: int  # how many query words it stands for


def _term_pattern(term: Term) -> re.Pattern[str]:
    words = r"[\W_]+".join(re.escape(word.folded) for word in term.words)
    return re.compile(r"(?<![^\W_])" + words + r"(?![^\W_])")


def find_matches(text: str, query: str | ParsedQuery) -> list[tuple[int, int, bool]]:
    """Every match of the query's terms in an NFC display text: (start, end, exact-accent)."""
    return [(m.start, m.end, m.exact) for m in _matches(text, _parsed(query))]


def _parsed(query: str | ParsedQuery) -> ParsedQuery:
    return query if isinstance(query, ParsedQuery) else parse_query(query)


def _units(node: Node | None) -> Iterator[tuple[Term, tuple[Term, ...]]]:
    """What to look for: each term, and each run of single words of an AND as one phrase.

    Vietnamese words are often two or three syllables ("đà nẵng" is one word): a query "da nang"
    means the word, so its syllables are marked where they stand together ("Đà Nẵng"), and one
    by one ("đã", "nâng") only in a text where they never do. Each unit comes with the terms to
    fall back to.
    """
    if isinstance(node, Term):
        yield node, ()
    elif isinstance(node, Any):
        for item in node.items:
            yield from _units(item)
    elif isinstance(node, All):
        run: list[Term] = []
        items: list[Node | None] = [*node.items, None]  # None closes the last run
        for part in items:
            if isinstance(part, Term) and not part.is_phrase:
                run.append(part)
                continue
            if len(run) > 1:
                yield Term(tuple(word for term in run for word in term.words)), tuple(run)
            elif run:
                yield run[0], ()
            run = []
            if part is not None and not isinstance(part, Not):
                yield from _units(part)


def _matches(text: str, parsed: ParsedQuery) -> list[_Match]:
    folded = folded_form(text)
    canonical: list[str] = []

    def find(term: Term, unit: int) -> list[_Match]:
        exact_words = [word.exact for word in term.words]
        found = []
        for match in _term_pattern(term).finditer(folded):
            exact = False
            if term.accented:
                if not canonical:
                    canonical.append(canonical_form(text))
                written = canonical[0][match.start():match.end()]
                exact = [w.lower() for w in TOKEN_RE.findall(written)] == exact_words
            found.append(_Match(match.start(), match.end(), unit, exact, len(term.words)))
            if len(found) >= MAX_MATCHES:
                break
        return found

    matches: list[_Match] = []
    for index, (unit, fallback) in enumerate(_units(parsed.root)):
        found = find(unit, index * MAX_TERMS)
        if not found:
            for offset, term in enumerate(fallback, 1):
                found += find(term, index * MAX_TERMS + offset)
        matches += found
        if len(matches) >= MAX_MATCHES:
            break
    matches.sort(key=lambda m: (m.start, -m.end))
    return matches


def _best_window(matches: list[_Match], width: int) -> tuple[int, int]:
    """Indexes (first, last) of the matches that the best window holds."""
    best_key: tuple[int, int, int] = (-1, -1, -1)
    best = (0, 0)
    for i, first in enumerate(matches):
        terms: dict[int, int] = {}
        exact = count = 0
        last = i
        for j in range(i, len(matches)):
            if matches[j].end - first.start > width:
                break
            terms[matches[j].term] = matches[j].words
            exact += matches[j].exact
            count += 1
            last = j
        key = (sum(terms.values()), exact, count)
        if key > best_key:
            best_key, best = key, (i, last)
    return best


def _window_bounds(text: str, first: int, last: int, width: int) -> tuple[int, int]:
    room = max(0, width - (last - first))
    start = max(0, first - room // 3)
    if start + width > len(text):
        start = max(0, len(text) - width)
    if start > 0:
        # Open at the latest sentence start before the match if it is in the window, else at a word.
        sentence = max(text.rfind(mark, start, first) for mark in _SENTENCE_END)
        if sentence >= 0:
            start = sentence + 1
        else:
            while start < first and text[start - 1].isalnum():
                start += 1
    end = min(len(text), start + width)
    if end < len(text):
        cut = end
        while cut > last and text[cut].isalnum() and text[cut - 1].isalnum():
            cut -= 1
        end = cut if cut > last else max(end, last)
    return start, end


def highlight(text: str, query: str | ParsedQuery, *, width: int = 240) -> Snippet:
    """The best window of about ``width`` characters of ``text`` for ``query``, matches marked.

    ``text`` is a display text (NFC; other text is put in NFC first, and offsets then refer to
    that form). Without a match, the window is the opening of the text.
    """
    text = display(text)
    width = max(width, 20)
    matches = _matches(text, _parsed(query))
    if matches:
        i, j = _best_window(matches, width)
        first, last = matches[i].start, max(m.end for m in matches[i:j + 1])
    else:
        first = last = 0
    start, end = _window_bounds(text, first, last, width)
    window, position = _collapse_spaces(text, start, end)
    spans: list[tuple[int, int]] = []
    for match in matches:
        s, e = max(match.start, start), min(match.end, end)
        if s >= e:
            continue
        s, e = position[s - start], position[e - 1 - start] + 1
        # Words of one query side by side ("Đà" "Nẵng") are marked as one span.
        if spans and (s <= spans[-1][1] or not window[spans[-1][1]:s].strip()):
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    return Snippet(
        text=window, spans=tuple(spans), start=start, end=end,
        clipped_start=start > 0, clipped_end=end < len(text),
    )


def _collapse_spaces(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The window with line ends and runs of spaces as one space, edges stripped, and the map
    from each offset of ``text[start:end]`` to its offset in that window.

    Each run of spaces maps its first character to the space kept and the others to the
    character after it; a run at the start maps to offset 0. Built run by run (a snippet is read
    for every result of a search page), not character by character.
    """
    piece = text[start:end]
    parts: list[str] = []
    position: list[int] = []
    length = cursor = 0
    for run in _SPACE_RUN.finditer(piece):
        first, last = run.span()
        if first > cursor:
            parts.append(piece[cursor:first])
            position.extend(range(length, length + first - cursor))
            length += first - cursor
        if length:
            position.append(length)
            parts.append(" ")
            length += 1
            position.extend([length] * (last - first - 1))
        else:
            position.extend([0] * (last - first))
        cursor = last
    if cursor < len(piece):
        parts.append(piece[cursor:])
        position.extend(range(length, length + len(piece) - cursor))
    window = "".join(parts)
    if window.endswith(" "):
        window = window[:-1]
        # offsets only grow: those past the shortened window are at the end
        index = len(position) - 1
        while index >= 0 and position[index] > len(window):
            position[index] = len(window)
            index -= 1
    return window, position
