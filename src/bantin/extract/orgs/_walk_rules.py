"""Token-level rules of the name walker: tokens, name-shaped runs, places, holders, stops, joiners.

The walker (``_walk``) reads a name token by token; the questions it asks about
one token or a short run of them are answered here: is this run a place or a
state, does a holder's name start here, does this lowercase word end the name,
does the part after "và" belong to it.
"""

from __future__ import annotations

from bantin.extract.orgs import _lexicon as lx
from bantin.extract.orgs._chars import is_title_case
from bantin.lang.vi import names as vi_names
from bantin.text import canonical_form

DASHES = frozenset(("-", "–", "—"))
_ETHNIC_PREFIXES = frozenset(vi_names.ETHNIC_GIVEN_PREFIXES)
_NAME_MAX = vi_names.NAME_MAX_SYLLABLES


CHUNK_TOKENS = lx.CHUNK_TOKENS


def tokens_after(text: str, pos: int) -> tuple[list[str], list[int]]:
    """The tokens after ``pos`` up to punctuation (``CHUNK_TOKENS`` at most), in canonical form,
    with their offsets."""
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


def title_case_run(tokens: list[str], i: int, *, dashes: bool = False) -> int:
    """How many tokens from ``i`` on are name-shaped ("Lạng Sơn", "Bà Rịa - Vũng Tàu" with dashes)."""
    j = i
    n = len(tokens)
    while j < n:
        token = tokens[j]
        if (
            is_title_case(token)
            or token in lx.PLACE_ABBREVIATIONS
            or dashes
            and token in DASHES
            and j > i
            and j + 1 < n
            and is_title_case(tokens[j + 1])
        ):
            j += 1
        else:
            break
    return j - i


def _is_place(words: list[str]) -> bool:
    joined = " ".join(w for w in words if w not in DASHES)
    return joined in lx.PROVINCES or joined in lx.LONG_PLACES


def is_place_or_state(words: list[str]) -> bool:
    return _is_place(words) or " ".join(words) in lx.FOREIGN_STATES


def place_length(run: list[str]) -> int:
    """In a title, how many tokens of the name-shaped run after a unit word are the place.

    "tỉnh Lạng Sơn Hồ Tiến Thiệu" -> 2, "tỉnh Trương Công Hiển" -> 0 (the holder, no place),
    "TP Hồ Chí Minh" -> 3, "huyện Đồng Văn" -> 2.
    """
    n = len(run)
    if n == 0 or _is_place(run):
        return n
    for k in range(n - 1, 0, -1):
        if _is_place(run[:k]):
            return k  # "TP Đà Nẵng Theo ...": a known place, then the next sentence or a name
    for k in range(1, n - 1):
        if (
            run[k] in lx.FAMILY_NAMES
            and 2 <= n - k <= _NAME_MAX
            and (k >= 2 or _is_place(run[:k]))
            and run[k - 1] not in lx.NAME_PARTICLES  # "Nguyễn Thị Kim Ngân" is one name
        ):
            return k
    if (run[0] in lx.FAMILY_NAMES or run[0] in _ETHNIC_PREFIXES) and n >= 3:
        return 0
    return n


def foreign_state_at(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` on name a foreign state (0 if none).

    A state's name inside a person's name is a syllable of it ("Trường Đại học Tôn Đức Thắng",
    "Trường THPT Lê Anh Xuân"): after a family name and before another capital it is no state.
    """
    for size in range(min(lx.FOREIGN_STATE_MAX_WORDS, len(tokens) - i), 0, -1):
        if " ".join(tokens[i : i + size]) in lx.FOREIGN_STATES:
            if i + size < len(tokens) and " ".join(tokens[i : i + size + 1]) in lx.PROVINCES:
                return 0  # "Lào Cai" is a province, not Laos
            if (
                size == 1
                and i
                and tokens[i - 1] in lx.FAMILY_NAMES
                and i + 1 < len(tokens)
                and is_title_case(tokens[i + 1])
            ):
                return 0
            return size
    return 0


def is_person_start(tokens: list[str], i: int, *, has_name: bool, complete: bool, bare: bool) -> bool:
    """In a title: does the holder's name start at token ``i``?"""
    run = title_case_run(tokens, i)
    if run == 0:
        return False
    first = tokens[i]
    if run >= 2 and _is_place(tokens[i : i + run]):
        return False
    if (
        first in lx.FAMILY_NAMES
        or first in _ETHNIC_PREFIXES
        or (run >= 2 and tokens[i + 1] in lx.NAME_PARTICLES)
    ):
        return 2 <= run <= _NAME_MAX and (has_name or complete or bare)
    if not bare or i != 0:
        return False
    # Right after a bare title word: a run of capitals is a (foreign) name ("Tổng thống Donald Trump"),
    # one capital followed by a function word or nothing is a name too ("Bộ trưởng Tiến cho biết"),
    # one capital followed by its second syllable is a field ("Bộ trưởng Tư pháp").
    if run >= 2:
        return run <= _NAME_MAX
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return following == "" or following in lx.TAIL_FUNCTION_WORDS or following in DASHES


def first_word_end(tokens: list[str], starts: list[int], i: int) -> int:
    return starts[i] + len(tokens[i])


def stops(tokens: list[str], i: int, pair: str) -> bool:
    """Whether lowercase token ``i`` ends the name: a stop word, unless it is a syllable of a name word."""
    token = tokens[i]
    if not pair and i + 1 < len(tokens):
        pair = token + " " + tokens[i + 1]
    words = lx.NAME_WORDS_WITH_STOPS
    if token in lx.TAIL_FUNCTION_WORDS or pair in lx.TAIL_FUNCTION_WORDS:
        return not (pair.lower() in words or (i and (tokens[i - 1] + " " + token).lower() in words))
    if (
        i
        and is_title_case(tokens[i - 1])
        and (i < 2 or not tokens[i - 2][0].isupper() or tokens[i - 2] in lx.HEADS)
        and not (i >= 2 and tokens[i - 2] in lx.REGION_WORDS)  # "miền Bắc mua ...": a region is whole
    ):
        # The second syllable of a part that opens with a capital ("Y tế", "Ngoại giao", "Đào tạo").
        return False
    if pair in lx.TAIL_STOP_TWO and pair not in words:
        # "Văn phòng Đăng ký quyền sử dụng đất": the verb is part of a name word with the word before.
        return not (i and (tokens[i - 1] + " " + pair).lower() in words)
    if token not in lx.TAIL_STOP_ONE:
        return False
    if pair.lower() in words:
        return False
    if i and (tokens[i - 1] + " " + token).lower() in words:
        return False
    return not (i > 1 and " ".join(tokens[i - 2 : i + 1]).lower() in words)


def joins(text: str, tokens: list[str], starts: list[int], i: int, *, dash: bool) -> bool:
    """Whether the part after a joiner ("và", "&", "-") belongs to the same name."""
    token = tokens[i]
    if not is_title_case(token) or token in lx.CAPITALISED_HONORIFICS:
        return False
    if lx.HEAD_RE.match(text, starts[i]) or lx.TITLE_WORD_RE.match(text, starts[i]):
        return False
    run = title_case_run(tokens, i)
    if dash:
        # "Đồng Đăng - Lạng Sơn", "Lao động - Thương binh": a place or a name part.
        return True
    # "Kế hoạch và Đầu tư": the next part goes on in lowercase; "Bạch Mai và Việt Đức" does not.
    j = i + run
    if run != 1 or j >= len(tokens) or not tokens[j][0].islower():
        return False
    pair = tokens[j] + " " + tokens[j + 1] if j + 1 < len(tokens) else ""
    return not stops(tokens, j, pair)
