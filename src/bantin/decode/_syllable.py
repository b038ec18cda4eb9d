"""Is this text Vietnamese? Syllable validity as the yardstick for choosing between candidate decodings.

Every legacy Vietnamese encoding decodes any byte string to *some* letters, so "did it decode" says
nothing. What separates the right reading from the wrong ones is that Vietnamese is written in
syllables with a strict shape: an optional initial consonant, a rhyme from a closed list, and at most
one tone mark, where rhymes ending in -c, -ch, -p, -t take only the sắc or nặng tone. A wrong decoding
produces words like "Céng", "hoµ", "Coäng" or "NhËm" that break that shape. The share of words that
keep it is therefore a sharp, dictionary-free score.

Tokens are runs of characters between whitespace and ASCII punctuation, with quotes, dashes and
other Unicode punctuation stripped from their ends. Inside a token, anything that is not a letter
makes it invalid: the Latin-1 symbols (``µ ¸ · ¶ ® ©``) that a mis-decoded TCVN3 byte turns into, and
the "»", "‡", "…" that UTF-8 read as windows-1258 leaves inside words ("Viá»‡t", "Nguyá»…n").
Splitting on them would hide the garbage inside innocent fragments ("c¸c" -> "c", "c"; "má»—i"
-> "má", "i"). Only en and em dashes join words legitimately ("Hà Nội–Hải Phòng"): such a token is
valid when each part is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ._frequent import FREQUENT_SYLLABLES

# Word boundaries: whitespace and ASCII punctuation. Everything else belongs to a token.
_TOKEN = re.compile(r"[^\s!-/:-@\[-`{-~]+")
# Stripped from the ends of a token: the General Punctuation block (curly quotes, dashes, ellipsis,
# bullets), guillemets and Spanish marks.
_EDGE_PUNCTUATION = "".join(chr(c) for c in range(0x2010, 0x205F)) + "\u00ab\u00bb\u00a1\u00bf"
_DASHES = re.compile("[\u2013\u2014]")

# The five tone marks, as combining characters after NFD.
_TONE_MARKS = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}

# "q" alone as well as "qu": "quýt" is q + uyt, while "quá" is qu + a.
_INITIAL = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?"

# The closed list of Vietnamese rhymes (vần), without tone. Grouped by nucleus so it can be checked
# against a grammar book; loan rhymes "ooc", "oong" (xoong, quần soóc) are included because news uses them.
_RHYMES = ["a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at", "ăc", "ăm", "ăn", "ăng", "ăp", "ăt", "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây", "e", "eo", "ec", "em", "en", "eng", "ep", "et", "ê", "êu", "êch", "êm", "ên", "êng", "ênh", "êp", "êt", "i", "ia", "iu", "ich", "im", "in", "inh", "ip", "it", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu", "yêm", "yên", "yêt", "yêu", "o", "oi", "oc", "om", "on", "ong", "op", "ot", "ooc", "oong", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet", "ô", "ôi", "ôc", "ôm", "ôn", "ông", "ôp", "ôt", "ơ", "ơi", "ơm", "ơn", "ơp", "ơt", "u", "ua", "ui", "uc", "um", "un", "ung", "up", "ut", "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uôc", "uôi", "uôm", "uôn", "uông", "uôt", "uơ", "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyp", "uyt", "uyu", "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu", "y"]

_SYLLABLE = re.compile(_INITIAL + "(?:" + "|".join(sorted(_RHYMES, key=len, reverse=True)) + ")")

# A checked syllable (ending in a stop consonant) takes only the sắc or nặng tone: "các", "học", but
# never "cảc". Wrong decodings break this rule often, so it is worth checking.
_STOP_FINALS = ("c", "ch", "p", "t")

# A number with a unit glued to it ("100₫", "25°C", "5%") is a normal word in news text.
_NUMBER_WITH_UNIT = re.compile(r"\d[\d.,]*(?:₫|%|‰|°C?|°F|€|\$|£|¥)?|[₫€$£¥]\d[\d.,]*")


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(token: str) -> bool:
    """True if ``token`` (one word, any case, NFC or NFD) is a well-formed Vietnamese syllable."""
    if not (token.islower() or token.isupper() or token.istitle()):
        return False  # "NhËm", "hoÆ": mixed case inside a word is a decoding accident, not Vietnamese
    decomposed = unicodedata.normalize("NFD", token.lower())
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) > 1:
        return False
    skeleton = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    if _SYLLABLE.fullmatch(skeleton) is None:
        return False
    return not (tones and tones[0] not in ("\u0301", "\u0323") and skeleton.endswith(_STOP_FINALS))


@lru_cache(maxsize=65536)
def _token_kind(token: str) -> tuple[int, bool, bool]:
    """For one raw token: (1 valid word, 0 invalid, -1 not counted; is it ASCII; is it a frequent syllable)."""
    core = token.strip(_EDGE_PUNCTUATION)
    if core.isascii():
        # Control characters make an ASCII token invalid; bare punctuation is not a word at all.
        return (1 if core.isalnum() else 0) if core else -1, True, False
    if all(unicodedata.category(ch)[0] in "SP" for ch in core):
        return -1, False, False  # a lone symbol ("©", "₫", "№") is neither evidence for nor against
    if _DASHES.search(core):
        parts = [part for part in _DASHES.split(core) if part]
        return (1 if parts and all(_token_kind(part)[0] == 1 for part in parts) else 0), False, False
    valid = is_vietnamese_syllable(core) or _NUMBER_WITH_UNIT.fullmatch(core) is not None
    return (1 if valid else 0), False, valid and unicodedata.normalize("NFC", core.lower()) in FREQUENT_SYLLABLES


@dataclass(frozen=True, slots=True)
class Score:
    """How Vietnamese a text reads: counts of counted tokens, valid ones, and the non-ASCII subset.

    Candidate decodings of the same bytes differ only in their non-ASCII tokens, so ``nonascii_share``
    is what ranks them; ``share`` over all tokens is the public :func:`is_vietnamese_like` number.
    """

    tokens: int
    valid: int
    nonascii_tokens: int
    nonascii_valid: int
    nonascii_frequent: int = 0

    @property
    def share(self) -> float:
        """Valid tokens over counted tokens (0.0 for a text without words)."""
        return self.valid / self.tokens if self.tokens else 0.0

    @property
    def nonascii_share(self) -> float:
        """Valid non-ASCII tokens over non-ASCII tokens (0.0 when there are none)."""
        return self.nonascii_valid / self.nonascii_tokens if self.nonascii_tokens else 0.0

    @property
    def rank(self) -> float:
        """What candidate readings are ranked by: validity first, frequent syllables as a tie-breaker.

        The frequency term weighs 0.1 at most, so it decides between readings that are (nearly) equally
        well-formed and can never outvote a clear difference in validity.
        """
        if not self.nonascii_tokens:
            return 0.0
        return self.nonascii_share + 0.1 * self.nonascii_frequent / self.nonascii_tokens


def score_text(text: str) -> Score:
    """Count words and valid Vietnamese words in ``text`` (see :class:`Score`)."""
    tokens = valid = nonascii = nonascii_valid = frequent = 0
    # Words repeat a lot (a 5 KB article has about 1,000 words but 300 distinct ones): judge each once.
    for token, count in Counter(_TOKEN.findall(text)).items():
        kind, is_ascii, is_frequent = _token_kind(token)
        if kind < 0:
            continue
        tokens += count
        valid += kind * count
        if not is_ascii:
            nonascii += count
            nonascii_valid += kind * count
            frequent += count if is_frequent else 0
    return Score(tokens, valid, nonascii, nonascii_valid, frequent)


def is_vietnamese_like(text: str) -> float:
    """Share (0..1) of the word tokens in ``text`` that are valid Vietnamese syllables or ASCII words.

    Used to rank candidate decodings of the same bytes: the right one reads as Vietnamese, the wrong
    ones produce broken syllables. Lone symbols are not counted; a text without words scores 0.0.
    Text without diacritics scores high too (ASCII words are accepted), so compare candidates of the
    same input rather than reading the number as a language identifier.
    """
    return score_text(text).share


def latin_word_share(text: str) -> float:
    """Share of tokens that look like words of a Latin-script language (the windows-1252 fallback test).

    A word passes if it is ASCII, or alphabetic with sane case and at most half of its letters
    non-ASCII: French "crème" passes, Cyrillic read as windows-1252 ("ïðîñòîé") does not.
    """
    return _word_share(text, latin_only=True)


def word_share(text: str) -> float:
    """Share of tokens that are words in any script: letters and digits only, with sane case.

    The sanity check on another detector's (charset-normalizer's) choice: Cyrillic, Greek or CJK text
    passes, while UTF-8 read in a single-byte code page ("Viá»‡t") does not.
    """
    return _word_share(text, latin_only=False)


def _word_share(text: str, *, latin_only: bool) -> float:
    counted = passed = 0
    for token in _TOKEN.findall(text):
        kind = _token_kind(token)[0]
        if kind < 0:
            continue
        counted += 1
        if kind == 1 or _is_word(token.strip(_EDGE_PUNCTUATION), latin_only):
            passed += 1
    return passed / counted if counted else 0.0


def _is_word(token: str, latin_only: bool) -> bool:
    if not token.isalnum() or not (token.islower() or token.isupper() or token.istitle()):
        return False
    return not latin_only or sum(1 for ch in token if ord(ch) > 0x7F) * 2 <= len(token)
