"""Document references as facts of an article record (DESIGN.md, "The record as JSON")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bantin.extract.docref._model import DocumentReference
from bantin.record import Fact


def to_facts(refs: Iterable[DocumentReference]) -> list[Fact]:
    """One ``document`` fact per reference: the canonical id as ``value``, the parts as extra keys.

    Back-references by demonstrative ("Nghị định này") are left out: a document fact names
    its document by number, symbol or name (``docs/annotation.md``).
    """
    facts = []
    for ref in refs:
        if ref.is_anaphor:
            continue
        parts: dict[str, Any] = {
            "doc_kind": ref.kind,
            "doc_type": ref.doc_type,
            "type_name": ref.type_name,
            "number": ref.number,
            "year": ref.year,
            "issuer_code": ref.issuer_code,
            "issuer": ref.issuer,
            "locality": ref.locality,
            "term": ref.term,
            "date": ref.date.isoformat() if ref.date else None,
            "symbol": ref.symbol,
            "candidates": list(ref.candidates),
            "method": ref.method,
            "confidence": ref.confidence,
            "pinpoint": ref.pinpoint,
            "title_hint": ref.title_hint,
        }
        facts.append(
            Fact.trusted("document", ref.text, ref.start, ref.end, ref.canonical_id, ref.evidence or None, parts)
        )
    return facts
