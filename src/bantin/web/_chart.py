"""Bar charts of counts over time as inline SVG, drawn on the server (no script, no external file).

The chart is styled by classes from the site's stylesheet (the CSP forbids inline styles); each
bar carries a ``<title>`` (a tooltip, read by screen readers) and, when given, a link (a click on
a month of the search chart filters the results to that month).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 720
HEIGHT = 170
MAX_BAR = 48
MAX_MONTHS = 120
MAX_DAYS = 62
_TOP, _BOTTOM, _LEFT, _RIGHT = 14, 24, 44, 8


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label on the axis, its count and an optional link."""

    label: str
    count: int
    href: str | None = None


def continuous(counts: Sequence[tuple[str, int]], href: Callable[[str], str] | None = None) -> list[Bar]:
    """Bars for ``(YYYY-MM, count)`` pairs, every month from the first to the last (years past
    :data:`MAX_MONTHS`), so that the distance between two bars is the time between them."""
    known = [(m, n) for m, n in counts if len(m) >= 7 and m[:4].isdigit() and m[5:7].isdigit()]
    if not known:
        return []
    first, last = min(m for m, _ in known), max(m for m, _ in known)
    start, end = int(first[:4]) * 12 + int(first[5:7]) - 1, int(last[:4]) * 12 + int(last[5:7]) - 1
    totals: dict[str, int] = {}
    yearly = end - start + 1 > MAX_MONTHS
    for month, count in known:
        key = month[:4] if yearly else month[:7]
        totals[key] = totals.get(key, 0) + count
    if yearly:
        labels = [str(year) for year in range(start // 12, end // 12 + 1)]
    else:
        labels = [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(start, end + 1)]
    return [Bar(label, totals.get(label, 0), href(label) if href else None) for label in labels]


def daily(days: Sequence[str]) -> list[Bar]:
    """Bars of how many of ``days`` (YYYY-MM-DD) fall on each day from the first to the last; by
    month (:func:`continuous`) when they span more than :data:`MAX_DAYS` days."""
    known = sorted(d[:10] for d in days if len(d) >= 10 and d[:4].isdigit())
    if not known:
        return []
    first, last = dt.date.fromisoformat(known[0]), dt.date.fromisoformat(known[-1])
    if (last - first).days >= MAX_DAYS:
        return continuous([(d[:7], 1) for d in known])
    counts = Counter(known)
    span = [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    return [Bar(day, counts.get(day, 0)) for day in span]


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def bar_chart(bars: Sequence[Bar], *, title: str, unit: str = "") -> Markup:
    """An SVG bar chart of ``bars`` (left to right), with the first, middle and last labels shown."""
    if not bars:
        return Markup("")
    peak = max(max(b.count for b in bars), 1)
    inner_width = WIDTH - _LEFT - _RIGHT
    inner_height = HEIGHT - _TOP - _BOTTOM
    step = inner_width / len(bars)
    gap = max(min(2.0, step * 0.2), step - MAX_BAR)  # a few bars stay bars, not walls
    parts = [
        (f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
         f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'),
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="{_LEFT}" y1="{HEIGHT - _BOTTOM}" x2="{WIDTH - _RIGHT}" y2="{HEIGHT - _BOTTOM}"/>',
        f'<text class="tick" x="{_LEFT - 6}" y="{_TOP + 4}" text-anchor="end">{peak}</text>',
        f'<text class="tick" x="{_LEFT - 6}" y="{HEIGHT - _BOTTOM}" text-anchor="end">0</text>',
    ]
    for i, bar in enumerate(bars):
        height = inner_height * bar.count / peak
        x = _LEFT + i * step + gap / 2
        y = HEIGHT - _BOTTOM - height
        tooltip = f"{bar.label}: {bar.count}{(' ' + unit) if unit else ''}"
        rect = (
            f'<rect class="bar" x="{_number(x)}" y="{_number(y)}" width="{_number(max(step - gap, 0.5))}" '
            f'height="{_number(height)}"><title>{escape(tooltip)}</title></rect>'
        )
        if bar.href and bar.count:
            # A transparent column over the whole height keeps short bars easy to click.
            hit = (f'<rect class="hitbox" x="{_number(_LEFT + i * step)}" y="{_TOP}" width="{_number(step)}" '
                   f'height="{inner_height}"><title>{escape(tooltip)}</title></rect>')
            parts.append(f'<a href="{escape(bar.href)}">{hit}{rect}</a>')
        else:
            parts.append(rect)
    for i in sorted({0, len(bars) // 2, len(bars) - 1}):
        # The end labels align with the chart's edges so that they are never cut off.
        anchor, x = ("middle", _LEFT + (i + 0.5) * step)
        if len(bars) > 1 and i == 0:
            anchor, x = "start", _LEFT
        elif len(bars) > 1 and i == len(bars) - 1:
            anchor, x = "end", WIDTH - _RIGHT
        parts.append(f'<text class="tick" x="{_number(x)}" y="{HEIGHT - 6}" text-anchor="{anchor}">'
                     f"{escape(bars[i].label)}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))
