"""Organisation mentions as facts of an article record (DESIGN.md, "The record as JSON")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bantin.extract.orgs._model import OrgMention
from bantin.record import Fact


def to_facts(mentions: Iterable[OrgMention]) -> list[Fact]:
    """One ``organization`` fact per mention: the full name as ``value``; head, kind, place as extra keys."""
    facts = []
    for m in mentions:
        extra: dict[str, Any] = {"head": m.head, "org_kind": m.org_kind, "place": m.place}
        facts.append(
            Fact(
                kind="organization",
                text=m.text,
                start=m.start,
                end=m.end,
                value=m.value,
                evidence=m.evidence,
                **extra,
            )
        )
    return facts
