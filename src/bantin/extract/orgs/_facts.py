"""Organisation mentions as facts of an article record (DESIGN.md, "The record as JSON")."""

from __future__ import annotations

from collections.abc import Iterable

from bantin.extract.orgs._model import OrgMention
from bantin.record import Fact


def to_facts(mentions: Iterable[OrgMention]) -> list[Fact]:
    """One ``organization`` fact per mention: the full name as ``value``; head, kind, place as extra keys."""
    return [
        Fact.trusted(
            "organization",
            m.text,
            m.start,
            m.end,
            m.value,
            m.evidence,
            {"head": m.head, "org_kind": m.org_kind, "place": m.place},
        )
        for m in mentions
    ]
