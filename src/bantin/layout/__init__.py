"""Layout: the dateline, title, lead, paragraphs, captions, byline and attribution of a page.

- :func:`parse_page` reads a plain-text page as crawled (the seed's shape).
- :func:`layout_from_fields` builds the layout of a corpus record that already
  splits title, lead and body (JSONL with title/sapo/body or title/sentences).

Both return a :class:`Layout`: the record's normalised ``text`` and its blocks,
each with the rule that found it.
"""

from bantin.layout._assemble import layout_from_fields, parse_page
from bantin.layout._dateline import ParsedDateline, parse_dateline
from bantin.layout._headline import headline_from_slug
from bantin.layout._model import Layout, LayoutBlock
from bantin.layout._tail import find_credit, parse_byline

__all__ = [
    "Layout",
    "LayoutBlock",
    "ParsedDateline",
    "find_credit",
    "headline_from_slug",
    "layout_from_fields",
    "parse_byline",
    "parse_dateline",
    "parse_page",
]
