"""Extractors as pipeline components: each says what it needs and what it adds.

Like spaCy's components with ``requires``/``assigns``, each extractor names the
fact kinds it reads and the ones it writes, and :func:`check_order` verifies a
chain of them once, when it is built, instead of failing on the first article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bantin.errors import UsageError
from bantin.extract.context import ExtractContext
from bantin.record import Fact

ExtractFunction = Callable[[str, ExtractContext, list[Fact]], list[Fact]]


class ExtractorOrderError(UsageError):
    """An extractor runs before the one that produces the facts it reads."""


@dataclass(frozen=True, slots=True)
class Extractor:
    """A named extractor: ``run(text, context, facts so far) -> new facts``."""

    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: ExtractFunction


def check_order(extractors: Sequence[Extractor]) -> None:
    """Raise :class:`ExtractorOrderError` unless every requirement is assigned by an earlier extractor."""
    assigned: set[str] = set()
    for extractor in extractors:
        missing = [kind for kind in extractor.requires if kind not in assigned]
        if missing:
            raise ExtractorOrderError(
                f"extractor '{extractor.name}' needs {', '.join(missing)} facts, "
                "which no extractor before it produces"
            )
        assigned.update(extractor.assigns)


def run_extractors(text: str, context: ExtractContext, extractors: Sequence[Extractor]) -> list[Fact]:
    """Run ``extractors`` in order over ``text``; return every fact, sorted by position."""
    facts: list[Fact] = []
    for extractor in extractors:
        facts.extend(extractor.run(text, context, facts))
    facts.sort(key=lambda fact: (fact.start, -fact.end, fact.kind))
    return facts
