"""``extract_html``: decode, find the main text with trafilatura, read the metadata, write a plain page."""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from bantin.html._charset import decode_html
from bantin.html._meta import headline_of, people_of, published_from_meta
from bantin.html._page import HtmlExtractionError, HtmlPage
from bantin.html._render import units_of
from bantin.html._rules import (
    BOILERPLATE_CLASS_TOKENS,
    BOILERPLATE_CLASS_WORDS,
    LAYOUT_TABLE_MAX_DIVS,
    LINK_LIST_MIN_ITEMS,
    LINK_LIST_SHARE,
    PLACEHOLDER,
    PLACEHOLDER_MAX_CHARS,
    TAIL_FIELD,
    TAIL_FIELD_MIN_RUN,
    TAIL_UI_MAX_CHARS,
    TAIL_UI_PHRASES,
)
from bantin.text import canonical_form

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TITLE_KEY = re.compile(r"[\W_]+")

# trafilatura's options, chosen once (see bantin.html's docstring for why):
_EXTRACTION: dict[str, Any] = {
    "include_comments": False,  # readers' comments are not the article
    "include_tables": True,  # statistics tables in news and legal texts are content
    "include_images": False,  # captions are kept another way (figures become paragraphs first)
    "include_formatting": False,
    "include_links": False,
    "deduplicate": False,  # a repeated line in one article is the author's, not boilerplate
    "with_metadata": False,  # read separately, on the untouched tree
}


def extract_html(
    data: bytes,
    *,
    url: str | None,
    source: str,
    encoding: str | None = None,
    charset: str | None = None,
) -> HtmlPage:
    """Extract the main text and metadata of one HTML page.

    ``url`` is where the page was read from (it helps trafilatura and resolves relative links);
    ``source`` names the input in errors. ``encoding`` forces an encoding; ``charset`` is the one
    the transport declared (HTTP). Raises :class:`~bantin.errors.DecodeError` (and the other
    decoding errors) for bytes that are not text, and :class:`HtmlExtractionError` when the page
    has no main text.
    """
    decoded = decode_html(data, source=source, encoding=encoding, charset=charset)
    tree = load_html(_XML_DECLARATION.sub("", decoded.text, count=1))
    if tree is None:
        raise HtmlExtractionError(source, "the page cannot be parsed as HTML")
    metadata = extract_metadata(deepcopy(tree), default_url=url, extensive=False)
    published = published_from_meta(tree)
    units = _main_units(tree, url, source)
    title, title_method = headline_of(tree, _clean(metadata.title))
    title = _clean(title)
    units = _without_page_furniture(units, title)
    if not units:
        raise HtmlExtractionError(source, "no main text is left once menus, links and footers are removed")
    hostname = metadata.hostname
    return HtmlPage(
        text="\n\n".join([title, *units] if title else units),
        title=title,
        title_method=title_method if title else None,
        published=published[0] if published else None,
        published_evidence=published[1] if published else None,
        date_guess=metadata.date if published is None else None,
        authors=people_of(metadata.author, sitename=metadata.sitename, hostname=hostname),
        sitename=_clean(metadata.sitename),
        url=metadata.url or url,
        description=_clean(metadata.description),
        encoding=decoded.encoding,
        encoding_confidence=decoded.confidence,
        warnings=decoded.warnings,
    )


def _main_units(tree: HtmlElement, url: str | None, source: str) -> list[str]:
    content = deepcopy(tree)
    _unwrap_layout_tables(content)
    _drop_boilerplate(content)
    _figures_as_paragraphs(content)
    document = trafilatura.bare_extraction(content, url=url, **_EXTRACTION)
    if document is None or getattr(document, "body", None) is None:
        # A short page falls under trafilatura's size thresholds; asking for recall keeps it.
        document = trafilatura.bare_extraction(deepcopy(tree), url=url, favor_recall=True, **_EXTRACTION)
    if document is None or getattr(document, "body", None) is None:
        raise HtmlExtractionError(source, "trafilatura found no main text in the page")
    return units_of(getattr(document, "body"))


def _unwrap_layout_tables(tree: HtmlElement) -> None:
    """Turn tables used for page layout into <div>s, so that the main text can be found inside."""
    for table in list(tree.iter("table")):
        if (
            table.find(".//table") is not None
            or table.find(".//form") is not None
            or len(table.findall(".//div")) > LAYOUT_TABLE_MAX_DIVS
        ):
            for element in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
                element.tag = "div"


def _drop_boilerplate(tree: HtmlElement) -> None:
    """Remove related-news boxes and lists of links (with the heading just above such a list)."""
    doomed: list[HtmlElement] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if any(word in marks for word in BOILERPLATE_CLASS_WORDS) or not BOILERPLATE_CLASS_TOKENS.isdisjoint(
            marks.split()
        ) or (
            element.tag in ("ul", "ol") and _is_link_list(element)
        ):
            doomed.append(element)
            previous = element.getprevious()
            if element.tag in ("ul", "ol") and previous is not None and previous.tag in ("h2", "h3", "h4", "h5"):
                doomed.append(previous)
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent


def _is_link_list(element: HtmlElement) -> bool:
    items = element.findall("li")
    if len(items) < LINK_LIST_MIN_ITEMS:
        return False
    text = len("".join(element.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in element.iter("a"))
    return text > 0 and linked >= LINK_LIST_SHARE * text


def _figures_as_paragraphs(tree: HtmlElement) -> None:
    """Keep image captions: trafilatura drops <figcaption>, and a caption is part of the article."""
    for figure in list(tree.iter("figure")):
        figure.tag = "div"
    for caption in list(tree.iter("figcaption")):
        caption.tag = "p"


def _without_page_furniture(units: list[str], title: str | None) -> list[str]:
    """Drop the headline repeated at the top of the main text, and loading placeholders before it."""
    title_key = _key(title) if title else None
    start = 0
    while start < len(units):
        unit = units[start]
        if title_key and _key(unit) == title_key:
            start += 1
        elif len(unit) <= PLACEHOLDER_MAX_CHARS and PLACEHOLDER.fullmatch(unit):
            start += 1
        else:
            break
    return _without_tail_furniture(units[start:])


def _without_tail_furniture(units: list[str]) -> list[str]:
    """Drop a closing run of "Label: value" lines and of log-in prompts (see ``_rules``)."""
    end = len(units)
    while True:
        run = end
        while run > 0 and len(units[run - 1]) <= 60 and TAIL_FIELD.match(units[run - 1]):
            run -= 1
        labels = [unit.split(":", 1)[0].casefold() for unit in units[run:end]]
        if len(labels) >= TAIL_FIELD_MIN_RUN and len(set(labels)) < len(labels):
            end = run
            continue
        run = end
        while run > 0 and len(units[run - 1]) <= TAIL_UI_MAX_CHARS and (
            _is_ui_prompt(units[run - 1]) or PLACEHOLDER.fullmatch(units[run - 1])
        ):
            run -= 1
        if any(_is_ui_prompt(unit) for unit in units[run:end]):
            end = run
            continue
        return units[:end]


def _is_ui_prompt(unit: str) -> bool:
    folded = unit.casefold()
    return any(phrase in folded for phrase in TAIL_UI_PHRASES)


def _key(text: str) -> str:
    return _TITLE_KEY.sub("", canonical_form(text).casefold())


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
