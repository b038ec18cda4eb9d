"""bantin: Vietnamese news, as published and crawled, turned into a structured, searchable archive.

The public API: read inputs (:func:`iter_inputs`), build records
(:func:`build_article`, :func:`extract_articles`), and the pieces a caller may
want alone (:func:`decode_bytes`, :func:`parse_page`, the text forms). Every
error bantin raises on purpose is a :class:`BantinError`.
"""

__version__ = "0.1.0"

from bantin._compiled import check_compiled_modules

check_compiled_modules()  # before any compiled module is imported

from bantin.decode import Decoded, decode_bytes, encode_text
from bantin.errors import BantinError, InputError
from bantin.layout import Layout, parse_page
from bantin.pipeline import EXTRACTOR_VERSION, build_article, extract_articles
from bantin.record import SCHEMA_VERSION, Article, Fact, RawDocument, article_json_schema
from bantin.sources import iter_inputs
from bantin.text import canonical_form, folded_form, normalize_text

__all__ = [
    "EXTRACTOR_VERSION",
    "SCHEMA_VERSION",
    "Article",
    "BantinError",
    "Decoded",
    "Fact",
    "InputError",
    "Layout",
    "RawDocument",
    "__version__",
    "article_json_schema",
    "build_article",
    "canonical_form",
    "decode_bytes",
    "encode_text",
    "extract_articles",
    "folded_form",
    "iter_inputs",
    "normalize_text",
    "parse_page",
]
