"""``bantin report``: the period review report (báo cáo sơ kết) of the archive as HTML, PDF or Markdown."""

from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from bantin.archive import Archive
from bantin.cli._archive import DbOption
from bantin.cli._export import FromOption, PlaceOption, SourceOption, ToOption
from bantin.report import (
    ReportRequest,
    archive_period,
    build_report,
    default_period,
    report_format,
    write_report,
)
from bantin.report._model import DEFAULT_APPENDIX, DEFAULT_TOP


class ReportFormat(str, Enum):
    html = "html"
    pdf = "pdf"
    md = "md"


class ReportLanguage(str, Enum):
    vi = "vi"
    en = "en"


def report_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write (.html, .pdf or .md).")],
    db: DbOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    source: SourceOption = None,
    place: PlaceOption = None,
    output_format: Annotated[
        ReportFormat | None, typer.Option("--format", "-f", help="html, pdf or md (default: from --out's suffix).")
    ] = None,
    lang: Annotated[ReportLanguage, typer.Option("--lang", help="vi (Vietnamese) or en (English).")] = (
        ReportLanguage.vi
    ),
    top: Annotated[int, typer.Option("--top", min=1, max=200, help="Rows of each ranking.")] = DEFAULT_TOP,
    appendix_limit: Annotated[
        int, typer.Option("--appendix-limit", min=0, help="Articles listed in the appendix (all are counted).")
    ] = DEFAULT_APPENDIX,
) -> None:
    """Write the period review report: totals, documents, people, places, meetings, coverage, appendix.

    Without --from/--to the period is the last six months up to the newest
    article of the archive.
    """
    started = time.perf_counter()
    fmt = report_format(out, output_format.value if output_format else None)  # a bad suffix fails before any work
    with Archive.open(db, readonly=True) as archive:
        start, end = default_period(
            archive, date_from=date_from.date() if date_from else None, date_to=date_to.date() if date_to else None
        )
        request = ReportRequest(
            date_from=start, date_to=end, sources=tuple(source or ()), places=tuple(place or ()),
            lang=lang.value, top=top, appendix_limit=appendix_limit,
        )
        report = build_report(archive, request)
    path = write_report(report, out, fmt)
    typer.echo(
        f"report written: {path.resolve()} ({fmt}, {report.totals.articles:,} articles, "
        f"{start.isoformat()} … {end.isoformat()}, {time.perf_counter() - started:.1f} s)"
    )



def demo_report(db: Path, out_dir: Path) -> list[Path]:
    """The report of the demo's archive over the whole date range of its articles, as HTML and PDF."""
    with Archive.open(db, readonly=True) as archive:
        period = archive_period(archive)
        if period is None:
            return []
        report = build_report(archive, ReportRequest(*period))
    return [write_report(report, out_dir / f"report.{fmt}", fmt) for fmt in ("html", "pdf")]
