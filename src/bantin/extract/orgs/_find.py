"""Find the organisations named in a text."""

from __future__ import annotations

from bantin.extract.context import ExtractContext
from bantin.extract.orgs._model import OrgMention
from bantin.extract.orgs._value import article_drafts

SKIPPED_ROLES = ("byline", "photo_credit", "attribution", "dateline")
"""Blocks that name authors, photographers and sources, not the organisations an article is about."""


def skipped_spans(context: ExtractContext | None) -> tuple[tuple[int, int], ...]:
    """The spans of the blocks whose names are not reported (the people extractor asks too, for the
    same context: the last answer is kept; a context is immutable)."""
    if context is None:
        return ()
    if _last_skipped.context is context:
        return _last_skipped.spans
    spans = tuple(context.spans_of(*SKIPPED_ROLES))
    _last_skipped.context, _last_skipped.spans = context, spans
    return spans


class _LastSkipped:
    """The last context asked about and its skipped spans."""

    __slots__ = ("context", "spans")

    def __init__(self) -> None:
        self.context: ExtractContext | None = None
        self.spans: tuple[tuple[int, int], ...] = ()


_last_skipped = _LastSkipped()


def find_organizations(
    text: str, context: ExtractContext | None = None, *, province: str | None = None
) -> list[OrgMention]:
    """Every organisation named in ``text``, in text order.

    ``text`` is the normalised text of a record (``bantin.text.normalize_text``);
    offsets point into it. ``context`` gives the layout blocks to skip (byline,
    photo credits, attribution). ``province`` is the province the article is from
    or about ("Lạng Sơn"): names ending with a bare unit word or with "Tỉnh ủy" are
    completed with it ("Ban Tuyên giáo Tỉnh uỷ" -> "Ban Tuyên giáo Tỉnh ủy Lạng Sơn"),
    and so are bare departments ("Sở Y tế" -> "Sở Y tế Lạng Sơn") and councils ("UBND").
    """
    if not text:
        return []
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
        for d in article_drafts(text, skipped_spans(context), province)
        if d.reported
    ]
