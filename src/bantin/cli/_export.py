"""``bantin export``: the selected articles as JSONL, CSV or Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from bantin.archive import Archive, Selection
from bantin.cli._archive import DbOption
from bantin.errors import UsageError
from bantin.record import Article

FromOption = Annotated[Optional[dt.datetime], typer.Option("--from", formats=["%Y-%m-%d"], help="Published on or after.")]
ToOption = Annotated[Optional[dt.datetime], typer.Option("--to", formats=["%Y-%m-%d"], help="Published on or before.")]
SourceOption = Annotated[Optional[list[str]], typer.Option("--source", help="Only this source (repeatable).")]
PlaceOption = Annotated[Optional[list[str]], typer.Option("--place", help="Articles naming this place.")]
PersonOption = Annotated[Optional[list[str]], typer.Option("--person", help="Articles naming this person.")]
OrgOption = Annotated[Optional[list[str]], typer.Option("--org", help="Articles naming this organisation.")]
DocOption = Annotated[Optional[list[str]], typer.Option("--doc", help="Articles citing this document (canonical id).")]

CSV_COLUMNS = (
    "id", "source", "url", "title", "published", "dateline", "category", "lead", "byline", "authors",
    "attribution", "places", "people", "organizations", "documents", "facts", "text",
)


def make_selection(
    date_from: dt.datetime | None, date_to: dt.datetime | None, source: list[str] | None, place: list[str] | None,
    person: list[str] | None, org: list[str] | None, doc: list[str] | None,
) -> Selection:
    """A :class:`Selection` from the filter options every reading command shares."""
    return Selection(
        date_from=date_from.date() if date_from else None,
        date_to=date_to.date() if date_to else None,
        sources=tuple(source or ()),
        places=tuple(place or ()),
        people=tuple(person or ()),
        organizations=tuple(org or ()),
        documents=tuple(doc or ()),
    )


def _values(article: Article, kind: str) -> list[str]:
    seen: dict[str, None] = {}
    for fact in article.facts:
        if fact.kind == kind and isinstance(fact.value, str):
            seen.setdefault(fact.value, None)
    return list(seen)


def flat_row(article: Article) -> dict[str, Any]:
    """One article as a flat row (lists joined by '; ' in CSV, kept as lists in Parquet)."""
    return {
        "id": article.id,
        "source": article.provenance.url or article.provenance.source,
        "url": article.provenance.url,
        "title": article.title,
        "published": article.published.date.isoformat() if article.published else None,
        "dateline": article.dateline.date.isoformat() if article.dateline and article.dateline.date else None,
        "category": article.category,
        "lead": article.lead,
        "byline": article.byline,
        "authors": article.authors,
        "attribution": article.attribution,
        "places": _values(article, "place"),
        "people": _values(article, "person"),
        "organizations": _values(article, "organization"),
        "documents": _values(article, "document"),
        "facts": len(article.facts),
        "text": article.text,
    }


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def export_command(
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = ExportFormat.jsonl,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
    db: DbOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    source: SourceOption = None,
    place: PlaceOption = None,
    person: PersonOption = None,
    org: OrgOption = None,
    doc: DocOption = None,
) -> None:
    """Write the selected articles (all by default), streaming, as JSONL records, CSV rows or Parquet."""
    selection = make_selection(date_from, date_to, source, place, person, org, doc)
    with Archive.open(db, readonly=True) as archive:
        articles = archive.articles(selection)
        if output_format is ExportFormat.parquet:
            if out is None:
                raise UsageError("Parquet is a binary format: give --out FILE")
            _parquet(articles, out)
            return
        stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
        try:
            if output_format is ExportFormat.jsonl:
                for article in articles:
                    stream.write(article.model_dump_json() + "\n")
            else:
                writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
                writer.writeheader()
                for article in articles:
                    row = flat_row(article)
                    writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
        finally:
            if out:
                stream.close()


def _parquet(articles: Any, out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [(c, pa.list_(pa.string()) if c in ("authors", "places", "people", "organizations", "documents")
          else pa.int32() if c == "facts" else pa.string()) for c in CSV_COLUMNS]
    )
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for article in articles:
            batch.append(flat_row(article))
            if len(batch) >= 1000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
