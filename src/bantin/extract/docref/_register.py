"""The document register: every document cited, every article that cites it, and when.

This is what a communication office counts for its six-month review ("how many
articles on Resolution XIII"): one entry per canonical id, with all its mentions.
An ambiguous mention is entered under its candidates joined by " | ", a partial
one under its ``partial:`` id: the register does not pretend to know more than
the text says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bantin.extract.docref._model import DocumentReference
from bantin.record import Fact


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a document is cited: the article, the span in its text, the article's date."""

    article_id: str
    start: int
    end: int
    text: str
    article_date: dt.date | None


@dataclass(slots=True)
class RegisterEntry:
    """A document of the register and its mentions, in the order they were added."""

    canonical_id: str
    kind: str
    doc_type: str | None = None
    type_name: str | None = None
    number: str | None = None
    issuer_code: str | None = None
    issuer: str | None = None
    term: str | None = None
    date: dt.date | None = None
    candidates: tuple[str, ...] = ()
    mentions: list[Mention] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many times the document is cited."""
        return len(self.mentions)

    @property
    def article_ids(self) -> list[str]:
        """The articles citing the document, each once, in order of first mention."""
        return list(dict.fromkeys(m.article_id for m in self.mentions))

    @property
    def first_seen(self) -> dt.date | None:
        """The earliest article date among the mentions."""
        dates = [m.article_date for m in self.mentions if m.article_date]
        return min(dates) if dates else None

    @property
    def last_seen(self) -> dt.date | None:
        """The latest article date among the mentions."""
        dates = [m.article_date for m in self.mentions if m.article_date]
        return max(dates) if dates else None

    def _learn(self, ref: DocumentReference) -> None:
        """Fill what earlier mentions did not say (a later one may name the issuer or date)."""
        self.type_name = self.type_name or ref.type_name
        self.issuer = self.issuer or ref.issuer
        self.term = self.term or ref.term
        self.date = self.date or ref.date
        self.issuer_code = self.issuer_code or ref.issuer_code

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON-ready data."""
        first, last = self.first_seen, self.last_seen
        return {
            "canonical_id": self.canonical_id,
            "kind": self.kind,
            "doc_type": self.doc_type,
            "type_name": self.type_name,
            "number": self.number,
            "issuer_code": self.issuer_code,
            "issuer": self.issuer,
            "term": self.term,
            "date": self.date.isoformat() if self.date else None,
            "candidates": list(self.candidates),
            "count": self.count,
            "article_count": len(self.article_ids),
            "first_seen": first.isoformat() if first else None,
            "last_seen": last.isoformat() if last else None,
            "mentions": [
                {
                    "article_id": m.article_id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "article_date": m.article_date.isoformat() if m.article_date else None,
                }
                for m in self.mentions
            ],
        }


class DocumentRegister:
    """Documents by canonical id, with every mention across a set of articles."""

    def __init__(self) -> None:
        self._entries: dict[str, RegisterEntry] = {}

    @classmethod
    def build(
        cls, articles: Iterable[tuple[str, dt.date | None, Iterable[DocumentReference]]]
    ) -> DocumentRegister:
        """A register of ``(article_id, article_date, refs)`` triples."""
        register = cls()
        for article_id, article_date, refs in articles:
            register.add(article_id, article_date, refs)
        return register

    def add(self, article_id: str, article_date: dt.date | None, refs: Iterable[DocumentReference]) -> None:
        """Enter the references of one article."""
        for ref in refs:
            entry = self._entries.get(ref.canonical_id)
            if entry is None:
                entry = RegisterEntry(
                    canonical_id=ref.canonical_id,
                    kind=ref.kind,
                    doc_type=ref.doc_type,
                    number=ref.number,
                    candidates=ref.candidates,
                )
                self._entries[ref.canonical_id] = entry
            entry._learn(ref)
            entry.mentions.append(Mention(article_id, ref.start, ref.end, ref.text, article_date))

    def add_facts(self, article_id: str, article_date: dt.date | None, facts: Iterable[Fact]) -> None:
        """Enter the ``document`` facts of one article record (as :func:`to_facts` wrote them)."""
        for fact in facts:
            if fact.kind != "document":
                continue
            extra = fact.model_extra or {}
            entry = self._entries.get(str(fact.value))
            if entry is None:
                entry = RegisterEntry(
                    canonical_id=str(fact.value),
                    kind=str(extra.get("doc_kind")),
                    doc_type=extra.get("doc_type"),
                    number=extra.get("number"),
                    candidates=tuple(extra.get("candidates") or ()),
                )
                self._entries[entry.canonical_id] = entry
            entry.type_name = entry.type_name or extra.get("type_name")
            entry.issuer = entry.issuer or extra.get("issuer")
            entry.term = entry.term or extra.get("term")
            entry.issuer_code = entry.issuer_code or extra.get("issuer_code")
            if entry.date is None and extra.get("date"):
                entry.date = dt.date.fromisoformat(extra["date"])
            entry.mentions.append(Mention(article_id, fact.start, fact.end, fact.text, article_date))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[RegisterEntry]:
        return iter(self.entries())

    def __contains__(self, canonical_id: object) -> bool:
        return canonical_id in self._entries

    def __getitem__(self, canonical_id: str) -> RegisterEntry:
        return self._entries[canonical_id]

    def entries(self) -> list[RegisterEntry]:
        """The entries, most cited first, then by id."""
        return sorted(self._entries.values(), key=lambda e: (-e.count, e.canonical_id))

    def to_dict(self) -> dict[str, Any]:
        """The register as JSON-ready data."""
        return {
            "documents": [entry.to_dict() for entry in self.entries()],
            "document_count": len(self._entries),
            "mention_count": sum(e.count for e in self._entries.values()),
        }
