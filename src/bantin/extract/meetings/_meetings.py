"""Meetings: the conference, session or ceremony an article reports, with its who, when and where.

A meeting is read from the sentence that names it with a holding verb ("tổ
chức hội nghị", "khai mạc kỳ họp"); its date, organiser, chair, participants,
location and bridge points come from the facts the other extractors found in
that sentence and the ones around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bantin.extract.orgs._chars import trie_pattern, word_start_pattern
from bantin.lang.vi.meetings import (
    BRIDGE_POINT_MARKERS,
    CHAIR_MARKERS,
    CLOSING_WORDS,
    HOLDING_VERBS,
    LOCATION_MARKERS,
    MEETING_CLASSIFIERS,
    MEETING_NOUNS,
    MEETING_TYPE_WORDS,
    OPENING_WORDS,
    PARTICIPANT_MARKERS,
    PREPARING_WORDS,
)
from bantin.record import Fact
from bantin.text import canonical_form, canonical_lower, sentence_around


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(canonical_form(w)) for w in sorted(words, key=len, reverse=True))


def _word_starts(words: tuple[str, ...]) -> str:
    # The words, each starting a word, first letter first (see word_start_pattern): these
    # patterns scan whole sentences, and a leading look-behind is tried at every position.
    return word_start_pattern(canonical_form(w) for w in words)


# No lookbehind: it would make the engine try every position; the word start is checked in code.
# Shaped as a trie ("h(?:ội (?:nghị|thảo)|ọp báo)"), which matches what the longest-first
# alternation matches (the longest noun there, then shorter ones) with one branch per letter:
# this pattern reads the whole text, and the plain alternation took twice as long.
_NOUN_RE = re.compile(rf"(?:{trie_pattern(canonical_form(w) for w in MEETING_NOUNS)})(?![^\W\d_])")
_TYPE_RE = re.compile(rf"\s+(?:{_words(MEETING_TYPE_WORDS)})(?![^\W\d_])")
_HOLDING_RE = re.compile(rf"{_word_starts(HOLDING_VERBS)}(?![^\W\d_])")
_CHAIR_RE = re.compile(rf"{_word_starts(CHAIR_MARKERS)}(?![^\W\d_])")
_PARTICIPANT_RE = re.compile(rf"{_word_starts(PARTICIPANT_MARKERS)}(?![^\W\d_])")
_BRIDGE_RE = re.compile(rf"{_word_starts(BRIDGE_POINT_MARKERS)}(?![^\W\d_])")
# Looked for in the text before the pattern above reads the whole of it (once per meeting): few
# articles have a bridge point, and a substring search is cheaper than the pattern's scan.
_BRIDGE_WORDS = tuple(canonical_form(w) for w in BRIDGE_POINT_MARKERS)
_LOCATION_RE = re.compile(rf"{_word_starts(LOCATION_MARKERS)}\s+(?!điểm cầu)")
# The subject of a meeting runs to the first of these, or to the end of the sentence.
_SUBJECT_STOP_RE = re.compile(r"\s(?:tại|do|dưới sự|với sự|nhằm|vào|từ ngày|trong hai ngày|theo hình thức)\s|[.;:(]")
# A comma ends the subject unless what follows continues the agenda ("…, triển khai nhiệm vụ …").
_AGENDA_CONTINUES_RE = re.compile(
    r",\s+(?:triển khai|đánh giá|tổng kết|sơ kết|bàn|thảo luận|định hướng|phương hướng|quán triệt|đề ra|"
    r"phân tích|góp ý|cho ý kiến|xem xét|thông qua)(?![^\W\d_])"
)
_DOCUMENT_BEFORE_RE = re.compile(r"(?:nghị quyết|văn kiện|tinh thần|chỉ thị|kết luận)\s+$")
_HELD_AFTER_RE = re.compile(r"^[^.;]*?(?<![^\W\d_])(?:diễn ra|khai mạc|được tổ chức|bế mạc|đã tổ chức)(?![^\W\d_])")
_VERB_WINDOW = 24
_DAY_LIKE = ("day", "datetime", "day-range", "time")
_PLURAL_BEFORE_RE = re.compile(r"(?:các|những|nhiều|mọi|mỗi|hai|ba|cuộc thi và)\s+(?:cuộc\s+|buổi\s+)?$")
_NEGATION_RE = re.compile(r"(?:không|chưa|chẳng)\s+(?:được\s+)?(?:tổ chức|họp)\s+$")
_AT_BEFORE_RE = re.compile(r"(?:tại|trong|bên lề|sau|trước|qua|chuẩn bị|giới thiệu về|phát biểu tại)\s+(?:cuộc\s+|buổi\s+)?$")
_ORDINAL_RE = re.compile(r"\s+(?:lần\s+)?thứ\s+(?:\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười[\w ]{0,8}|[ivxlc]+)(?![^\W\d_])")
_OPENING_RE = re.compile(rf"{_word_starts(OPENING_WORDS)}(?![^\W\d_])")
_CLOSING_RE = re.compile(rf"{_word_starts(CLOSING_WORDS)}(?![^\W\d_])")
_PREPARING_BEFORE_RE = re.compile(rf"(?:{_words(PREPARING_WORDS)})\s+$")
_MARKER_TO_DATE = 24  # characters from "khai mạc" to its date: "khai mạc vào thứ hai, ngày 4/12"
_BRIDGE_WINDOW = 60
_CHAIR_WINDOW = 220


@dataclass(slots=True)
class Meeting:
    """A meeting found in the text; ``start``/``end`` span its name and subject."""

    start: int
    end: int
    kind: str
    subject: str
    sentence: tuple[int, int]
    date: str | None = None
    part_of_day: str | None = None
    organizer: str | None = None
    chair: str | None = None
    participants: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    bridge_points: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    def value(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "date": self.date,
            "part_of_day": self.part_of_day,
            "organizer": self.organizer,
            "chair": self.chair,
            "participants": self.participants,
            "locations": self.locations,
            "bridge_points": self.bridge_points,
            "format": "trực tuyến" if self.bridge_points or "trực tuyến" in self.kind else None,
        }


def _extra(fact: Fact, key: str) -> Any:
    return (fact.model_extra or {}).get(key)


def _inside(fact: Fact, span: tuple[int, int]) -> bool:
    return span[0] <= fact.start and fact.end <= span[1]


def _subject(text: str, low: str, start: int, sentence_end: int) -> int:
    position = start
    while True:
        stop = _SUBJECT_STOP_RE.search(low, position, sentence_end)
        comma = low.find(",", position, sentence_end)
        candidates = [m for m in (stop.start() if stop else -1, comma) if m >= 0]
        if not candidates:
            return sentence_end
        end = min(candidates)
        if end == comma and _AGENDA_CONTINUES_RE.match(low, comma):
            position = comma + 1
            continue
        return end


def _is_specific(low: str, noun: re.Match[str], sentence: tuple[int, int], dated: bool) -> bool:
    """Whether a meeting noun names one meeting ("tại hội nghị", "tổ chức hội nghị", "kỳ họp thứ 4").

    Generic uses ("các hội nghị", "nghị quyết đại hội", "không tổ chức hội nghị xét duyệt")
    are not meetings.
    """
    if _DOCUMENT_BEFORE_RE.search(low, max(sentence[0], noun.start() - 16), noun.start()):
        return False  # "nghị quyết đại hội": a document's name, not a meeting held
    if _PLURAL_BEFORE_RE.search(low, max(sentence[0], noun.start() - 12), noun.start()):
        return False
    before = low[max(sentence[0], noun.start() - _VERB_WINDOW) : noun.start()]
    if _NEGATION_RE.search(before):
        return False
    after = low[noun.end() : min(sentence[1], noun.end() + _VERB_WINDOW)]
    return bool(
        _HOLDING_RE.search(before) or _HELD_AFTER_RE.search(after) or _AT_BEFORE_RE.search(before)
        or _ORDINAL_RE.match(after) or dated
    )


def find_meetings(text: str, facts: list[Fact], body: list[tuple[int, int]]) -> list[Meeting]:
    """Return the meetings ``text`` reports, one per meeting, reading the facts already found in it.

    Every specific mention of a meeting noun counts ("tổ chức hội nghị", "tại cuộc
    họp", "kỳ họp thứ 4"); a later mention with the same head and no other ordinal
    is taken for the same meeting. ``body`` gives the spans (title, lead,
    paragraphs) where meetings are looked for; captions and bylines are left out.
    """
    low = canonical_lower(text)
    meetings: list[Meeting] = []
    date_starts = [f.start for f in facts if f.kind == "date"]
    for noun in _NOUN_RE.finditer(low):
        if noun.start() and low[noun.start() - 1].isalnum():
            continue  # the noun must start a word
        if not any(s <= noun.start() < e for s, e in body):
            continue
        sentence = sentence_around(text, noun.start())
        dated = any(sentence[0] <= d < sentence[1] for d in date_starts)
        if not _is_specific(low, noun, sentence, dated):
            continue
        ordinal = _ORDINAL_RE.match(low, noun.end())
        head = noun.group()
        same = [m for m in meetings if _head_words(m.kind) == _head_words(head)]
        if ordinal is not None:
            number = ordinal.group().strip()
            same = [m for m in same if number in m.kind or m.subject.lower().startswith(number)]
        if same:
            # "tại hội nghị" later in the text is the same meeting; it may say when the first did not.
            if same[-1].date is None:
                _date_from_later_mention(same[-1], noun, text, low, facts, sentence)
            continue
        kind_end = noun.end()
        type_match = _TYPE_RE.match(low, kind_end)
        kind = low[noun.start() : type_match.end() if type_match else kind_end]
        subject_end = _subject(text, low, noun.end(), sentence[1])
        subject = text[(type_match.end() if type_match else noun.end()) : subject_end].strip(" ,")
        if type_match and type_match.group().strip() not in ("trực tuyến", "lần thứ"):
            subject = (type_match.group().strip() + " " + subject).strip()
        end = max(subject_end, noun.end())
        while end > noun.end() and text[end - 1] in " ,\n\t":
            end -= 1  # the subject's trailing space or comma is not part of the span
        meeting = Meeting(start=noun.start(), end=end, kind=kind.strip(), subject=subject, sentence=sentence)
        _attach(meeting, text, low, facts)
        meetings.append(meeting)
    return meetings


def _head_words(kind: str) -> list[str]:
    """The first two words of a kind without its classifier: "buổi họp báo" and "họp báo" are one head."""
    words = kind.split()
    if len(words) > 1 and words[0] in MEETING_CLASSIFIERS:
        words = words[1:]
    return words[:2]


def _date_from_later_mention(
    meeting: Meeting, noun: re.Match[str], text: str, low: str, facts: list[Fact], sentence: tuple[int, int]
) -> None:
    later = Meeting(start=noun.start(), end=noun.end(), kind=meeting.kind, subject="", sentence=sentence)
    _attach(later, text, low, facts)
    if later.date is not None:
        meeting.date, meeting.part_of_day = later.date, later.part_of_day
        meeting.evidence.append(f"{later.evidence[0]}, at a later mention")  # _attach gives the date's first


def _attach(meeting: Meeting, text: str, low: str, facts: list[Fact]) -> None:
    sentence = meeting.sentence
    window = (sentence[0], min(len(text), sentence[1] + _CHAIR_WINDOW * 2))
    dates = [
        f for f in facts
        if f.kind == "date" and _inside(f, sentence) and _extra(f, "granularity") not in ("year-range", "year")
    ]
    preparing = _PREPARING_BEFORE_RE.search(low, max(sentence[0], meeting.start - 16), meeting.start)
    opening = _opening_and_closing(meeting, text, low, facts)
    if opening is not None:
        meeting.date, why = opening
        meeting.evidence.append(why)
    elif preparing:
        meeting.evidence.append(f"no date: the sentence is about '{preparing.group().strip()}' the meeting")
    elif dates:
        # A day (the meeting's own date) before a period ("6 tháng đầu năm" is its subject);
        # among days, the one nearest the meeting's name.
        chosen = min(dates, key=lambda f: (_extra(f, "granularity") not in _DAY_LIKE, abs(f.start - meeting.start)))
        meeting.date = chosen.value if isinstance(chosen.value, str) else None
        meeting.part_of_day = _extra(chosen, "part_of_day")
        meeting.evidence.append(f"date from '{chosen.text}' in the same sentence")
    holding = _HOLDING_RE.search(low, sentence[0], sentence[1])
    orgs_before = [
        f for f in facts
        if f.kind == "organization" and _inside(f, sentence) and holding and f.end <= holding.start()
    ]
    if orgs_before:
        meeting.organizer = str(orgs_before[-1].value)
        meeting.evidence.append(f"organiser: '{orgs_before[-1].text}' before '{holding.group() if holding else ''}'")
    people = [f for f in facts if f.kind == "person" and window[0] <= f.start < window[1]]
    for chair in _CHAIR_RE.finditer(low, *window):
        before = [p for p in people if p.end <= chair.start() and "." not in text[p.end : chair.start()]
                  and chair.start() - p.end <= _CHAIR_WINDOW]
        if before:
            meeting.chair = str(before[0].value)
            meeting.evidence.append(f"chair: '{before[0].text}' before '{chair.group()}'")
            break
        after = [p for p in people if p.start >= chair.end() and p.start - chair.end() < 40]
        if after:
            meeting.chair = str(after[0].value)
            break
    for marker in _PARTICIPANT_RE.finditer(low, *window):
        for person in people:
            if person.start > marker.end() and person.start - marker.end() < 160 and str(person.value) != meeting.chair:
                if str(person.value) not in meeting.participants:
                    meeting.participants.append(str(person.value))
    places = [f for f in facts if f.kind == "place"]
    bridges = _BRIDGE_RE.finditer(low) if any(word in low for word in _BRIDGE_WORDS) else ()
    for marker in bridges:
        for place in places:
            if 0 <= place.start - marker.end() < _BRIDGE_WINDOW and "." not in text[marker.end() : place.start]:
                if str(place.value) not in meeting.bridge_points:
                    meeting.bridge_points.append(str(place.value))
                break
    for marker in _LOCATION_RE.finditer(low, *sentence):
        for place in places:
            if place.start == marker.end() or 0 <= place.start - marker.end() < 25 and _inside(place, sentence):
                if str(place.value) not in meeting.locations + meeting.bridge_points:
                    meeting.locations.append(str(place.value))
                break


def _opening_and_closing(meeting: Meeting, text: str, low: str, facts: list[Fact]) -> tuple[str, str] | None:
    """The days a meeting opens and closes on ("khai mạc vào ngày 4/12 và bế mạc vào ngày 7/12/2023"), as
    "first/last" (or the opening day alone), read in its sentence or in the next when that one names it
    again ("kỳ họp này"); with the evidence."""
    scope_end = meeting.sentence[1]
    following = meeting.sentence[1]
    while following < len(text) and text[following].isspace():
        following += 1
    if following < len(text):
        next_sentence = sentence_around(text, following)
        again = low[next_sentence[0] : next_sentence[1]]
        if any(f"{name} này" in again for name in (meeting.kind, " ".join(meeting.kind.split()[:2]))):
            scope_end = next_sentence[1]
    days = [
        f for f in facts
        if f.kind == "date" and meeting.sentence[0] <= f.start < scope_end
        and isinstance(f.value, str) and len(f.value) == 10
    ]

    def day_after(marker: re.Pattern[str]) -> Fact | None:
        for found in marker.finditer(low, meeting.sentence[0], scope_end):
            for day in days:
                if 0 <= day.start - found.end() <= _MARKER_TO_DATE:
                    return day
        return None

    first = day_after(_OPENING_RE)
    if first is None:
        return None
    last = day_after(_CLOSING_RE)
    if last is not None and str(last.value) > str(first.value):
        return f"{first.value}/{last.value}", f"opens '{first.text}', closes '{last.text}'"
    return str(first.value), f"opens '{first.text}'"
