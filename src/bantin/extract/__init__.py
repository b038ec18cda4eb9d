"""Fact extractors: dates, document references, places, organisations, people, meetings and tasks.

Each extractor package has its own ``find_*`` function and ``to_facts``; this
package wraps them as components (:class:`Extractor`, with ``requires`` and
``assigns``) and runs the default chain over a record's text with
:func:`extract_facts`.
"""

from __future__ import annotations

from collections.abc import Sequence

from bantin.extract._component import Extractor, ExtractorOrderError, check_order, run_extractors
from bantin.extract._registry import default_extractors
from bantin.extract.context import ExtractContext
from bantin.record import Fact

__all__ = [
    "ExtractContext",
    "Extractor",
    "ExtractorOrderError",
    "check_order",
    "default_extractors",
    "extract_facts",
    "extractors_version",
]


def extract_facts(
    text: str, context: ExtractContext, extractors: Sequence[Extractor] | None = None
) -> list[Fact]:
    """Every fact of ``text``, by the default chain of extractors unless ``extractors`` is given."""
    return run_extractors(text, context, default_extractors() if extractors is None else extractors)


def extractors_version(extractors: Sequence[Extractor] | None = None) -> str:
    """A version string naming each extractor and its version, for the records' ``extractor_version``."""
    chain = default_extractors() if extractors is None else extractors
    return ", ".join(f"{e.name} {e.version}" for e in chain)
