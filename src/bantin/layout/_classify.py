"""Giving each unit of a page its role: dateline, title, lead, body, captions, tail.

The rules read the page the way a person does: the header date at the top, the
title next, then the lead with its opening tag, prose paragraphs with captions
and credits between them, and at the bottom the byline and the attribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bantin.layout._dateline import ParsedDateline, parse_dateline
from bantin.layout._lead import split_lead_tag
from bantin.layout._tail import (
    find_credit,
    is_caption_like,
    parse_attribution,
    parse_byline,
    split_trailing_byline,
)

_TITLE_MAX_CHARS = 300
_TAIL_MAX_UNITS = 4


@dataclass(slots=True)
class Unit:
    """One unit of the page and the blocks found in it (offsets relative to the unit)."""

    text: str
    blocks: list[tuple[str, int, int, str]] = field(default_factory=list)

    def whole(self, role: str, method: str) -> None:
        self.blocks = [(role, 0, len(self.text), method)]

    @property
    def role(self) -> str | None:
        return self.blocks[0][0] if self.blocks else None


@dataclass(slots=True)
class Classified:
    """Units with their blocks, and what the page said beside them."""

    units: list[Unit]
    dateline: ParsedDateline | None = None
    lead_tag: str | None = None
    authors: tuple[str, ...] = ()


def classify_page(texts: list[str]) -> Classified:
    """Classify the units of a plain-text page, top to bottom then bottom up."""
    units = [Unit(t) for t in texts]
    result = Classified(units)
    start = _take_header(units, result)
    end = _take_tail(units, start, result)
    if start < end:
        _take_lead(units[start], result, "the first paragraph after the title")
        start += 1
    classify_body(units[start:end], result)
    return result


def classify_fields(
    title: str | None, lead: str | None, body: list[str], source: str, title_method: str | None = None
) -> Classified:
    """Classify a record whose title and lead came as fields; only the body is read for roles."""
    units: list[Unit] = []
    result = Classified(units)
    if title:
        units.append(Unit(title))
        units[-1].whole("title", title_method or f"input field '{source}:title'")
    body_units = [Unit(t) for t in body]
    if lead:
        units.append(Unit(lead))
        _take_lead(units[-1], result, f"input field '{source}:lead'")
    units.extend(body_units)
    end = _take_tail(body_units, 0, result)
    if not lead and end > 0:
        _take_lead(body_units[0], result, f"the first paragraph of input field '{source}:body'")
        classify_body(body_units[1:end], result)
    else:
        classify_body(body_units[:end], result)
    return result


def _take_header(units: list[Unit], result: Classified) -> int:
    if not units:
        return 0
    dateline = parse_dateline(units[0].text)
    if dateline is not None:
        units[0].whole("dateline", "first line of the page is a date")
        result.dateline = dateline
        if len(units) > 1:
            units[1].whole("title", "first line after the page date")
            return 2
        return 1
    if len(units) > 1 and len(units[0].text) <= _TITLE_MAX_CHARS:
        dateline = parse_dateline(units[1].text)
        if dateline is not None:
            units[0].whole("title", "first line of the page, above a date")
            units[1].whole("dateline", "date line under the title")
            result.dateline = dateline
            return 2
    if split_lead_tag(units[0].text) and len(units[0].text) > _TITLE_MAX_CHARS:
        return 0  # the page opens with its lead: it has no title
    units[0].whole("title", "first line of the page")
    return 1


def _take_tail(units: list[Unit], start: int, result: Classified) -> int:
    """Mark the closing byline, attribution and credits; return where the body ends."""
    end = len(units)
    # keep at least one unit for the lead
    while end - 1 > start and len(units) - end < _TAIL_MAX_UNITS:
        unit = units[end - 1]
        if parse_attribution(unit.text) is not None:
            unit.whole("attribution", "a closing 'Theo …'/'Nguồn: …' line")
        elif not result.authors and (byline := parse_byline(unit.text)) is not None:
            unit.whole("byline", byline.method)
            result.authors = byline.authors
            if not byline.authors and "byline" in [u.role for u in units[end:]]:
                break
        elif (credit := find_credit(unit.text, normalized=True)) is not None and credit.start == 0:
            unit.whole("photo_credit", "a closing photo credit line")
        else:
            break
        end -= 1
    if not any(u.role == "byline" for u in units[end:]) and end > start:
        last = units[end - 1]
        cut = split_trailing_byline(last.text)
        if cut is not None and (byline := parse_byline(last.text[cut:])) is not None:
            last.blocks = [
                ("paragraph", 0, len(last.text[:cut].rstrip()), "prose"),
                ("byline", cut, len(last.text), "names after the last sentence of the body"),
            ]
            result.authors = byline.authors
    return end


def _take_lead(unit: Unit, result: Classified, method: str) -> None:
    tag_length = split_lead_tag(unit.text)
    if tag_length:
        tag = unit.text[:tag_length].strip()
        result.lead_tag = tag
        method = f"{method}; opening tag '{tag}' stripped"
    unit.blocks = [("lead", tag_length, len(unit.text), method)]


def classify_body(units: list[Unit], result: Classified) -> None:
    """Mark prose paragraphs, captions and photo credits between the lead and the tail."""
    previous: Unit | None = None
    for unit in units:
        if unit.blocks:  # already taken (a byline split off the last paragraph)
            previous = unit
            continue
        credit = find_credit(unit.text, normalized=True)
        if credit is not None and credit.start == 0:
            unit.whole("photo_credit", "a photo credit line")
            if previous is not None and previous.role == "paragraph" and is_caption_like(previous.text):
                previous.whole("caption", "a short line above a photo credit")
        elif credit is not None:
            caption_end = len(unit.text[: credit.start].rstrip(" .–—-(|"))
            unit.blocks = [("caption", 0, caption_end, "a line ending with a photo credit")] if caption_end else []
            unit.blocks.append(("photo_credit", credit.start, len(unit.text), "a photo credit inside a caption"))
        elif is_caption_like(unit.text, has_credit=False):
            unit.whole("caption", "a short line without final punctuation between paragraphs")
        else:
            unit.whole("paragraph", "prose")
        previous = unit
