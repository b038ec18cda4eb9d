"""The value of an organisation mention: its full name, its kind and its place.

- Abbreviations are written out, the tone placement made canonical, and a ministry's
  or department's field spelled as officially ("Sở Tài nguyên môi trường" -> "Sở Tài
  nguyên và Môi trường", "Bộ Giáo dục" -> "Bộ Giáo dục và Đào tạo").
- A body of a level written with its province and no unit word takes the unit word
  ("Công an Yên Bái" -> "Công an tỉnh Yên Bái").
- A name that ends with a bare unit word ("UBND tỉnh", "Sở Y tế tỉnh") or with the
  province's own body ("Ban Tuyên giáo Tỉnh ủy") gets the province added, when it is
  certain: given by the caller (the article's province), or the only province the
  article's other names carry.
- A shorter mention of a body the article names in full ("Sở Y tế" after "Sở Y tế
  tỉnh Bình Dương", "Ban Chỉ đạo" after "Ban Chỉ đạo các chương trình ... tỉnh An
  Giang") takes the full name.
- What is left bare is completed from the article: a department ("Sở Y tế") with the
  province's name, a council standing alone ("UBND") with the province, a body inside
  another ("Đoàn Chủ tịch", "Thanh tra Bộ") with the one parent of its kind the article
  names; generic bodies nothing completes are no mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bantin.extract.orgs import _lexicon as lx
from bantin.extract.orgs._abbrev import expand_abbreviations
from bantin.extract.orgs._scan import OrgSpan, scan
from bantin.extract.orgs._walk import Walk
from bantin.text import canonical_form

_UNIT_PREFIX_RE = re.compile(r"^(?:tỉnh|thành phố|TP\.?|Tp\.?|Tỉnh|Thành phố)\s+")
_PROVINCE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(lx.PROVINCES, key=len, reverse=True)) + r")(?!\w)"
)
_BODY_PLACE_RE = re.compile(r"(?:Tỉnh ủy|Thành ủy) (.+)$")
_FOREIGN_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(s) for s in sorted(lx.FOREIGN_STATES - {"Việt Nam"}, key=len, reverse=True))
    + r")$"
)
"""A foreign state closing a name ("Bộ Ngoại giao Nga"); inside it ("Ban Pháp chế") it is a word."""
_PROVINCE_END_RE = re.compile(
    r" (?:" + "|".join(re.escape(p) for p in sorted(lx.PROVINCES, key=len, reverse=True)) + r")$"
)
_SECTOR_HEAD_RE = re.compile(r"(?:^| )(?:Bộ|Sở|Phòng) ")
_SECTOR_SPELLING_RE = re.compile(
    r"(?:^|(?<= ))(Bộ|Sở|Phòng) ("
    + "|".join(re.escape(s) for s in sorted(lx.SECTOR_SPELLINGS, key=len, reverse=True))
    + r")(?= |$)",
    re.IGNORECASE,
)
_SECTOR_SPELLING_FOLDED = {k.casefold(): v for k, v in lx.SECTOR_SPELLINGS.items()}
_LEVEL_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")
_SHORT_SECTOR_RE = re.compile(
    r"^(Bộ|Sở|Phòng) ("
    + "|".join(re.escape(s) for s in sorted(lx.SHORT_SECTORS, key=len, reverse=True))
    + r")(?=$| (?:"
    + "|".join(_LEVEL_WORDS)
    + r") | (?:"
    + "|".join(re.escape(p) for p in sorted(lx.PROVINCES, key=len, reverse=True))
    + r")$)"
)


@dataclass(slots=True)
class Draft:
    """A mention on its way to an :class:`OrgMention`; ``reported`` is whether it is one (a generic
    body nothing completes, or a title's own part, is not, but still gives a title its value)."""

    span: OrgSpan
    text: str
    value: str
    head: str
    kind: str
    place: str | None
    evidence: list[str]
    generic: bool
    reported: bool = True
    completed: bool = False


def province_name(province: str | None) -> str | None:
    """The province as a bare name ("tỉnh Lạng Sơn" -> "Lạng Sơn"), canonical; ``None`` when empty."""
    if not province:
        return None
    name = _UNIT_PREFIX_RE.sub("", canonical_form(province.strip()))
    return name or None


@lru_cache(maxsize=8192)
def full_name(written: str) -> str:
    """The written name with abbreviations expanded, canonical tone placement, the field of a
    ministry or department in its official spelling, a capital first."""
    value = canonical_form(expand_abbreviations(written))
    value = value[:1].upper() + value[1:]
    value = lx.CANONICAL_NAMES.get(value, value)
    if " ủy tỉnh " in value:
        value = value.replace("Tỉnh ủy tỉnh ", "Tỉnh ủy ")  # "Tỉnh ủy tỉnh Hà Nam": the unit said twice
    if _SECTOR_HEAD_RE.search(value):
        value = _SECTOR_SPELLING_RE.sub(
            lambda m: f"{m.group(1)} {_SECTOR_SPELLING_FOLDED[m.group(2).casefold()]}", value, count=1
        )
        value = _SHORT_SECTOR_RE.sub(lambda m: f"{m.group(1)} {lx.SHORT_SECTORS[m.group(2)]}", value, count=1)
    return value


def draft(span: OrgSpan, text: str) -> Draft:
    """The value a mention has on its own, before the article's context completes it."""
    written = text[span.start : span.end]
    head = span.head.head
    if span.bare_party:
        return Draft(span, written, lx.PARTY_NAME, "Đảng", "party", None, ["'Đảng' alone"], False)
    if span.fixed_value is not None:
        return Draft(span, written, span.fixed_value, head, span.head.kind, None, ["name in capitals"], False)
    value = full_name(written)
    walk = span.walk
    place = None
    if walk.place:
        place = lx.PLACE_ABBREVIATION_NAMES.get(walk.place) or canonical_form(walk.place)
    evidence = [f"head '{head}'"]
    if place:
        evidence.append("place as written")
    elif span.head.requirement == "level" and walk.level is None and span.head.kind in ("state", "mass"):
        # "Công an Yên Bái": a body of a level named by its province alone takes the unit word.
        name = value[len(head) + 1 :] if value.startswith(head + " ") else ""
        if name in lx.PROVINCES:
            unit = "thành phố" if name in lx.CITY_PROVINCES else "tỉnh"
            value = f"{head} {unit} {name}"
            place = name
            evidence.append("unit word before the province")
    generic = span.bare_body or value.casefold() in lx.GENERIC_BODIES
    # "UBND xã Thanh Mỹ": a Vietnamese place after a unit word is no foreign state.
    named = value[: -len(place) - 1] if place and walk.level and value.endswith(" " + place) else value
    return Draft(span, written, value, head, _kind(named, span.head.kind), place, evidence, generic)


@lru_cache(maxsize=8192)
def _kind(value: str, head_kind: str) -> str:
    if head_kind == "foreign" or _ends_with_state(_PROVINCE_RE.sub("", value).rstrip()):
        return "foreign"
    if any(marker in value for marker in lx.PARTY_MARKERS):
        return "party"
    if value.startswith(lx.PARTY_BOARDS) and "Trung ương" in value:
        return "party"
    return head_kind


@lru_cache(maxsize=8)
def article_drafts(
    text: str, skipped: tuple[tuple[int, int], ...], province: str | None
) -> tuple[Draft, ...]:
    """Every organisation span of ``text`` with its value completed from the article (cached: the
    people extractor reads the same values for the organisations in titles).

    ``skipped`` are the spans of blocks (byline, photo credits) whose names are not reported.
    """
    found = scan(text)
    drafts = []
    for span in found.orgs:
        item = draft(span, text)
        if (
            span.head.head in lx.TITLE_ONLY
            or any(s < span.end and span.start < e for s, e in skipped)
            or _is_credit(text, span.start, span.end)
        ):
            item.reported = False
        drafts.append(item)
    name, evidence = _article_province(drafts, province)
    complete_places(drafts, name, evidence)
    resolve_short_mentions(drafts)
    complete_bare_bodies(drafts, name, evidence)
    complete_local_bodies(drafts)
    drafts = [_company_of_board(item, text) for item in drafts]
    drafts += resolve_aliases(text, drafts)
    for item in drafts:
        if item.generic:
            item.reported = False
    drafts.sort(key=lambda d: d.span.start)
    return tuple(drafts)


def _company_of_board(item: Draft, text: str) -> Draft:
    """ "HĐQT VietBank", "Ban Kiểm soát Vietbank": the organisation a company's board names is the
    company (the board itself stays a body in titles: "Chủ tịch HĐQT VietBank")."""
    if not item.text.startswith(lx.CORPORATE_BOARD_OPENINGS):
        return item
    written = canonical_form(item.text)
    for board in lx.CORPORATE_BOARD_SPELLINGS:
        if written.startswith(board + " ") and written[len(board) + 1 : len(board) + 2].isupper():
            start = item.span.start + len(board) + 1
            span = OrgSpan(start, item.span.end, _COMPANY, item.span.walk, item.span.in_title)
            company = Draft(
                span,
                text[start : item.span.end],
                full_name(text[start : item.span.end]),
                "",
                "company",
                item.place,
                ["the company its board names"],
                False,
            )
            company.reported = item.reported
            return company
    return item


_COMPANY = lx.HeadInfo("", "company", "name")


def resolve_aliases(text: str, drafts: list[Draft]) -> list[Draft]:
    """ "Ngân hàng TMCP Việt Nam Thương Tín (VietBank)": the short name in brackets after a full name
    stands for it wherever the article uses it again. Returns the new mentions (old ones that are
    the short name take the full name)."""
    aliases: dict[str, Draft] = {}
    for item in drafts:
        end = item.span.end
        if (
            item.reported
            and not item.generic
            and item.span.head.requirement != "none"  # "... Liên hợp quốc (UNESCO)": a longer name's
            and text.startswith(" (", end)
        ):
            close = text.find(")", end + 2, end + 24)
            alias = text[end + 2 : close] if close != -1 else ""
            if alias and lx.ALIAS_RE.fullmatch(alias) and alias.casefold() != item.value.casefold():
                aliases[alias.casefold()] = item
    if not aliases:
        return []
    taken = [(d.span.start, d.span.end) for d in drafts]
    folded = text.casefold()
    found: list[Draft] = []
    for alias, full in aliases.items():
        for other in drafts:
            if other.text.casefold() == alias and other is not full:
                other.value, other.kind = full.value, full.kind
                other.evidence.append(f"short name of '{full.value}' given in the article")
        at = folded.find(alias)
        while at != -1:
            end = at + len(alias)
            if (
                (at == 0 or not text[at - 1].isalnum())
                and (end == len(text) or not text[end].isalnum())
                and text[at - 1 : at] != "("
                and not any(s <= at < e for s, e in taken)
            ):
                bare = Walk(end, end, True, None, None, False, None)
                span = OrgSpan(at, end, full.span.head, bare, False)
                found.append(
                    Draft(
                        span,
                        text[at:end],
                        full.value,
                        full.head,
                        full.kind,
                        full.place,
                        [f"short name of '{full.value}' given in the article"],
                        False,
                    )
                )
            at = folded.find(alias, end)
    return found


def _is_credit(text: str, start: int, end: int) -> bool:
    """ "(Báo Nghệ An) - Sáng 7/12, ...": the outlet that opens a lead is a credit, not a subject; so
    is the agency of a photo ("Ảnh: Hương Thu/TTXVN")."""
    if text[start - 1 : start] == "(" and text[end : end + 3] in (") -", ") –", ") —"):
        return True
    if text[start - 5 : start] == "Theo " and text[end : end + 1] in (")", "", "\n"):
        return text[start - 6 : start - 5] in ("(", "\n", "")  # "(Theo Dân trí)"
    if text[start - 1 : start] == "/":
        line = text.rfind("\n", 0, start) + 1
        window = text[max(line, start - 60) : start]
        credit = max(window.rfind("Ảnh"), window.rfind("Nguồn"))
        return credit != -1 and "." not in window[credit:]
    return False


def _ends_with_state(value: str) -> bool:
    """ "Bộ Ngoại giao Nga": a foreign state closes the name; "Khu công nghiệp Nghĩa Mỹ" ends with a
    place named like one (a capitalised word before it)."""
    match = _FOREIGN_RE.search(value)
    if match is None:
        return False
    before = value[: match.start()].rstrip().rsplit(" ", 1)[-1]
    return not before or before[0].islower() or before in lx.HEADS


def complete_places(drafts: list[Draft], province: str | None, evidence: str) -> None:
    """Add the province to names that end with a bare unit word or with the province's body."""
    if province is None:
        return
    is_city = province in lx.CITY_PROVINCES
    for item in drafts:
        walk = item.span.walk
        if item.span.bare_party or item.span.bare_body or item.place is not None:
            continue
        suffix = None
        if walk.level is not None and walk.end == item.span.end:
            if (walk.level == "tỉnh" and not is_city) or (walk.level == "thành phố" and is_city):
                suffix = province
        else:
            for body, unit in lx.PROVINCE_LEVEL_BODIES.items():
                if item.value.endswith(body) and (unit == "thành phố") == is_city:
                    suffix = province
        if suffix is not None:
            item.value = f"{item.value} {suffix}"
            item.place = suffix
            item.evidence.append(evidence)


def _article_province(drafts: list[Draft], province: str | None) -> tuple[str | None, str]:
    name = province_name(province)
    if name is not None:
        return name, "place from the article's province"
    # The article itself may make it certain: every "tỉnh X" it names is the same X.
    seen = {
        d.place
        for d in drafts
        if d.place and d.span.walk.level in ("tỉnh", "thành phố") and d.place in lx.PROVINCES
    }
    for item in drafts:
        body = _BODY_PLACE_RE.search(item.value)
        if body is not None and body.group(1) in lx.PROVINCES:
            seen.add(body.group(1))
    if len(seen) == 1:
        return seen.pop(), "place from another name in the article"
    return None, ""


def resolve_short_mentions(drafts: list[Draft]) -> None:
    """Give a shorter mention the full name the article gives the same body."""
    values = {d.value for d in drafts}
    for item in drafts:
        if item.span.bare_body:
            continue
        if item.span.head.requirement != "none" or item.generic or _ends_with_body(item.value):
            prefix = item.value + " "
            longer = {v for v in values if v.startswith(prefix)}
            if longer and not item.generic:
                longer = {v for v in longer if _is_place_suffix(item.value, v[len(prefix) :])}
            if len(longer) == 1:
                full = longer.pop()
                item.evidence.append(f"same body as '{full}' named in the article")
                item.value = full
                item.generic = False
                item.completed = True
                continue
        school = "Trường " + item.value
        if item.head in lx.SCHOOL_HEADS and school in values:
            item.evidence.append(f"same body as '{school}' named in the article")
            item.value = school


def _is_place_suffix(short: str, suffix: str) -> bool:
    """Whether ``suffix`` only adds the place of ``short`` ("Sở Y tế" + "tỉnh Bình Dương")."""
    if suffix.startswith(tuple(level + " " for level in _LEVEL_WORDS)):
        return True
    if suffix in lx.PROVINCES and short.startswith(tuple(h + " " for h in lx.DEPARTMENT_HEADS)):
        return True  # "Sở Y tế" + "Hà Nội"
    return short.endswith(_LEVEL_WORDS + tuple(lx.PROVINCE_LEVEL_BODIES)) and suffix[:1].isupper()


def _ends_with_body(value: str) -> bool:
    return value.endswith(tuple(lx.PROVINCE_LEVEL_BODIES))


def complete_bare_bodies(drafts: list[Draft], province: str | None, evidence: str) -> None:
    """Complete what the article leaves bare: departments, councils alone, bodies inside another."""
    for item in drafts:
        span = item.span
        if span.bare_party or item.place is not None:
            continue
        if span.bare_body and item.head in lx.WHOLE_BODIES:
            # "MTTQ" alone is the Front; "Mặt trận" alone is, where the article names the Front.
            named = lx.WHOLE_BODY_NAMES[item.head]
            if item.text.isupper() or any(named in d.value for d in drafts if not d.span.bare_body):
                item.value = lx.WHOLE_BODIES[item.head]
                item.generic = False
                item.evidence.append("the national body")
            continue
        if span.bare_body and item.head in lx.PROVINCE_BODIES:
            if province is not None:
                unit = "thành phố" if province in lx.CITY_PROVINCES else "tỉnh"
                item.value = f"{item.head} {unit} {province}"
                item.place = province
                item.generic = False
                item.evidence.append(evidence)
            continue
        sub = lx.SUB_BODIES.get(item.value.casefold())
        if sub is not None:
            _complete_sub_body(item, drafts, *sub)
            continue
        if (
            province is not None
            and item.head in lx.DEPARTMENT_HEADS
            and span.walk.level is None
            and not item.completed
            and item.value[len(item.head) + 1 :] in lx.SECTOR_NAMES  # "Sở Y tế", not "Sở Y tế X"
        ):
            item.value = f"{item.value} {province}"
            item.place = province
            item.evidence.append(evidence)


def complete_local_bodies(drafts: list[Draft]) -> None:
    """Bodies of a district or commune named by their unit alone ("UBND huyện", "Huyện ủy") belong to
    the one district or commune of that unit the article names; if it names none or several, a body
    ending with a bare unit word is none in particular and no mention."""
    places: dict[str, set[str]] = {}
    wanted = False
    for item in drafts:
        level = item.span.walk.level
        if level in _LOCAL_LEVELS:
            wanted = True
            if item.place:
                places.setdefault(level, set()).add(item.place)
        value = item.value
        if value.startswith(_LOCAL_BODY_PREFIXES):
            for body, unit in lx.LOCAL_PARTY_BODIES.items():
                if value.startswith(body + " ") and value[len(body) + 1 :][:1].isupper():
                    places.setdefault(unit, set()).add(value[len(body) + 1 :])
        elif value in lx.LOCAL_PARTY_BODIES:
            wanted = True
    if not wanted:
        return
    for item in drafts:
        walk = item.span.walk
        level = lx.LOCAL_PARTY_BODIES.get(item.value)
        bare_unit = walk.level in _LOCAL_LEVELS and item.place is None and walk.end == item.span.end
        if level is None and bare_unit:
            level = walk.level
        if level is None or item.completed:
            continue
        known = places.get(level, set())
        if len(known) == 1:
            place = next(iter(known))
            item.value = f"{item.value} {place}"
            item.place = place
            item.completed = True
            item.evidence.append(f"the one {level} the article names")
        elif bare_unit:
            item.generic = True


_LOCAL_LEVELS = frozenset(("huyện", "quận", "thị xã", "xã", "phường", "thị trấn"))
_LOCAL_BODY_PREFIXES = tuple(body + " " for body in lx.LOCAL_PARTY_BODIES)


def _complete_sub_body(item: Draft, drafts: list[Draft], name: str, parents: frozenset[str]) -> None:
    """ "Đoàn Chủ tịch" -> "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": the one parent of
    its kind the article names."""
    candidates = set()
    for other in drafts:
        if other is item or other.generic or other.kind == "foreign":
            continue
        # The parent may be named inside another name ("Đoàn Chủ tịch UBTƯ MTTQ Việt Nam", "Đảng ủy Bộ
        # Lao động ..."): the part of it that opens with the parent's head.
        value = other.value
        for parent in parents:
            at = value.find(parent + " ")
            while at > 0 and value[at - 1] != " ":
                at = value.find(parent + " ", at + 1)
            if at != -1:
                candidates.add(value[at:])
    # A parent named more fully elsewhere is the same parent ("Thị ủy" and "Thị ủy Bỉm Sơn").
    candidates = {c for c in candidates if not any(o != c and o.startswith(c + " ") for o in candidates)}
    if len(candidates) != 1:
        return
    parent = candidates.pop()
    stem = name[: -len(" Bộ")] if name.endswith(" Bộ") and parent.startswith("Bộ ") else name
    item.value = f"{stem} {parent}"
    item.generic = False
    item.evidence.append(f"part of '{parent}' named in the article")
