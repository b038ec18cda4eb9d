"""Writing a report to a file: the format from the option or the file's suffix, all or nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bantin.report._errors import ReportError, ReportRequestError
from bantin.report._model import Report
from bantin.report._render_html import render_html
from bantin.report._render_md import render_markdown
from bantin.report._render_pdf import render_pdf

FORMATS = ("html", "pdf", "md")
"""The formats of the report."""

SUFFIXES = {".html": "html", ".htm": "html", ".pdf": "pdf", ".md": "md", ".markdown": "md"}
"""The file suffixes a format is inferred from when none is given."""


def report_format(out: Path, given: str | None = None) -> str:
    """The format to write ``out`` in: ``given`` when set, else the one its suffix names."""
    if given is not None:
        if given not in FORMATS:
            raise ReportRequestError(f"unknown report format {given!r}: use one of {', '.join(FORMATS)}")
        return given
    inferred = SUFFIXES.get(out.suffix.lower())
    if inferred is None:
        raise ReportRequestError(
            f"{out}: cannot tell the format from the suffix {out.suffix or '(none)'!r}: "
            f"give --format {'|'.join(FORMATS)} or name the file .html, .pdf or .md"
        )
    return inferred


def render(report: Report, fmt: str) -> bytes:
    """The report in format ``fmt`` as bytes (UTF-8 for HTML and Markdown)."""
    if fmt == "html":
        return render_html(report, mode="file").encode("utf-8")
    if fmt == "md":
        return render_markdown(report).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(report)
    raise ReportRequestError(f"unknown report format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_report(report: Report, out: Path, fmt: str | None = None) -> Path:
    """Render ``report`` and write it to ``out`` atomically (a failed render leaves nothing behind)."""
    chosen = report_format(out, fmt)
    data = render(report, chosen)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"{out}: the folder {folder} does not exist")
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 is for the half-written file, not the report
        os.replace(temporary, out)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise ReportError(f"{out}: cannot write the report ({error.strerror or error})") from error
    return out
