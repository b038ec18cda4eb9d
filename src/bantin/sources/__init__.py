"""Sources: where raw documents come from (files, folders, JSONL corpora, standard input)."""

from bantin.sources._fields import (
    CATEGORY_FIELDS,
    DATE_FIELDS,
    LEAD_FIELDS,
    TITLE_FIELDS,
    body_paragraphs,
    first_text,
)
from bantin.sources._files import DEFAULT_MAX_BYTES, STDIN, iter_inputs, iter_jsonl

__all__ = [
    "CATEGORY_FIELDS",
    "DATE_FIELDS",
    "DEFAULT_MAX_BYTES",
    "LEAD_FIELDS",
    "STDIN",
    "TITLE_FIELDS",
    "body_paragraphs",
    "first_text",
    "iter_inputs",
    "iter_jsonl",
]
