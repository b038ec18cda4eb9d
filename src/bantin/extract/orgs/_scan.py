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
from bantin.extract.orgs._read import may_follow_lowercase_head, read_at
from bantin.extract.orgs._spans import OrgSpan, TitleWord
from bantin.extract.orgs._walk import Walk
from bantin.text import canonical_form

__all__ = ["OrgSpan", "Scan", "TitleWord", "scan"]

_WORD_JOINERS = "&'’-"
_SUPPORT_LAST_CHARS = lx.NAME_SUPPORT_LAST_CHARS


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
    found = _Found()
    covered = -1
    title_first, head_first = lx.TITLE_FIRST_WORDS, lx.HEAD_FIRST_WORDS
    lowercase_head_ends, lowercase_head_suffixes = lx.LOWERCASE_HEAD_LAST_CHARS, lx.LOWERCASE_HEAD_SUFFIXES
    support_ends, epithets = lx.NAME_SUPPORT_LAST_CHARS, lx.EPITHET_WORDS
    support_suffixes = lx.NAME_SUPPORT_SUFFIXES
    place_runs = lx.PLACE_RUNS  # "Việt Nam", "Hà Nội": never a name, and no body starts with one
    joiners = _WORD_JOINERS
    for match in lx.RUN_RE.finditer(text):
        group = match.group()
        start = match.start()
        if " " in group:
            before = text[start - 1] if start else " "
            if before != " " and before != "\n" and (before.isalnum() or before in joiners):
                continue  # a capital inside a word ("iPhone", "McCain") opens no run
            if match.end() > covered and group not in place_runs:
                if group[1:2].isupper() and group[:2] in lx.UPPERCASE_NAME_OPENINGS:
                    end = _uppercase_name(text, start, found)
                    if end > start:
                        covered = end
                        continue
                covered = _read_run(text, start, group, covered, found)
            continue
        # One capitalised word: most runs are sentence openers, and this path is the hot one.
        if start < covered:
            continue
        two_before = text[start - 2] if start > 1 else " "
        if (group in title_first or group in head_first) and _may_open(text, group, match.end()):
            if _inside_word(text, start):
                continue
            end = found.read(text, start, group)
        elif (
            two_before in lowercase_head_ends
            and text[start - 3 : start - 1] in lowercase_head_suffixes
            and (may_follow_lowercase_head(text, start))
        ):
            end = found.read(text, start, group)
        else:
            end = start
        if end > start:
            covered = end
        elif (
            (two_before in support_ends and text[start - 3 : start - 1] in support_suffixes)
            or group in epithets
            or start == found.next_name
        ) and _may_be_one_word_name(text, start, group, two_before, found):
            found.names.append((start, (group,)))
    found.titles.sort(key=lambda t: t.start)
    found.orgs.sort(key=lambda o: o.start)
    return Scan(tuple(found.names), tuple(found.titles), tuple(found.orgs))


class _Found:
    """What the scan has found so far; ``next_name`` is where a holder's name may follow a title."""

    __slots__ = ("names", "titles", "orgs", "next_name")

    def __init__(self) -> None:
        self.names: list[tuple[int, tuple[str, ...]]] = []
        self.titles: list[TitleWord] = []
        self.orgs: list[OrgSpan] = []
        self.next_name = -1

    def read(self, text: str, start: int, word: str) -> int:
        """Read a title or a body at ``start`` (see ``read_at``); note where a holder may follow."""
        end = read_at(text, start, word, self.titles, self.orgs)
        if end > start:
            last_org = self.orgs[-1] if self.orgs else None
            if last_org is not None and last_org.end == end and last_org.walk.person_start is not None:
                self.next_name = last_org.walk.person_start
            else:
                self.next_name = end + 1
        return end


def _uppercase_name(text: str, start: int, found: _Found) -> int:
    """A name written in capitals ("QUỐC HỘI" heading a law): its span, with its known value."""
    match = lx.UPPERCASE_NAME_RE.match(text, start)
    if match is None:
        return start
    value = lx.UPPERCASE_NAMES[canonical_form(match.group())]
    head = lx.HEADS.get(value) or lx.HeadInfo(value, "state", "none")
    bare = Walk(match.end(), match.end(), True, None, None, False, None)
    found.orgs.append(OrgSpan(start, match.end(), head, bare, False, fixed_value=value))
    return match.end()


def _may_be_one_word_name(text: str, start: int, word: str, two_before: str, found: _Found) -> bool:
    titles, orgs = found.titles, found.orgs
    if two_before in lx.NAME_SUPPORT_LAST_CHARS and text[start - 3 : start - 1] in lx.NAME_SUPPORT_SUFFIXES:
        return (
            (len(word) == 1 or word[1].islower() or word[1] in "'’")
            and not _inside_word(text, start)
            and _may_be_name_run(text, start, start + len(word), [word], titles, orgs)
        )
    return word in lx.EPITHET_WORDS or start == found.next_name


def _read_run(text: str, start: int, run: str, covered: int, found: _Found) -> int:
    """Read a run of several capitalised words: heads and titles in it, and the name runs between."""
    two_before = text[start - 2] if start > 1 else " "
    position = start
    current: list[str] = []
    current_start = start
    previous = ""
    words = run.split(" ")
    last = len(words) - 1
    title_first, head_first, breakers = lx.TITLE_FIRST_WORDS, lx.HEAD_FIRST_WORDS, lx.NAME_RUN_BREAKERS
    opener_firsts = lx.SENTENCE_OPENER_FIRSTS
    lowercase_head = two_before in lx.LOWERCASE_HEAD_LAST_CHARS
    for index, word in enumerate(words):
        if position < covered:
            position += len(word) + 1
            previous = ""  # where a title or a body ended, another may start
            continue
        # Heads and titles open a run ("Sở Y tế"), or follow a sentence opener in it ("Theo Sở ...",
        # "Tại Trường ..."), not a name's syllable ("Nguyễn Văn", "Trung Quốc"); a head in lowercase
        # can only stand right before a run ("công ty TNHH ...").
        opens = word in title_first or word in head_first
        if (
            (opens or (index == 0 and lowercase_head))
            and (index == 0 or not previous or previous in lx.HEAD_OPENERS or _is_acronym(previous))
            and (
                (opens and _may_open(text, word, position + len(word)))
                or (index == 0 and may_follow_lowercase_head(text, start))
            )
        ):
            end = found.read(text, position, word)
            if end > position:
                covered = end
                if current:
                    _add_name_run(text, current_start, position - 1, current, found)
                    current = []
                position += len(word) + 1
                previous = word
                continue
        # Everything else may be (part of) a person's name: "Nguyễn Trọng Nghĩa", "Ông Trump".
        if (len(word) == 1 or word[1].islower() or word[1] in "'’") and not (
            current
            and (word in breakers or (word in opener_firsts and _opens_sentence(text, position, word)))
        ):
            if not current:
                current_start = position
            syllable = _unglued(word) if (index == last and len(word) > 5) or word[-1] in "-–" else word
            if syllable != word:
                # "Bùi Xuân Khuđược", "Dương Tấn Hiển-": a word glued to the name ends it.
                current.append(syllable)
                _add_name_run(text, current_start, position + len(syllable), current, found)
                current = []
            else:
                current.append(word)
        elif current:
            _add_name_run(text, current_start, position - 1, current, found)
            current = []
        position += len(word) + 1
        previous = word
    if current:
        _add_name_run(text, current_start, position - 1, current, found)
    return covered


def _opens_sentence(text: str, position: int, word: str) -> bool:
    """ "... Huỳnh Vĩnh Ái Như vậy, ...": a capitalised word that, with the next, opens a sentence."""
    end = position + len(word)
    following = text[end + 1 : end + 12].split(" ", 1)[0].rstrip(",.;:")
    return f"{word} {following}" in lx.SENTENCE_OPENERS


def _unglued(word: str) -> str:
    """A name's syllable without what is glued to it: a dash ("Hiển-"), or a small word run into it
    when a space was lost ("Khuđược" -> "Khu", "Trọngmong" -> "Trọng")."""
    if word[-1] in "-–":
        return word[:-1] or word
    if len(word) < 6 or not word[1:].islower():
        return word
    for size in range(min(5, len(word) - 2), 1, -1):
        tail = word[-size:]
        if tail in lx.GLUED_WORDS and lx.VOWEL_RE.search(word[:-size]):
            return word[:-size]
    return word


def _is_acronym(word: str) -> bool:
    """ "PV", "TTXVN": after an acronym a head or a title may start inside a run ("PV Dân trí")."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _add_name_run(text: str, start: int, end: int, words: list[str], found: _Found) -> None:
    if words and _may_be_name_run(text, start, end, words, found.titles, found.orgs):
        found.names.append((start, tuple(words)))


def _may_be_name_run(
    text: str, start: int, end: int, words: list[str], titles: list[TitleWord], orgs: list[OrgSpan]
) -> bool:
    """Whether a run of name-shaped words could be a person's name, at a first glance.

    Three words opening with a family name, or a name particle ("Văn", "Thị"), are names by their
    shape; anything else needs a word around it: a marker or title before it ("ông Nghĩa",
    "Tổng thống Putin"), an apposition after it (", Bí thư ..."), or it is an epithet ("gương
    Bác"). Most capitalised runs (sentence openers, places) stop here, which keeps the people
    extractor's work to a handful of candidates per article."""
    first = words[0]
    size = len(words)
    if words[-1][-1].isdigit():
        return False  # "Covid-19", "Su-30": names hold no digits
    if size == 1:
        if first in lx.NAME_RUN_BREAKERS:
            return False
        if first in lx.EPITHET_WORDS:
            return True
        if start < 2 or text[start - 2] not in _SUPPORT_LAST_CHARS:
            return False  # one word needs a marker or a title right before it
    else:
        if size >= 3 and (first in lx.FAMILY_NAMES or words[1] in lx.FAMILY_NAMES):
            return True
        if words[1] in lx.NAME_PARTICLES or first in lx.CAPITALISED_HONORIFICS or first in lx.EPITHET_FIRST:
            return True
        if first in lx.FOREIGN_STATES:
            return True  # "Bộ trưởng Tư pháp Mỹ Merrick Garland": the holder after the state
        if text[end : end + 2] == ", ":
            at = end + 2
        elif text[end : end + 3] in (" - ", " – ", " — "):
            at = end + 3
        else:
            at = 0
        if at:
            # An apposition may follow: a title or a body ("..., Bí thư Tỉnh ủy", "..., Viện ...").
            space = text.find(" ", at, at + 16)
            following = text[at : space if space != -1 else at + 16]
            if following in lx.TITLE_FIRST_WORDS or following in lx.HEAD_FIRST_WORDS:
                return True
    if start < 2 or text[start - 1] != " ":
        return False
    before = text[start - 2]
    if before not in _SUPPORT_LAST_CHARS and not (size > 1 and before.isupper()):
        return False
    if (titles and titles[-1].end + 1 == start) or (orgs and orgs[-1].walk.person_start == start):
        return True
    space = text.rfind(" ", max(0, start - 24), start - 1)
    previous = text[space + 1 : start - 1]
    # "Giám đốc NASA Steve Jurczyk": a name after an acronym may be the holder of a title before it.
    return previous in lx.NAME_SUPPORT_LAST_WORDS or (size > 1 and previous.isupper() and len(previous) > 1)


def _inside_word(text: str, start: int) -> bool:
    """A capital inside a word ("iPhone", "McCain") opens no run."""
    if not start:
        return False
    previous = text[start - 1]
    return previous != " " and (previous.isalnum() or previous in _WORD_JOINERS)


def _may_open(text: str, word: str, end: int) -> bool:
    """Whether ``word`` (ending at ``end``) may open a head or a title, judging by the word after it."""
    seconds = lx.OPENING_SECONDS.get(word)
    if seconds is None:
        return True
    if text[end : end + 1] != " ":
        return False
    following = text[end + 1 : end + 14].split(None, 1)
    return bool(following) and following[0].rstrip('.,;:!?)”"') in seconds
