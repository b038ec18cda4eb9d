"""Joining classified units into the record's text and its located blocks."""

from __future__ import annotations

from bantin.layout._classify import Classified, classify_fields, classify_page
from bantin.layout._model import Layout, LayoutBlock
from bantin.layout._units import split_units
from bantin.text import normalize_line, normalize_text

UNIT_SEPARATOR = "\n\n"


def _assemble(classified: Classified) -> Layout:
    pieces: list[str] = []
    blocks: list[LayoutBlock] = []
    offset = 0
    for unit in classified.units:
        if not unit.text:
            continue
        if pieces:
            offset += len(UNIT_SEPARATOR)
        pieces.append(unit.text)
        for role, start, end, method in unit.blocks:
            if end > start:
                blocks.append(LayoutBlock(role, offset + start, offset + end, method))
        offset += len(unit.text)
    return Layout(
        text=UNIT_SEPARATOR.join(pieces),
        blocks=tuple(blocks),
        lead_tag=classified.lead_tag,
        dateline=classified.dateline,
        authors=classified.authors,
    )


def parse_page(text: str, *, is_nfc: bool = False) -> Layout:
    """Recover the layout of a plain-text page (any whitespace; it is normalised first).

    The returned text is the normalised page with its units separated by blank
    lines; every block (dateline, title, lead, paragraph, caption, photo credit,
    byline, attribution) is a span of it with the rule that found it. ``is_nfc``
    says the text is NFC already (see :func:`bantin.text.normalize_text`).
    """
    units, _how = split_units(normalize_text(text, is_nfc=is_nfc))
    return _assemble(classify_page(units))


def layout_from_fields(
    *, title: str | None, lead: str | None, body: list[str], source: str, title_method: str | None = None
) -> Layout:
    """Build the layout of a record whose title, lead and body came as separate fields.

    ``body`` holds the body's paragraphs (a corpus's ``sentences`` list, or a body
    string cut at its line ends); bylines, attributions and captions inside it are
    still recognised. ``source`` names the corpus format in the blocks' methods;
    ``title_method`` replaces the title's method when the title was not a field as is.
    """
    paragraphs: list[str] = []
    for item in body:
        normalised = normalize_text(item)
        paragraphs.extend(p for p in normalised.split("\n") if p)
    return _assemble(
        classify_fields(
            normalize_line(title) if title else None,
            normalize_line(lead) if lead else None,
            paragraphs,
            source,
            title_method,
        )
    )
