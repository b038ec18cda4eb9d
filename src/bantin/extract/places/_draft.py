"""A place found in the text before it is resolved to one unit."""

from __future__ import annotations

from dataclasses import dataclass, field

from bantin.extract.places._lexicon import BareEntry
from bantin.extract.places._model import AdminUnit


@dataclass(slots=True)
class Draft:
    """A span that names a place, with every unit it may be.

    ``candidates`` are the Vietnamese units of one era with that name (several
    when the name is shared: "xã Tân An"); ``entry`` is set for foreign places;
    neither is set for a unit name missing from both maps ("xã X" of a commune
    merged away before 2025).
    """

    start: int
    end: int
    value: str
    kind: str
    key: str = ""
    levels: tuple[str, ...] = ()
    candidates: list[AdminUnit] = field(default_factory=list)
    entry: BareEntry | None = None
    evidence: list[str] = field(default_factory=list)
    is_old: bool = False
    unit: AdminUnit | None = None
