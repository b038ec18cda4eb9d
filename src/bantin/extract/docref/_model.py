"""The record of one document mention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

DocKind = Literal["state", "party", "mass_org", "named-resolution", "partial"]
Method = Literal["symbol", "named", "gazetteer", "short", "coreference"]


@dataclass(frozen=True, slots=True)
class DocumentReference:
    """One mention of a document in a text, with the document's canonical identifier.

    The span ``text[start:end]`` covers the mention as the press writes it: the type
    word and its title words ("Luật Báo chí số"), the symbol, and the date,
    "của ..." issuer phrase and "khóa" term that follow it, in any order
    ("Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị"). It leaves out an
    article pointer before it ("Điều 5", kept in ``pinpoint``) and a "về ..." title
    after it. In a list sharing one suffix ("Chỉ thị 11, 26-CT/TU") each number
    has its own span: the first runs from the type word to its number, the last
    from its number to the end of the mention, the ones between are the number alone.

    ``canonical_id`` follows SPEC §4 (``party:CT:05:TW@XII``,
    ``state:ND:15/2020:CP``, ``partial:NQ:57``). When the mention may name several
    documents ("Nghị quyết Trung ương 6 khóa XII") it is the candidates joined by
    " | ", and ``candidates`` lists them; a partial mention keeps its ``partial:``
    id and lists the documents it may be in ``candidates``.

    ``kind`` is the system of the document ("state", "party", "mass_org"), or
    "named-resolution" for a congress or plenum resolution cited by name, or
    "partial" for a type and number with nothing to resolve them. ``method`` says
    how it was found; ``evidence`` how the term, year, issuer and type were inferred.
    """

    start: int
    end: int
    text: str
    canonical_id: str
    kind: DocKind
    method: Method
    doc_type: str | None = None
    """The type slug of the id ("CT", "ND", "LUAT")."""
    type_code: str | None = None
    """The type code as officially spelt ("QĐ", "NĐ", "CTr"), when the symbol prints one."""
    type_name: str | None = None
    number: str | None = None
    year: int | None = None
    """The year printed in the symbol (normative State documents)."""
    issuer_code: str | None = None
    issuer: str | None = None
    """The issuer as the "của ..." phrase names it ("Bộ Chính trị", "UBND tỉnh Nghệ An")."""
    unit: str | None = None
    locality: str | None = None
    term: str | None = None
    date: dt.date | None = None
    symbol: str | None = None
    """The symbol in its official spelling ("05-CT/TW", "15/2020/NĐ-CP")."""
    candidates: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    confidence: str = "B"
    """A full symbol and type word; B symbol only; C repaired symbol; D gazetteer; E partial."""
    pinpoint: str | None = None
    title_hint: str | None = None
    """A quoted title right after the mention ("Về đẩy mạnh học tập ..."), outside the span."""
    evidence: str = ""
    is_anaphor: bool = False
    """A type word with a demonstrative ("Chỉ thị này"): it points back to a document but names none,
    so it is no ``document`` fact of the annotation contract (``docs/annotation.md``)."""

    @property
    def is_ambiguous(self) -> bool:
        """Whether the mention may name more than one document."""
        return len(self.candidates) > 1
