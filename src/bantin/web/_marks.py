"""An article's text as HTML, block by block, with every extracted fact marked.

Everything in an article is untrusted: the HTML is built only from pieces of text that went
through :func:`markupsafe.escape` and from tags this module writes itself, so a ``<script>`` in
an article is shown as text, never run.

Facts may nest (a place inside an organisation's name, a document inside a task) and, rarely,
cross. Marks are opened longest first at the same offset and closed in reverse order; when a
fact ends while a fact opened after it is still open, the inner marks are closed, the fact is
closed, and the inner marks are reopened: the HTML is always well nested and every character of
a fact is inside its mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from bantin.record import Article, Fact

KIND_ORDER = ("meeting", "task", "document", "organization", "person", "place", "date")
"""Outer kinds first when two facts cover the same characters."""

_ELEMENT = {
    "dateline": "p", "title": "h1", "lead": "p", "paragraph": "p", "caption": "p",
    "photo_credit": "p", "byline": "p", "attribution": "p",
}


@dataclass(frozen=True, slots=True)
class Block:
    """A block of the article as HTML: its layout role and its marked-up content."""

    role: str
    element: str
    html: Markup


def _label(fact: Fact) -> str:
    value = fact.value
    if isinstance(value, dict):
        value = value.get("subject") or value.get("kind") or ""
    return f"{fact.kind}: {value}" if value not in (None, "") else fact.kind


def _open_tag(fact: Fact) -> str:
    # The class is one of our seven kinds (validated by the record's type), the title is escaped.
    return f'<mark class="{fact.kind}" title="{escape(_label(fact))}">'


def mark_span(text: str, facts: Sequence[Fact], start: int, end: int) -> Markup:
    """``text[start:end]`` as HTML with the facts inside it marked (facts are clipped to the span)."""
    spans = sorted(
        ((max(f.start, start), min(f.end, end), f) for f in facts if f.start < end and f.end > start and f.end > f.start),
        key=lambda s: (s[0], -s[1], KIND_ORDER.index(s[2].kind) if s[2].kind in KIND_ORDER else 99),
    )
    out: list[str] = []
    stack: list[tuple[int, int, Fact]] = []
    position = start
    cursor = 0
    while position < end:
        # Close every fact ending here, reopening the ones opened inside it.
        ending = [s for s in stack if s[1] <= position]
        if ending:
            deepest = min(stack.index(s) for s in ending)
            reopen = [s for s in stack[deepest:] if s[1] > position]
            out.append("</mark>" * (len(stack) - deepest))
            del stack[deepest:]
            for span in reopen:
                out.append(_open_tag(span[2]))
                stack.append(span)
        while cursor < len(spans) and spans[cursor][0] <= position:
            span = spans[cursor]
            cursor += 1
            if span[1] > position:
                out.append(_open_tag(span[2]))
                stack.append(span)
        boundaries = [s[1] for s in stack] + ([spans[cursor][0]] if cursor < len(spans) else []) + [end]
        following = min(b for b in boundaries if b > position)
        out.append(str(escape(text[position:following])))
        position = following
    out.append("</mark>" * len(stack))
    return Markup("".join(out))


def article_blocks(article: Article) -> list[Block]:
    """The article's text as a list of HTML blocks, in order, with the facts marked.

    Text between two blocks that is not blank (a lead's opening tag, "- ") goes with the
    block after it, so nothing of the text is left out; a record without blocks is cut at
    blank lines.
    """
    text = article.text
    spans = [(b.role, b.start, b.end) for b in sorted(article.blocks, key=lambda b: b.start) if b.end > b.start]
    if not spans:
        spans, offset = [], 0
        for part in text.split("\n\n"):
            if part.strip():
                spans.append(("paragraph", offset, offset + len(part)))
            offset += len(part) + 2
    blocks: list[Block] = []
    previous = 0
    for role, start, end in spans:
        start = max(start, previous)  # overlapping blocks: never show a character twice
        gap = text[previous:start]
        begin = previous + (len(gap) - len(gap.lstrip())) if gap.strip() else start
        if end > begin:
            blocks.append(Block(role, _ELEMENT.get(role, "p"), mark_span(text, article.facts, begin, end)))
        previous = max(previous, end)
    tail = text[previous:]
    if tail.strip():
        begin = previous + len(tail) - len(tail.lstrip())
        blocks.append(Block("paragraph", "p", mark_span(text, article.facts, begin, len(text))))
    return blocks


def legend(article: Article) -> list[tuple[str, int]]:
    """The kinds of facts in the article, in legend order, with how many of each."""
    counts: dict[str, int] = {}
    for fact in article.facts:
        counts[fact.kind] = counts.get(fact.kind, 0) + 1
    order = ("date", "person", "organization", "place", "document", "meeting", "task")
    return [(kind, counts[kind]) for kind in order if kind in counts]
