"""The public API is what ``__all__`` says, and every name in it exists and is documented."""

from __future__ import annotations

import importlib

import pytest

import bantin
from bantin._compiled import docstring

PACKAGES = ["bantin", "bantin.text", "bantin.layout", "bantin.decode", "bantin.sources", "bantin.pipeline"]


@pytest.mark.parametrize("name", PACKAGES)
def test_exported_members_exist_and_have_docstrings(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__doc__
    for member in module.__all__:
        value = getattr(module, member)
        if callable(value):
            assert docstring(value), f"{name}.{member} has no docstring"


def test_top_level_api_is_stable() -> None:
    assert set(bantin.__all__) == {
        "EXTRACTOR_VERSION", "SCHEMA_VERSION", "Article", "BantinError", "Decoded", "Fact", "InputError",
        "Layout", "RawDocument", "__version__", "article_json_schema", "build_article", "canonical_form",
        "decode_bytes", "encode_text", "extract_articles", "folded_form", "iter_inputs", "normalize_text",
        "parse_page",
    }


def test_private_modules_are_not_exported() -> None:
    for name in PACKAGES:
        module = importlib.import_module(name)
        assert not [m for m in module.__all__ if m.startswith("_") and m != "__version__"]
