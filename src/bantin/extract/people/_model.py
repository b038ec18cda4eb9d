"""The person mention: what :func:`find_people` returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MentionKind = Literal["full-name", "title-only", "given-name", "family-name+marker", "epithet"]


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person named (or referred to by title) in a text.

    ``start``/``end`` point into the text given and ``text`` is the words there: the name
    only ("Nguyễn Trọng Nghĩa", "Nghĩa"), or the title phrase of a mention by title alone
    ("Trưởng Ban Tuyên giáo Trung ương"). ``name`` is the full name of the person referred
    to, as first written in the text. ``titles`` are the titles attached to this mention,
    as written with abbreviations expanded; ``markers`` the honorifics and ranks before it
    ("đồng chí", "Đại tá", "GS.TS"); ``roles`` the role words ("nhà báo", "cầu thủ");
    ``mention`` how the person is referred to; ``evidence`` which rules found it.
    """

    start: int
    end: int
    text: str
    name: str
    titles: tuple[str, ...]
    markers: tuple[str, ...]
    mention: MentionKind
    roles: tuple[str, ...]
    evidence: str
