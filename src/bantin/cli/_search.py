"""``bantin search``: ranked articles for a query, with filters and highlighted snippets."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from bantin.archive import Archive
from bantin.cli._archive import DbOption
from bantin.cli._export import (
    DocOption,
    FromOption,
    OrgOption,
    PersonOption,
    PlaceOption,
    SourceOption,
    ToOption,
    make_selection,
)


def search_command(
    query: Annotated[str, typer.Argument(help='Words (AND), "phrases", OR, -exclusions; with or without accents.')],
    db: DbOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    source: SourceOption = None,
    place: PlaceOption = None,
    person: PersonOption = None,
    org: OrgOption = None,
    doc: DocOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="Results to show.")] = 10,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Results to skip (the next page).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Search the archive: accent-less queries match accented text, exact accents rank first."""
    selection = make_selection(date_from, date_to, source, place, person, org, doc)
    with Archive.open(db, readonly=True) as archive:
        results = archive.search(query, selection, limit=limit, offset=offset)
    if as_json:
        typer.echo(json.dumps(
            {"query": query, "total": results.total, "offset": offset,
             "results": [r.as_dict() for r in results.results]},
            ensure_ascii=False, indent=2,
        ))
        return
    console = Console(width=None if sys.stdout.isatty() else 120, highlight=False)
    console.print(f"[bold]{results.total:,}[/] articles for {escape(query)!r}"
                  + (f" (showing {offset + 1}-{offset + len(results.results)})" if results.results else ""))
    for rank, result in enumerate(results.results, start=offset + 1):
        console.print(f"\n[bold]{rank}. {escape(result.title or '(no title)')}[/]")
        console.print(f"   [dim]{result.id} · {result.source} · {result.published or 'undated'}"
                      + (" · exact" if result.exact else "") + "[/]")
        console.print("   " + result.snippet.render("[reverse]", "[/reverse]", escape=escape))
