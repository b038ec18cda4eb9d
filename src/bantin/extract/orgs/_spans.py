"""The spans the scan finds: title words and organisation names, before values are built."""

from __future__ import annotations

from dataclasses import dataclass

from bantin.extract.orgs._lexicon import HeadInfo
from bantin.extract.orgs._walk import Walk


# Not frozen: a frozen dataclass costs five times as much to build, and thousands are built per
# second; nothing outside this package sees it.
@dataclass(slots=True)
class TitleWord:
    """A title word as found: "Phó Chủ tịch Thường trực" (``start``, ``end``), its bare word."""

    start: int
    end: int
    word: str


@dataclass(slots=True)
class OrgSpan:
    """An organisation name as found, before its value is built."""

    start: int
    end: int
    head: HeadInfo
    walk: Walk
    in_title: bool
    bare_party: bool = False
    bare_body: bool = False
    """A head that needs a level or a name, standing alone ("UBND", "Thường trực"): an organisation
    only when the article says which one it is."""
    fixed_value: str | None = None
    """The value of a name known whole ("QUỐC HỘI" -> "Quốc hội")."""
