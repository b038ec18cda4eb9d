"""VNI (VNI-Windows, the ``VNI-Times`` fonts): a table of facts and a greedy longest-match codec.

VNI stores a Vietnamese letter as a base byte followed by at most one mark byte. The mark bytes sit
in the upper half of windows-1252, so a VNI file read as windows-1252 shows "Coäng hoøa" for "Cộng
hòa". A few letters have single bytes of their own: đ ơ ư and the toned i's. The layout, from the
VNI-Windows character chart (lowercase byte / uppercase byte; the uppercase mark follows an uppercase
base letter):

- sắc 0xF9 ``ù`` / 0xD9, huyền 0xF8 ``ø`` / 0xD8, hỏi 0xFB ``û`` / 0xDB, ngã 0xF5 ``õ`` / 0xD5,
  nặng 0xEF ``ï`` / 0xCF; nặng under y (ỵ) has its own byte 0xEE ``î`` / 0xCE;
- circumflex (â ê ô) 0xE2 ``â`` / 0xC2; circumflex with sắc, huyền, hỏi, ngã, nặng:
  0xE1 0xE0 0xE5 0xE3 0xE4 / 0xC1 0xC0 0xC5 0xC3 0xC4;
- breve (ă) 0xEA ``ê`` / 0xCA; breve with sắc, huyền, hỏi, ngã, nặng:
  0xE9 0xE8 0xFA 0xFC 0xEB / 0xC9 0xC8 0xDA 0xDC 0xCB;
- single bytes: đ 0xF1 / 0xD1, ơ 0xF4 / 0xD4, ư 0xF6 / 0xD6, ì 0xEC, í 0xED, ỉ 0xE6, ĩ 0xF3,
  ị 0xF2 (uppercase 0xCC 0xCD 0xC6 0xD3 0xD2); ơ and ư take the plain tone marks after them
  ("ôù" = ớ, "öï" = ự).

Every other byte means what it means in windows-1252.

The table is built here from those rules rather than typed letter by letter. We cross-checked it
against the independent, corpus-derived table in viparse 0.1.31 (``viparse/normalize/vni.py``): all
of its 132 entries agree with ours; it lacks ẳ/Ẳ ("aú"/"AÚ") and ỵ ("yî"), which we take from the chart.

Decoding is greedy longest match: at each position a base letter plus a mark byte is tried before
the single byte, so "aù" is á and never "a" + "ù". Decoding also accepts spellings that can mean
nothing else, a plain mark after i or y ("iù" for í, "yï" for ỵ); encoding always writes the
canonical bytes above, so ``decode(encode(text)) == text`` for every Vietnamese letter and ASCII.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from ._cp1252 import cp1252_char

# Tone marks (NFD combining characters) in the order of the tables below: sắc, huyền, hỏi, ngã, nặng.
_TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
# Mark bytes for a plain vowel: (lowercase, uppercase) per tone, in _TONES order.
_PLAIN = ((0xF9, 0xD9), (0xF8, 0xD8), (0xFB, 0xDB), (0xF5, 0xD5), (0xEF, 0xCF))
_CIRCUMFLEX_ALONE = (0xE2, 0xC2)
_CIRCUMFLEX = ((0xE1, 0xC1), (0xE0, 0xC0), (0xE5, 0xC5), (0xE3, 0xC3), (0xE4, 0xC4))
_BREVE_ALONE = (0xEA, 0xCA)
_BREVE = ((0xE9, 0xC9), (0xE8, 0xC8), (0xFA, 0xDA), (0xFC, 0xDC), (0xEB, 0xCB))
_Y_DOT = (0xEE, 0xCE)  # ỵ has its own dot-below byte
# Letters with a single byte of their own: (letter, lowercase byte, uppercase byte).
_SINGLE = (("đ", 0xF1, 0xD1), ("ơ", 0xF4, 0xD4), ("ư", 0xF6, 0xD6))
_TONED_I = {"\u0300": (0xEC, 0xCC), "\u0301": (0xED, 0xCD), "\u0309": (0xE6, 0xC6),
            "\u0303": (0xF3, 0xD3), "\u0323": (0xF2, 0xD2)}


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _build() -> tuple[dict[str, bytes], dict[bytes, str]]:
    """Return (letter -> canonical VNI bytes, VNI bytes -> letter incl. decode-only spellings)."""
    encode: dict[str, bytes] = {}
    aliases: dict[bytes, str] = {}
    for case in (0, 1):  # 0 = lowercase, 1 = uppercase; an uppercase letter takes uppercase marks
        cased = str.upper if case else str.lower

        def base(letter: str, cased: Callable[[str], str] = cased) -> bytes:
            return cased(letter).encode("ascii")

        for vowel in "aeouy":
            encode[cased(vowel)] = base(vowel)
            for tone, marks in zip(_TONES, _PLAIN, strict=True):
                if vowel == "y" and tone == "\u0323":
                    encode[cased(_nfc("y\u0323"))] = base("y") + bytes([_Y_DOT[case]])
                    aliases[base("y") + bytes([marks[case]])] = cased(_nfc("y\u0323"))
                else:
                    encode[cased(_nfc(vowel + tone))] = base(vowel) + bytes([marks[case]])
        for vowel in "aeo":  # â ê ô
            encode[cased(_nfc(vowel + "\u0302"))] = base(vowel) + bytes([_CIRCUMFLEX_ALONE[case]])
            for tone, marks in zip(_TONES, _CIRCUMFLEX, strict=True):
                encode[cased(_nfc(vowel + "\u0302" + tone))] = base(vowel) + bytes([marks[case]])
        encode[cased("ă")] = base("a") + bytes([_BREVE_ALONE[case]])
        for tone, marks in zip(_TONES, _BREVE, strict=True):
            encode[cased(_nfc("a\u0306" + tone))] = base("a") + bytes([marks[case]])
        for letter, lower, upper in _SINGLE:
            own = bytes([upper if case else lower])
            encode[cased(letter)] = own
            if letter != "đ":  # ơ and ư carry the plain tone marks after their own byte
                for tone, marks in zip(_TONES, _PLAIN, strict=True):
                    encode[cased(_nfc(letter + tone))] = own + bytes([marks[case]])
        encode[cased("i")] = base("i")
        for tone, singles in _TONED_I.items():
            encode[cased(_nfc("i" + tone))] = bytes([singles[case]])
            # "i" + a plain mark can mean nothing but the toned i: read it so, never write it.
            aliases[base("i") + bytes([_PLAIN[_TONES.index(tone)][case]])] = cased(_nfc("i" + tone))
    decode = {value: key for key, value in encode.items() if len(value) > 1 or value[0] > 0x7F}
    decode.update(aliases)
    return encode, decode


ENCODE_TABLE, DECODE_TABLE = _build()

# Bytes that carry VNI meaning above ASCII (marks and single-byte letters). Any other windows-1252
# character may be written as itself without being misread as part of a letter.
VNI_BYTES = frozenset(b for seq in DECODE_TABLE for b in seq if b > 0x7F)

# Surface form: each byte as the windows-1252 character it shows as. The five bytes windows-1252 leaves
# undefined map to U+FFFE, which ``codecs.charmap_decode`` treats as "undefined" and reports with its
# offset.
_SURFACE = "".join(cp1252_char(b) or "\ufffe" for b in range(256))


def _surface(seq: bytes) -> str:
    return "".join(_SURFACE[b] for b in seq)


_SURFACE_TABLE = {_surface(seq): letter for seq, letter in DECODE_TABLE.items()}
# Longest match first: every two-byte sequence, then the single-byte letters. One capturing group, so
# that ``split`` returns the text between matches and the matches alternately.
# Grouped by base letter ("a[ùøû...]") rather than 146 literal alternatives: three times faster.


def _pattern() -> re.Pattern[str]:
    seconds: dict[str, str] = {}
    for key in _SURFACE_TABLE:
        if len(key) == 2:
            seconds[key[0]] = seconds.get(key[0], "") + key[1]
    pairs = [f"{re.escape(first)}[{re.escape(rest)}]" for first, rest in seconds.items()]
    singles = "".join(re.escape(key) for key in _SURFACE_TABLE if len(key) == 1)
    return re.compile("(" + "|".join([*pairs, f"[{singles}]"]) + ")")


_PATTERN = _pattern()


class VniUndefinedByte(ValueError):
    """A byte that windows-1252, and therefore VNI, leaves undefined (0x81 0x8D 0x8F 0x90 0x9D)."""

    def __init__(self, offset: int, byte: int) -> None:
        super().__init__(f"byte 0x{byte:02X} at offset {offset} is undefined in VNI (windows-1252 layout)")
        self.offset = offset
        self.byte = byte


def decode_vni(data: bytes) -> str:
    """Decode VNI bytes to NFC text (greedy longest match); raise :class:`VniUndefinedByte`."""
    try:
        surface = codecs.charmap_decode(data, "strict", _SURFACE)[0]
    except UnicodeDecodeError as exc:
        raise VniUndefinedByte(exc.start, data[exc.start]) from None
    # split() with one group alternates plain text and matches; a list comprehension over the matches
    # is about a third faster than re.sub with a Python callback on large files.
    parts = _PATTERN.split(surface)
    parts[1::2] = [_SURFACE_TABLE[match] for match in parts[1::2]]
    text = "".join(parts)
    return text if unicodedata.is_normalized("NFC", text) else _nfc(text)


def vni_char_bytes(char: str) -> bytes | None:
    """The VNI bytes for one NFC character, or None if VNI cannot write it unambiguously."""
    seq = ENCODE_TABLE.get(char)
    if seq is not None:
        return seq
    if char.isascii():
        return char.encode("ascii")
    try:
        single = char.encode("cp1252")
    except UnicodeEncodeError:
        return None
    # A windows-1252 character whose byte is a VNI mark or letter would be read back as something else.
    return None if single[0] in VNI_BYTES else single
