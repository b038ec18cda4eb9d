"""Find the people named in a text, with their titles."""

from __future__ import annotations

from bantin.extract.context import ExtractContext
from bantin.extract.orgs._find import skipped_spans
from bantin.extract.orgs._scan import scan
from bantin.extract.orgs._value import article_drafts
from bantin.extract.people._model import PersonMention
from bantin.extract.people._names import find_name_candidates, marker_before
from bantin.extract.people._resolve import Resolved, resolve_names, resolve_titles, upgrade_titles
from bantin.extract.people._titles import read_titles


def find_people(
    text: str, context: ExtractContext | None = None, *, province: str | None = None
) -> list[PersonMention]:
    """Every person named in ``text``, and every later mention of them, in text order.

    ``text`` is the normalised text of a record; offsets point into it. ``context``
    gives the layout blocks: names in the byline, photo credits and attribution are
    authors, not subjects, and are skipped. ``province`` is the province the article
    is from or about, as for ``bantin.extract.orgs.find_organizations``: a title holds
    its organisation's full name ("Chủ tịch UBND tỉnh" -> "Chủ tịch Ủy ban nhân dân
    tỉnh Lạng Sơn").
    """
    if not text:
        return []
    found = scan(text)
    skipped = skipped_spans(context)
    org_values = {d.span.start: d.value for d in article_drafts(text, skipped, province)}
    # A title inside an organisation's name is none ("... của Thủ tướng Chính phủ" issuing a decision).
    plain_orgs = [(o.start, o.end) for o in found.orgs if not o.in_title]
    titles = [
        t
        for t in read_titles(text, found, org_values)
        if not any(s <= t.start < e for s, e in plain_orgs) and not any(s <= t.start < e for s, e in skipped)
    ]
    org_ends = {o.start: o.end for o in found.orgs if not o.in_title}
    candidates = find_name_candidates(text, found, titles, list(skipped), org_ends, org_values)
    mentions, persons = resolve_names(text, candidates)
    attached = [(t.start, t.end) for c in candidates for t in c.titles]
    mentions += resolve_titles(text, titles, attached, marker_before, persons)
    upgrade_titles(mentions)
    mentions.sort(key=lambda m: m.start)
    return [_mention(text, m) for m in mentions]


def _mention(text: str, item: Resolved) -> PersonMention:
    markers: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    if item.markers:
        markers = tuple([m.text for m in item.markers if m.kind != "role"])
        roles = tuple([m.text for m in item.markers if m.kind == "role"])
    return PersonMention(
        start=item.start,
        end=item.end,
        text=text[item.start : item.end],
        name=item.value,
        titles=item.titles,
        markers=markers,
        mention=item.kind,  # type: ignore[arg-type]
        roles=roles,
        evidence="; ".join(item.evidence) or "name",
    )
