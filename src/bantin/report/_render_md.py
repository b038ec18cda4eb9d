"""The report as Markdown: the same sections as tables, without charts (Markdown has no place for them).

Every value the template prints goes through :func:`md_escape` (Jinja's
``finalize``), the Markdown counterpart of HTML autoescaping: a title with
``|``, ``*``, ``[``, ``<script>`` or a line break stays text and cannot break a
table or become a link or HTML. Only the links the renderer builds itself
(:class:`MdSafe`) are printed as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from bantin.report._i18n import Labels
from bantin.report._model import Report
from bantin.report._render_html import (
    MONTHS_AS_LIST,
    SECTIONS,
    SOURCES_PER_DOCUMENT,
    export_command,
    month_grid,
    safe_url,
)

# What can make emphasis, code, a link, a table cell's end, strikethrough or a quote; "<" and "&" become
# entities (raw HTML passes through Markdown renderers).
_SPECIAL = re.compile(r"([\\`*_\[\]|~>#])")


class MdSafe(str):
    """Markdown built by the renderer from escaped parts: printed as it is."""


def md_escape(value: Any) -> str:
    """Any value as Markdown text: special characters backslashed, ``<``/``&`` as entities, one line."""
    if isinstance(value, MdSafe):
        return str(value)
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _SPECIAL.sub(r"\\\1", text)


def md_link(text: str, url: str | None) -> MdSafe:
    """``[text](url)`` when ``url`` is an http(s) URL, else the text alone (both escaped)."""
    target = safe_url(url)
    if target is None:
        return MdSafe(md_escape(text))
    return MdSafe(f"[{md_escape(text)}](<{target.replace('>', '%3E').replace(' ', '%20')}>)")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the Markdown template: no HTML escaping, Markdown escaping instead."""
    return Environment(
        loader=PackageLoader("bantin.report", "templates"),
        autoescape=False,
        finalize=md_escape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_markdown(report: Report) -> str:
    """The report as Markdown (GitHub-flavoured tables), in the request's language, without charts."""
    context = {
        "r": report,
        "t": Labels(report.request.lang),
        "sections": SECTIONS,
        "md_link": md_link,
        "export_command": MdSafe(f"`{export_command(report.request).replace('`', '')}`"),
        "month_grid": month_grid,
        "months_as_list": MONTHS_AS_LIST,
        "sources_per_document": SOURCES_PER_DOCUMENT,
    }
    text: str = environment().get_template("report.md.j2").render(context)
    return re.sub(r"\n{3,}", "\n\n", text)
