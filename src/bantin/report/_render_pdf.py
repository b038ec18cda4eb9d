"""The report as PDF: the HTML template laid out by WeasyPrint (Pango), fonts embedded, charts as vectors.

WeasyPrint reads the same HTML and inline SVG as the web page, so the PDF
cannot drift from it; Pango (Debian's) shapes the Vietnamese text with DejaVu,
whose glyphs WeasyPrint subsets and embeds; the SVG charts stay vector paths.
Why WeasyPrint and not Typst is in the README ("The period review report").
"""

from __future__ import annotations

import logging
from typing import Any

from bantin.report._errors import ReportError
from bantin.report._fonts import font_faces_css, font_paths
from bantin.report._i18n import Labels
from bantin.report._model import Report
from bantin.report._render_html import environment, stylesheet, template_context


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def pdf_stylesheet(report: Report) -> str:
    """The PDF's CSS: the report's, the DejaVu faces, and the page rules with the page footer."""
    t = Labels(report.request.lang)
    page = stylesheet("print.css").replace("{{PAGE}}", _css_string(t("report.page"))).replace(
        "{{TITLE}}", _css_string(t("report.title"))
    )
    return f"{stylesheet()}\n{font_faces_css()}\n{page}"


def pdf_html(report: Report) -> str:
    """The HTML the PDF is laid out from (links go to the original articles, not to the web UI)."""
    context = template_context(report, mode="pdf", css_inline=pdf_stylesheet(report))
    return environment().get_template("report.html.j2").render(context)


def fonts_only_fetcher() -> Any:
    """A WeasyPrint URL fetcher that loads the font files and nothing else.

    Nothing in the report is fetched but the fonts: a URL from an article is a
    link, never a resource, and this keeps it so whatever the template becomes.
    WeasyPrint 67 and later take a ``URLFetcher`` object, earlier versions a function.
    """
    allowed = {path.as_uri() for path in font_paths()}
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:
        from weasyprint import default_url_fetcher

        def fetch(url: str) -> Any:
            if url not in allowed:
                raise ValueError(f"the PDF report does not load {url!r}")
            return default_url_fetcher(url)

        return fetch

    class FontsOnly(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no types
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url not in allowed:
                raise ValueError(f"the PDF report does not load {url!r}")
            return super().fetch(url, headers)

    return FontsOnly()


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes (A4, DejaVu embedded, vector charts)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: the Pango library itself is missing
        raise ReportError(
            f"the PDF report needs WeasyPrint and Debian's Pango (apt-get install libpango-1.0-0 "
            f"libpangoft2-1.0-0): {error}; or write HTML or Markdown instead (--format html|md)"
        ) from error
    # WeasyPrint logs every CSS property it ignores at WARNING; the report's stylesheet is shared with
    # browsers, so those lines are noise for a user of the command.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    document = HTML(string=pdf_html(report), url_fetcher=fonts_only_fetcher())
    pdf: bytes = document.write_pdf()
    return pdf
