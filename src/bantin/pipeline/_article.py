"""From a raw document to an :class:`~bantin.record.Article`: decode, normalise, lay out."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bantin import __version__
from bantin.decode import decode_bytes
from bantin.errors import EmptyInputError
from bantin.extract import ExtractContext, Extractor, extract_facts, extractors_version
from bantin.extract.dates import estimate_publication_date, find_dates
from bantin.html import HtmlPage, extract_html
from bantin.layout import Layout, find_credit, headline_from_slug, layout_from_fields, parse_page
from bantin.record import Article, Block, Caption, Dateline, Provenance, PublicationDate, RawDocument
from bantin.sources import (
    CATEGORY_FIELDS,
    DATE_FIELDS,
    LEAD_FIELDS,
    TITLE_FIELDS,
    body_paragraphs,
    first_text,
)
from bantin.text import canonical_text, normalize_line

LAYOUT_VERSION = "1"
EXTRACTOR_VERSION = f"bantin {__version__}; layout {LAYOUT_VERSION}; {extractors_version()}"
"""Written into every record, so that records from older extractors can be found and re-derived."""

_LEAD_AS_TITLE_MIN_CHARS = 100
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def article_id(*, url: str | None, text: str) -> str:
    """A stable 16-hex id: from the URL when known, else from the canonical text.

    The canonical form makes the id blind to tone placement and to the encoding
    the bytes came in, so the same article crawled twice gets the same id.
    """
    key = f"url:{url.strip()}" if url else f"text:{canonical_text(text)}"  # cached: extractors read it too
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def build_article(raw: RawDocument, *, extractors: Sequence[Extractor] | None = None) -> Article:
    """Decode, normalise, lay out and extract the facts of one raw document.

    ``extractors`` replaces the default chain; an empty tuple gives a record
    without facts (layout only).
    """
    url = raw.url
    warnings: tuple[str, ...]
    if raw.fields is not None:
        layout, published, category = _layout_of_fields(raw.fields, raw.url)
        encoding, confidence, warnings = "utf-8", 1.0, ()
    elif raw.content_type in HTML_CONTENT_TYPES:
        page = extract_html(
            raw.data, url=raw.url, source=raw.source, encoding=raw.encoding, charset=raw.metadata.get("charset")
        )
        layout, published, category = _layout_of_html(page), None, None
        if page.published is not None:
            published = PublicationDate(date=page.published, evidence=page.published_evidence or "HTML metadata")
        encoding, confidence, warnings = page.encoding, page.encoding_confidence, page.warnings
        url = raw.url or page.url
    else:
        decoded = decode_bytes(raw.data, source=raw.source, encoding=raw.encoding)
        layout = parse_page(decoded.text, is_nfc=True)  # decode_bytes gives NFC text
        published, category = None, None
        encoding, confidence, warnings = decoded.encoding, decoded.confidence, decoded.warnings
    where = raw.source if raw.position is None else f"{raw.source}:{raw.position}"
    if not layout.text:
        raise EmptyInputError(where, "no text left after normalisation")
    provenance = Provenance(
        source=raw.source,
        url=url,
        position=raw.position,
        read_at=raw.read_at,
        content_type=raw.content_type,
        encoding=encoding,
        encoding_confidence=confidence,
        size_bytes=len(raw.data),
        sha256=hashlib.sha256(raw.data).hexdigest(),
        warnings=list(warnings),
    )
    article = _article_from_layout(layout, provenance, published=published, category=category)
    if extractors is None or extractors:
        _add_facts(article, extractors)
    return article


def _add_facts(article: Article, extractors: Sequence[Extractor] | None) -> None:
    context = ExtractContext(
        published=article.published.date if article.published else None,
        dateline=article.dateline.date if article.dateline else None,
        source=article.provenance.url or article.provenance.source,
        blocks=tuple((b.role, b.start, b.end) for b in article.blocks),
    )
    if article.published is None:
        # Pages without metadata: estimate the publication date from the text's own dates first
        # (a tenth of a millisecond), so that every extractor reads the article in its time
        # (the Constitution in force, the year of "ngày 16/7", the map of provinces).
        estimate = estimate_publication_date(article.text, context, find_dates(article.text, context))
        if estimate is not None:
            article.published = PublicationDate(date=estimate[0], evidence=estimate[1])
            context = replace(context, published=estimate[0])
    article.facts = extract_facts(article.text, context, extractors)


def _article_from_layout(
    layout: Layout, provenance: Provenance, *, published: PublicationDate | None, category: str | None
) -> Article:
    text = layout.text
    blocks = [Block.trusted(b.role, b.start, b.end, b.method) for b in layout.blocks]  # type: ignore[arg-type]
    dateline = None
    if layout.dateline is not None:
        dateline = Dateline(
            text=layout.first("dateline") or "",
            date=layout.dateline.date,
            time=layout.dateline.time,
            weekday=layout.dateline.weekday,
            weekday_consistent=layout.dateline.weekday_consistent,
        )
    return Article(
        extractor_version=EXTRACTOR_VERSION,
        id=article_id(url=provenance.url, text=text),
        provenance=provenance,
        title=layout.first("title"),
        lead=layout.first("lead"),
        lead_tag=layout.lead_tag,
        paragraphs=[text[b.start : b.end] for b in layout.blocks if b.role in ("lead", "paragraph")],
        captions=_captions(layout),
        byline=layout.first("byline"),
        authors=list(layout.authors),
        attribution=_attribution(layout),
        dateline=dateline,
        published=published,
        category=category,
        text=text,
        blocks=blocks,
    )


def _captions(layout: Layout) -> list[Caption]:
    """Pair each caption with the photo credit that follows it, in the same line or the next."""
    captions: list[Caption] = []
    previous_role = None
    for block in layout.blocks:
        value = layout.text[block.start : block.end]
        if block.role == "caption":
            captions.append(Caption(text=value))
        elif block.role == "photo_credit":
            credit = _credit_name(value)
            if previous_role == "caption" and captions and captions[-1].credit is None:
                captions[-1].credit = credit
            elif credit is not None:
                captions.append(Caption(text="", credit=credit))
        previous_role = block.role
    return captions


def _credit_name(credit: str) -> str | None:
    found = find_credit(credit)
    return found.name if found is not None else None


def _attribution(layout: Layout) -> str | None:
    value = layout.first("attribution")
    return value.strip("()[] .") if value else None


def _layout_of_fields(
    fields: dict[str, Any], url: str | None
) -> tuple[Layout, PublicationDate | None, str | None]:
    title = first_text(fields, TITLE_FIELDS)
    lead = first_text(fields, LEAD_FIELDS)
    body = body_paragraphs(fields) or []
    title_method = None
    if title and not lead and url and _reads_as_lead(title):
        rebuilt = headline_from_slug(url, " ".join([title, *body]))
        if rebuilt is not None:
            lead, (title, title_method) = title, rebuilt
    layout = layout_from_fields(title=title, lead=lead, body=body, source="jsonl", title_method=title_method)
    published = None
    date_text = first_text(fields, DATE_FIELDS)
    if date_text is not None:
        try:
            published = PublicationDate(
                date=dt.date.fromisoformat(date_text.strip()[:10]), evidence="input field 'date'"
            )
        except ValueError:
            published = None
    return layout, published, first_text(fields, CATEGORY_FIELDS)


def _layout_of_html(page: HtmlPage) -> Layout:
    """Our layout of an HTML page's main text, keeping what the page's metadata says better.

    The page's metadata title (og:title, JSON-LD headline, <title>) is the real headline, and
    ``extract_html`` writes it as the first line: its block says how it was found. The metadata's authors are
    used when our byline rules found none (trafilatura takes bylines marked up as such out of the
    text). The publication date is the caller's: a meta date is a real publication date.
    """
    layout = parse_page(page.text)
    if page.title and layout.blocks and layout.blocks[0].role == "title":
        first = layout.blocks[0]
        if layout.text[first.start : first.end] == normalize_line(page.title):
            title = replace(first, method=page.title_method or "HTML page title")
            layout = replace(layout, blocks=(title, *layout.blocks[1:]))
    if not layout.authors and page.authors:
        layout = replace(layout, authors=page.authors)
    return layout


def _reads_as_lead(title: str) -> bool:
    # A headline has no final full stop; the dantri corpus's "title" is often its lead.
    stripped = title.strip()
    return len(stripped) >= _LEAD_AS_TITLE_MIN_CHARS and stripped[-1] in ".!?…\"”"
