"""The result of HTML extraction: :class:`HtmlPage`, and the error when a page has no main text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bantin.errors import InputError


class HtmlExtractionError(InputError):
    """An HTML page holds no main text that can be told from its menus, links and footers."""


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The main text of an HTML page as a plain page, and what the page's metadata says.

    ``text`` is a page our layout parser reads: the title on the first line, a blank line, then the
    main text's paragraphs (captions, headings, list items and table rows too), one per line and
    separated by blank lines. ``title`` is the page's headline from its metadata (og:title, JSON-LD
    headline or <title> without the site's name, or an old portal's headline element), and
    ``title_method`` says which. ``published`` is the publication date the page's
    metadata states, with ``published_evidence`` naming the tag; ``date_guess`` is htmldate's
    guess when no tag states it (a page date, perhaps: not used as a publication date).
    ``authors`` are people only (the site's own name as "author" is dropped). ``url`` is the
    page's canonical URL when it gives one, else the URL it was read from.
    """

    text: str
    title: str | None
    title_method: str | None
    published: dt.date | None
    published_evidence: str | None
    date_guess: str | None
    authors: tuple[str, ...]
    sitename: str | None
    url: str | None
    description: str | None
    encoding: str
    encoding_confidence: float
    warnings: tuple[str, ...] = ()
