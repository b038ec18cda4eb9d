"""Names in a text: capitalised runs read with the words around them.

A run of name-shaped words is a person's name when:

- it starts with a family name and has three syllables or more ("Nguyễn Trọng Nghĩa",
  "Hồ Chí Minh"), or a name particle in second place ("Sùng Thị Mai");
- or something around it says so: an honorific, rank or role word before it ("ông",
  "Đại tá", "nhà báo"), a title before it ("Thứ trưởng Bộ Tư pháp Đặng Hữu Tín",
  "Tổng thống Mỹ Donald Trump") or after it (", Bí thư Tỉnh ủy"). Two-syllable runs,
  names without a known family name (foreign names, "A Khum") and one-word mentions
  ("ông Nghĩa") need such a word.

Runs inside an organisation's name ("Trường THPT Huỳnh Thúc Kháng"), inside a title
phrase, after a place or street word ("TP Hồ Chí Minh", "đường Nguyễn Thái Học") or
in the byline are not people.

Titles after a name follow a comma or a dash (", Bí thư Tỉnh ủy, Chủ tịch ..."), or stand
in brackets ("(Chánh văn phòng UBND tỉnh Yên Bái)"), past a note of birth ("(SN 1959)",
", sinh ngày 24/4/1975"); two posts joined by a dash share the body written after the
second ("Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam"). A title before an honorific
is the person's too ("Phó Chủ tịch UBND tỉnh Bạc Liêu - bà Cao Xuân Thu Vân").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bantin.extract.orgs._chars import match_before
from bantin.extract.orgs._scan import Scan
from bantin.extract.people import _lexicon as lx
from bantin.extract.people._titles import Title, title_at, title_before, title_value

_SENTENCE_OPENERS = ("\n", ". ", "! ", "? ", ": ", "“", '"', "- ", "– ", "— ", "(", "… ")
_HOUSE_NUMBER_RE = re.compile(r"(?:(?:số|ngõ|ngách|hẻm|kiệt) )?\d+[\w/]* $")


# Not frozen: a frozen dataclass costs five times as much to build, and thousands are built per
# second; nothing outside this package sees it.
@dataclass(slots=True)
class Marker:
    """An honorific, rank or role word before a name, with its kind."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(slots=True)
class NameCandidate:
    """A name as found, with the words and titles around it."""

    start: int
    end: int
    tokens: list[str]
    markers: list[Marker] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    epithet: str | None = None
    weak: bool = False
    next_word: str = ""


def is_sentence_start(text: str, position: int) -> bool:
    """Whether a word at ``position`` opens a sentence (or a line, a quotation, a parenthesis)."""
    return position == 0 or text[max(0, position - 2) : position].endswith(_SENTENCE_OPENERS)


def previous_word(text: str, position: int) -> str:
    """The word right before ``position`` (separated by one space), or ``""``."""
    if position < 2 or text[position - 1] != " ":
        return ""
    space = text.rfind(" ", max(0, position - 24), position - 1)
    return text[space + 1 : position - 1].lstrip("(“\"'‘[")


def marker_before(text: str, position: int, previous: str | None = None) -> Marker | None:
    """The honorific, rank or role word right before ``position``, if any.

    A capitalised honorific counts only where a sentence opens ("Ông Trump"): in mid-sentence
    "Cô Tô" is an island and "Bà Rịa" a province.
    """
    if previous is None:
        previous = previous_word(text, position)
    if previous not in lx.MARKER_LAST_WORDS:
        return None
    match = match_before(lx.MARKER_BEFORE_RE, text, position - 1, lx.MARKER_WINDOW)
    if match is None:
        return None
    kind = match.lastgroup or "honorific"
    start = position - 1 - match.end()
    written = text[start : position - 1]
    if kind == "honorific" and written[0].isupper() and not is_sentence_start(text, start):
        return None
    if kind == "honorific" and previous_word(text, start).lower() in lx.PAIRED_HONORIFICS:
        return None  # "anh em", "ông bà", "chị em": a plural noun, not a word of address
    return Marker(start, position - 1, written, kind)


def _is_blocked(text: str, position: int, last: str) -> bool:
    """After a place, street or thing word ("đường", "TP", "Giải thưởng"), or a house number."""
    if not last:
        return False
    if last[:1].isdigit():
        return bool(_HOUSE_NUMBER_RE.search(text, max(0, position - 16), position))  # "số 4 Trần Hưng Đạo"
    return last in lx.BLOCKER_LAST_WORDS and bool(
        match_before(lx.BLOCKER_BEFORE_RE, text, position - 1, lx.BLOCKER_WINDOW)
    )


def _name_runs(
    found: Scan, titles: list[Title], skipped: list[tuple[int, int]]
) -> list[tuple[int, list[str]]]:
    """The scan's name runs, without what a title phrase (its field or state: "Tổng thống Mỹ") or a
    skipped block (byline, photo credit) covers."""
    spans = sorted([(t.start, t.end) for t in titles] + skipped)
    runs: list[tuple[int, list[str]]] = []
    index = 0
    for start, words in found.names:
        tokens = list(words)
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        probe = index
        end = start + len(" ".join(tokens))
        while tokens and probe < len(spans) and spans[probe][0] < end:
            span_start, span_end = spans[probe]
            if span_start <= start:
                while tokens and start < span_end:
                    start += len(tokens[0]) + 1
                    tokens = tokens[1:]
            else:
                kept: list[str] = []
                position = start
                for token in tokens:
                    if position + len(token) > span_start:
                        break
                    kept.append(token)
                    position += len(token) + 1
                tokens = kept
            probe += 1
        if tokens:
            runs.append((start, tokens))
    return runs


def _may_be_name(text: str, start: int, tokens: list[str], where: _Index) -> bool:
    """A cheap first look: is this run a name by its shape, or is there a word around it that could
    make it one? Most capitalised runs (places, sentence openers) stop here."""
    n = len(tokens)
    first = tokens[0]
    if n >= 3 and first in lx.FAMILY_NAMES:
        return True
    if n >= 2 and tokens[1] in lx.NAME_PARTICLES:
        return True
    if start in where.title_by_person or start in where.title_before:
        return True
    if first in lx.EPITHET_FIRST_WORDS or (n > 1 and first in lx.CAPITALISED_HONORIFICS):
        return True
    if n >= 3 and tokens[1] in lx.FAMILY_NAMES:
        return True  # "Theo Nguyễn Văn A"
    if start > 1 and text[start - 1] == " ":
        space = text.rfind(" ", max(0, start - 24), start - 1)
        previous = text[space + 1 : start - 1]
        if previous in lx.MARKER_LAST_WORDS or previous in lx.TITLE_LAST_WORDS:
            return True
    end = start + len(" ".join(tokens))
    following = text[end : end + 3]
    if following[:2] == ", ":
        at = end + 2
    elif following in (" - ", " – ", " — "):
        at = end + 3
    else:
        return False
    # A title or an organisation in apposition ("Hà Văn Quyết, Ủy viên ...", "Y Khoa Niê, Viện ...").
    if at in where.title_by_start or at in where.org_ends:
        return True
    space = text.find(" ", at, at + 16)
    return text[at : space if space != -1 else at + 16] in lx.LOWERCASE_TITLE_FIRST_WORDS


@dataclass(slots=True)
class _Index:
    """The titles and organisations around the runs, by position."""

    title_by_person: dict[int, Title]
    title_before: dict[int, Title]
    title_by_start: dict[int, Title]
    title_ending: dict[int, Title]
    org_ends: dict[int, int]


def find_name_candidates(
    text: str,
    found: Scan,
    titles: list[Title],
    skipped: list[tuple[int, int]],
    org_ends: dict[int, int],
    org_values: dict[int, str],
) -> list[NameCandidate]:
    """Every name of ``text`` with its markers and titles, in text order."""
    where = _Index(
        title_by_person={t.person_start: t for t in titles if t.person_start is not None},
        title_before={t.end + 1: t for t in titles if t.person_start is None},
        title_by_start={t.start: t for t in titles},
        title_ending={t.end: t for t in titles},
        org_ends=org_ends,
    )
    candidates: list[NameCandidate] = []
    for start, tokens in _name_runs(found, titles, skipped):
        if len(tokens) == 1 and is_sentence_start(text, start) and tokens[0] not in lx.EPITHETS:
            continue  # a capitalised word opening a sentence ("Theo", "Trong")
        if len(tokens) > 1 and previous_word(text, start) in lx.PLACE_FIRST_WORDS:
            start += len(tokens[0]) + 1  # "châu Âu Angela Merkel": the place, then the name
            tokens = tokens[1:]
        opening: list[Marker] = []
        while len(tokens) > 1 and tokens[0] in lx.CAPITALISED_HONORIFICS and is_sentence_start(text, start):
            # "Ông Trương Hoàng Phúc, ...": the sentence-opening honorific is a marker, not a name.
            opening.append(Marker(start, start + len(tokens[0]), tokens[0], "honorific"))
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        candidate = _candidate(text, found, start, tokens, opening, where)
        if candidate is None:
            continue
        _attach_following_titles(text, found, candidate, where.title_by_start, org_ends, org_values)
        if _is_name(candidate):
            candidates.append(candidate)
    return candidates


def _candidate(
    text: str, found: Scan, start: int, tokens: list[str], opening: list[Marker], where: _Index
) -> NameCandidate | None:
    size = len(tokens)
    if tokens[0] in lx.EPITHET_FIRST_WORDS:
        epithet = _epithet(text, start, tokens)
        if epithet is not None:
            end = start + len(" ".join(tokens))
            return NameCandidate(start, end, tokens, evidence=["epithet"], epithet=epithet)
    if (
        not opening
        and size >= 3
        and tokens[0] not in lx.FAMILY_NAMES
        and tokens[1] in lx.FAMILY_NAMES
        and start not in where.title_by_person
        and start not in where.title_before
    ):
        # A capitalised word opening the sentence before the name ("Theo Nguyễn Văn A").
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
    previous = previous_word(text, start)
    marker = marker_before(text, start, previous) if not opening and previous else None
    title = where.title_by_person.get(start) or where.title_before.get(start)
    if title is None and marker is None and not opening and previous:
        title = title_before(text, start, previous)
    if marker is None and title is None and not opening and _is_blocked(text, start, previous):
        return None
    if marker is not None and title is None:
        # "do chủ tịch UBND tỉnh Thái Bình, ông Nguyễn Hồng Diên ký", "Phó Chủ tịch UBND tỉnh Bạc
        # Liêu - bà Cao Xuân Thu Vân cho biết": the title before the honorific is the person's.
        for joiner in (", ", " - ", " – "):
            if text[marker.start - len(joiner) : marker.start] == joiner:
                before = where.title_ending.get(marker.start - len(joiner))
                if before is not None and before.person_start is None and before.has_object:
                    title = before
                break
    end = start + sum(map(len, tokens)) + len(tokens) - 1
    after = text[end : end + 3]
    if after[:1] == "." and (after[1:2].isalpha() or len(tokens[-1]) == 1):
        return None  # initials ("N.V.T.", "ông Trần Minh N.")
    if after[2:3] == "." and after[:1] == " " and after[1:2].isalpha():
        return None  # a name written with initials ("em Đặng T.A.")
    candidate = NameCandidate(start, end, tokens)
    if len(tokens) == 1 and text[end : end + 1] == " ":
        space = text.find(" ", end + 1, end + 16)
        candidate.next_word = text[end + 1 : space if space != -1 else end + 16]
    if marker is not None:
        candidate.markers.append(marker)
    candidate.markers.extend(opening)
    if title is not None:
        candidate.titles.append(title)
        _attach_preceding_titles(text, candidate, title, where.title_ending)
        title_marker = marker_before(text, candidate.titles[0].start)
        if title_marker is not None:
            candidate.markers.insert(0, title_marker)
        candidate.evidence.append("title before the name")
    return candidate


def _epithet(text: str, start: int, tokens: list[str]) -> str | None:
    key = " ".join(tokens)
    name = lx.EPITHETS.get(key)
    if name is None:
        return None
    after = text[start + len(key) : start + len(key) + 4]
    if after.startswith(tuple(" " + w for w in lx.EPITHET_NOT_FOLLOWED_BY)):
        return None
    if len(tokens) == 1 and is_sentence_start(text, start):
        return None  # "Bác" alone is the epithet only in mid-sentence ("làm theo gương Bác")
    return name


def _attach_preceding_titles(
    text: str, candidate: NameCandidate, title: Title, title_ending: dict[int, Title]
) -> None:
    """ "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh": titles chained before the name."""
    current = title
    while True:
        previous = None
        for joiner in (", ", " - ", " – "):
            if text[current.start - len(joiner) : current.start] == joiner:
                previous = title_ending.get(current.start - len(joiner))
                break
        if previous is None:
            return
        candidate.titles.insert(0, previous)
        current = previous


def _attach_following_titles(
    text: str,
    found: Scan,
    candidate: NameCandidate,
    title_by_start: dict[int, Title],
    org_ends: dict[int, int],
    org_values: dict[int, str],
) -> None:
    """ ", Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương": titles chained after the name.

    An organisation in apposition is the person's affiliation: a title of its own ("Tiến sĩ Y Khoa
    Niê, Viện Khoa học ..."), or the body of the title before it ("Phó Trưởng khoa Luật, Trường Đại
    học Kinh tế Quốc dân").
    """
    position = candidate.end
    following = text[position : position + 2]
    glued = following in ("- ", "– ")  # "Dương Tấn Hiển- Phó chủ tịch ...": a dash glued to the name
    if not glued and following[:1] != "," and following not in (" k", " -", " –", " —", " ("):
        return  # no apposition: most names are followed by their verb
    bio = lx.BIO_NOTE_RE.match(text, position)
    if bio is not None:
        position = bio.end()  # "Bùi Đình Cam (SN 1959), Chủ tịch ...", ", sinh ngày 24/4/1975, ..."
    attached = 0
    own = len(candidate.titles)
    joiners = lx.TITLE_JOINERS
    if text.startswith((" (", ", ("), position):
        joiners = (" (", ", (")  # "ông Chu Đình Ngữ (Chánh văn phòng UBND tỉnh Yên Bái)"
    elif glued:
        joiners = ("- ", "– ")
    while True:
        for joiner in joiners:
            if text.startswith(joiner, position):
                at = position + len(joiner)
                title = title_by_start.get(at)
                if title is None and text[at : at + 1].islower():
                    title = title_at(text, found, at, org_values)
                if title is not None and title.person_start is None and _is_apposition(text, title):
                    previous = candidate.titles[-1] if attached else None
                    if previous is not None and joiner.strip() in lx.DASHES:
                        _share_organisation(candidate, previous, title)
                    candidate.titles.append(title)
                    position = title.end
                    attached += 1
                    break
        else:
            break
        joiners = lx.TITLE_JOINERS
    org_end = org_ends.get(position + 2) if text.startswith(", ", position) else None
    if org_end is not None and title_by_start.get(position + 2) is None and not own:
        written = org_values.get(position + 2) or title_value(text[position + 2 : org_end])
        if attached:
            last = candidate.titles[-1]
            merged = f"{last.value} {written}"  # "Phó phòng Tham mưu, Công an tỉnh Yên Bái"
            candidate.titles[-1] = Title(last.start, org_end, merged, last.word, None, True, last.in_unit)
        else:
            candidate.titles.append(Title(position + 2, org_end, written, "", None, True, False))
        attached += 1
    if attached:
        candidate.evidence.append("titles after the name")


def _share_organisation(candidate: NameCandidate, bare: Title, title: Title) -> None:
    """ "Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam": two posts in one body; the first, written
    bare, takes the body of the second."""
    if bare.has_object or title.organisation is None:
        return
    shared = Title(
        bare.start, bare.end, f"{bare.value} {title.organisation}", bare.word, None, True, bare.in_unit
    )
    shared.organisation = title.organisation
    candidate.titles[-1] = shared


def _is_apposition(text: str, title: Title) -> bool:
    """A title after a name belongs to it if it names its body ("..., Chủ tịch UBND tỉnh") or closes
    the apposition ("..., Thủ tướng, ..."); "Theo ông X, Tổng thống có quyền" opens a new clause."""
    return (
        title.has_object
        or text[title.end : title.end + 1] in (",", ")", ".", ";", "")
        or text[title.end : title.end + 3] in (" - ", " – ")  # "Phó Chủ tịch - Tổng Thư ký ..."
    )


def _is_name(candidate: NameCandidate) -> bool:
    tokens = candidate.tokens
    n = len(tokens)
    if candidate.epithet is not None:
        return True
    supported = bool(candidate.markers or candidate.titles)
    if not supported and n < 3:
        return False  # a short run with no word around it that makes it a name
    if max(map(len, tokens)) == 1:
        return False
    joined = " ".join(tokens)
    if joined.startswith(lx.NOT_NAME_OPENINGS):
        return False
    if (
        joined in lx.NOT_NAMES
        or joined in lx.FOREIGN_STATES
        or (joined in lx.PROVINCES and not (n >= 3 and tokens[0] in lx.FAMILY_NAMES))
    ):
        # "Hồ Chí Minh" is a city after "TP" (blocked above) and the President elsewhere.
        return False
    if n == 1:
        if not supported or tokens[0] in lx.PRONOUN_FOLLOWERS:
            return False
        following = candidate.next_word.lower()
        # "Hoa hậu Hoa hậu Quốc tế", "chị Trưởng phòng": the capital opens a role, not a name.
        if (tokens[0].lower() + " " + following) in lx.ROLE_AND_TITLE_WORDS:
            return False
        if all(m.kind == "role" for m in candidate.markers) and not candidate.titles:
            # After a role word, one capital then a lowercase word is a compound ("phóng viên Dân trí",
            # "Hoa hậu Quốc tế"), unless that word ends the name ("HLV Conte chưa ...").
            return not following or following in lx.TAIL_STOP_ONE
        return True
    first = tokens[0]
    if first in lx.FAMILY_NAMES or tokens[1] in lx.NAME_PARTICLES:
        return n >= 3 or supported
    if supported and not candidate.titles and all(m.kind == "role" for m in candidate.markers):
        # A role word before a name with no family name is weak evidence ("phóng viên Tuổi Trẻ",
        # "Hoa hậu Hồng Kông"): kept only if it names someone the article names in full.
        candidate.weak = True
    return supported
