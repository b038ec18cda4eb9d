"""Find the organisations named in a text."""

from __future__ import annotations

from bantin.extract.context import ExtractContext
from bantin.extract.orgs import _lexicon as lx
from bantin.extract.orgs._model import OrgMention
from bantin.extract.orgs._scan import scan
from bantin.extract.orgs._value import complete_places, draft, resolve_short_mentions

SKIPPED_ROLES = ("byline", "photo_credit", "attribution", "dateline")
"""Blocks that name authors, photographers and sources, not the organisations an article is about."""


def _is_lead_tag(text: str, start: int, end: int) -> bool:
    """"(Báo Nghệ An) - Sáng 7/12, ...": the outlet that opens a lead is a credit, not a subject."""
    return text[start - 1 : start] == "(" and text[end : end + 3] in (") -", ") –", ") —")


def find_organizations(
    text: str, context: ExtractContext | None = None, *, province: str | None = None
) -> list[OrgMention]:
    """Every organisation named in ``text``, in text order.

    ``text`` is the normalised text of a record (``bantin.text.normalize_text``);
    offsets point into it. ``context`` gives the layout blocks to skip (byline,
    photo credits, attribution). ``province`` is the province the article is from
    or about ("Lạng Sơn"): names ending with a bare unit word or with "Tỉnh ủy" are
    completed with it ("Ban Tuyên giáo Tỉnh uỷ" -> "Ban Tuyên giáo Tỉnh ủy Lạng Sơn").
    """
    if not text:
        return []
    found = scan(text)
    skipped = context.spans_of(*SKIPPED_ROLES) if context is not None else []
    drafts = [
        draft(span, text)
        for span in found.orgs
        if span.head.head not in lx.TITLE_ONLY
        and not any(s < span.end and span.start < e for s, e in skipped)
        and not _is_lead_tag(text, span.start, span.end)
    ]
    complete_places(drafts, province)
    drafts = resolve_short_mentions(drafts)
    return [
        OrgMention(
            start=d.span.start,
            end=d.span.end,
            text=d.text,
            value=d.value,
            head=d.head,
            org_kind=d.kind,  # type: ignore[arg-type]
            place=d.place,
            evidence="; ".join(d.evidence),
        )
        for d in drafts
    ]
