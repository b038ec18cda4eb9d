"""The report as HTML: one template for the web page, the HTML file and the PDF's source.

The environment autoescapes everything (article titles, names and URLs are
untrusted text); only the charts (built by ``_charts`` from escaped labels) and
our own stylesheet are marked safe. Links to the original articles are kept
only when they are http(s) URLs, so a ``javascript:`` URL in a crawled record
never becomes a link.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, Literal
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from bantin.report._charts import ACCENT, PLACES, bar_chart, column_chart
from bantin.report._i18n import Labels
from bantin.report._model import MonthCount, Report, ReportRequest

Mode = Literal["web", "file", "pdf"]

SECTIONS = (
    ("totals", "totals.title"),
    ("documents", "documents.title"),
    ("people", "people.title"),
    ("organizations", "organizations.title"),
    ("places", "places.title"),
    ("meetings", "meetings.title"),
    ("coverage", "coverage.title"),
    ("appendix", "appendix.title"),
)
"""The sections of the report, in order: their anchors and the keys of their titles."""

SOURCES_CHARTED = 12
"""Sources drawn one by one in the sources chart; the others share one bar."""


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the HTML template (autoescaped, undefined names are errors)."""
    return Environment(
        loader=PackageLoader("bantin.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def stylesheet(name: str = "report.css") -> str:
    """One of the report's stylesheets, as text."""
    return (resources.files("bantin.report") / "templates" / name).read_text(encoding="utf-8")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else None (never a ``javascript:`` or ``data:`` link)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def article_href(article_id: str) -> str:
    """The web UI's page of an article, relative to the report page (``/reports`` → ``/articles/{id}``)."""
    return f"articles/{quote(article_id, safe='')}"


def export_command(request: ReportRequest) -> str:
    """The ``bantin export`` command that lists every article the report counts."""
    words = ["bantin", "export", "--from", request.date_from.isoformat(), "--to", request.date_to.isoformat()]
    for source in request.sources:
        words += ["--source", source]
    for place in request.places:
        words += ["--place", place]
    words += ["--format", "csv", "--out", "articles.csv"]
    return " ".join(shlex.quote(w) for w in words)


SOURCES_PER_DOCUMENT = 5
"""Citing sources named per document (the most citing first); the others are counted."""

MONTHS_AS_LIST = 12
"""Up to this many months, articles by month are one row each; beyond, one row per year."""


def month_grid(by_month: list[MonthCount]) -> list[tuple[int, list[int | None], int]]:
    """Counts by month as rows of years: (year, twelve counts with None outside the period, year's total)."""
    years: dict[int, list[int | None]] = {}
    for item in by_month:
        year, month = int(item.month[:4]), int(item.month[5:7])
        years.setdefault(year, [None] * 12)[month - 1] = item.articles
    return [(year, counts, sum(c or 0 for c in counts)) for year, counts in sorted(years.items())]


def charts(report: Report, t: Labels) -> dict[str, Markup]:
    """The report's SVG charts: articles by month, by source (against the previous period), places, meetings."""
    totals = report.totals
    sources = [(s.source, s.articles, s.previous_articles) for s in totals.by_source]
    rows: list[tuple[str, int, int | None]] = list(sources[:SOURCES_CHARTED])
    if len(sources) > SOURCES_CHARTED:
        rest = sources[SOURCES_CHARTED:]
        rows.append((t("totals.other_sources", count=len(rest)), sum(r[1] for r in rest), sum(r[2] for r in rest)))
    return {
        "months": column_chart(
            "months", [(t.month(m.month, short=True), m.articles) for m in totals.by_month],
            title=t("totals.chart_month"), fmt=t.number,
        ),
        "sources": bar_chart(
            "sources", rows, title=t("totals.chart_source"),
            legend=(t("chart.legend_current"), t("chart.legend_previous")), fmt=t.number,
        ),
        "places": bar_chart(
            "places", [(p.name, p.articles, None) for p in report.places.provinces[:10]],
            title=t("places.chart"), color=PLACES, fmt=t.number,
        ),
        "meetings": column_chart(
            "meetings", [(t.month(m.month, short=True), m.articles) for m in report.meetings.by_month],
            title=t("meetings.chart"), color=ACCENT, fmt=t.number, height=200,
        ),
    }


def template_context(
    report: Report, *, mode: Mode, css_inline: str | None = None, css_href: str = "reports/report.css",
    other_lang_href: str | None = None, link: Callable[[str], str] = article_href,
    downloads: Sequence[tuple[str, str]] = (),
) -> dict[str, Any]:
    """What the template reads: the report, its labels, charts and how links are made in this ``mode``."""
    t = Labels(report.request.lang)
    return {
        "r": report,
        "t": t,
        "mode": mode,
        "charts": charts(report, t),
        "sections": SECTIONS,
        "css_inline": Markup(css_inline) if css_inline is not None else None,
        "css_href": css_href,
        "other_lang_href": other_lang_href,
        "other_lang": "en" if report.request.lang == "vi" else "vi",
        "downloads": list(downloads),
        "article_href": link,
        "safe_url": safe_url,
        "export_command": export_command(report.request),
        "month_grid": month_grid,
        "months_as_list": MONTHS_AS_LIST,
        "sources_per_document": SOURCES_PER_DOCUMENT,
    }


def render_html(
    report: Report, *, mode: Mode = "file", css_href: str = "reports/report.css",
    other_lang_href: str | None = None, link: Callable[[str], str] = article_href,
    downloads: Sequence[tuple[str, str]] = (),
) -> str:
    """The report as one HTML document.

    ``mode="file"`` inlines the stylesheet (one self-contained file);
    ``mode="web"`` links it from ``css_href`` (the web UI's content security
    policy forbids inline styles) and may offer the page in the other language
    and ``downloads`` (label, URL) of the other formats;
    ``mode="pdf"`` is the PDF's source (see ``render_pdf``). Articles link to
    the web UI's ``articles/{id}``, relative to the page.
    """
    css = None if mode == "web" else stylesheet()
    context = template_context(report, mode=mode, css_inline=css, css_href=css_href,
                               other_lang_href=other_lang_href, link=link, downloads=downloads)
    return environment().get_template("report.html.j2").render(context)
