"""Title phrases: a title word with the organisation (or field, or state) it is held in.

"Bí thư Trung ương Đảng", "Trưởng Ban Tuyên giáo Trung ương", "Phó Chủ tịch UBND
tỉnh", "Thứ trưởng Bộ Tư pháp", "Tổng thống Mỹ", "Hiệu trưởng nhà trường". The
organisation part comes from the shared scan of ``bantin.extract.orgs``, with the
full name the organisation extractor gives it (abbreviations written out, the place
completed from the article); where no organisation starts after the title word, the
same walker reads what follows in title mode (a field: "Bộ trưởng Tư pháp", written
with its ministry: "Bộ trưởng Bộ Tư pháp"; a state: "Tổng thống Mỹ").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bantin.extract.orgs import expand_abbreviations
from bantin.extract.orgs._chars import match_before
from bantin.extract.orgs._scan import Scan, TitleWord
from bantin.extract.orgs._value import full_name
from bantin.extract.orgs._walk import walk
from bantin.extract.people import _lexicon as lx
from bantin.text import canonical_form

_GENERIC_OBJECT_MAX_WORDS = 7


# Not frozen: a frozen dataclass costs five times as much to build, and thousands are built per
# second; nothing outside this package sees it.
@dataclass(slots=True)
class Title:
    """A title phrase: its span, its value (as written, abbreviations expanded, canonical
    tone placement), where its holder's name starts when it follows with no comma, whether
    the title has an object (an organisation, a field, a state) and whether it is held in a
    sub-unit ("Trưởng khoa")."""

    start: int
    end: int
    value: str
    word: str
    person_start: int | None
    has_object: bool
    in_unit: bool
    organisation: str | None = None


@lru_cache(maxsize=8192)
def title_value(written: str) -> str:
    """A title as written, with its organisation's abbreviations expanded ("Chủ tịch UBND tỉnh" ->
    "Chủ tịch Ủy ban nhân dân tỉnh") and canonical tone placement."""
    return canonical_form(expand_abbreviations(written))


def read_titles(text: str, found: Scan, org_values: dict[int, str]) -> list[Title]:
    """Every title phrase the scan found in ``text``, in text order. ``org_values`` are the full
    names of the organisations in the text by their start (``bantin.extract.orgs``): a title holds
    its organisation's full name ("Chủ tịch UBND TP" -> "Chủ tịch Ủy ban nhân dân thành phố Hà Nội")."""
    titles = []
    for word in found.titles:
        title = _complete(text, found, word, org_values)
        if title is not None:
            titles.append(title)
    return titles


def title_at(text: str, found: Scan, position: int, org_values: dict[int, str]) -> Title | None:
    """The title phrase starting at ``position`` (a lowercase one the scan does not look for:
    "ông Huỳnh Tấn Vinh, chủ tịch Hiệp hội du lịch ...")."""
    match = lx.TITLE_WORD_RE.match(text, position)
    if match is None:
        return None
    return _complete(
        text,
        found,
        TitleWord(position, match.end(), lx.TITLE_WORD_CANONICAL[match.group("word")]),
        org_values,
    )


def with_organisation(text: str, start: int, org_start: int, org_end: int, org_values: dict[int, str]) -> str:
    """The value of a title whose organisation spans ``org_start:org_end``: the title words as
    written, then the organisation's full name."""
    org_value = org_values.get(org_start)
    if org_value is None:
        return title_value(text[start:org_end])
    return f"{title_value(text[start:org_start].rstrip())} {org_value}"


def title_before(text: str, position: int, previous: str) -> Title | None:
    """A bare title word right before a name ("phó chủ tịch Nguyễn Văn A"); ``previous`` is the word
    before ``position``."""
    if previous not in lx.TITLE_LAST_WORDS:
        return None
    match = match_before(lx.TITLE_BEFORE_RE, text, position - 1, lx.TITLE_WINDOW)
    if match is None:
        return None
    word = lx.TITLE_WORD_CANONICAL[match.group("word")[::-1]]
    if word in lx.TITLE_NEEDS_ORGANISATION:
        return None
    start, end = position - 1 - match.end(), position - 1
    return Title(start, end, title_value(text[start:end]), word, position, False, False)


def _complete(text: str, found: Scan, word: TitleWord, org_values: dict[int, str]) -> Title | None:
    org = found.org_starting_at(word.end + 1)
    in_unit = word.word in lx.UNIT_TITLE_WORDS
    value = None
    if org is not None:
        end, person_start = org.end, org.walk.person_start
        value = with_organisation(text, word.start, org.start, org.end, org_values)
    else:
        # A unit title names its unit next ("Trưởng khoa Luật"), never its holder.
        result = walk(text, word.end, in_title=True, requirement="name" if in_unit else None)
        end, person_start = result.end, result.person_start
        if end == word.end and person_start is None:
            end = _generic_object_end(text, word.end)
        elif word.word in lx.MINISTRY_TITLES and _is_field(text, word.end, end):
            # "Bộ trưởng Y tế": the minister of the Ministry of Health.
            value = (
                f"{title_value(text[word.start : word.end])} {full_name('Bộ ' + text[word.end + 1 : end])}"
            )
    has_object = end > word.end
    if not has_object and word.word in lx.TITLE_NEEDS_ORGANISATION:
        return None
    if value is None:
        value = title_value(text[word.start : end])
    title = Title(word.start, end, value, word.word, person_start, has_object, in_unit)
    if org is not None:
        title.organisation = org_values.get(org.start)
    return title


def _is_field(text: str, position: int, end: int) -> bool:
    """Whether ``position:end`` is a ministry's field ("Y tế", "Công Thương", "GD&ĐT")."""
    match = lx.SECTOR_RE.match(text, position)
    if match is not None and match.end() == end:
        return True
    written = text[position + 1 : end]
    return written.isupper() and canonical_form(expand_abbreviations(written)) in lx.SECTORS


def _generic_object_end(text: str, pos: int) -> int:
    """ "Hiệu trưởng nhà trường", "Giám đốc một công ty chế biến gỗ xuất khẩu": the end of the object."""
    match = lx.GENERIC_TITLE_OBJECT_RE.match(text, pos)
    if match is None:
        return pos
    end = match.end()
    words = 0
    while words < _GENERIC_OBJECT_MAX_WORDS and text[end : end + 1] == " ":
        nxt = end + 1
        stop = nxt
        while stop < len(text) and (text[stop].isalpha() or text[stop] in "-'"):
            stop += 1
        token = canonical_form(text[nxt:stop])
        pair_end = text.find(" ", stop + 1)
        pair = canonical_form(text[nxt : pair_end if pair_end != -1 else len(text)])
        if not token or not token[0].islower() or token in lx.TAIL_STOP_ONE or pair in lx.TAIL_STOP_TWO:
            break
        end = stop
        words += 1
    return end
