"""Reading what starts at a capitalised word: a title word, an organisation, or both.

The scan (``_scan``) calls :func:`read_at` where a run of capitals may open a head
or a title ("Sở", "Phó Chủ tịch", "Thủ tướng"); it reads the title word, the
organisation after it (walked in title mode, so that a holder's name after it is
left out), a title word written in lowercase before a head ("phó chủ tịch UBND
tỉnh"), or a head written in lowercase before the run ("công ty TNHH ...").
"""

from __future__ import annotations

from bantin.extract.orgs import _lexicon as lx
from bantin.extract.orgs._chars import match_before
from bantin.extract.orgs._spans import OrgSpan, TitleWord
from bantin.extract.orgs._walk import Walk, walk
from bantin.lang.vi import organisations as vi_orgs
from bantin.text import canonical_form

_AUTHORITY_TITLES = tuple(canonical_form(t) for t in vi_orgs.AUTHORITY_TITLES)


def may_follow_lowercase_head(text: str, start: int) -> bool:
    if start < 3 or text[start - 1] != " " or text[start - 3 : start - 1] not in lx.LOWERCASE_HEAD_SUFFIXES:
        return False
    space = text.rfind(" ", max(0, start - 20), start - 1)
    return text[space + 1 : start - 1] in lx.LOWERCASE_HEAD_LAST_WORDS


def read_at(text: str, start: int, word: str, titles: list[TitleWord], orgs: list[OrgSpan]) -> int:
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
    lowercase_head = may_follow_lowercase_head(text, start)
    if lowercase_head and (word not in lx.HEAD_FIRST_WORDS or _title_before(text, start) is None):
        # "trường Đại học Y Hà Nội", "thanh tra Bộ Công an": the lowercase head opens the name.
        org = _lowercase_head_org(text, start)
    if org is None and word in lx.HEAD_FIRST_WORDS:
        org = _org_at(text, start, in_title=None, titles=titles)
    if org is not None:
        orgs.append(org)
        return org.end
    return start


def _title_at(text: str, start: int) -> TitleWord | None:
    match = lx.TITLE_WORD_RE.match(text, start)
    if match is None:
        # "Phó Ban Tuyên giáo Trung ương": a deputy named by the body alone.
        for deputy in lx.DEPUTY_WORDS:
            after = start + len(deputy) + 1
            if text.startswith(deputy + " ", start) and lx.DEPUTY_HEAD_RE.match(text, after):
                return TitleWord(start, start + len(deputy), deputy)
        return None
    begin = start
    if match.group("prefix") is None:
        # "nguyên Bộ trưởng", "cựu Ngoại trưởng": a tenure prefix in lowercase belongs to the title.
        previous = _previous_word(text, start)
        if previous in lx.LOWERCASE_TENURE_PREFIXES:
            begin = start - 1 - len(previous)
    return TitleWord(begin, match.end(), lx.TITLE_WORD_CANONICAL[match.group("word")])


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
    org_start = start
    if in_title is None:
        before = _title_before(text, start)
        if before is not None and titles is not None:
            titles.append(before)
            # "Chánh văn phòng UBND tỉnh": the title's last words are the body's head.
            org_start = _head_in_title(text, before, start)
        in_title = before is not None and org_start == start
    info = lx.HEADS[head]
    if head == "Đảng":
        return _party(text, start, head_end, info)
    if head == "Chính phủ":
        org_start = _authority_start(text, start)
        in_title = in_title and org_start == start
    firsts = lx.HEAD_FIRST_WORDS_REQUIRED.get(info.head)
    if firsts is not None and not _opens_with(text, head_end + 1, firsts):
        return None
    result = walk(
        text,
        head_end,
        in_title=in_title,
        requirement=info.requirement,
        sector=match.group() in lx.SECTOR_HEADS,
    )
    if not _meets(info.requirement, result):
        if (
            info.head in lx.BARE_BODY_HEADS
            and result.end == head_end
            and not _generic_follows(text, head_end)
            and not text[max(0, org_start - 12) : org_start - 1].lower().endswith(lx.BARE_BODY_NOT_AFTER)
        ):
            return OrgSpan(org_start, head_end, info, result, in_title, bare_body=True)
        return None
    return OrgSpan(org_start, max(result.end, head_end), info, result, in_title)


def _generic_follows(text: str, end: int) -> bool:
    """ "UBND các cấp", "HĐND và UBND các cấp": every council, none in particular."""
    stop = end
    while stop < len(text) and stop - end < 40 and text[stop] not in ".,;:!?()\n":
        stop += 1
    following = text[end + 1 : stop].split(" ", 1)[0] if text[end : end + 1] == " " else ""
    return following in lx.GENERIC_NEXT_WORDS or any(word in text[end:stop] for word in lx.GENERIC_MARKERS)


def _head_in_title(text: str, title: TitleWord, start: int) -> int:
    """Where a head that closes a title word starts ("Chánh văn phòng" -> "văn phòng"), or ``start``."""
    written = text[title.start : start - 1]
    for size in (2, 1):
        words = written.rsplit(" ", size)
        if len(words) == size + 1:
            tail = " ".join(words[1:])
            if canonical_form(tail) in lx.HEADS and tail[0].islower():
                return start - 1 - len(tail)
    return start


def _lowercase_head_org(text: str, start: int) -> OrgSpan | None:
    """ "công ty TNHH Lương thực ...", "trường Đại học Y Hà Nội": a head in lowercase before a run."""
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
    result = walk(
        text, start - 1, in_title=False, requirement=info.requirement, sector=head in lx.SECTOR_HEADS
    )
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
    """ "Đảng" alone is the Communist Party of Viet Nam; "Đảng Dân chủ" is a party by its name."""
    following = text[end + 1 : end + 12].split(" ", 1)[0] if text[end : end + 1] == " " else ""
    if following and canonical_form(following) in lx.PARTY_WORD_FOLLOWERS:
        return None
    if _previous_word(text, start).lower() in lx.PARTY_NOT_AFTER:
        return None  # "hai Đảng, hai nước": parties, not the Party
    if following[:1].isupper():
        result = walk(text, end, in_title=False, requirement="name")
        if result.has_name:
            return OrgSpan(start, result.end, info, result, False)
    bare = Walk(end, end, False, None, None, False, None)
    return OrgSpan(start, end, info, bare, False, bare_party=True)


def _authority_start(text: str, start: int) -> int:
    """ "của Thủ tướng Chính phủ" issuing a decision: the office is the organisation."""
    for title in _AUTHORITY_TITLES:
        title_start = start - len(title) + len("Chính phủ")
        if title_start >= 4 and text[title_start - 4 : title_start] == "của ":
            after = start + len("Chính phủ")
            if text[after : after + 1] == " " and text[after + 1 : after + 2].isupper():
                continue  # "của Thủ tướng Chính phủ Phạm Minh Chính": the person, not the office
            if canonical_form(text[title_start:after]) == title:
                return title_start
    return start
