"""The Typer application and its commands."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from bantin import __version__
from bantin._compiled import is_compiled
from bantin.archive import Archive, Selection
from bantin.cli._archive import (
    ingest_command,
    migrate_command,
    rejects_command,
    reprocess_command,
    show_command,
    stats_command,
)
from bantin.cli._eval import eval_command
from bantin.cli._export import export_command
from bantin.cli._output import ArticleWriter, print_error
from bantin.cli._register import register_command
from bantin.cli._report import demo_report, report_command
from bantin.cli._search import search_command
from bantin.cli._serve import DEFAULT_PORT, serve_command, serve_demo
from bantin.cli._summary import summary_table
from bantin.decode import KNOWN_ENCODINGS, canonical_encoding
from bantin.errors import InputError
from bantin.pipeline import extract_articles
from bantin.record import Article, article_json_schema
from bantin.samples import sample_paths
from bantin.sources import DEFAULT_MAX_BYTES, iter_inputs

app = typer.Typer(
    name="bantin",
    help="Vietnamese news, as published and crawled, turned into a structured, searchable archive.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    json = "json"
    text = "text"


def _version(value: bool) -> None:
    if value:
        build = "extractors compiled by mypyc" if is_compiled() else "pure Python"
        typer.echo(f"bantin {__version__} ({build})")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = None,
) -> None:
    """bantin: Vietnamese news into a structured, searchable archive."""


def _check_encoding(value: Optional[str]) -> Optional[str]:
    if value is not None and canonical_encoding(value) is None:
        raise typer.BadParameter(f"unknown encoding {value!r}; known: {', '.join(sorted(KNOWN_ENCODINGS))}")
    return value


@app.command()
def extract(
    inputs: Annotated[
        list[str], typer.Argument(help="Text pages, JSONL corpora or folders; '-' reads standard input.")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json: one JSON record or JSONL; text: for reading.")
    ] = OutputFormat.json,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent JSON (many records: a JSON array).")] = False,
    encoding: Annotated[
        Optional[str],
        typer.Option("--encoding", "-e", callback=_check_encoding, help="Decode text pages with this encoding."),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Reject text pages (and JSONL lines) larger than this.")
    ] = DEFAULT_MAX_BYTES,
    out: Annotated[
        Optional[Path], typer.Option("--out", "-o", help="Write records to this file instead of standard output.")
    ] = None,
) -> None:
    """Extract one structured record per article, in input order.

    Every input that cannot be read gets one line on standard error naming it and
    the reason; the others are still processed, and the exit status is 1.
    """
    stream = out.open("w", encoding="utf-8") if out else sys.stdout
    writer = ArticleWriter(stream, output_format.value, pretty=pretty)
    failures = 0
    try:
        for item in extract_articles(iter_inputs(inputs, max_bytes=max_bytes, encoding=encoding)):
            if isinstance(item, InputError):
                failures += 1
                print_error(item)
            else:
                writer.write(item)
        writer.close()
    finally:
        if out:
            stream.close()
    if failures:
        raise typer.Exit(code=1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the article record."""
    typer.echo(json.dumps(article_json_schema(), ensure_ascii=False, indent=2))


EXAMPLE_SEARCHES: tuple[tuple[str, dict[str, tuple[str, ...]]], ...] = (
    ("tinh uy", {}),
    ("Đà Nẵng", {}),
    ('"hội nghị sơ kết"', {}),
    ("", {"documents": ("state:ND:15/2020:CP",)}),
    ("", {"places": ("lang son",)}),
)
"""The searches the demo runs: accent-less, accented, a phrase, a document filter, a place filter."""
_OPTION = {"documents": "doc", "places": "place", "people": "person", "organizations": "org", "sources": "source"}


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Where to write the records and the archive.")] = Path("out"),
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="End by serving the web UI over the archive (Ctrl+C stops).")
    ] = True,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port of the web UI.")] = DEFAULT_PORT,
) -> None:
    """Run the main job on the bundled sample articles: records, an archive, example searches, the web UI."""
    console = Console()
    if not console.is_terminal:
        console = Console(width=160)  # a log or a pipe: keep the table readable, not squeezed to 80 columns
    out_dir.mkdir(parents=True, exist_ok=True)
    records_path = out_dir / "samples.jsonl"
    articles: list[Article] = []
    failures = 0
    paths = [str(p) for p in sample_paths()]
    with records_path.open("w", encoding="utf-8") as stream:
        writer = ArticleWriter(stream, "json", pretty=False, force_lines=True)
        for item in extract_articles(iter_inputs(paths)):
            if isinstance(item, InputError):
                failures += 1
                print_error(item)
                continue
            writer.write(item)
            articles.append(item)
        writer.close()
    console.print(summary_table(articles))
    console.print(
        f"[bold]{len(articles)}[/] sample articles extracted, {failures} rejected; "
        f"records written to [bold]{records_path.resolve()}[/]"
    )
    db = out_dir / "bantin.db"
    with Archive.open(db) as archive:
        tally = archive.ingest(iter_inputs(paths))
        console.print(f"archive [bold]{db.resolve()}[/]: {archive.count()} articles "
                      f"({', '.join(f'{k} {v}' for k, v in sorted(tally.counts.items()))})")
    with Archive.open(db, readonly=True) as archive:
        for query, filters in EXAMPLE_SEARCHES:
            selection = Selection(**filters)  # type: ignore[arg-type]
            results = archive.search(query, selection, limit=3)
            label = " ".join([f"bantin search {query!r}"] + [f"--{_OPTION[k]} {v[0]!r}" for k, v in filters.items()])
            console.print(f"\n[bold]$ {escape(label)}[/]  → {results.total} articles", highlight=False)
            for result in results.results:
                console.print(f"   {escape(result.title or '(no title)')}  [dim]{result.published or ''}[/]",
                              highlight=False)
    for report_path in demo_report(db, out_dir):
        console.print(f"\nreport (báo cáo sơ kết) written to [bold]{report_path.resolve()}[/]", highlight=False)
    if serve:
        serve_demo(db, port=port)
    if failures:
        raise typer.Exit(code=1)

app.command(name="eval")(eval_command)
app.command(name="register")(register_command)
app.command(name="ingest")(ingest_command)
app.command(name="reprocess")(reprocess_command)
app.command(name="rejects")(rejects_command)
app.command(name="show")(show_command)
app.command(name="stats")(stats_command)
app.command(name="migrate")(migrate_command)
app.command(name="export")(export_command)
app.command(name="search")(search_command)
app.command(name="report")(report_command)
app.command(name="serve")(serve_command)
