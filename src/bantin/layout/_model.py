"""The result of the layout stage: the record's text and its blocks."""

from __future__ import annotations

from dataclasses import dataclass

from bantin.layout._dateline import ParsedDateline


@dataclass(frozen=True, slots=True)
class LayoutBlock:
    """A span of the layout text with its role and the rule that found it."""

    role: str
    start: int
    end: int
    method: str


@dataclass(frozen=True, slots=True)
class Layout:
    """The page as a sequence of units joined by blank lines, with every block located.

    ``text`` is the normalised text of the record; every block's span points into it.
    """

    text: str
    blocks: tuple[LayoutBlock, ...]
    lead_tag: str | None
    dateline: ParsedDateline | None
    authors: tuple[str, ...]

    def first(self, role: str) -> str | None:
        """The text of the first block with ``role``, or ``None``."""
        for block in self.blocks:
            if block.role == role:
                return self.text[block.start : block.end]
        return None

    def all(self, role: str) -> list[str]:
        """The texts of every block with ``role``, in page order."""
        return [self.text[b.start : b.end] for b in self.blocks if b.role == role]
