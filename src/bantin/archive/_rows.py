"""An article as the rows the archive stores, computed where the article is built.

Turning a record into compressed JSON, fact rows and entity keys costs about as
much as a fact extractor; doing it in the worker process that built the article
leaves the single writer nothing but SQL to run.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bantin.errors import InputError
from bantin.record import Article, Fact, RawDocument
from bantin.text import canonical_form, folded_form

COMPRESSION_LEVEL = 6


def compress(data: bytes) -> bytes:
    """zlib at a level that keeps ingest fast and the file small."""
    return zlib.compress(data, COMPRESSION_LEVEL)


def decompress(blob: bytes) -> bytes:
    """The inverse of :func:`compress`."""
    return zlib.decompress(blob)


def raw_sha256(raw: RawDocument) -> str:
    """The identity of a raw input: the SHA-256 of its bytes."""
    return hashlib.sha256(raw.data).hexdigest()


def input_key(raw: RawDocument) -> str:
    """What identifies a read input: its bytes, and its URL when it has one (one page at two URLs is two inputs)."""
    digest = hashlib.sha256(raw.data)
    if raw.url:
        digest.update(b"\0" + raw.url.encode("utf-8"))
    return digest.hexdigest()


def content_hash(article: Article) -> str:
    """The identity of an article's content: its canonical text (blind to tone placement and spacing)."""
    return hashlib.blake2b(canonical_form(article.text).encode("utf-8"), digest_size=16).hexdigest()


_GENERIC_FOLDERS = frozenset({"articles", "pages", "html", "txt", "text", "data", "corpus", "raw", "input", "inputs"})


def source_name(article: Article) -> str:
    """The outlet an article comes from.

    In order: the URL's host ("www.baomoi.com" and "baomoi.com" are one source);
    the outlet a page names in its lead tag ("(Báo Lạng Sơn) –"); a corpus file's
    name; the folder of a page (its parent when the folder's name says nothing,
    like "articles").
    """
    url = article.provenance.url
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    tag = article.lead_tag or ""
    if tag.startswith("(") and ")" in tag:
        outlet = tag[1 : tag.index(")")].strip()
        if outlet and not any(ch.isdigit() for ch in outlet):
            return outlet
    source = article.provenance.source.replace("\\", "/")
    parts = [p for p in source.split("/") if p]
    if not parts or source == "<stdin>":
        return "stdin"
    if article.provenance.position is not None:  # a corpus: the file names the source
        return parts[-1].split(".")[0]
    folders = parts[:-1]
    while len(folders) > 1 and folders[-1].lower() in _GENERIC_FOLDERS:
        folders.pop()
    return folders[-1] if folders else parts[-1].split(".")[0]


@dataclass(frozen=True, slots=True)
class EntityRow:
    """A mention of an entity: the entity's identity and where the article names it."""

    kind: str
    key: str
    name: str
    folded: str
    data: str | None
    start: int
    end: int
    mention_data: str | None


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """Everything the writer stores for one article."""

    id: str
    source: str
    url: str | None
    title: str | None
    published: str | None
    dateline: str | None
    category: str | None
    content_hash: str
    raw_sha256: str
    input_key: str
    raw_content_type: str
    raw_size: int
    raw_blob: bytes
    extractor_version: str
    record_blob: bytes
    text: str
    position: int | None
    input_source: str
    facts: tuple[tuple[int, str, int, int, str, str | None], ...]
    entities: tuple[EntityRow, ...]
    meetings: tuple[tuple[int, str, str | None, str | None, str | None, str], ...]


@dataclass(frozen=True, slots=True)
class RejectRow:
    """An input that could not become an article, with the reason."""

    source: str
    position: int | None
    reason: str
    error: str
    raw_sha256: str | None
    raw_content_type: str | None = None
    raw_size: int = 0
    raw_blob: bytes | None = None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=str)


def _value_text(fact: Fact) -> str | None:
    if fact.value is None:
        return None
    return fact.value if isinstance(fact.value, str) else _json(fact.value)


def _entity(fact: Fact) -> EntityRow | None:
    extra = fact.model_extra or {}
    if fact.kind == "document":
        key = str(fact.value)
        keep = {k: extra.get(k) for k in ("doc_kind", "doc_type", "type_name", "number", "year", "issuer_code",
                                           "issuer", "locality", "term", "date")}
        return EntityRow("document", key, key, key.casefold(), _json(keep), fact.start, fact.end, None)
    if fact.kind in ("person", "organization") and isinstance(fact.value, str):
        name = fact.value
        key = canonical_form(name).casefold()
        mention = _json({"titles": extra.get("titles")}) if extra.get("titles") else None
        return EntityRow(fact.kind, key, name, folded_form(name), None, fact.start, fact.end, mention)
    if fact.kind == "place" and isinstance(fact.value, str):
        name = fact.value
        kind = extra.get("place_kind") or extra.get("level") or ""
        data = {k: extra.get(k) for k in ("unit_code", "level", "valid_at", "new_unit", "place_kind", "province")}
        key = f"{folded_form(name)}|{kind}"
        province = extra.get("province")
        if data.get("level") not in (None, "province") and isinstance(province, str) and province:
            # Communes and districts of one name lie in many provinces ("Tân Phú"): each is its own place.
            key += f"|{folded_form(province)}"
        return EntityRow("place", key, name, folded_form(name), _json(data), fact.start, fact.end, None)
    return None


def article_rows(article: Article, raw: RawDocument) -> ArticleRows:
    """The rows of one article and its raw input."""
    facts = tuple(
        (seq, f.kind, f.start, f.end, f.text, _value_text(f)) for seq, f in enumerate(article.facts)
    )
    entities = tuple(e for e in (_entity(f) for f in article.facts) if e is not None)
    meetings = tuple(
        (seq, str(f.value.get("kind", "")), f.value.get("date"), f.value.get("organizer"), f.value.get("chair"),
         _json(f.value))
        for seq, f in enumerate(article.facts)
        if f.kind == "meeting" and isinstance(f.value, dict)
    )
    return ArticleRows(
        id=article.id,
        source=source_name(article),
        url=article.provenance.url,
        title=article.title,
        published=article.published.date.isoformat() if article.published else None,
        dateline=article.dateline.date.isoformat() if article.dateline and article.dateline.date else None,
        category=article.category,
        content_hash=content_hash(article),
        raw_sha256=raw_sha256(raw),
        input_key=input_key(raw),
        raw_content_type=raw.content_type,
        raw_size=len(raw.data),
        raw_blob=compress(raw.data),
        extractor_version=article.extractor_version,
        record_blob=compress(article.model_dump_json().encode("utf-8")),
        text=article.text,
        position=raw.position,
        input_source=raw.source,
        facts=facts,
        entities=entities,
        meetings=meetings,
    )


def reject_row(error: InputError, raw: RawDocument | None) -> RejectRow:
    """The row of an input that failed, keeping its raw bytes when there are any."""
    return RejectRow(
        source=raw.source if raw is not None else error.source,
        position=raw.position if raw is not None else None,
        reason=error.reason,
        error=type(error).__name__,
        raw_sha256=raw_sha256(raw) if raw is not None else None,
        raw_content_type=raw.content_type if raw is not None else None,
        raw_size=len(raw.data) if raw is not None else 0,
        raw_blob=compress(raw.data) if raw is not None else None,
    )
