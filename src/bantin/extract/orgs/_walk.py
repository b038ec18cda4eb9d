"""Reading the words after a head noun or a title word: the name, its unit, its place.

Vietnamese capitalises the first syllable of each part of a name ("Ban Tuyên
giáo", "Sở Nông nghiệp và Phát triển nông thôn"), so a name cannot be read as a
run of capitals. The walker takes the tokens after the head one by one:

- a capitalised token is part of the name (a nested body, "Tỉnh ủy", too);
- a lowercase token continues the part it follows, unless it is a function word or
  the verb of the clause (``TAIL_STOP_*`` of ``lang/vi/organisations.py``), or the
  part has run on too long, or it follows a proper name ("Trường THCS Nguyễn Du
  khai giảng");
- "và", "&" and a dash join two parts when the next one looks like a name part
  ("Kế hoạch và Đầu tư"), not like a new body ("Bộ Y tế và Bộ Công an");
- a unit word ("tỉnh", "thành phố", "huyện" ...) with the place after it ends the name;
  so do the central level ("Trung ương") and a foreign state ("Bộ Ngoại giao Nga").

After a title word (``in_title``) the holder's name may follow with no comma
("Thứ trưởng Bộ Tư pháp Đặng Hữu Tín", "Phó Chủ tịch UBND tỉnh Trương Công Hiển"): the
walker stops where a person's name starts and says so. The questions about single
tokens and runs are answered by ``_walk_rules``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bantin.extract.orgs import _lexicon as lx
from bantin.extract.orgs._chars import is_title_case
from bantin.extract.orgs._walk_rules import (
    CHUNK_TOKENS,
    DASHES,
    first_word_end,
    foreign_state_at,
    is_person_start,
    is_place_or_state,
    joins,
    place_length,
    stops,
    title_case_run,
    tokens_after,
)

__all__ = ["Walk", "place_length", "walk"]

_JOINERS = frozenset(("và", "&"))
_FIXED_FIRST = lx.FIXED_NAME_FIRST_WORDS
_MAX_PENDING_LOWERCASE = 4
_LOOKAHEAD = 5
"""Tokens the rules may look ahead of the one read: fewer left in the chunk, the next is read."""
_STOP = -1


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


def walk(text: str, pos: int, *, in_title: bool, requirement: str | None, sector: bool = False) -> Walk:
    """Read the name that starts after ``pos`` (the end of a head, or of a title word).

    ``requirement`` is the head's ("name", "level", "none", "open", "capital"), or ``None``
    after a bare title word with no head noun. ``sector`` says the head takes a field ("Bộ",
    "Sở"): a known field is the whole name, and only a place, a state or a holder may follow.
    """
    if text[pos : pos + 1] != " ":
        return Walk(pos, pos, False, None, None, False, None)  # punctuation or the end: nothing follows
    return _Walker(text, pos, in_title, requirement, sector).run()


class _Walker:
    """The state of one walk: the tokens read so far and what they made of the name."""

    __slots__ = (
        "text", "in_title", "requirement", "bare", "complete", "closed", "start", "tokens", "starts", "end",
        "has_name", "saw_capital", "after_acronym", "lowercase_run", "pending", "level", "place", "central",
        "person_start",
    )  # fmt: skip

    def __init__(self, text: str, pos: int, in_title: bool, requirement: str | None, sector: bool) -> None:
        self.closed = False
        if sector:
            field = lx.SECTOR_RE.match(text, pos)
            if field is not None:
                pos = field.end()
                self.closed = True
        self.text = text
        self.in_title = in_title
        self.requirement = requirement
        self.bare = requirement is None
        self.complete = requirement in ("none", "open")
        self.start = self.end = pos
        self.tokens, self.starts = tokens_after(text, pos)
        self.has_name = self.closed
        # After an acronym head ("Giám đốc FBI James Comey"), a run of names is its holder.
        # Not after a head that takes a place ("Chủ tịch UBND Ngọc Trạo": the ward).
        self.after_acronym = (
            pos >= 2 and text[pos - 1].isupper() and text[pos - 2].isupper() and requirement in ("none", None)
        )
        self.saw_capital = requirement == "open"
        self.lowercase_run = self.pending = 0
        self.level: str | None = None
        self.place: str | None = None
        self.central = False
        self.person_start: int | None = None

    def run(self) -> Walk:
        i = 0
        while 0 <= i < len(self.tokens):
            if i + _LOOKAHEAD >= len(self.tokens) and len(self.tokens) >= CHUNK_TOKENS:
                self._read_more()
            i = self._step(i)
        return Walk(
            self.start, self.end, self.has_name, self.level, self.place, self.central, self.person_start
        )

    def _read_more(self) -> None:
        """The tokens are read a chunk at a time (most names end within a few): read the next."""
        tokens, starts = self.tokens, self.starts
        if len(tokens) < CHUNK_TOKENS:
            return
        more, more_starts = tokens_after(self.text, starts[-1] + len(tokens[-1]))
        if more:
            self.tokens, self.starts = tokens + more, starts + more_starts

    def _take(self, last: int) -> None:
        """The name now runs to the end of token ``last``."""
        self.end = self.starts[last] + len(self.tokens[last])

    def _step(self, i: int) -> int:
        """Read token ``i``; return the index of the next token to read, or ``_STOP``."""
        tokens = self.tokens
        token = tokens[i]
        if token in _FIXED_FIRST:
            fixed = lx.FIXED_NAME_RE.match(self.text, self.starts[i])
            if fixed is not None:
                # A name part with commas or lowercase words ("Văn hóa, Thể thao và Du lịch"): take it
                # whole and read on after it.
                self.end = fixed.end()
                self.has_name = self.saw_capital = True
                self.lowercase_run = 0
                self.tokens, self.starts = tokens_after(self.text, self.end)
                return 0
        pair = token + " " + tokens[i + 1] if i + 1 < len(tokens) and token in lx.PAIR_FIRST_WORDS else ""
        if pair in lx.UNIT_BODIES:
            # "Tỉnh ủy" inside a name is its parent body, not the unit word "tỉnh".
            self._take(i + 1)
            self.has_name = self.saw_capital = True
            self.lowercase_run = 0
            self.after_acronym = False
            return i + 2
        unit = lx.LEVEL_TWO.get(pair)
        if unit is not None:
            return self._place(i, 2, unit)
        unit = lx.LEVEL_ONE.get(token)
        if unit is not None:
            return self._place(i, 1, unit)
        if token in lx.CENTRAL_ONE or pair in lx.CENTRAL_TWO:
            return self._central(i + (1 if pair in lx.CENTRAL_TWO else 0))
        if token in lx.PLACE_ABBREVIATIONS and self.has_name | self.complete:
            return self._place_abbreviation(i, token)
        first = token[0]
        if first.isupper():
            return self._capital(i, token, pair)
        self.after_acronym = False
        if first.isdigit():
            return self._number(i, token)
        if token in _JOINERS or token in DASHES:
            if (
                self.has_name
                and i + 1 < len(tokens)
                and joins(self.text, tokens, self.starts, i + 1, dash=token != "và")
            ):
                return i + 1
            return _STOP
        return self._lowercase(i, token, pair)

    def _place(self, i: int, size: int, unit: str) -> int:
        """A unit word: the place written after it ends the name ("UBND tỉnh Lạng Sơn")."""
        tokens, starts = self.tokens, self.starts
        j = i + size
        token = tokens[i]
        if j == len(tokens) and self.text.startswith(". ", starts[i] + len(token)) and token in ("TP", "Tp"):
            # "Sở GDCK TP. HCM": the place comes after the abbreviation's dot.
            more, more_starts = tokens_after(self.text, starts[i] + len(token) + 1)
            tokens, starts = self.tokens, self.starts = tokens + more, starts + more_starts
        run = title_case_run(tokens, j, dashes=True)
        if run == 0 and j < len(tokens) and tokens[j].isdigit() and unit in ("quận", "phường"):
            run = 1  # "quận 3", "phường 6": numbered wards and districts
        keep = place_length(tokens[j : j + run]) if run > 1 else run
        if not self.in_title and keep < 2:
            keep = run  # outside a title, only a place followed by a full name is cut
        self._take(j + keep - 1)
        self.level = unit
        self.place = " ".join(tokens[j : j + keep]) or None
        if keep < run:
            self.person_start = starts[j + keep]
        return _STOP

    def _place_abbreviation(self, i: int, token: str) -> int:
        """A place written as an abbreviation ("Thành ủy TPHCM") ends the name; a holder may follow."""
        self._take(i)
        self.level = lx.PLACE_ABBREVIATION_LEVELS.get(token)
        self.place = lx.PLACE_ABBREVIATION_NAMES[token]
        following = i + 1
        if following < len(self.tokens) and title_case_run(self.tokens, following):
            self.person_start = self.starts[following]
        return _STOP

    def _central(self, last: int) -> int:
        """The central level ends the name ("Ban Tuyên giáo Trung ương"), "Trung ương Đảng" too."""
        tokens = self.tokens
        following = last + 1
        if following < len(tokens) and tokens[following] in ("Đảng", "Đoàn"):
            last = following
        elif following < len(tokens) and lx.HEAD_RE.match(self.text, self.starts[following]):
            # "Ủy ban Trung ương MTTQ Việt Nam": the central level of a body named next.
            self._take(last)
            return following
        self._take(last)
        self.central = True
        following = last + 1
        if self.in_title and following < len(tokens):
            if is_person_start(tokens, following, has_name=True, complete=True, bare=False):
                self.person_start = self.starts[following]
        return _STOP

    def _capital(self, i: int, token: str, pair: str) -> int:
        """A capitalised token: part of the name, unless a holder, a state or a new sentence starts."""
        if token in lx.SENTENCE_OPENERS or pair in lx.SENTENCE_OPENERS:
            return _STOP  # a full stop is missing: "Cục An toàn thực phẩm Còn đối với ..."
        if self.requirement == "none" and not self.has_name and self._new_clause(i, token, pair):
            return _STOP
        if self.in_title and self._holder_follows(i):
            return _STOP
        if not self.in_title and (self.has_name or self.pending):
            state = foreign_state_at(self.tokens, i)
            if state and " ".join(self.tokens[i : i + state]) != "Việt Nam":
                # "Bộ Ngoại giao Nhật Bản", "Đảng Dân chủ Mỹ": a foreign state closes the name.
                self._take(i + state - 1)
                self.has_name = True
                return _STOP
        self._take(i)
        is_qualifier = token in lx.QUALIFIER_ABBREVIATIONS
        self.has_name = self.has_name or not is_qualifier
        self.after_acronym = not is_qualifier and len(token) > 1 and token[1:2].isupper()
        self.saw_capital = True
        self.lowercase_run = 0
        return i + 1

    def _new_clause(self, i: int, token: str, pair: str) -> bool:
        """After a complete name ("TTXVN", "Quốc hội") a title or a verb in capitals opens the next
        sentence or caption ("TTXVN Phó Thủ tướng ...", "TTXVN Quyết định ...")."""
        if not pair and i + 1 < len(self.tokens):
            pair = token + " " + self.tokens[i + 1]
        return (
            pair.lower() in lx.TAIL_STOP_TWO
            or token.lower() in lx.TAIL_STOP_ONE
            or lx.TITLE_WORD_RE.match(self.text, self.starts[i]) is not None
        )

    def _holder_follows(self, i: int) -> bool:
        """In a title: does the name stop at token ``i`` because a state or the holder's name starts?"""
        tokens, starts = self.tokens, self.starts
        state = foreign_state_at(tokens, i) if (self.has_name or self.bare or self.complete) else 0
        if state and self.has_name and " ".join(tokens[i : i + state]) == "Việt Nam":
            state = 0  # "Ủy ban MTTQ Việt Nam tỉnh": part of the name, not the holder's state
        if state:
            # "Tổng thống Mỹ Donald Trump": the state, then the holder.
            last = i + state - 1
            self._take(last)
            self.has_name = True
            if last + 1 < len(tokens) and title_case_run(tokens, last + 1):
                self.person_start = starts[last + 1]
            return True
        opening = self.bare and not self.saw_capital and not self.pending and i == 0
        run = title_case_run(tokens, i)
        keep = place_length(tokens[i : i + run]) if run >= 2 else -1
        if 0 < keep < run:
            # "Thành ủy Hà Nội Đinh Tiến Dũng": the place (or name) of the body, then its holder.
            self._take(i + keep - 1)
            self.person_start = starts[i + keep]
            self.has_name = True
            return True
        if (
            (keep == 0 and (self.has_name or self.complete or opening))
            or is_person_start(tokens, i, has_name=self.has_name, complete=self.complete, bare=opening)
            # "Chủ tịch UEFA Aleksander Ceferin": a name-shaped run after an acronym name.
            or (self.after_acronym and run >= 2 and not is_place_or_state(tokens[i : i + run]))
        ):
            self.person_start = starts[i]
            return True
        return False

    def _number(self, i: int, token: str) -> int:
        """A number in a name ("Bệnh viện 108", "Quân đoàn 2"), not an amount ("380 tỷ đồng")."""
        tokens = self.tokens
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if following[:1].islower() and not stops(tokens, i + 1, ""):
            return _STOP
        if not (self.saw_capital or self.pending or (i == 0 and self.requirement == "name")):
            return _STOP
        self._take(i)
        self.has_name = self.saw_capital = True
        return i + 1

    def _lowercase(self, i: int, token: str, pair: str) -> int:
        """A lowercase token: it goes on with the part it follows, or ends the name."""
        tokens = self.tokens
        if self.closed or stops(tokens, i, pair):
            return _STOP
        if self.requirement == "none" and not self.saw_capital:
            return _STOP  # a complete name ("Quốc hội") goes on only with a place or a body
        if i >= 2 and is_title_case(tokens[i - 1]) and is_title_case(tokens[i - 2]):
            if tokens[i - 2] not in lx.HEADS:
                # After a proper name ("Trường THCS Nguyễn Du", "Công ty may Việt Tiến") the clause goes on.
                return _STOP
        if i and _has_inner_capital(tokens[i - 1]) and tokens[i - 1] not in lx.QUALIFIER_ABBREVIATIONS:
            return _STOP  # so it does after an acronym or a brand ("Đảng PS cánh tả ...", "VietBank")
        if self.saw_capital:
            self.lowercase_run += 1
            if self.lowercase_run > lx.NAME_PART_MAX_LOWERCASE:
                # Too long for a name part: the clause went on; keep the part's first word.
                self.end = min(self.end, first_word_end(tokens, self.starts, i - self.lowercase_run + 1))
                return _STOP
            self._take(i)
        else:
            self.pending += 1
            if self.pending > _MAX_PENDING_LOWERCASE:
                return _STOP
        return i + 1


def _has_inner_capital(token: str) -> bool:
    """An acronym or a brand ("PS", "VietBank"): a capital after the first letter."""
    return any(c.isupper() for c in token[1:])
