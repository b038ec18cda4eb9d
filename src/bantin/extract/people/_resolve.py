"""Who a mention refers to: one person per full name, short mentions and titles resolved to them.

- The first full writing of a name gives the person's ``name``; later full writings are the
  same person.
- A one-word mention with a marker ("ông Nghĩa", "ông Trump") and a short run without a
  family name ("chị Hải Yến") refer to the person whose name ends with those words
  (given name; for a foreign name, the family name), or starts with it ("ông Tập");
  the nearest such person before the mention wins, else the nearest after.
- A title phrase standing alone ("đồng chí Trưởng Ban Tuyên giáo Trung ương",
  "Chủ tịch HĐND tỉnh cho biết") refers to the person who holds that title in the article,
  a shorter title matching a longer one ("Thứ trưởng" -> "Thứ trưởng Bộ Tư pháp").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bantin.extract.people import _lexicon as lx
from bantin.extract.people._names import Marker, NameCandidate
from bantin.extract.people._titles import Title
from bantin.text import canonical_form


@dataclass(slots=True)
class Person:
    """A person the article talks about, and where."""

    name: str
    tokens: tuple[str, ...]
    titles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)

    @property
    def is_vietnamese(self) -> bool:
        return self.tokens[0] in lx.FAMILY_NAMES or self.tokens[0] in lx.ETHNIC_PREFIXES


@dataclass(slots=True)
class Resolved:
    """A mention with the person it refers to and how."""

    start: int
    end: int
    person: Person | None
    value: str
    kind: str
    titles: tuple[str, ...]
    markers: tuple[Marker, ...]
    evidence: list[str]


def _key(tokens: list[str] | tuple[str, ...]) -> str:
    return " ".join(tokens).casefold()


def _nearest(persons: list[Person], position: int) -> Person:
    before = [(max(p for p in person.positions if p < position), person) for person in persons if any(p < position for p in person.positions)]
    if before:
        return max(before, key=lambda item: item[0])[1]
    return min(persons, key=lambda person: min(person.positions))


def resolve_names(text: str, candidates: list[NameCandidate]) -> tuple[list[Resolved], list[Person]]:
    """Turn name candidates into mentions of persons."""
    persons: dict[str, Person] = {}
    by_epithet: dict[str, Person] = {}
    mentions: list[Resolved] = []
    # Full names first (a family name, or three words and more): they define the persons.
    for candidate in candidates:
        if candidate.epithet is None and _is_full(candidate):
            key = _key(candidate.tokens)
            person = persons.get(key)
            if person is None:
                person = Person(text[candidate.start : candidate.end], tuple(candidate.tokens))
                persons[key] = person
            person.positions.append(candidate.start)
            person.titles.update(t.value.casefold() for t in candidate.titles)
    ordered = list(persons.values())
    for candidate in candidates:
        titles = tuple(t.value for t in candidate.titles)
        markers = tuple(candidate.markers)
        evidence = list(candidate.evidence)
        if candidate.epithet is not None:
            person = persons.get(candidate.epithet.casefold()) or by_epithet.get(candidate.epithet)
            if person is None:
                person = Person(candidate.epithet, tuple(candidate.epithet.split()))
                by_epithet[candidate.epithet] = person
            person.positions.append(candidate.start)
            mentions.append(Resolved(candidate.start, candidate.end, person, person.name, "epithet", titles, markers, evidence))
            continue
        if _is_full(candidate):
            person = persons[_key(candidate.tokens)]
            mentions.append(Resolved(candidate.start, candidate.end, person, person.name, "full-name", titles, markers, evidence))
            continue
        person, kind = _short_referent(ordered, candidate)
        if person is None and candidate.weak:
            continue
        if person is None:
            if len(candidate.tokens) >= 2:
                # A name with no known family name, told by its marker or title ("Donald Trump").
                key = _key(candidate.tokens)
                person = persons.get(key)
                if person is None:
                    person = Person(text[candidate.start : candidate.end], tuple(candidate.tokens))
                    persons[key] = person
                    ordered.append(person)
                person.titles.update(t.lower() for t in titles)
                kind = "full-name"
            else:
                value = text[candidate.start : candidate.end]
                evidence.append("no full name in the article")
                mentions.append(Resolved(candidate.start, candidate.end, None, value, "given-name", titles, markers, evidence))
                continue
        else:
            evidence.append(f"{kind} of '{person.name}'")
            person.titles.update(t.lower() for t in titles)
        person.positions.append(candidate.start)
        mentions.append(Resolved(candidate.start, candidate.end, person, person.name, kind, titles, markers, evidence))
    return mentions, list(persons.values()) + list(by_epithet.values())


def _is_full(candidate: NameCandidate) -> bool:
    tokens = candidate.tokens
    return len(tokens) >= 3 or (len(tokens) == 2 and (tokens[0] in lx.FAMILY_NAMES or tokens[1] in lx.NAME_PARTICLES))


def _short_referent(persons: list[Person], candidate: NameCandidate) -> tuple[Person | None, str]:
    tokens = tuple(candidate.tokens)
    size = len(tokens)
    tails = [p for p in persons if len(p.tokens) > size and p.tokens[-size:] == tokens]
    if tails:
        person = _nearest(tails, candidate.start)
        return person, "given-name" if person.is_vietnamese else "family-name+marker"
    if size == 1:
        heads = [p for p in persons if len(p.tokens) > 1 and p.tokens[0] == tokens[0]]
        if heads:
            return _nearest(heads, candidate.start), "family-name+marker"
    return None, ""


def resolve_titles(
    text: str,
    titles: list[Title],
    attached: set[int],
    marker_before: Callable[[str, int], Marker | None],
    persons: list[Person],
) -> list[Resolved]:
    """Mentions by title alone, resolved to the person who holds the title in the article."""
    mentions: list[Resolved] = []
    holders = [p for p in persons if p.titles]
    if not holders:
        return mentions
    for title in titles:
        if title.start in attached or title.person_start is not None:
            continue
        if text[max(0, title.start - 16) : title.start].endswith(lx.TITLE_NOT_AFTER):
            continue
        if not title.has_object and not (text[title.end : title.end + 1] == " " and text[title.end + 1 : title.end + 2].islower()):
            # A bare title refers to its holder as the subject of a verb ("Thứ trưởng đề nghị"),
            # not in a list of posts ("giao ban Chủ tịch, Phó chủ tịch ...").
            continue
        wanted = canonical_form(title.value).casefold()
        matching = [p for p in holders if any(t == wanted or t.startswith(wanted + " ") for t in p.titles)]
        if not matching:
            continue
        person = _nearest(matching, title.start)
        marker = marker_before(text, title.start)
        mentions.append(
            Resolved(
                title.start,
                title.end,
                person,
                person.name,
                "title-only",
                (title.value,),
                (marker,) if marker is not None else (),
                [f"title held by '{person.name}' in the article"],
            )
        )
    return mentions
