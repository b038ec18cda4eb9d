"""``bantin register``: the document register of a set of articles."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from bantin.cli._output import print_error
from bantin.errors import InputError
from bantin.extract.docref import DocumentRegister
from bantin.pipeline import extract_articles
from bantin.sources import iter_inputs


def register_command(
    inputs: Annotated[list[str], typer.Argument(help="Text pages, JSONL corpora or folders; '-' for standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the register as JSON, with every mention.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Rows of the table (most cited first).")] = 50,
) -> None:
    """Every document the articles cite, one entry per canonical id, with all its mentions."""
    register = DocumentRegister()
    failures = 0
    for item in extract_articles(iter_inputs(inputs)):
        if isinstance(item, InputError):
            failures += 1
            print_error(item)
            continue
        register.add_facts(item.id, item.published.date if item.published else None, item.facts)
    if as_json:
        typer.echo(json.dumps(register.to_dict(), ensure_ascii=False, indent=2))
    else:
        table = Table(title=f"document register: {len(register)} documents")
        for column in ("canonical id", "type", "issuer", "mentions", "articles", "first seen", "last seen"):
            table.add_column(column, no_wrap=column in ("canonical id", "first seen", "last seen"))
        for entry in register.entries()[:limit]:
            table.add_row(
                entry.canonical_id, entry.type_name or entry.doc_type or "-", entry.issuer or entry.issuer_code or "-",
                str(entry.count), str(len(entry.article_ids)), str(entry.first_seen or "-"), str(entry.last_seen or "-"),
            )
        console = Console()
        Console(width=None if console.is_terminal else 160).print(table)
    if failures:
        raise typer.Exit(code=1)
