"""Mixed input: UTF-8 text with some lines in a legacy encoding, decoded line by line.

This happens when a file is assembled from several sources (a UTF-8 page template around a
windows-1258 article body, a log that appended TCVN3 lines). The file as a whole is not UTF-8, but
most lines are; each invalid line is legacy text. All the invalid lines are scored *together* to
pick one legacy encoding (one line alone is weak evidence), then decoded with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._codecs import InvalidBytes, decode_strict
from ._detect import Choice, choose_other_language, choose_vietnamese

# A well-formed UTF-8 multi-byte sequence (overlong and surrogate forms aside, which do not matter here).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass(frozen=True, slots=True)
class MixedResult:
    """A line-by-line decoding: the text, the legacy encoding used and the 1-based lines it decoded."""

    text: str
    choice: Choice
    legacy_lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Split:
    """The lines of an input, and which of them are UTF-8 with non-ASCII characters or invalid UTF-8."""

    lines: list[bytes]
    utf8_lines: int
    invalid: list[int]  # 0-based indexes of lines that are not valid UTF-8


_LINE_BYTES = re.compile(rb"[^\n]*\n|[^\n]+")
_LINE_TEXT = re.compile(r"[^\n]*\n|[^\n]+")


def lf_lines(text: str) -> list[str]:
    """Lines ending at LF, line ends kept.

    Unlike ``str.splitlines`` this does not also split at characters that mojibake and VISCII
    produce (0x1C-0x1E, U+0085), so line numbers match the file's.
    """
    return _LINE_TEXT.findall(text)


def split_lines(data: bytes) -> Split:
    """Split after each LF (never inside a UTF-8 sequence: those bytes are all >= 0x80)."""
    lines: list[bytes] = _LINE_BYTES.findall(data)
    utf8 = 0
    invalid = []
    for index, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            invalid.append(index)
        else:
            utf8 += 1
    return Split(lines, utf8, invalid)


def utf8_share(data: bytes) -> float:
    """Share of the bytes >= 0x80 that sit in well-formed UTF-8 sequences (legacy text: near 0)."""
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    covered = sum(len(match) for match in _UTF8_SEQUENCE.findall(data))
    return covered / high if high else 0.0


def decode_mixed(split: Split) -> MixedResult | None:
    """Decode valid lines as UTF-8 and the invalid ones with the best legacy encoding, or None."""
    legacy = b"".join(split.lines[i] for i in split.invalid)
    choice, _ = choose_vietnamese(legacy)
    if choice is None:
        other = choose_other_language(legacy)  # a windows-1252 quote in a UTF-8 page, say
        if other is None:
            return None
        choice = other[0]
    invalid = set(split.invalid)
    parts = []
    for index, line in enumerate(split.lines):
        if index not in invalid:
            parts.append(line.decode("utf-8"))
            continue
        try:
            parts.append(decode_strict(line, choice.encoding, windows_punctuation=choice.windows_punctuation))
        except InvalidBytes:
            return None
    return MixedResult("".join(parts), choice, tuple(i + 1 for i in split.invalid))


def describe_lines(numbers: tuple[int, ...] | list[int], *, limit: int = 12) -> str:
    """ "line 3", "lines 3, 9", "lines 1-4, 9", with the tail counted when there are many."""
    ranges: list[str] = []
    start = prev = None
    for n in sorted(numbers):
        if prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            ranges.append(f"{start}-{prev}" if prev != start else str(start))
        start = prev = n
    if start is not None:
        ranges.append(f"{start}-{prev}" if prev != start else str(start))
    shown = ", ".join(ranges[:limit]) + (f" and {len(ranges) - limit} more" if len(ranges) > limit else "")
    return ("line " if len(numbers) == 1 else "lines ") + shown
