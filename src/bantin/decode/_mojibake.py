"""Repairing mojibake inside valid UTF-8: text that was decoded wrongly once and saved again as UTF-8.

Two accidents are common in Vietnamese crawls:

(a) UTF-8 read as windows-1252 (or latin-1) and saved as UTF-8 again: "Ä\\x91Ã\\xa0 Náºµng" for
    "Đà Nẵng". Every character of the garble maps back to one byte, and those bytes are UTF-8 again.
(b) A legacy file read as windows-1252 and saved as UTF-8: TCVN3 "Céng hoµ x· héi" for "Cộng hoà xã
    hội", VNI "Coäng hoøa" for "Cộng hòa". Mapping the characters back to bytes gives the legacy
    file, which the legacy detector then reads.

Both repairs work on lines and are applied only when the repaired lines are clearly more Vietnamese
than before (``is_vietnamese_like`` by at least ``MIN_GAIN``), so a French "Ça coûte 5 €" is left
alone. The cheap gate ``might_be_mojibake`` looks for characters that both accidents produce and
well-formed Vietnamese text almost never has (C1 controls, Latin-1 symbols, non-Vietnamese Latin-1
letters such as ä ë ï ö ü ø ñ); it scans the UTF-8 bytes, so clean text costs about 1 ms per MB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._codecs import InvalidBytes, decode_strict
from ._cp1252 import cp1252_char
from ._detect import confidence, nfc, readings
from ._lines import lf_lines
from ._syllable import score_text

MIN_GAIN = 0.2  # how much the share of valid words must rise for a repair to be applied

# Character -> the byte it came from, for both windows-1252 and latin-1 readings of 0x80-0xFF.
_TO_BYTE: dict[str, int] = {chr(b): b for b in range(0x80, 0x100)}
_TO_BYTE.update({char: b for b in range(0x80, 0xA0) if (char := cp1252_char(b)) is not None})

_VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý"
_MARKER_CHARS = "".join(
    chr(c) for c in [*range(0x80, 0xA0), *range(0xA1, 0xC0), *range(0xC0, 0x100)]
    if chr(c) not in _VIETNAMESE_LATIN1
)
_MARKERS = re.compile("[" + re.escape(_MARKER_CHARS) + "]")

_CONTINUATION = "[" + re.escape("".join(ch for ch, b in _TO_BYTE.items() if b < 0xC0)) + "]"
_DOUBLE_UTF8 = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)


@dataclass(frozen=True, slots=True)
class Repair:
    """What a repair changed: the 1-based line numbers, in words what they were, and a confidence."""

    lines: tuple[int, ...]
    what: str
    confidence: float


def _utf8_marker_patterns() -> tuple[re.Pattern[bytes], ...]:
    """The markers as UTF-8 byte pairs, one pattern per lead byte (0xC2, 0xC3).

    A pattern that starts with a literal byte lets the regex engine jump between occurrences of that
    byte, which makes this scan about three times faster than searching the decoded text.
    """
    seconds: dict[int, bytes] = {}
    for ch in _MARKER_CHARS:
        lead, second = ch.encode("utf-8")
        seconds[lead] = seconds.get(lead, b"") + bytes([second])
    return tuple(re.compile(re.escape(bytes([lead])) + b"[" + re.escape(rest) + b"]")
                 for lead, rest in sorted(seconds.items()))


_UTF8_MARKERS = _utf8_marker_patterns()


def might_be_mojibake(utf8: bytes) -> bool:
    """Cheap gate on valid UTF-8 bytes: any character that mojibake produces and Vietnamese lacks?"""
    return any(pattern.search(utf8) is not None for pattern in _UTF8_MARKERS)


def repair_mojibake(text: str) -> tuple[str, list[Repair]]:
    """Repair accidents (a) and (b) line by line where it clearly helps; return text and what changed."""
    repairs: list[Repair] = []
    for _ in range(3):  # text double-encoded twice needs two rounds
        text, repair = _repair_double_utf8(text)
        if repair is None:
            break
        repairs.append(repair)
    text, repair = _repair_legacy_read_as_cp1252(text)
    if repair is not None:
        repairs.append(repair)
    return text, repairs


def _as_bytes(line: str) -> bytes | None:
    """The bytes a windows-1252/latin-1 reader turned into ``line``, or None if it cannot be that."""
    out = bytearray()
    for ch in line:
        if ch.isascii():
            out.append(ord(ch))
        elif ch in _TO_BYTE:
            out.append(_TO_BYTE[ch])
        else:
            return None
    return bytes(out)


def _undo_double_utf8(match: re.Match[str]) -> str:
    try:
        return bytes(_TO_BYTE[ch] for ch in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def _repair_double_utf8(text: str) -> tuple[str, Repair | None]:
    lines = lf_lines(text)
    changed = {i: new for i, line in enumerate(lines)
               if _MARKERS.search(line) and (new := _DOUBLE_UTF8.sub(_undo_double_utf8, line)) != line}
    accepted = _accept(lines, changed)
    if not accepted:
        return text, None
    for i in accepted:
        lines[i] = changed[i]
    what = "UTF-8 text that had been read as windows-1252 and saved as UTF-8 again (double-encoded)"
    return "".join(lines), Repair(tuple(i + 1 for i in accepted), what, 0.9)


def _repair_legacy_read_as_cp1252(text: str) -> tuple[str, Repair | None]:
    lines = lf_lines(text)
    raw = {i: data for i, line in enumerate(lines)
           if _MARKERS.search(line) and (data := _as_bytes(line)) is not None}
    if not raw:
        return text, None
    found = [r for r in readings(b"".join(raw.values())) if r.encoding != "windows-1252"]
    if not found:
        return text, None
    best = found[0]
    changed: dict[int, str] = {}
    for i, data in raw.items():
        try:
            changed[i] = nfc(decode_strict(data, best.encoding, windows_punctuation=best.windows_punctuation))
        except InvalidBytes:
            continue
    accepted = _accept(lines, changed)
    if not accepted:
        return text, None
    for i in accepted:
        lines[i] = changed[i]
    name = {"tcvn3": "TCVN3", "vni": "VNI", "viscii": "VISCII"}.get(best.encoding, best.encoding)
    what = f"{name} text that had been read as windows-1252 and saved as UTF-8"
    return "".join(lines), Repair(tuple(i + 1 for i in accepted), what, confidence(best, found[1:]))


def _accept(lines: list[str], changed: dict[int, str]) -> list[int]:
    """Indexes of changed lines to keep: only if, together, they read clearly more Vietnamese.

    Judged on all changed lines at once (a single short line is weak evidence), then line by line
    so that a line the repair makes worse keeps its original text.
    """
    if not changed:
        return []
    before = score_text("".join(lines[i] for i in changed))
    after = score_text("".join(changed.values()))
    if after.share < before.share + MIN_GAIN or after.nonascii_share < 0.5:
        return []
    return [i for i, new in changed.items() if score_text(new).share >= score_text(lines[i]).share]
