"""The report's charts as SVG drawn on the server: vector graphics in the HTML page and in the PDF.

No script and no style attribute (the web UI's content security policy forbids
inline styles): colours and fonts are SVG presentation attributes, which both
browsers and WeasyPrint read. Every label is escaped (source names are data).
Each chart has a ``<title>`` for screen readers and a ``data-chart`` name the
tests look for.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

FONT = "Bantin Sans, DejaVu Sans, sans-serif"
"""The PDF's embedded DejaVu face first (see ``_fonts``), then the same font installed, for browsers."""
CURRENT = "#1f5f99"
"""Bars of the period (a deep blue)."""
PREVIOUS = "#9aa7b4"
"""Bars of the previous period (grey)."""
ACCENT = "#c0562b"
"""Bars of the meetings chart (brick)."""
PLACES = "#2f7d4f"
"""Bars of the provinces chart (green)."""
INK = "#222222"
GRID = "#d5dbe1"

WIDTH = 720
_LABELS_SHOWN = 12  # x-axis labels at most: a six-month report labels every month, eight years one in eight


def nice_step(peak: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5 × 10^k) for about ``ticks`` gridlines up to ``peak``."""
    raw = max(peak, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return max(1, int(factor * magnitude))
    return int(10 * magnitude)


def _text(x: float, y: float, text: str, *, size: int = 11, anchor: str = "middle", fill: str = INK,
          weight: str = "normal") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{fill}" font-weight="{weight}">{escape(text)}</text>'
    )


def _open(name: str, title: str, width: int, height: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="{escape(name)}" role="img" '
        f'aria-label="{escape(title)}" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{escape(title)}</title>"
    )


def column_chart(
    name: str, points: Sequence[tuple[str, int]], *, title: str, color: str = CURRENT,
    fmt: Callable[[int], str] = str, height: int = 230,
) -> Markup:
    """Vertical bars, left to right (months), with a value axis and the labels that fit."""
    if not points:
        return Markup("")
    left, right, top, bottom = 46, 10, 28, 34
    inner_w, inner_h = WIDTH - left - right, height - top - bottom
    step = nice_step(max(v for _, v in points))
    peak = step * max(1, math.ceil(max(v for _, v in points) / step))
    parts = [_open(name, title, WIDTH, height), _text(left, 16, title, size=12, anchor="start", weight="bold")]
    for tick in range(0, peak + 1, step):
        y = top + inner_h - tick * inner_h / peak
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - right}" y2="{y:.1f}" stroke="{GRID}" '
                     'stroke-width="1"/>')
        parts.append(_text(left - 6, y + 4, fmt(tick), size=10, anchor="end"))
    slot = inner_w / len(points)
    every = max(1, math.ceil(len(points) / _LABELS_SHOWN))
    for i, (label, value) in enumerate(points):
        bar_h = value * inner_h / peak
        x = left + i * slot + slot * 0.15
        y = top + inner_h - bar_h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(slot * 0.7, 1):.1f}" height="{bar_h:.1f}" fill="{color}">'
            f"<title>{escape(label)}: {value}</title></rect>"
        )
        if len(points) <= 24 and value:
            parts.append(_text(x + slot * 0.35, y - 3, fmt(value), size=9))
        if i % every == 0:
            parts.append(_text(left + i * slot + slot / 2, height - bottom + 16, label, size=10))
    parts.append(f'<line x1="{left}" y1="{top + inner_h}" x2="{WIDTH - right}" y2="{top + inner_h}" stroke="{INK}" '
                 'stroke-width="1"/></svg>')
    return Markup("".join(parts))


def bar_chart(
    name: str, rows: Sequence[tuple[str, int, int | None]], *, title: str, legend: tuple[str, str] | None = None,
    color: str = CURRENT, fmt: Callable[[int], str] = str,
) -> Markup:
    """Horizontal bars, one row per label; with ``legend``, a second, grey bar per row (the previous period)."""
    if not rows:
        return Markup("")
    paired = legend is not None
    row_h = 26 if paired else 20
    label_w, right, top = 190, 60, 30 + (18 if paired else 0)
    height = top + row_h * len(rows) + 10
    inner_w = WIDTH - label_w - right
    peak = max(max(cur, prev or 0) for _, cur, prev in rows) or 1
    parts = [_open(name, title, WIDTH, height), _text(0, 16, title, size=12, anchor="start", weight="bold")]
    if legend is not None:
        for i, (text, fill) in enumerate(((legend[0], color), (legend[1], PREVIOUS))):
            x = label_w + i * 150
            parts.append(f'<rect x="{x}" y="28" width="12" height="10" fill="{fill}"/>')
            parts.append(_text(x + 18, 37, text, size=10, anchor="start"))
    for i, (label, current, previous) in enumerate(rows):
        y = top + i * row_h
        short = label if len(label) <= 30 else label[:29] + "…"
        parts.append(_text(label_w - 8, y + (12 if not paired else 15), short, size=10, anchor="end"))
        bar_h = 10 if paired else 14
        width = current * inner_w / peak
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{width:.1f}" height="{bar_h}" fill="{color}">'
                     f"<title>{escape(label)}: {current}</title></rect>")
        parts.append(_text(label_w + width + 4, y + 2 + bar_h - 1, fmt(current), size=9,
                           anchor="start"))
        if paired and previous is not None:
            width = previous * inner_w / peak
            parts.append(f'<rect x="{label_w}" y="{y + 13}" width="{width:.1f}" height="{bar_h}" fill="{PREVIOUS}">'
                         f"<title>{escape(label)}: {previous}</title></rect>")
    parts.append("</svg>")
    return Markup("".join(parts))
