"""Captions, photo credits, bylines and attributions: the short lines around the prose.

All matchers work on the canonical lowercase form of a line, which has the
length of the line itself, so every offset they return points into the line as
written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bantin.lang.vi.layout import (
    ATTRIBUTION_LABELS,
    AUTHOR_SEPARATORS,
    AUTHOR_SUFFIXES,
    BYLINE_MAX_CHARS,
    BYLINE_PREFIXES,
    CAPTION_MAX_CHARS,
    CAPTION_MIN_WORDS,
    COLLECTIVE_BYLINES,
    CREDIT_LABELS,
    ILLUSTRATION_MARKERS,
    SENTENCE_END,
)
from bantin.text import canonical_form


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(canonical_form(w)) for w in sorted(words, key=len, reverse=True))


_CREDIT_RE = re.compile(
    rf"(?:^|(?<=[\s.(\[–—-]))[(\[]?\s*(?P<label>{_alternation(CREDIT_LABELS)})\s*:\s*"
    r"(?P<name>[^()\[\]\n]{1,80}?)\s*[)\]]?\s*\.?$"
)
_ILLUSTRATION_RE = re.compile(rf"(?:^|(?<=[\s.(\[–—-]))[(\[]?\s*(?:{_alternation(ILLUSTRATION_MARKERS)})\s*[)\]]?\.?$")
# What a line must hold for each of the two expressions above to match. Both open with a
# look-behind and are tried at every position of the line, and "ảnh" is in most long lines
# ("hình ảnh", "ảnh hưởng"); looking for these first spares nearly all of them the search, and
# the canonical form too: every illustration marker holds ILLUSTRATION_STEM, whose letters
# canonical_form never changes, so the plain lowercase line tells (tests/layout check it).
_CREDIT_COLON = ":"
ILLUSTRATION_STEM = "minh h"
_ILLUSTRATION_FORMS = tuple(canonical_form(w) for w in ILLUSTRATION_MARKERS)
_BYLINE_PREFIX_RE = re.compile(rf"^(?P<label>{_alternation(BYLINE_PREFIXES)})\s*[:：]\s*(?P<names>.+)$")
_ATTRIBUTION_RE = re.compile(
    rf"^[(\[]?\s*(?P<label>{_alternation(ATTRIBUTION_LABELS)})\s*:?\s+(?P<outlet>[^()\[\]\n]{{2,70}}?)\s*[)\]]?\.?$"
)
_SUFFIX_RE = re.compile(rf"\s*\((?:{_alternation(AUTHOR_SUFFIXES)})[^()]*\)\s*$")
_SEPARATOR_RE = re.compile("|".join(re.escape(s) for s in AUTHOR_SEPARATORS))
# A name written in a closing line: capitalised syllables, possibly a foreign or hyphenated one.
_NAME_WORD_RE = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:-[^\W\d_]+)*\.?$")


@dataclass(frozen=True, slots=True)
class Credit:
    """A photo credit inside a line: where it starts and the name it gives."""

    start: int  # where the credit ("Ảnh: X", "(Ảnh: X)") starts in the line
    name: str | None  # None for "Ảnh minh họa"


def _skip_spaces(line: str, index: int) -> int:
    while index < len(line) and line[index] == " ":
        index += 1
    return index


# Both expressions end the line, so on a normalised line (single spaces, no line end) a credit starts
# within this many characters of its end: an opening bracket and a space, the longest label, a space,
# the colon and a space, a name of 80 characters, a space, a closing bracket, a space and a dot; with
# room before it for the look-behind and for the canonical form's look at the letter before a pair.
_CREDIT_TAIL = 2 + max(len(canonical_form(w)) for w in (*CREDIT_LABELS, *ILLUSTRATION_MARKERS)) + 87 + 32


def find_credit(line: str, *, normalized: bool = False) -> Credit | None:
    """Return the photo credit that ends ``line`` ("... Ảnh: NGUYỄN HÀ"), if any.

    ``normalized`` says the line comes from normalised text (``bantin.text.normalize_text``: one
    space between words, no line end): only its last characters can then hold a credit, and only
    they are read (most lines of a page are long paragraphs of prose).
    """
    offset = 0
    if normalized and len(line) > _CREDIT_TAIL and "İ" not in line:  # "İ" lowercases to two characters
        offset = len(line) - _CREDIT_TAIL
    low = line[offset:].lower() if offset else line.lower()
    if "ảnh" not in low and "video" not in low and "clip" not in low and "photo" not in low:
        return None
    if _CREDIT_COLON not in low and ILLUSTRATION_STEM not in low:
        return None
    low = canonical_form(low)
    # From the second character of a tail, so that "^" cannot match where the line does not begin.
    first = 1 if offset else 0
    match = _CREDIT_RE.search(low, first) if _CREDIT_COLON in low else None
    if match is not None:
        name = line[offset + match.start("name") : offset + match.end("name")].strip(" .")
        label = match["label"]
        start = _skip_spaces(line, offset + match.start())
        return Credit(start=start, name=None if label.startswith("ảnh minh") and not name else name)
    has_marker = any(form in low for form in _ILLUSTRATION_FORMS)
    match = _ILLUSTRATION_RE.search(low, first) if has_marker else None
    if match is not None:
        return Credit(start=_skip_spaces(line, offset + match.start()), name=None)
    return None


def ends_like_prose(line: str) -> bool:
    """Whether ``line`` ends the way a sentence does."""
    return bool(line) and line[-1] in SENTENCE_END


def is_caption_like(line: str, *, has_credit: bool | None = None) -> bool:
    """Whether a line in the body reads as an image caption rather than prose.

    A caption is short, has a few words and no final punctuation; a line with a
    photo credit is a caption whatever its punctuation. ``has_credit`` is what
    :func:`find_credit` said of the line, when the caller has asked it already.
    """
    if len(line) > CAPTION_MAX_CHARS:
        return False
    if has_credit is None:
        has_credit = find_credit(line) is not None
    if has_credit:
        return True
    return not ends_like_prose(line) and len(line.split()) >= CAPTION_MIN_WORDS


def _is_name(segment: str) -> bool:
    words = segment.split()
    if not 1 <= len(words) <= 5:
        return False
    if segment == segment.upper():
        return all(_NAME_WORD_RE.match(w) for w in words)
    return all(_NAME_WORD_RE.match(w) and w[0].isupper() for w in words) and len(words) >= 2


def _title_case(name: str) -> str:
    if name != name.upper():
        return name
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in name.split())


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline line: the authors it names and how it was recognised."""

    authors: tuple[str, ...]
    method: str


def parse_byline(line: str) -> Byline | None:
    """Return the authors of a closing line when it is a byline, else ``None``.

    Recognised: a label ("Bài và ảnh: PHẠM THU HÀ"), a collective ("Nhóm PV"),
    names in capitals ("MAI CHI", "THU HƯƠNG - ĐỨC ANH") and names in title case
    ("Nguyễn Văn An - Trần Minh", "Hoàng Lan (tổng hợp)").
    """
    if len(line) > BYLINE_MAX_CHARS or ends_like_prose(line.rstrip(")")) and not line.endswith(")"):
        return None
    low = canonical_form(line).lower().strip()
    if low in COLLECTIVE_BYLINES:
        return Byline(authors=(), method="a collective byline")
    names = line
    method = "a closing line of names"
    match = _BYLINE_PREFIX_RE.match(low)
    if match is not None:
        names = line[match.start("names") :]
        method = f"a closing line opened by '{line[: match.end('label')]}:'"
        if canonical_form(names).lower().strip() in COLLECTIVE_BYLINES:
            return Byline(authors=(), method=method)
    names = _SUFFIX_RE.sub("", names).strip()
    segments = [s.strip() for s in _SEPARATOR_RE.split(names) if s.strip()]
    if not segments or not all(_is_name(s) for s in segments):
        return None
    if match is None and names == names.upper():
        method = "a closing line of names in capitals"
    return Byline(authors=tuple(_title_case(s) for s in segments), method=method)


def parse_attribution(line: str) -> str | None:
    """Return the outlet of an attribution line ("Theo TTXVN" -> "TTXVN"), else ``None``.

    The outlet must start with a capital: "Theo đó, ..." opens a sentence, not an attribution.
    """
    if len(line) > BYLINE_MAX_CHARS:
        return None
    match = _ATTRIBUTION_RE.match(canonical_form(line).lower())
    if match is None:
        return None
    outlet = line[match.start("outlet") : match.end("outlet")]
    if not outlet[0].isupper() and not outlet[0].isdigit():
        return None
    if "," in outlet and not outlet.endswith(","):
        return None
    return outlet


_TRAILING_NAME_RE = re.compile(r"(?<=[.!?…\"”:])\s+(?P<name>[^\W\d_][^\s.!?]*(?:\s+[^\W\d_][^\s.!?]*){1,3})$")


def split_trailing_byline(paragraph: str) -> int | None:
    """Return where a byline glued to the end of the last paragraph starts, else ``None``.

    Corpora that store the body as one string keep the byline after the last
    sentence ("... kịp thời báo cáo. Nam Dũng"): two to four capitalised words
    after a full stop.
    """
    match = _TRAILING_NAME_RE.search(paragraph[-60:])
    if match is None:
        return None
    name = match["name"]
    if not _is_name(name):
        return None
    return len(paragraph) - 60 + match.start("name") if len(paragraph) > 60 else match.start("name")
