"""Who a mention refers to: one person per full name, short mentions and titles resolved to them.

- The first full writing of a name gives the person's ``name``; later full writings are the
  same person.
- A one-word mention with a marker ("ông Nghĩa", "ông Trump") and a short run without a
  family name ("chị Hải Yến") refer to the person whose name ends with those words
  (given name; for a foreign name, the family name), or starts with it ("ông Tập");
  the nearest such person before the mention wins, else the nearest after.
- A title phrase standing alone ("đồng chí Trưởng Ban Tuyên giáo Trung ương",
  "Chủ tịch HĐND tỉnh cho biết") refers to the person who holds that title in the article,
  a shorter title matching a longer one: the same title word, the other words found in the
  longer title in order ("Thứ trưởng" and "Phó Chủ tịch Bạc Liêu" for "Thứ trưởng Bộ Tư pháp"
  and "Phó Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu"). "nguyên Bộ trưởng" is the former holder,
  "(tân) Bộ trưởng" the present one. A post is no mention of its holder: every holder ("Chủ
  tịch UBND các huyện") or the issuer of a numbered document ("Chỉ thị số 16/CT-UBND ... của
  Chủ tịch UBND tỉnh").
- A title written short on a mention takes the person's fuller writing of it in the article
  ("Bộ trưởng Nguyễn Kim Sơn" -> "Bộ trưởng Bộ Giáo dục và Đào tạo"), keeping "nguyên"; titles
  that name their post whole ("Thủ tướng", "Tổng thống") stay as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bantin.extract.people import _lexicon as lx
from bantin.extract.people._names import Marker, NameCandidate
from bantin.extract.people._titles import Title
from bantin.text import canonical_form

_Words = tuple[str, ...]


@dataclass(slots=True)
class Person:
    """A person the article talks about, and where."""

    name: str
    tokens: tuple[str, ...]
    titles: dict[str, str] = field(default_factory=dict)
    positions: list[int] = field(default_factory=list)

    def add_titles(self, values: tuple[str, ...] | list[str]) -> None:
        """Note titles the person holds in the article (the first writing of each is kept)."""
        for value in values:
            self.titles.setdefault(value.casefold(), value)

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
    """The person mentioned last before ``position``, else the one mentioned first after it."""
    if len(persons) == 1:
        return persons[0]
    best, best_at = None, -1
    for person in persons:
        for at in person.positions:
            if best_at < at < position:
                best, best_at = person, at
    if best is not None:
        return best
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
            person.add_titles([t.value for t in candidate.titles])
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
            mentions.append(
                Resolved(
                    candidate.start, candidate.end, person, person.name, "epithet", titles, markers, evidence
                )
            )
            continue
        if _is_full(candidate):
            person = persons[_key(candidate.tokens)]
            mentions.append(
                Resolved(
                    candidate.start,
                    candidate.end,
                    person,
                    person.name,
                    "full-name",
                    titles,
                    markers,
                    evidence,
                )
            )
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
                person.add_titles(titles)
                kind = "full-name"
            else:
                value = text[candidate.start : candidate.end]
                evidence.append("no full name in the article")
                mentions.append(
                    Resolved(
                        candidate.start, candidate.end, None, value, "given-name", titles, markers, evidence
                    )
                )
                continue
        else:
            evidence.append(f"{kind} of '{person.name}'")
            person.add_titles(titles)
        person.positions.append(candidate.start)
        mentions.append(
            Resolved(candidate.start, candidate.end, person, person.name, kind, titles, markers, evidence)
        )
    return mentions, list(persons.values()) + list(by_epithet.values())


def _is_full(candidate: NameCandidate) -> bool:
    tokens = candidate.tokens
    return len(tokens) >= 3 or (
        len(tokens) == 2 and (tokens[0] in lx.FAMILY_NAMES or tokens[1] in lx.NAME_PARTICLES)
    )


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


def title_starts_at(text: str, position: int) -> bool:
    """Whether a title word starts at ``position``."""
    return lx.TITLE_WORD_RE.match(text, position) is not None


def resolve_titles(
    text: str,
    titles: list[Title],
    attached: list[tuple[int, int]],
    marker_before: Callable[[str, int], Marker | None],
    persons: list[Person],
) -> list[Resolved]:
    """Mentions by title alone, resolved to the person who holds the title in the article."""
    mentions: list[Resolved] = []
    holders = [p for p in persons if p.titles]
    if not holders:
        return mentions
    title_ends = {t.end for t in titles}
    for title in titles:
        if title.person_start is not None or any(s < title.end and title.start < e for s, e in attached):
            continue
        if text[max(0, title.start - 16) : title.start].endswith(lx.TITLE_NOT_AFTER):
            continue
        if not title.has_object and not (
            text[title.end : title.end + 1] == " " and text[title.end + 1 : title.end + 2].islower()
        ):
            # A bare title refers to its holder as the subject of a verb ("Thứ trưởng đề nghị"),
            # not in a list of posts ("giao ban Chủ tịch, Phó chủ tịch ...").
            continue
        if (text.startswith(", ", title.end) and title_starts_at(text, title.end + 2)) or (
            text[title.start - 2 : title.start] == ", " and title.start - 2 in title_ends
        ):
            continue  # a list of posts ("Chủ tịch Quốc hội, Chủ tịch nước, Thủ tướng Chính phủ")
        if _is_generic_post(text, title):
            continue
        wanted = canonical_form(title.value)
        matching = [p for p in holders if _held(wanted, p) is not None]
        if not matching:
            continue
        # "nguyên Bộ trưởng" is the one who held the post; "(tân) Bộ trưởng" the one who holds it.
        former = bool(_split_tenure(wanted)[0])
        same_tenure = [p for p in matching if _holds_with_tenure(wanted, p, former)]
        if same_tenure:
            matching = same_tenure
        if text[max(0, title.start - 4) : title.start].lower() == "tân ":
            # "tân Bộ trưởng": the new holder, not one the article also calls its former holder.
            new = [p for p in matching if not _holds_with_tenure(wanted, p, True)]
            matching = new or matching
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


def _split_tenure(title: str) -> tuple[str, str]:
    """ "nguyên Bộ trưởng Bộ Y tế" -> ("nguyên ", "Bộ trưởng Bộ Y tế"): how the post is held, and the post."""
    for prefix in lx.TENURE_PREFIXES:
        if title.startswith(prefix):
            return title[: len(prefix)], title[len(prefix) :]
    return "", title


def _covers(short: _Words, full: _Words) -> bool:
    """Whether a title written short names the same post as a full one: the same title word, and the
    other words found in the full title in order ("Chủ tịch huyện" and "Chủ tịch Ủy ban nhân dân
    huyện Nga Sơn", "Bộ trưởng" and "Bộ trưởng Bộ Công Thương")."""
    if len(short) >= len(full) or short[:2] != full[:2]:
        return False
    rest = iter(full[2:])
    return all(word in rest for word in short[2:])


def _held(title: str, person: Person) -> str | None:
    """The person's fullest writing of ``title`` in the article: the title itself, or the first
    longer title it is short for; ``None`` if the person holds no such title."""
    _, post = _split_tenure(title)
    key = post.casefold()
    words = tuple(key.split(" "))
    same = None
    for value in person.titles.values():
        _, full = _split_tenure(value)
        folded = full.casefold()
        if folded == key:
            same = full
        elif _covers(words, tuple(folded.split(" "))):
            return full
    return same


def upgrade_titles(mentions: list[Resolved]) -> None:
    """A title written short for the person's fuller one in the article takes the full writing
    ("Bộ trưởng Nguyễn Kim Sơn" -> "Bộ trưởng Bộ Giáo dục và Đào tạo"), keeping its tenure prefix."""
    for mention in mentions:
        person = mention.person
        if person is None or not mention.titles:
            continue
        titles: list[str] = []
        for title in mention.titles:
            tenure, post = _split_tenure(title)
            if post in lx.STANDALONE_TITLES:
                titles.append(title)  # "Thủ tướng" names the post whole
                continue
            full = _held(title, person)
            value = tenure + full if full is not None else title
            if value not in titles:
                titles.append(value)
        mention.titles = tuple(titles)


def _holds_with_tenure(title: str, person: Person, former: bool) -> bool:
    """Whether the person holds ``title`` in the article as a current holder (``former`` False) or as
    a former one ("nguyên Bộ trưởng")."""
    _, post = _split_tenure(title)
    words = tuple(post.casefold().split(" "))
    for value in person.titles.values():
        tenure, full = _split_tenure(value)
        folded = tuple(full.casefold().split(" "))
        if bool(tenure) == former and (folded == words or _covers(words, folded)):
            return True
    return False


def _is_generic_post(text: str, title: Title) -> bool:
    """A post, not its holder: every holder ("Chủ tịch UBND các huyện", "Chủ tịch UBND cùng cấp"), or the
    issuer of a numbered document ("Chỉ thị số 16/CT-UBND ngày 16/9/2016 của Chủ tịch UBND tỉnh")."""
    after = text[title.end : title.end + 12]
    if after.startswith(lx.GENERIC_POST_FOLLOWERS):
        return True
    before = text[max(0, title.start - 60) : title.start]
    return before.endswith("của ") and lx.DOCUMENT_NUMBER_RE.search(before) is not None
