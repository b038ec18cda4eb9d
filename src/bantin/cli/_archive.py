"""The archive commands: ingest, reprocess, rejects, show, stats, export."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from bantin.archive import Archive, Tally, default_db_path
from bantin.archive import Progress as IngestProgress
from bantin.cli._output import render_text
from bantin.errors import UsageError

DbOption = Annotated[
    Optional[Path], typer.Option("--db", help="The archive file (default: $BANTIN_DB or ./bantin.db).")
]


def _console() -> Console:
    console = Console(stderr=True)
    return console if console.is_terminal else Console(stderr=True, width=140)


def _input_size(inputs: list[str]) -> int | None:
    """Bytes of the local inputs, for an ETA; None when some input's size is unknown (a URL, stdin)."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-" or "://" in name or not path.exists():
            return None
        if path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        else:
            total += path.stat().st_size
    return total


def _summary(tally: Tally, seconds: float, console: Console) -> None:
    counts = tally.counts
    total = sum(counts.values())
    table = Table(title=f"{total:,} inputs in {seconds:.1f} s ({total / max(seconds, 1e-9):,.0f}/s)")
    for column in ("new", "updated", "unchanged", "duplicate", "rejected"):
        table.add_column(column, justify="right")
    table.add_row(*(f"{counts.get(c, 0):,}" for c in ("new", "updated", "unchanged", "duplicate", "rejected")))
    console.print(table)
    for reason, count in tally.reasons.most_common(10):
        console.print(f"  rejected {count:,}×: {reason}", highlight=False)
    if tally.reasons:
        console.print("  (every reject is kept: bantin rejects)")


def _run(archive: Archive, items: object, *, workers: int, total: int | None, label: str) -> Tally:
    console = _console()
    columns = [TextColumn("[bold]{task.description}"), BarColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[items]} inputs"), TextColumn("{task.fields[rate]}"), TimeRemainingColumn()]
    start = dt.datetime.now()
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(label, total=total, rate="", items="0")

        def update(state: IngestProgress) -> None:
            elapsed = max((dt.datetime.now() - start).total_seconds(), 1e-9)
            done = state.bytes_read if total is not None else state.items
            bar.update(task, completed=done, items=f"{state.items:,}", rate=f"{state.items / elapsed:,.0f}/s")

        tally = archive.ingest(items, workers=workers, progress=update, command=label)  # type: ignore[arg-type]
    _summary(tally, (dt.datetime.now() - start).total_seconds(), console)
    return tally


def ingest_command(
    inputs: Annotated[list[str], typer.Argument(help="Pages, folders, JSONL, HTML, feeds, sitemaps, WARC files, URLs.")],
    db: DbOption = None,
    include: Annotated[Optional[list[str]], typer.Option("--include", help="Only files matching this glob.")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", help="Skip files matching this glob.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1, help="Processes building articles.")] = max(
        1, min(4, os.cpu_count() or 1)
    ),
    encoding: Annotated[Optional[str], typer.Option("--encoding", help="Decode text pages with this encoding.")] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URLs reach private and loopback addresses.")
    ] = False,
) -> None:
    """Store every article of the inputs in the archive: new, updated, unchanged, duplicate or rejected."""
    from bantin.sources import SourceOptions, iter_sources

    options = SourceOptions(include=include, exclude=exclude, encoding=encoding, allow_private=allow_private)
    with Archive.open(db) as archive:
        tally = _run(archive, iter_sources(inputs, options=options), workers=workers, total=_input_size(inputs),
                     label="ingest")
    if tally.counts.get("rejected") and not sum(v for k, v in tally.counts.items() if k != "rejected"):
        raise typer.Exit(code=1)


def reprocess_command(
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1, help="Processes building articles.")] = max(
        1, min(4, os.cpu_count() or 1)
    ),
) -> None:
    """Re-derive every record from its stored raw input with the current extractors."""
    with Archive.open(db) as archive:
        total = archive.count()
        console = _console()
        start = dt.datetime.now()
        tally = archive.reprocess(workers=workers)
        _summary(tally, (dt.datetime.now() - start).total_seconds(), console)
        console.print(f"{total:,} records re-derived")


def rejects_command(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the rejects as JSON lines.")] = False,
) -> None:
    """List the inputs that could not become articles, with the reason for each."""
    with Archive.open(db, readonly=True) as archive:
        rejects = archive.rejects()
    if as_json:
        for item in rejects:
            typer.echo(json.dumps(item, ensure_ascii=False))
        return
    table = Table(title=f"{len(rejects):,} rejected inputs")
    for column in ("input", "line", "reason", "error", "last seen"):
        table.add_column(column)
    for item in rejects:
        table.add_row(str(item["source"]), str(item["position"] or ""), str(item["reason"]), str(item["error"]),
                      str(item["last_seen"]))
    Console(width=None if sys.stdout.isatty() else 160).print(table)


class ShowFormat(str, Enum):
    json = "json"
    text = "text"


def show_command(
    article_id: Annotated[str, typer.Argument(help="An article id (or its first characters).")],
    db: DbOption = None,
    output_format: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.text,
    raw: Annotated[bool, typer.Option("--raw", help="Print the raw input as it was read.")] = False,
) -> None:
    """Print one record of the archive."""
    with Archive.open(db, readonly=True) as archive:
        article = archive.article(article_id)
        if article is None:
            raise UsageError(f"no article {article_id!r} in {archive.path}")
        if raw:
            stored = archive.raw(article.provenance.sha256)
            sys.stdout.buffer.write(stored[1] if stored else b"")
            return
        history = archive.history(article.id)
    if output_format is ShowFormat.json:
        typer.echo(article.model_dump_json(indent=2))
        return
    typer.echo(render_text(article), nl=False)
    if history:
        typer.echo(f"\nearlier versions: {len(history)} (" + ", ".join(f"v{h['version']}: {h['reason']}" for h in history) + ")")


def stats_command(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Counts of the archive: articles by source and by month."""
    with Archive.open(db, readonly=True) as archive:
        stats = archive.stats()
    if as_json:
        typer.echo(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
        return
    console = Console(width=None if sys.stdout.isatty() else 140)
    console.print(f"[bold]{stats.articles:,}[/] articles from [bold]{stats.sources:,}[/] sources; "
                  f"{stats.duplicates:,} duplicates and {stats.rejects:,} rejects kept")
    by_source = Table(title="by source")
    for column in ("source", "articles", "first", "last"):
        by_source.add_column(column, justify="right" if column == "articles" else "left")
    for source, count, first, last in stats.by_source:
        by_source.add_row(source, f"{count:,}", first or "-", last or "-")
    console.print(by_source)
    by_month = Table(title="by month of publication")
    by_month.add_column("month")
    by_month.add_column("articles", justify="right")
    for month, count in stats.by_month:
        by_month.add_row(month, f"{count:,}")
    console.print(by_month)


def migrate_command(db: DbOption = None) -> None:
    """Bring an archive written by an older bantin to the current schema (reading commands and
    the web UI open archives read-only, so they ask for this first)."""
    path = db if db is not None else default_db_path()
    typer.echo(f"{path}: schema version {Archive.migrate(path)}")
