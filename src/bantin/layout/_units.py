"""Cutting a normalised page into units: the paragraphs and lines a layout is made of.

Most crawls separate paragraphs with blank lines; some write one paragraph per
line; a few (mail archives, old text dumps) hard-wrap paragraphs at a fixed
width. A unit is a paragraph or a free-standing line (a caption, a byline), and
hard-wrapped lines are joined back into their paragraph.
"""

from __future__ import annotations

from bantin.lang.vi.layout import SENTENCE_END

_WRAP_MIN_LINES = 3
_WRAP_SHARE = 0.6


def _is_hard_wrapped(blocks: list[list[str]]) -> tuple[bool, int]:
    inner = [line for lines in blocks for line in lines[:-1]]
    if len(inner) < _WRAP_MIN_LINES:
        return False, 0
    width = max(len(line) for lines in blocks for line in lines)
    long_open = [ln for ln in inner if len(ln) >= 0.7 * width and ln[-1] not in SENTENCE_END]
    return len(long_open) >= _WRAP_SHARE * len(inner), width


def split_units(text: str) -> tuple[list[str], str]:
    """Return the units of a normalised page and how the page separated them."""
    if not text:
        return [], "empty"
    blocks = [block.split("\n") for block in text.split("\n\n")]
    wrapped, width = _is_hard_wrapped(blocks)
    if not wrapped:
        how = "blank lines and line ends" if len(blocks) > 1 else "line ends"
        return [line for lines in blocks for line in lines], how
    units: list[str] = []
    for lines in blocks:
        current = lines[0]
        for previous, line in zip(lines, lines[1:]):
            if len(previous) >= 0.6 * width and previous[-1] not in SENTENCE_END:
                current += " " + line
            else:
                units.append(current)
                current = line
        units.append(current)
    return units, f"blank lines; lines hard-wrapped at about {width} characters joined"
