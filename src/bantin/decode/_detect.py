"""Which encoding are these non-UTF-8 bytes in? Candidate decodings scored by Vietnamese syllables.

Scoring. Each legacy candidate (windows-1258, TCVN3, VNI, VISCII, and windows-1252 as the
non-Vietnamese reading) decodes the bytes strictly; a candidate that cannot decode them drops out.
All candidates agree on ASCII, so they are compared on their *non-ASCII* words only: the share of
those that are well-formed Vietnamese syllables (``_syllable.py``), plus at most 0.1 for the share
that are frequent syllables (``_frequent.py``), which separates two readings that are both
well-formed, as short VISCII text read as TCVN3 can be. Exact ties, which happen when the decodings
are identical (text whose only high bytes are "à", "é" ...), go to the more common Vietnamese
encoding: windows-1258, TCVN3, VNI, VISCII, then windows-1252. The TCVN3 candidate is scored twice
when the input has bytes 0x80-0x9F: as VN1 uppercase letters, and as the windows-1252 quotes and
dashes that ABC-font documents carry there (see ``_codecs.py``). A candidate is accepted when at
least half of its non-ASCII words are valid.

Confidence grows with the winner's share of valid words, with its margin (in rank) over the best
*different* reading, and with the amount of evidence (non-ASCII words seen):
``share * (0.5 + 0.5 * min(1, margin / 0.3)) * (0.6 + 0.4 * min(1, words / 20))``.

When no candidate reads as Vietnamese, the input is taken as another language: windows-1252 when it
reads as Latin-script words, else what charset-normalizer proposes if it finds the result orderly
(Cyrillic, Greek, CJK ...). charset-normalizer is not asked first because on Western text it often
prefers a neighbour (cp1250 for French, turning "crème" into "crčme").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import charset_normalizer

from ._codecs import (
    TCVN3_PUNCTUATION_BYTES,
    InvalidBytes,
    decode_strict,
    name_for_python_codec,
)
from ._syllable import Score, latin_word_share, score_text, word_share

# Detection order doubles as the tie-break priority (earlier wins an exact tie).
CANDIDATES = ("windows-1258", "tcvn3", "vni", "viscii", "windows-1252")
DETECT_SAMPLE_BYTES = 65536  # choose the encoding on this much; then decode everything with it

# A candidate must read at least this share of its non-ASCII words as Vietnamese to be taken.
MIN_VIETNAMESE_SHARE = 0.5
# The non-Vietnamese fallbacks must read this share of words as words.
MIN_LATIN_SHARE = 0.85
MAX_CHARSET_NORMALIZER_CHAOS = 0.15
MIN_WORD_SHARE = 0.8  # of charset-normalizer's reading, in any script
MIN_COHERENCE = 0.2  # charset-normalizer's language coherence that counts as a recognised language
MIN_EVIDENCE_BYTES = 64  # non-ASCII bytes needed to believe charset-normalizer without one


_PUNCTUATION_BYTES = bytes(sorted(TCVN3_PUNCTUATION_BYTES))


@dataclass(frozen=True, slots=True)
class Reading:
    """One way of reading the bytes: encoding, NFC text, its score, and which TCVN3 variant it used."""

    encoding: str
    text: str
    score: Score
    windows_punctuation: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen encoding for some bytes, with the confidence and any warning it deserves."""

    encoding: str
    confidence: float
    windows_punctuation: bool = False
    note: str | None = None
    text: str | None = None  # the decoded text of the bytes the choice was made on, when at hand


def nfc(text: str) -> str:
    """NFC, skipping the work when the text already is (almost always true for UTF-8 input)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def readings(data: bytes) -> list[Reading]:
    """Every candidate that decodes ``data`` strictly, scored; best first."""
    found: list[Reading] = []
    for encoding in CANDIDATES:
        try:
            text = nfc(decode_strict(data, encoding))
        except InvalidBytes:
            continue
        found.append(Reading(encoding, text, score_text(text)))
        if encoding == "tcvn3" and len(data.translate(None, _PUNCTUATION_BYTES)) != len(data):
            text = nfc(decode_strict(data, encoding, windows_punctuation=True))
            found.append(Reading(encoding, text, score_text(text), windows_punctuation=True))
    found.sort(key=_rank, reverse=True)
    return found


def _rank(reading: Reading) -> tuple[float, int, int]:
    return (reading.score.rank, reading.score.nonascii_valid, -CANDIDATES.index(reading.encoding))


def confidence(best: Reading, others: list[Reading]) -> float:
    """Confidence in ``best`` given the other readings (formula in the module docstring)."""
    rival = max((r.score.rank for r in others if r.text != best.text), default=0.0)
    margin = best.score.rank - rival
    evidence = min(1.0, best.score.nonascii_tokens / 20)
    value = best.score.nonascii_share * (0.5 + 0.5 * min(1.0, margin / 0.3)) * (0.6 + 0.4 * evidence)
    return round(max(0.0, min(1.0, value)), 3)


def choose_vietnamese(data: bytes) -> tuple[Choice | None, list[Reading]]:
    """The Vietnamese legacy encoding ``data`` reads best in, or None; plus all readings for messages."""
    found = readings(data)
    if not found:
        return None, found
    best = found[0]
    if best.score.nonascii_valid < 1 or best.score.nonascii_share < MIN_VIETNAMESE_SHARE:
        return None, found
    note = None
    if best.windows_punctuation:
        note = ("bytes 0x80-0x9F were read as windows-1252 quotes and dashes, as TCVN3 (ABC) fonts "
                "draw them, not as TCVN3 (VN1) capitals")
    return Choice(best.encoding, confidence(best, found[1:]), best.windows_punctuation, note, best.text), found


def choose_other_language(data: bytes) -> tuple[Choice, str] | None:
    """A non-Vietnamese reading and its text: windows-1252 for Latin script, else charset-normalizer's."""
    try:
        western = decode_strict(data, "windows-1252")
    except InvalidBytes:
        western = None
    if western is not None:
        share = latin_word_share(western)
        if share >= MIN_LATIN_SHARE:
            value = round(0.5 + 0.4 * (share - MIN_LATIN_SHARE) / (1 - MIN_LATIN_SHARE), 3)
            note = "no Vietnamese encoding fits: read as windows-1252 (Western European text)"
            return Choice("windows-1252", value, note=note), western
    match = charset_normalizer.from_bytes(data).best()
    if match is None or match.chaos > MAX_CHARSET_NORMALIZER_CHAOS:
        return None
    high_bytes = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    if match.coherence < MIN_COHERENCE and high_bytes < MIN_EVIDENCE_BYTES:
        # On a few bytes charset-normalizer still names a language ("яюэьыъщш" for 8 bytes of garbage):
        # without a recognised language it needs enough bytes to be believed.
        return None
    encoding = name_for_python_codec(match.encoding)
    if encoding.startswith("utf"):
        return None  # UTF-8/16 was already ruled out; charset-normalizer agreeing means nothing
    try:
        text = data.decode(match.encoding)
    except UnicodeDecodeError:
        return None  # charset-normalizer tolerates a few bad bytes; we promised never to
    if _odd_share(text) > 0.01 or word_share(text) < MIN_WORD_SHARE:
        return None  # charset-normalizer found *an* encoding, but the result does not read as words
    note = f"no Vietnamese encoding fits: read as {encoding} ({match.language or 'language unknown'})"
    return Choice(encoding, round(0.8 * (1.0 - match.chaos), 3), note=note), text


def _odd_share(text: str) -> float:
    """Share of control, private-use and unassigned characters (other than line breaks and tabs)."""
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f\v")
    return odd / len(text) if text else 0.0


def sample_of(data: bytes) -> bytes:
    """The first ``DETECT_SAMPLE_BYTES`` of ``data``, cut after a line break when there is one."""
    if len(data) <= DETECT_SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n", 0, DETECT_SAMPLE_BYTES)
    return data[: cut + 1] if cut > DETECT_SAMPLE_BYTES // 2 else data[:DETECT_SAMPLE_BYTES]


def describe_best(found: list[Reading]) -> str:
    """A phrase for error messages: how the best candidate fared."""
    if not found:
        return "no Vietnamese or Western encoding can decode these bytes"
    best = found[0]
    return (f"the best reading, {best.encoding}, makes Vietnamese words of only "
            f"{best.score.nonascii_valid} of {best.score.nonascii_tokens} accented words")
