"""HTML pages: the main text and the metadata of a page, as a plain page our layout stage reads.

Public API::

    extract_html          bytes of an HTML page -> HtmlPage
    HtmlPage              the plain page (title line, blank line, paragraphs) and the metadata
    HtmlExtractionError   the page has no main text (an InputError)
    html_to_paragraphs    an HTML fragment (a feed's content) -> its paragraphs
    decode_html           the bytes of a page -> Decoded: declared charset first, else detection
    declared_charset      the charset a page declares in <meta> or its XML declaration

The main text and the metadata come from trafilatura, with these choices:

- ``include_tables=True``: statistics in news and schedules in legal texts are content. Pages laid
  out with nested tables (the legal-database pages of ``../shared/data/legal_html``) made
  trafilatura return the layout table, menus and all; tables that hold tables, forms or many
  ``<div>`` are therefore turned into ``<div>`` first, and the main text is found inside them.
- ``include_comments=False``, ``include_links=False``, ``include_formatting=False``: readers'
  comments and link targets are not the article; the record is plain text.
- ``<figure>``/``<figcaption>`` become paragraphs before extraction, because trafilatura drops
  captions and our layout stage recognises a caption by its "Ảnh: …" credit.
- The default balance between precision and recall: ``favor_precision`` dropped the document
  headers ("Số: 1397/QĐ-UBND") of the legal pages; ``favor_recall`` is the fallback for short pages.
- Metadata through ``trafilatura.metadata.extract_metadata`` on the untouched tree, with htmldate's
  ``extensive`` search off: the title (og:title, JSON-LD headline, <title> without the site's name),
  author, site name, canonical URL, description. The publication date is read from the tags that
  state it (``article:published_time``, JSON-LD ``datePublished`` ...) so that the evidence can name
  the tag; htmldate's guess is kept apart, since a date printed on a page is not a publication date.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from bantin.html._charset import declared_charset, decode_html
from bantin.html._extract import extract_html
from bantin.html._page import HtmlExtractionError, HtmlPage
from bantin.html._render import units_of

__all__ = [
    "HtmlExtractionError",
    "HtmlPage",
    "decode_html",
    "declared_charset",
    "extract_html",
    "html_to_paragraphs",
]


def html_to_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed entry's content), whitespace folded, tags dropped.

    Text without any markup comes back as its lines.
    """
    if "<" not in fragment:
        return [line.strip() for line in fragment.splitlines() if line.strip()]
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return [line.strip() for line in fragment.splitlines() if line.strip()]
    return units_of(root)
