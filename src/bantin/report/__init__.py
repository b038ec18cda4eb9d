"""The period review report (báo cáo sơ kết): the numbers of a period, as HTML, PDF and Markdown.

:func:`build_report` computes a :class:`Report` from an archive with SQL
aggregates (totals by month and source against the previous period, documents,
people, organisations, places by province of both maps, meetings and their
tasks, coverage health, the articles counted); :func:`render_html`,
:func:`render_markdown` and :func:`render_pdf` show it, in Vietnamese or
English, and :func:`write_report` writes one to a file, in the format its
suffix names.
"""

from bantin.report._build import archive_period, build_report, default_period
from bantin.report._errors import ReportError, ReportRequestError
from bantin.report._model import LANGUAGES, Report, ReportRequest
from bantin.report._render_html import render_html
from bantin.report._render_md import render_markdown
from bantin.report._render_pdf import render_pdf
from bantin.report._write import FORMATS, report_format, write_report

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "Report",
    "ReportError",
    "ReportRequest",
    "ReportRequestError",
    "archive_period",
    "build_report",
    "default_period",
    "render_html",
    "render_markdown",
    "render_pdf",
    "report_format",
    "write_report",
]
