"""What an extractor may know about an article besides its text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractContext:
    """Context for the fact extractors.

    ``published`` is the best known publication date (metadata or estimate);
    ``dateline`` is the page date printed at the top, which may be much later than
    the events reported; ``source`` names the outlet or input, for place hints.
    """

    published: dt.date | None = None
    dateline: dt.date | None = None
    source: str | None = None
