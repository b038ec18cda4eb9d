"""Person mentions as facts of an article record (DESIGN.md, "The record as JSON")."""

from __future__ import annotations

from collections.abc import Iterable

from bantin.extract.people._model import PersonMention
from bantin.record import Fact


def to_facts(mentions: Iterable[PersonMention]) -> list[Fact]:
    """One ``person`` fact per mention: the name as ``value``; titles, mention, markers, roles as extras."""
    return [
        Fact.trusted(
            "person",
            m.text,
            m.start,
            m.end,
            m.name,
            m.evidence,
            {"titles": list(m.titles), "mention": m.mention, "markers": list(m.markers), "roles": list(m.roles)},
        )
        for m in mentions
    ]
