"""Reading the words after a head noun or a title word: the name, its unit, its place.

Vietnamese capitalises the first syllable of each part of a name ("Ban Tuyên
giáo", "Sở Nông nghiệp và Phát triển nông thôn"), so a name cannot be read as a
run of capitals. The walker takes the tokens after the head one by one:

- a capitalised token is part of the name (a nested body, "Tỉnh ủy", too);
- a lowercase token continues the part it follows, unless it is a function word or
  the verb of the clause (``TAIL_STOP_WORDS``), or the part has run on too long;
- "và", "&" and a dash join two parts when the next one looks like a name part
  ("Kế hoạch và Đầu tư"), not like a new body ("Bộ Y tế và Bộ Công an");
- a unit word ("tỉnh", "thành phố", "huyện" ...) with the place after it ends the name;
  so does the central level ("Trung ương").

After a title word (``in_title``) the holder's name may follow with no comma
("Thứ trưởng Bộ Tư pháp Đặng Hữu Tín", "Phó Chủ tịch UBND tỉnh Trương Công Hiển"): the
walker stops where a person's name starts and says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from bantin.extract.orgs import _lexicon as lx
from bantin.extract.orgs._chars import is_title_case
from bantin.lang.vi import names as vi_names
from bantin.text import canonical_form

_DASHES = frozenset(("-", "–", "—"))
_JOINERS = frozenset(("và", "&"))
_ETHNIC_PREFIXES = frozenset(vi_names.ETHNIC_GIVEN_PREFIXES)
_FIXED_FIRST = lx.FIXED_NAME_FIRST_WORDS
_MAX_PENDING_LOWERCASE = 4
_NAME_MAX = vi_names.NAME_MAX_SYLLABLES


# Not frozen: a frozen dataclass costs five times as much to build, and thousands are built per
# second; nothing outside this package sees it.
@dataclass(slots=True)
class Walk:
    """What followed a head or a title word.

    ``end`` is where the name ends (``== start`` when nothing was taken); ``level`` the
    unit word it ends with, ``place`` the place written after it (``None`` for a bare
    "tỉnh"); ``person_start`` where the holder's name starts, after a title.
    """

    start: int
    end: int
    has_name: bool
    level: str | None
    place: str | None
    central: bool
    person_start: int | None


def _tokens(text: str, pos: int) -> tuple[list[str], list[int]]:
    """The tokens after ``pos`` up to punctuation, in canonical form, with their offsets."""
    match = lx.CHUNK_RE.match(text, pos)
    if match is None:
        return [], []
    # The canonical form keeps the length of the text, so offsets stay the display text's.
    chunk = match.group()[1:]
    tokens = (canonical_form(chunk) if not chunk.isascii() else chunk).split(" ")
    starts = []
    offset = pos + 1
    for token in tokens:
        starts.append(offset)
        offset += len(token) + 1
    return tokens, starts


def _title_case_run(tokens: list[str], i: int, *, dashes: bool = False) -> int:
    """How many tokens from ``i`` on are name-shaped ("Lạng Sơn", "Bà Rịa - Vũng Tàu" with dashes)."""
    j = i
    n = len(tokens)
    while j < n:
        token = tokens[j]
        if is_title_case(token) or token in lx.PLACE_ABBREVIATIONS:
            j += 1
        elif dashes and token in _DASHES and j > i and j + 1 < n and is_title_case(tokens[j + 1]):
            j += 1
        else:
            break
    return j - i


def _is_place(words: list[str]) -> bool:
    joined = " ".join(w for w in words if w not in _DASHES)
    return joined in lx.PROVINCES or joined in lx.LONG_PLACES


def _is_place_or_state(words: list[str]) -> bool:
    return _is_place(words) or " ".join(words) in lx.FOREIGN_STATES


def place_length(run: list[str]) -> int:
    """In a title, how many tokens of the name-shaped run after a unit word are the place.

    "tỉnh Lạng Sơn Hồ Tiến Thiệu" -> 2, "tỉnh Trương Công Hiển" -> 0 (the holder, no place),
    "TP Hồ Chí Minh" -> 3, "huyện Đồng Văn" -> 2.
    """
    n = len(run)
    if n == 0 or _is_place(run):
        return n
    for k in range(1, n - 1):
        if run[k] in lx.FAMILY_NAMES and 2 <= n - k <= _NAME_MAX and (k >= 2 or _is_place(run[:k])):
            return k
    if (run[0] in lx.FAMILY_NAMES or run[0] in _ETHNIC_PREFIXES) and n >= 3:
        return 0
    return n


def _foreign_state_at(tokens: list[str], i: int) -> int:
    for size in range(min(lx.FOREIGN_STATE_MAX_WORDS, len(tokens) - i), 0, -1):
        if " ".join(tokens[i : i + size]) in lx.FOREIGN_STATES:
            return size
    return 0


def _is_person_start(tokens: list[str], i: int, *, has_name: bool, complete: bool, bare: bool) -> bool:
    """In a title: does the holder's name start at token ``i``?"""
    run = _title_case_run(tokens, i)
    if run == 0:
        return False
    first = tokens[i]
    if run >= 2 and _is_place(tokens[i : i + run]):
        return False
    if first in lx.FAMILY_NAMES or first in _ETHNIC_PREFIXES or (run >= 2 and tokens[i + 1] in lx.NAME_PARTICLES):
        return 2 <= run <= _NAME_MAX and (has_name or complete or bare)
    if not bare or i != 0:
        return False
    # Right after a bare title word: a run of capitals is a (foreign) name ("Tổng thống Donald Trump"),
    # one capital followed by a function word or nothing is a name too ("Bộ trưởng Tiến cho biết"),
    # one capital followed by its second syllable is a field ("Bộ trưởng Tư pháp").
    if run >= 2:
        return run <= _NAME_MAX
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return following == "" or following in lx.TAIL_FUNCTION_WORDS or following in _DASHES


def walk(text: str, pos: int, *, in_title: bool, requirement: str | None, sector: bool = False) -> Walk:
    """Read the name that starts after ``pos`` (the end of a head, or of a title word).

    ``requirement`` is the head's ("name", "level", "none"), or ``None`` after a bare title
    word with no head noun. ``sector`` says the head takes a field ("Bộ", "Sở"): a known field
    is the whole name, and only a place, a state or a holder may follow it.
    """
    closed = False
    if sector:
        field = lx.SECTOR_RE.match(text, pos)
        if field is not None:
            pos = field.end()
            closed = True
    start_pos = pos
    tokens, starts = _tokens(text, pos)
    end = pos
    has_name = closed
    # After an acronym head ("Giám đốc FBI James Comey"), a run of names is its holder.
    after_acronym = pos >= 2 and text[pos - 1].isupper() and text[pos - 2].isupper()
    saw_capital = requirement == "open"
    lowercase_run = pending = 0
    level: str | None = None
    place: str | None = None
    central = False
    person_start: int | None = None
    bare = requirement is None
    complete = requirement in ("none", "open")
    i = 0
    while i < len(tokens):
        n = len(tokens)
        token = tokens[i]
        if token in _FIXED_FIRST:
            fixed = lx.FIXED_NAME_RE.match(text, starts[i])
            if fixed is not None:
                # A name part with commas or lowercase words ("Văn hóa, Thể thao và Du lịch"): take it
                # whole and read on after it.
                end = fixed.end()
                has_name = saw_capital = True
                lowercase_run = 0
                tokens, starts = _tokens(text, end)
                i = 0
                continue
        pair = token + " " + tokens[i + 1] if i + 1 < n and token in lx.PAIR_FIRST_WORDS else ""
        if pair in lx.UNIT_BODIES:
            # "Tỉnh ủy" inside a name is its parent body, not the unit word "tỉnh".
            end = starts[i + 1] + len(tokens[i + 1])
            has_name = saw_capital = True
            lowercase_run = 0
            after_acronym = False
            i += 2
            continue
        unit = lx.LEVEL_TWO.get(pair)
        size = 2
        if unit is None:
            unit, size = lx.LEVEL_ONE.get(token), 1
        if unit is not None:
            j = i + size
            run = _title_case_run(tokens, j, dashes=True)
            keep = place_length(tokens[j : j + run])
            if not in_title and keep < 2:
                keep = run  # outside a title, only a place followed by a full name is cut
            last = j + keep - 1
            end = starts[last] + len(tokens[last])
            level = unit
            place = " ".join(tokens[j : j + keep]) or None
            if keep < run:
                person_start = starts[j + keep]
            break
        if token in lx.CENTRAL_ONE or pair in lx.CENTRAL_TWO:
            last = i + (1 if pair in lx.CENTRAL_TWO else 0)
            if last + 1 < n and tokens[last + 1] in ("Đảng", "Đoàn"):
                last += 1
            elif last + 1 < n and lx.HEAD_RE.match(text, starts[last + 1]):
                # "Ủy ban Trung ương MTTQ Việt Nam": the central level of a body named next.
                i = last + 1
                end = starts[last] + len(tokens[last])
                continue
            end = starts[last] + len(tokens[last])
            central = True
            nxt = last + 1
            if in_title and nxt < n and _is_person_start(tokens, nxt, has_name=True, complete=True, bare=False):
                person_start = starts[nxt]
            break
        first = token[0]
        if first.isupper():
            if token in lx.SENTENCE_OPENERS or pair in lx.SENTENCE_OPENERS:
                break  # a full stop is missing: "Cục An toàn thực phẩm Còn đối với ..."
            if in_title:
                state = _foreign_state_at(tokens, i) if (has_name or bare or complete) else 0
                if state and has_name and " ".join(tokens[i : i + state]) == "Việt Nam":
                    state = 0  # "Ủy ban MTTQ Việt Nam tỉnh": part of the name, not the holder's state
                if state:
                    last = i + state - 1
                    end = starts[last] + len(tokens[last])
                    has_name = True
                    if last + 1 < n and _title_case_run(tokens, last + 1):
                        person_start = starts[last + 1]
                    break
                opening = bare and not saw_capital and not pending and i == 0
                run = _title_case_run(tokens, i)
                keep = place_length(tokens[i : i + run]) if run >= 2 else -1
                if 0 < keep < run:
                    # "Thành ủy Hà Nội Đinh Tiến Dũng": the place (or name) of the body, then its holder.
                    last = i + keep - 1
                    end = starts[last] + len(tokens[last])
                    person_start = starts[i + keep]
                    break
                if (keep == 0 and (has_name or complete or opening)) or (
                    _is_person_start(tokens, i, has_name=has_name, complete=complete, bare=opening)
                    or (after_acronym and run >= 2 and not _is_place_or_state(tokens[i : i + run]))
                ):
                    # "Chủ tịch UEFA Aleksander Ceferin": a name-shaped run after an acronym name.
                    person_start = starts[i]
                    break
            end = starts[i] + len(token)
            is_qualifier = token in lx.QUALIFIER_ABBREVIATIONS
            has_name = has_name or not is_qualifier
            after_acronym = not is_qualifier and len(token) > 1 and token[1:2].isupper()
            saw_capital = True
            lowercase_run = 0
            i += 1
            continue
        after_acronym = False
        if first.isdigit():
            if not (saw_capital or pending):
                break
            end = starts[i] + len(token)
            has_name = saw_capital = True
            i += 1
            continue
        if token in _JOINERS or token in _DASHES:
            if has_name and i + 1 < n and _joins(text, tokens, starts, i + 1, dash=token != "và"):
                i += 1
                continue
            break
        if closed or _stops(tokens, i, pair):
            break
        if saw_capital:
            lowercase_run += 1
            if lowercase_run > lx.NAME_PART_MAX_LOWERCASE:
                # Too long for a name part: the clause went on; keep the part's first word.
                end = min(end, _first_word_end(tokens, starts, i - lowercase_run + 1))
                break
            end = starts[i] + len(token)
        else:
            pending += 1
            if pending > _MAX_PENDING_LOWERCASE:
                break
        i += 1
    return Walk(start_pos, end, has_name, level, place, central, person_start)


def _first_word_end(tokens: list[str], starts: list[int], i: int) -> int:
    return starts[i] + len(tokens[i])


def _stops(tokens: list[str], i: int, pair: str) -> bool:
    """Whether lowercase token ``i`` ends the name: a stop word, unless it is a syllable of a name word."""
    token = tokens[i]
    if not pair and i + 1 < len(tokens):
        pair = token + " " + tokens[i + 1]
    words = lx.NAME_WORDS_WITH_STOPS
    if token in lx.TAIL_FUNCTION_WORDS or pair in lx.TAIL_FUNCTION_WORDS:
        return True
    if i and is_title_case(tokens[i - 1]) and (i < 2 or not tokens[i - 2][0].isupper()):
        # The second syllable of a part that opens with a capital ("Y tế", "Ngoại giao", "Đào tạo").
        return False
    if pair in lx.TAIL_STOP_TWO and pair not in words:
        return True
    if token not in lx.TAIL_STOP_ONE:
        return False
    if pair.lower() in words:
        return False
    if i and (tokens[i - 1] + " " + token).lower() in words:
        return False
    return not (i > 1 and " ".join(tokens[i - 2 : i + 1]).lower() in words)


def _joins(text: str, tokens: list[str], starts: list[int], i: int, *, dash: bool) -> bool:
    """Whether the part after a joiner ("và", "&", "-") belongs to the same name."""
    token = tokens[i]
    if not is_title_case(token) or token in lx.CAPITALISED_HONORIFICS:
        return False
    if lx.HEAD_RE.match(text, starts[i]) or lx.TITLE_WORD_RE.match(text, starts[i]):
        return False
    run = _title_case_run(tokens, i)
    if dash:
        # "Đồng Đăng - Lạng Sơn", "Lao động - Thương binh": a place or a name part.
        return True
    # "Kế hoạch và Đầu tư": the next part goes on in lowercase; "Bạch Mai và Việt Đức" does not.
    j = i + run
    if run != 1 or j >= len(tokens) or not tokens[j][0].islower():
        return False
    pair = tokens[j] + " " + tokens[j + 1] if j + 1 < len(tokens) else ""
    return not _stops(tokens, j, pair)
