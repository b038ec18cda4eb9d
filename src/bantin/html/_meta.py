"""What an HTML page says about itself: its publication date (with the tag that says it) and authors."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from bantin.html._rules import (
    ARTICLE_LD_TYPES,
    AUTHOR_MAX_CHARS,
    HEADLINE_CLASS_NOT,
    HEADLINE_CLASS_WORDS,
    HEADLINE_MAX_CHARS,
    HEADLINE_MIN_CHARS,
    PUBLISHED_META,
)
from bantin.text import folded_form

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_LETTERS = re.compile(r"[^0-9a-z]")
_DOMAIN_ENDINGS = frozenset({"vn", "com", "net", "org", "gov", "edu", "info"})


def published_from_meta(tree: HtmlElement) -> tuple[dt.date, str] | None:
    """The publication date the page's metadata states, and the evidence ("HTML metadata (…)").

    The date is the calendar date as written (``2024-03-12T23:30:00+07:00`` is 12 March, the
    newsroom's day), not converted to UTC.
    """
    for attribute, value in PUBLISHED_META:
        for element in tree.iterfind(".//meta"):
            if (element.get(attribute) or "").strip().lower() == value.lower():
                date = _iso_date(element.get("content"))
                if date is not None:
                    return date, f"HTML metadata ({value})"
    for item in _json_ld_items(tree):
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(t in ARTICLE_LD_TYPES for t in types if isinstance(t, str)):
            date = _iso_date(item.get("datePublished"))
            if date is not None:
                return date, "HTML metadata (JSON-LD datePublished)"
    for element in tree.iterfind(".//time[@itemprop]"):
        if element.get("itemprop") == "datePublished":
            date = _iso_date(element.get("datetime"))
            if date is not None:
                return date, "HTML metadata (<time itemprop=datePublished>)"
    return None


def _iso_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    found = _ISO_DATE.match(value)
    if found is None:
        return None
    try:
        return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def _json_ld_items(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script[@type]"):
        if script.get("type", "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue  # broken JSON-LD is common; the meta tags and trafilatura still speak
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)


def people_of(author: str | None, *, sitename: str | None, hostname: str | None) -> tuple[str, ...]:
    """The people in trafilatura's author string ("A; B"), without the site itself or its domain."""
    if not author:
        return ()
    site_keys = {_key(name) for name in (sitename, hostname) if name}
    if hostname:
        site_keys.add(_key(hostname.split(".")[0]))
    people: list[str] = []
    for name in re.split(r"\s*[;|]\s*", author):
        name = name.strip()
        if not name or len(name) > AUTHOR_MAX_CHARS or any(ch.isdigit() or ch in "@/:" for ch in name):
            continue
        key = _key(name)
        if any(key == site or key.startswith(site) for site in site_keys if site):
            continue
        if _key(re.split(r"[ .]", name)[-1]) in _DOMAIN_ENDINGS:
            continue  # "Thuvienphapluat Vn": trafilatura's title case of the meta author "thuvienphapluat.vn"
        if name not in people:
            people.append(name)
    return tuple(people)


def _key(name: str) -> str:
    return _LETTERS.sub("", folded_form(name))


_HEADLINE_TAGS = frozenset({"div", "span", "p", "td", "h1", "h2", "h3", "h4", "strong", "b", "font"})


HEADLINE_FROM_METADATA = "HTML metadata title (og:title, JSON-LD headline, <h1> or <title>)"


def headline_of(tree: HtmlElement, found: str | None) -> tuple[str | None, str | None]:
    """The page's headline and how it was found, ``found`` (trafilatura's title) unless it is only a
    piece of ``<title>``.

    A page with og:title or a JSON-LD headline keeps it. Otherwise, when the title found is (a
    piece of) the ``<title>`` text, which old portals fill with their own name, the first element
    marked as a headline by its class or id (``<div class="tieude">``) is the headline.
    """
    method = HEADLINE_FROM_METADATA if found else None
    if _has_meta_headline(tree):
        return found, method
    page_title = " ".join((tree.findtext(".//title") or "").split())
    if found and page_title and found not in page_title:
        return found, method
    for element in tree.iter(*_HEADLINE_TAGS):
        marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if not any(w in marks for w in HEADLINE_CLASS_WORDS) or any(w in marks for w in HEADLINE_CLASS_NOT):
            continue
        text = " ".join(element.text_content().split())
        if HEADLINE_MIN_CHARS <= len(text) <= HEADLINE_MAX_CHARS and text not in page_title:
            return text, f"the page's headline element (<{element.tag} class={marks.strip()!r}>): its <title> names the site"
    return found, method


def _has_meta_headline(tree: HtmlElement) -> bool:
    for element in tree.iterfind(".//meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        if key in ("og:title", "twitter:title", "headline") and (element.get("content") or "").strip():
            return True
    return any(isinstance(item.get("headline"), str) for item in _json_ld_items(tree))
