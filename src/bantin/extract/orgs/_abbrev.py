"""Expanding the abbreviations of organisation names and titles ("UBND" -> "Ủy ban nhân dân")."""

from __future__ import annotations

import re

from bantin.extract.orgs._chars import trie_pattern
from bantin.lang.vi import organisations as vi_orgs

_ABBREVIATIONS = dict(vi_orgs.ABBREVIATIONS)
for _abbreviation, (_, _first, _other) in vi_orgs.CONTEXT_ABBREVIATIONS.items():
    _ABBREVIATIONS.setdefault(_abbreviation, _other)

# "TP." keeps its dot in the pattern so that "TP. Hồ Chí Minh" loses it; elsewhere a word boundary
# closes the abbreviation, and "&" or "-" glued to it ("GD&ĐT", "LĐ-TB&XH") belong to it.
_ABBREVIATION_RE = re.compile(r"(?<![\w&.\-])(?:" + trie_pattern(_ABBREVIATIONS) + r")(?![\w&]|-\w)")
_CONTEXT_HEADS = {
    abbreviation: tuple(heads) for abbreviation, (heads, _, _) in vi_orgs.CONTEXT_ABBREVIATIONS.items()
}
_SPACES_RE = re.compile(r"\s+")


def expand_abbreviations(text: str) -> str:
    """Return ``text`` with the abbreviations of organisation names and titles written out.

    "Phó Chủ tịch UBND tỉnh" -> "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Ban Tuyên giáo TW" ->
    "Ban Tuyên giáo Trung ương", "Sở GD&ĐT" -> "Sở Giáo dục và Đào tạo", "Công ty CP X" ->
    "Công ty cổ phần X". Words that are not abbreviations are left as written.
    """
    if not _ABBREVIATION_RE.search(text):
        return text
    pieces: list[str] = []
    last = 0
    for match in _ABBREVIATION_RE.finditer(text):
        abbreviation = match.group()
        expansion = _ABBREVIATIONS[abbreviation]
        heads = _CONTEXT_HEADS.get(abbreviation)
        if heads is not None and text[: match.start()].rstrip().endswith(heads):
            expansion = vi_orgs.CONTEXT_ABBREVIATIONS[abbreviation][1]
        pieces.append(text[last : match.start()])
        pieces.append(expansion)
        last = match.end()
        if abbreviation.endswith(".") and text[last : last + 1] == " ":
            last += 1
            pieces.append(" ")
        elif text[last : last + 1] == "." and text[last + 1 : last + 2].isupper():
            last += 1
            pieces.append(" ")  # "TP.Hải Phòng"
    pieces.append(text[last:])
    return _SPACES_RE.sub(" ", "".join(pieces)).strip()
