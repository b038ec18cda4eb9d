"""``bantin eval``: precision, recall and F1 per kind of fact over the development set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from bantin.evaluation import (
    DEFAULT_ANNOTATIONS,
    DEFAULT_DATA,
    DEFAULT_FLOORS,
    EvalReport,
    check_floors,
    evaluate,
    pin_floors,
)


def _table(report: EvalReport) -> Table:
    table = Table(title=f"bantin eval: {report.records} annotated records (annotations {report.digest[:12]})")
    for column in ("kind", "precision", "recall", "F1", "gold", "found", "matched"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind, tally in report.tallies.items():
        table.add_row(
            kind, f"{tally.precision:.3f}", f"{tally.recall:.3f}", f"{tally.f1:.3f}",
            str(tally.tp + tally.fn), str(tally.tp + tally.fp), str(tally.tp),
        )
    return table


def eval_command(
    annotations: Annotated[Path, typer.Option("--annotations", help="Folder of standoff annotations.")] = DEFAULT_ANNOTATIONS,
    data: Annotated[Path, typer.Option("--data", help="Folder of the real corpora (../shared/data).")] = DEFAULT_DATA,
    floors: Annotated[Path, typer.Option("--floors", help="The pinned quality floors.")] = DEFAULT_FLOORS,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    pin: Annotated[bool, typer.Option("--pin", help="Pin new floors (F1 minus a margin) to these annotations.")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="List a few misses and false finds per kind.")] = False,
) -> None:
    """Score every extractor against the annotated development set; exit 1 below a pinned floor."""
    report = evaluate(annotations, data)
    console = Console()
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        console.print(_table(report))
    if show_errors:
        for kind, tally in report.tallies.items():
            for miss in tally.misses[:10]:
                console.print(f"[red]missed[/] {kind}: {miss}", highlight=False)
            for extra in tally.extras[:10]:
                console.print(f"[yellow]false[/] {kind}: {extra}", highlight=False)
    if pin:
        pinned = pin_floors(report, floors)
        console.print(f"floors pinned to annotations {report.digest[:12]}: {pinned}")
        return
    problems = check_floors(report, floors)
    for problem in problems:
        console.print(f"[red]below floor:[/] {problem}")
    if problems:
        raise typer.Exit(code=1)
