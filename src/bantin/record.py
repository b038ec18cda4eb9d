"""The typed records that flow through the pipeline.

``RawDocument`` is what a source yields: bytes (or already-structured fields from
a JSONL corpus) plus where they came from. ``Article`` is the one record every
later stage reads and writes; its JSON shape is the contract of DESIGN.md ("The
record as JSON"): adding keys is free, renaming them bumps ``SCHEMA_VERSION``.

Every span (a layout block, a fact) is a pair of character offsets into
``Article.text``, the normalised text of the record, end exclusive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

BlockRole = Literal[
    "dateline", "title", "lead", "paragraph", "caption", "photo_credit", "byline", "attribution"
]
FactKind = Literal["date", "document", "person", "organization", "place", "meeting", "task"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input before decoding: its bytes, or the fields of a structured record.

    ``source`` names the input for people (a path, a URL, ``<stdin>``); ``position``
    is the 1-based line of a JSONL record; ``fields`` holds the already-split fields
    of a JSONL record (title, sapo, body, sentences, url, date ...), in which case
    ``data`` is the raw line.
    """

    source: str
    data: bytes
    read_at: dt.datetime
    url: str | None = None
    position: int | None = None
    content_type: str = "text/plain"
    fields: dict[str, Any] | None = None
    encoding: str | None = None  # an explicit override (``--encoding``)
    metadata: dict[str, Any] = field(default_factory=dict)


_set_attribute = object.__setattr__
"""How pydantic itself sets an instance's state (``model_construct``), for the ``trusted`` constructors."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Provenance(_Record):
    """Where a record came from and how it was read."""

    source: str = Field(description="The input's path, URL or '<stdin>'.")
    url: str | None = Field(default=None, description="The article's URL when known.")
    position: int | None = Field(default=None, description="1-based line of the record in a JSONL file.")
    read_at: dt.datetime = Field(description="When the input was read (UTC).")
    content_type: str = "text/plain"
    encoding: str = Field(description="The encoding the bytes were decoded from.")
    encoding_confidence: float = Field(ge=0.0, le=1.0)
    size_bytes: int = Field(ge=0)
    sha256: str = Field(description="SHA-256 of the raw input bytes.")
    warnings: list[str] = Field(default_factory=list, description="Repairs and doubts met while reading.")


class Block(_Record):
    """A layout block of the page: its role, its span in ``text`` and how it was found."""

    role: BlockRole
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    method: str = Field(description="The rule or input field that identified the block.")

    @classmethod
    def trusted(cls, role: BlockRole, start: int, end: int, method: str) -> Block:
        """A block from the layout stage's own spans, without pydantic's validation (see
        :meth:`Fact.trusted`: a record has a dozen blocks or more)."""
        block = cls.__new__(cls)
        _set_attribute(block, "__dict__", {"role": role, "start": start, "end": end, "method": method})
        _set_attribute(block, "__pydantic_fields_set__", {"role", "start", "end", "method"})
        _set_attribute(block, "__pydantic_extra__", None)
        _set_attribute(block, "__pydantic_private__", None)
        return block


class Dateline(_Record):
    """The date printed at the top of a page: a page date, not the publication date."""

    text: str
    date: dt.date | None
    time: str | None = Field(default=None, description="HH:MM when the page shows a time.")
    weekday: str | None = Field(default=None, description="The weekday as written ('Chủ nhật').")
    weekday_consistent: bool | None = Field(
        default=None, description="Whether the weekday written matches the date; null without a weekday."
    )


class Caption(_Record):
    """An image caption and its photo credit ("Ảnh: ...") when one is given."""

    text: str
    credit: str | None = None


class PublicationDate(_Record):
    """The best estimate of when the article was published, and the evidence for it."""

    date: dt.date
    evidence: str


class Fact(_Record):
    """One extracted fact: a span of ``text`` with its canonical value.

    Kinds carry more keys than these (a person's ``titles``, a date's
    ``granularity``, a place's ``unit_code``), hence ``extra="allow"``.
    """

    model_config = ConfigDict(extra="allow")

    kind: FactKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: Any
    evidence: str | None = None

    @classmethod
    def trusted(
        cls,
        kind: FactKind,
        text: str,
        start: int,
        end: int,
        value: Any,
        evidence: str | None,
        extra: dict[str, Any] | None = None,
    ) -> Fact:
        """A fact from values the extractors built themselves, without pydantic's validation.

        The extractors compute the spans and normalise the values, so validating
        them again only costs time: a record carries twenty facts or more, and
        their validation took as long as the rest of building them. The instance
        is the one validation would give (the same fields, extra keys and set
        fields); ``extra`` becomes its extra keys as given (pass a dict of your
        own). Anything read from outside (JSON, an archive) goes through
        ``model_validate`` instead.
        """
        extras = {} if extra is None else extra
        fact = cls.__new__(cls)
        _set_attribute(
            fact,
            "__dict__",
            {"kind": kind, "text": text, "start": start, "end": end, "value": value, "evidence": evidence},
        )
        _set_attribute(fact, "__pydantic_fields_set__", {*_FACT_FIELDS, *extras})
        _set_attribute(fact, "__pydantic_extra__", extras)
        _set_attribute(fact, "__pydantic_private__", None)
        return fact


_FACT_FIELDS = tuple(Fact.model_fields)


class Article(_Record):
    """One news article as a structured record.

    ``paragraphs`` is the body paragraph by paragraph, the lead first (without its
    opening tag), captions, credits, byline and attribution excluded.
    """

    schema_version: str = SCHEMA_VERSION
    extractor_version: str
    id: str = Field(description="Stable id: from the URL when known, else from the content.")
    provenance: Provenance
    title: str | None = None
    lead: str | None = None
    lead_tag: str | None = Field(
        default=None, description="What opened the lead and was stripped: '–', '(TTXVN) –', 'HÀ NỘI –'."
    )
    paragraphs: list[str] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    byline: str | None = None
    authors: list[str] = Field(default_factory=list)
    attribution: str | None = None
    dateline: Dateline | None = None
    published: PublicationDate | None = None
    category: str | None = None
    text: str = Field(description="The normalised text every span points into.")
    blocks: list[Block] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)

    def span_text(self, start: int, end: int) -> str:
        """Return the characters of ``text`` between two offsets."""
        return self.text[start:end]


def article_json_schema() -> dict[str, Any]:
    """Return the JSON Schema of :class:`Article` (the contract for tools and evaluation)."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://bantin.invalid/schema/article-{SCHEMA_VERSION}.json"
    return schema
