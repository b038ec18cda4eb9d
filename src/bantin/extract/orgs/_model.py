"""The organisation mention: what :func:`find_organizations` returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OrgKind = Literal["party", "state", "mass", "company", "hospital", "school", "foreign", "other"]


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation named in a text.

    ``start``/``end`` point into the text given (end exclusive) and ``text`` is the name as
    written there, its place included when attached ("UBND tỉnh Lạng Sơn"). ``value`` is the
    full name of docs/annotation.md: abbreviations expanded, canonical tone placement, the
    place completed when the article makes it certain ("Ban Tuyên giáo Tỉnh ủy Lạng Sơn").
    ``head`` is the head noun, expanded ("Ủy ban nhân dân"); ``place`` the locality the
    body belongs to when known; ``evidence`` says which rules gave the value.
    """

    start: int
    end: int
    text: str
    value: str
    head: str
    org_kind: OrgKind
    place: str | None
    evidence: str
