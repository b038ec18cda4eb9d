"""The summary table the demo prints."""

from __future__ import annotations

from rich.table import Table

from bantin.record import Article


def _clip(text: str | None, width: int) -> str:
    if not text:
        return "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_table(articles: list[Article]) -> Table:
    """One row per article: file, encoding, page date, title, lead tag, counts, byline."""
    table = Table(title="bantin: sample articles", show_lines=False, expand=False)
    table.add_column("file", no_wrap=True)
    table.add_column("encoding", no_wrap=True)
    table.add_column("page date", no_wrap=True)
    table.add_column("title")
    table.add_column("lead tag", no_wrap=True)
    table.add_column("¶", justify="right")
    table.add_column("captions", justify="right")
    table.add_column("byline / attribution")
    for article in articles:
        name = article.provenance.source.rsplit("/", 1)[-1]
        closing = " · ".join(x for x in (article.byline, article.attribution) if x)
        table.add_row(
            _clip(name, 28),
            article.provenance.encoding,
            str(article.dateline.date) if article.dateline and article.dateline.date else "-",
            _clip(article.title, 48),
            article.lead_tag or "-",
            str(len(article.paragraphs)),
            str(len(article.captions)),
            _clip(closing, 36),
        )
    return table
