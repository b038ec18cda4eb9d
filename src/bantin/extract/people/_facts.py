"""Person mentions as facts of an article record (DESIGN.md, "The record as JSON")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bantin.extract.people._model import PersonMention
from bantin.record import Fact


def to_facts(mentions: Iterable[PersonMention]) -> list[Fact]:
    """One ``person`` fact per mention: the name as ``value``; titles, mention, markers, roles as extras."""
    facts = []
    for m in mentions:
        extra: dict[str, Any] = {
            "titles": list(m.titles),
            "mention": m.mention,
            "markers": list(m.markers),
            "roles": list(m.roles),
        }
        facts.append(
            Fact(
                kind="person",
                text=m.text,
                start=m.start,
                end=m.end,
                value=m.name,
                evidence=m.evidence,
                **extra,
            )
        )
    return facts
