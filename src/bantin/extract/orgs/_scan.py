"""One pass over a text: its capitalised runs, the title words and the organisation names in it.

Every name, head noun and capitalised title word opens a run of capitalised
words, so the text is scanned once for those runs (a few dozen in a 3 KB
article) and everything else is an anchored match at a run, or a look at the
words right before it (a title or head written in lowercase: "phó chủ tịch UBND
...", "công ty TNHH ..."). Both extractors need the result (people read titles,
titles hold organisations, and an organisation after a title word may be
followed by its holder's name), and the pipeline calls both on the same text, so
it is cached per text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bantin.extract.orgs import _lexicon as lx
from bantin.extract.orgs._chars import match_before
from bantin.extract.orgs._walk import Walk, walk
from bantin.lang.vi import organisations as vi_orgs
from bantin.text import canonical_form

_AUTHORITY_TITLES = tuple(canonical_form(t) for t in vi_orgs.AUTHORITY_TITLES)
_WORD_JOINERS = "&'’-"


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
    head: lx.HeadInfo
    walk: Walk
    in_title: bool
    bare_party: bool = False


@dataclass(slots=True)
class Scan:
    """The name runs, title words and organisation names of a text, in text order.

    ``names`` are the runs of name-shaped capitalised words outside titles and organisations,
    as (start, words): the candidates for people's names.
    """

    names: tuple[tuple[int, tuple[str, ...]], ...]
    titles: tuple[TitleWord, ...]
    orgs: tuple[OrgSpan, ...]

    def org_starting_at(self, position: int) -> OrgSpan | None:
        """The organisation whose name starts at ``position``, if any."""
        for org in self.orgs:
            if org.start == position:
                return org
            if org.start > position:
                return None
        return None


@lru_cache(maxsize=8)
def scan(text: str) -> Scan:
    """Find the name runs, title words and organisation names of ``text`` (cached per text)."""
    names: list[tuple[int, tuple[str, ...]]] = []
    titles: list[TitleWord] = []
    orgs: list[OrgSpan] = []
    covered = -1
    title_first = lx.TITLE_FIRST_WORDS
    head_first = lx.HEAD_FIRST_WORDS
    breakers = lx.NAME_RUN_BREAKERS
    openers = lx.HEAD_OPENERS
    lowercase_head_ends = lx.LOWERCASE_HEAD_LAST_CHARS
    support_ends = lx.NAME_SUPPORT_LAST_CHARS
    support_suffixes = lx.NAME_SUPPORT_SUFFIXES
    for match in lx.RUN_RE.finditer(text):
        start = match.start()
        if start:
            previous_char = text[start - 1]
            if previous_char != " " and (previous_char.isalnum() or previous_char in _WORD_JOINERS):
                continue  # a capital inside a word ("iPhone")
        two_before = text[start - 2] if start > 1 else " "
        group = match.group()
        if " " not in group:
            # One capitalised word: most runs are sentence openers, and this path is the hot one.
            if start < covered:
                continue
            if (
                group in title_first
                or group in head_first
                or (two_before in lowercase_head_ends and _may_follow_lowercase_head(text, start))
            ):
                found = _read_at(text, start, group, titles, orgs)
                if found > start:
                    covered = found
                    continue
            if two_before in support_ends and text[start - 3 : start - 1] in support_suffixes:
                if (len(group) == 1 or group[1].islower() or group[1] in "'’") and _may_be_name_run(
                    text, start, [group], titles, orgs
                ):
                    names.append((start, (group,)))
            elif group in lx.EPITHET_WORDS or (titles and titles[-1].end + 1 == start) or (
                orgs and orgs[-1].walk.person_start == start
            ):
                names.append((start, (group,)))
            continue
        if match.end() <= covered:
            continue
        position = start
        current: list[str] = []
        current_start = start
        previous = ""
        for index, word in enumerate(group.split(" ")):
            if position < covered:
                position += len(word) + 1
                previous = ""  # where a title or a body ended, another may start
                continue
            # Heads and titles open a run ("Sở Y tế"), or follow a sentence opener in it ("Theo Sở ...",
            # "Tại Trường ..."), not a name's syllable ("Nguyễn Văn", "Trung Quốc"); a head in lowercase
            # can only stand right before a run ("công ty TNHH ...").
            if (index == 0 or not previous or previous in openers) and (
                word in title_first
                or word in head_first
                or (index == 0 and two_before in lowercase_head_ends and _may_follow_lowercase_head(text, start))
            ):
                found = _read_at(text, position, word, titles, orgs)
                if found > position:
                    covered = found
                    if current and _may_be_name_run(text, current_start, current, titles, orgs):
                        names.append((current_start, tuple(current)))
                    current = []
                    position += len(word) + 1
                    previous = word
                    continue
            # Everything else may be (part of) a person's name: "Nguyễn Trọng Nghĩa", "Ông Trump".
            if (len(word) == 1 or word[1].islower() or word[1] in "'’") and not (current and word in breakers):
                if not current:
                    current_start = position
                current.append(word)
            else:
                if current and _may_be_name_run(text, current_start, current, titles, orgs):
                    names.append((current_start, tuple(current)))
                current = []
            position += len(word) + 1
            previous = word
        if current and _may_be_name_run(text, current_start, current, titles, orgs):
            names.append((current_start, tuple(current)))
    titles.sort(key=lambda t: t.start)
    orgs.sort(key=lambda o: o.start)
    return Scan(tuple(names), tuple(titles), tuple(orgs))


def _may_be_name_run(
    text: str, start: int, words: list[str], titles: list[TitleWord], orgs: list[OrgSpan]
) -> bool:
    """Whether a run of name-shaped words could be a person's name, at a first glance.

    Three words opening with a family name, or a name particle ("Văn", "Thị"), are names by their
    shape; anything else needs a word around it: a marker or title before it ("ông Nghĩa",
    "Tổng thống Putin"), an apposition after it (", Bí thư ..."), or it is an epithet ("gương
    Bác"). Most capitalised runs (sentence openers, places) stop here, which keeps the people
    extractor's work to a handful of candidates per article."""
    first = words[0]
    size = len(words)
    if size == 1:
        if first in lx.NAME_RUN_BREAKERS:
            return False
        if first in lx.EPITHET_WORDS:
            return True
    else:
        if size >= 3 and (first in lx.FAMILY_NAMES or words[1] in lx.FAMILY_NAMES):
            return True
        if words[1] in lx.NAME_PARTICLES or first in lx.CAPITALISED_HONORIFICS or first in lx.EPITHET_FIRST:
            return True
        end = start + len(" ".join(words))
        if text[end : end + 2] == ", " or text[end : end + 3] in (" - ", " – ", " — "):
            return True
    if start < 2 or text[start - 1] != " " or text[start - 2] not in lx.NAME_SUPPORT_LAST_CHARS:
        return False
    if (titles and titles[-1].end + 1 == start) or (orgs and orgs[-1].walk.person_start == start):
        return True
    space = text.rfind(" ", max(0, start - 24), start - 1)
    return text[space + 1 : start - 1] in lx.NAME_SUPPORT_LAST_WORDS


def _may_follow_lowercase_head(text: str, start: int) -> bool:
    if start < 2 or text[start - 1] != " " or text[start - 2] not in lx.LOWERCASE_HEAD_LAST_CHARS:
        return False
    space = text.rfind(" ", max(0, start - 20), start - 1)
    return text[space + 1 : start - 1] in lx.LOWERCASE_HEAD_LAST_WORDS


def _read_at(text: str, start: int, word: str, titles: list[TitleWord], orgs: list[OrgSpan]) -> int:
    """Read a title word or an organisation starting at ``start``; return where it ends (or ``start``)."""
    if word in lx.TITLE_FIRST_WORDS:
        title = _title_at(text, start)
        if title is not None:
            titles.append(title)
            if text[title.end : title.end + 1] == " ":
                org = _org_at(text, title.end + 1, in_title=True)
                if org is not None:
                    orgs.append(org)
                    return org.end
            return title.end
    org = None
    if word in lx.HEAD_FIRST_WORDS:
        org = _org_at(text, start, in_title=None, titles=titles)
    elif _may_follow_lowercase_head(text, start):
        org = _lowercase_head_org(text, start)
    if org is not None:
        orgs.append(org)
        return org.end
    return start


def _title_at(text: str, start: int) -> TitleWord | None:
    match = lx.TITLE_WORD_RE.match(text, start)
    if match is None:
        return None
    return TitleWord(start, match.end(), lx.TITLE_WORD_CANONICAL[match.group("word")])


def _title_before(text: str, start: int) -> TitleWord | None:
    """A title word in lowercase right before a head ("phó chủ tịch UBND tỉnh ...")."""
    if start < 2 or text[start - 1] != " ":
        return None
    space = text.rfind(" ", max(0, start - 20), start - 1)
    if text[space + 1 : start - 1] not in lx.TITLE_LAST_WORDS:
        return None
    match = match_before(lx.TITLE_BEFORE_RE, text, start - 1, lx.TITLE_WINDOW)
    if match is None:
        return None
    return TitleWord(start - 1 - match.end(), start - 1, lx.TITLE_WORD_CANONICAL[match.group("word")[::-1]])


def _org_at(
    text: str, start: int, *, in_title: bool | None, titles: list[TitleWord] | None = None
) -> OrgSpan | None:
    """The organisation whose head starts at ``start``, with the name read after it.

    ``in_title=None`` asks to look for a title word in lowercase before the head ("phó chủ tịch
    UBND tỉnh"), which is then added to ``titles``.
    """
    match = lx.HEAD_RE.match(text, start)
    if match is None:
        return None
    head_end = match.end()
    head = lx.HEAD_SPELLING[match.group()]
    if _is_no_organisation(text, start, match.group()):
        return None
    if in_title is None:
        before = _title_before(text, start)
        if before is not None and titles is not None:
            titles.append(before)
        in_title = before is not None
    info = lx.HEADS[head]
    if head == "Đảng":
        return _party(text, start, head_end, info)
    org_start = start
    if head == "Chính phủ":
        org_start = _authority_start(text, start)
        in_title = in_title and org_start == start
    firsts = lx.HEAD_FIRST_WORDS_REQUIRED.get(info.head)
    if firsts is not None and not _opens_with(text, head_end + 1, firsts):
        return None
    result = walk(
        text, head_end, in_title=in_title, requirement=info.requirement, sector=match.group() in lx.SECTOR_HEADS
    )
    if not _meets(info.requirement, result):
        return None
    return OrgSpan(org_start, max(result.end, head_end), info, result, in_title)


def _lowercase_head_org(text: str, start: int) -> OrgSpan | None:
    """"công ty TNHH Lương thực ...", "trường Đại học Y Hà Nội": a head in lowercase before a run."""
    match = match_before(lx.LOWERCASE_HEAD_BEFORE_RE, text, start - 1, 24)
    if match is None:
        return None
    head_start = start - 1 - match.end()
    written = text[head_start : start - 1]
    head = lx.HEAD_SPELLING.get(written, written)
    info = lx.HEADS[head]
    not_after = lx.LOWERCASE_HEAD_NOT_AFTER.get(head)
    if not_after and _previous_word(text, head_start) in not_after:
        return None
    result = walk(text, start - 1, in_title=False, requirement=info.requirement, sector=head in lx.SECTOR_HEADS)
    if not _meets(info.requirement, result):
        return None
    return OrgSpan(head_start, result.end, info, result, False)


def _opens_with(text: str, position: int, words: frozenset[str]) -> bool:
    for word in words:
        end = position + len(word)
        if text.startswith(word, position) and (end >= len(text) or not text[end].isalnum()):
            return True
    return False


def _previous_word(text: str, start: int) -> str:
    if start < 2 or text[start - 1] != " ":
        return ""
    space = text.rfind(" ", max(0, start - 12), start - 1)
    return text[space + 1 : start - 1]


def _meets(requirement: str, result: Walk) -> bool:
    if requirement == "capital":
        # A head written in lowercase ("công ty", "bệnh viện") is a body only with a proper name.
        return result.has_name
    if requirement == "name":
        return result.has_name or result.level is not None
    if requirement == "level":
        return result.has_name or result.level is not None or result.central
    return True


def _is_no_organisation(text: str, start: int, head: str) -> bool:
    for offset, phrase in lx.NOT_ORGANISATIONS.get(head, ()):
        begin = start - offset
        if begin >= 0 and text.startswith(phrase, begin):
            after = begin + len(phrase)
            if after >= len(text) or not text[after].isalnum():
                return True
    return False


def _party(text: str, start: int, end: int, info: lx.HeadInfo) -> OrgSpan | None:
    """"Đảng" alone is the Communist Party of Viet Nam; "Đảng Dân chủ" is a party by its name."""
    following = text[end + 1 : end + 12].split(" ", 1)[0] if text[end : end + 1] == " " else ""
    if following and canonical_form(following) in lx.PARTY_WORD_FOLLOWERS:
        return None
    if following[:1].isupper():
        result = walk(text, end, in_title=False, requirement="name")
        if result.has_name:
            return OrgSpan(start, result.end, info, result, False)
    bare = Walk(end, end, False, None, None, False, None)
    return OrgSpan(start, end, info, bare, False, bare_party=True)


def _authority_start(text: str, start: int) -> int:
    """"của Thủ tướng Chính phủ" issuing a decision: the office is the organisation."""
    for title in _AUTHORITY_TITLES:
        title_start = start - len(title) + len("Chính phủ")
        if title_start >= 4 and text[title_start - 4 : title_start] == "của ":
            if canonical_form(text[title_start : start + len("Chính phủ")]) == title:
                return title_start
    return start
