"""The field names that article corpora use, and how to read them.

The corpora met so far: baomoi (``title``, ``sapo``, ``body``), the underthesea
dantri corpus (``title``, ``sentences``, ``date``, ``category``), and the usual
crawler exports (``headline``, ``description``, ``content``, ``text``).
"""

from __future__ import annotations

from typing import Any

TITLE_FIELDS = ("title", "headline")
LEAD_FIELDS = ("sapo", "lead", "description", "summary", "abstract")
BODY_TEXT_FIELDS = ("body", "content", "text", "article")
BODY_LIST_FIELDS = ("sentences", "paragraphs")
DATE_FIELDS = ("date", "published", "publish_date", "published_at", "pubdate")
CATEGORY_FIELDS = ("category", "section")


def first_text(fields: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` whose value is a non-empty string."""
    for name in names:
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def body_paragraphs(fields: dict[str, Any]) -> list[str] | None:
    """The body of a record as a list of paragraphs, or ``None`` when it has no body field."""
    for name in BODY_LIST_FIELDS:
        value = fields.get(name)
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return [item for item in value if item.strip()]
    text = first_text(fields, BODY_TEXT_FIELDS)
    if text is not None:
        return [text]
    return None


def has_article_fields(fields: dict[str, Any]) -> bool:
    """Whether a JSON object carries an article's text: a lead or a body (a title alone is an index entry)."""
    return first_text(fields, LEAD_FIELDS) is not None or body_paragraphs(fields) is not None
