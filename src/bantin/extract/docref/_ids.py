"""Canonical ids taken apart and put back together (SPEC §4).

::

    id = system ":" type ":" number ["/" year] [":" issuer ["~" locality]] ["@" qual] ["!" flag]

The article-level passes (:mod:`._article`) complete ids after the mentions are
read: a locality, an issue year or a term learnt elsewhere in the article. They
work on these parts, never on the id as a string.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class IdParts:
    """The parts of one canonical id; ``issuer`` is None for ids without one ("party:NQDH:XIII")."""

    system: str
    doc_type: str
    number: str
    issuer: str | None = None
    locality: str | None = None
    qualifier: str | None = None
    flags: str = ""
    """The "!..." suffix as written ("!fmt"), or ""."""

    @property
    def key(self) -> str:
        """The id without locality, qualifier and flags: mentions of one document share it."""
        base = f"{self.system}:{self.doc_type}:{self.number}"
        return base if self.issuer is None else f"{base}:{self.issuer}"

    def with_(self, **changes: str | None) -> IdParts:
        """A copy with some parts changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def __str__(self) -> str:
        text = self.key
        if self.locality:
            text += "~" + self.locality
        if self.qualifier:
            text += "@" + self.qualifier
        return text + self.flags


def parse_id(doc_id: str) -> IdParts | None:
    """The parts of ``doc_id``; None for a list of candidates ("a | b")."""
    if " | " in doc_id or not doc_id:
        return None
    head, bang, flag = doc_id.partition("!")
    flags = bang + flag
    head, _, qualifier = head.partition("@")
    parts = head.split(":")
    if len(parts) < 3:
        return IdParts(
            parts[0], parts[1] if len(parts) > 1 else "", "", qualifier=qualifier or None, flags=flags
        )
    system, doc_type, number = parts[0], parts[1], parts[2]
    if len(parts) == 3:
        return IdParts(system, doc_type, number, qualifier=qualifier or None, flags=flags)
    issuer, _, locality = ":".join(parts[3:]).partition("~")
    return IdParts(system, doc_type, number, issuer, locality or None, qualifier or None, flags)
