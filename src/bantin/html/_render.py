"""Turning an element tree into the units of a plain page: one paragraph, heading, item or row each.

It reads both trafilatura's XML (``p``, ``head``, ``list``/``item``, ``quote``, ``table``/``row``/
``cell``, ``lb``) and ordinary HTML fragments (a feed's ``content:encoded``). Whitespace inside a
block is HTML's, not the author's: runs of it fold to one space; a line break (``lb``, ``br``) ends a
unit, because a caption and its "Ảnh: …" credit, or a header's lines, are separate lines of the page.
"""

from __future__ import annotations

import re

from lxml import etree

_BLOCKS = frozenset(
    {
        "p", "head", "item", "list", "quote", "table", "row", "code", "div",  # trafilatura's XML
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figcaption", "figure",
        "tr", "pre", "caption", "dd", "dt", "dl", "section", "article", "header", "footer", "aside",
    }
)
_BREAKS = frozenset({"lb", "br", "hr"})
_CELLS = frozenset({"cell", "td", "th"})
_SKIPPED = frozenset({"graphic", "img", "script", "style", "noscript", "svg", "iframe", "button", "select"})
_SPACES = re.compile(r"\s+")
CELL_SEPARATOR = " | "


def units_of(root: etree._Element) -> list[str]:
    """The text units of ``root`` in document order, whitespace folded, empty ones dropped.

    The walk is iterative: an untrusted fragment nested thousands deep cannot exhaust the stack.
    """
    units: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(pending)).strip()
        pending.clear()
        if text and text != CELL_SEPARATOR.strip():
            units.append(text)

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    skipped: set[int] = set()
    for event, element in walker:
        tag = _tag(element)
        if event in ("comment", "pi"):
            if element.tail:
                pending.append(element.tail)
            continue
        if event == "start":
            if not tag or tag in _SKIPPED:
                skipped.add(id(element))
                walker.skip_subtree()
                continue
            if tag in _BREAKS or tag in _BLOCKS:
                flush()
            if tag in _CELLS and element.getprevious() is not None and pending:
                pending.append(CELL_SEPARATOR)
            if element.text and tag not in _BREAKS:
                pending.append(element.text)
            continue
        if id(element) not in skipped and tag in _BLOCKS:
            flush()
        if element.tail and element is not root:
            pending.append(element.tail)
    flush()
    return units


def _tag(element: etree._Element) -> str:
    if not isinstance(element.tag, str):
        return ""  # comments and processing instructions
    return element.tag.rsplit("}", 1)[-1].lower()  # XHTML namespaces
