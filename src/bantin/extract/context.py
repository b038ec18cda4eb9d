"""What an extractor may know about an article besides its text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractContext:
    """Context for the fact extractors.

    ``published`` is the best known publication date (metadata or estimate);
    ``dateline`` is the page date printed at the top, which may be much later than
    the events reported; ``source`` names the outlet or input, for place hints;
    ``blocks`` are the layout blocks of the text as ``(role, start, end)``, so that
    an extractor can skip the byline or read only the body.
    """

    published: dt.date | None = None
    dateline: dt.date | None = None
    source: str | None = None
    blocks: tuple[tuple[str, int, int], ...] = ()

    def spans_of(self, *roles: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` spans of the blocks with one of ``roles``."""
        return [(start, end) for role, start, end in self.blocks if role in roles]
