"""Encoding names, and strict codecs for the Vietnamese encodings Python lacks (VISCII, TCVN3, VNI).

Python's own codecs serve UTF-*, windows-1258 (``cp1258``) and the non-Vietnamese charsets. VISCII
and TCVN3 are 256-entry tables generated from glibc iconv (``_tables.py``); VNI is a multi-byte
scheme (``_vni.py``).

TCVN3 variant. "TCVN3" in the wild is the ABC/VN3 font set: lowercase accented letters and Ă Â Ê Ô Ơ
Ư Đ in 0xA1-0xFF, uppercase accented letters drawn by switching to a capitals font. The standard,
TCVN 5712:1993, also defines VN1, which places the uppercase accented letters in 0x80-0x9F, in the
gaps of 0xA1-0xFF and in twelve C0 slots, plus combining tone marks in 0xB0-0xB4. glibc's
``TCVN5712-1`` is VN1. We decode and encode VN1 exactly as glibc does: it is a superset of VN3 for
lowercase text, and it is the only variant in which every Vietnamese letter, uppercase included,
can round-trip. Detection (not explicit decoding) additionally tries reading 0x80-0x9F as windows-1252
punctuation (“ ” ‘ ’ – — …), because VN3 documents typed in Word carry those quotes.

Windows-1258 writers keep a precomposed letter when cp1258 has it (à á é ô ơ ư đ ...) and otherwise
write the base letter followed by a combining tone mark (ố = ô + 0xEC); ``encode`` does the same,
which is what the uchardet sample in ``../shared/data`` shows.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from typing import NoReturn

from bantin.errors import UsageError

from ._cp1252 import cp1252_char
from ._tables import TCVN3_DECODING_TABLE, VISCII_DECODING_TABLE
from ._vni import VniUndefinedByte, decode_vni, vni_char_bytes

VIETNAMESE_LEGACY = ("windows-1258", "viscii", "tcvn3", "vni")

# Canonical name -> Python codec name (None: our own codec, or a BOM/heuristic-driven Unicode form).
_CANONICAL: dict[str, str | None] = {
    "utf-8": "utf-8", "utf-8-sig": "utf-8-sig",
    "utf-16": None, "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be",
    "utf-32": None, "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be",
    "windows-1258": "cp1258", "viscii": None, "tcvn3": None, "vni": None,
    "windows-1252": "cp1252", "latin-1": "latin-1", "ascii": "ascii",
    # Non-Vietnamese charsets a news crawl meets; Python's codecs do the work.
    "windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1253": "cp1253",
    "windows-1254": "cp1254", "windows-1255": "cp1255", "windows-1256": "cp1256",
    "windows-1257": "cp1257",
    **{f"iso-8859-{n}": f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16)},
    "koi8-r": "koi8_r", "koi8-u": "koi8_u", "mac-roman": "mac_roman", "cp437": "cp437", "cp850": "cp850",
    "shift-jis": "shift_jis", "euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp", "gb2312": "gb2312",
    "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "euc-kr": "euc_kr",
}

_ALIASES: dict[str, str] = {
    "utf8": "utf-8", "utf-8-bom": "utf-8-sig", "utf8-sig": "utf-8-sig",
    "utf16": "utf-16", "utf-16le": "utf-16-le", "utf16le": "utf-16-le", "utf-16be": "utf-16-be",
    "utf16be": "utf-16-be", "utf32": "utf-32", "utf-32le": "utf-32-le", "utf-32be": "utf-32-be",
    "cp1258": "windows-1258", "win1258": "windows-1258", "windows1258": "windows-1258",
    "tcvn": "tcvn3", "tcvn-3": "tcvn3", "tcvn5712": "tcvn3", "tcvn-5712": "tcvn3", "tcvn5712-1": "tcvn3",
    "tcvn5712-1:1993": "tcvn3", "abc": "tcvn3", "vn3": "tcvn3", "vn1": "tcvn3",
    "vni-windows": "vni", "vni-win": "vni", "vniwin": "vni",
    "csviscii": "viscii", "viscii1.1": "viscii",
    "cp1252": "windows-1252", "win1252": "windows-1252", "windows1252": "windows-1252",
    "latin1": "latin-1", "iso-8859-1": "latin-1", "iso8859-1": "latin-1", "l1": "latin-1",
    "us-ascii": "ascii",
    **{f"cp125{n}": f"windows-125{n}" for n in (0, 1, 3, 4, 5, 6, 7)},
    "sjis": "shift-jis", "shift_jis": "shift-jis", "euc_jp": "euc-jp", "euc_kr": "euc-kr",
}

KNOWN_ENCODINGS: tuple[str, ...] = tuple(_CANONICAL) + tuple(_ALIASES)


def _squash(name: str) -> str:
    """"UTF_8", "utf 8", "Utf-8" and "utf8" are one name: lowercase, no separators."""
    return re.sub(r"[\s_\-.:]", "", name.lower())


_LOOKUP = {_squash(name): name for name in _CANONICAL}
_LOOKUP.update({_squash(alias): target for alias, target in _ALIASES.items()})


def canonical_encoding(name: str) -> str | None:
    """The canonical name for ``name`` (any spelling of a known name or alias), or None."""
    return _LOOKUP.get(_squash(name))


def name_for_python_codec(codec: str) -> str:
    """Our name for a Python codec name (as charset-normalizer reports them): cp1251 -> windows-1251."""
    python_name = codecs.lookup(codec).name
    for ours, theirs in _CANONICAL.items():
        if theirs is not None and codecs.lookup(theirs).name == python_name:
            return ours
    return python_name.replace("_", "-")


def c0_letters(canonical: str) -> frozenset[int]:
    """The C0 bytes (< 0x20) that ``canonical`` uses for letters: VISCII and TCVN3 reuse a few."""
    table = {"viscii": VISCII_DECODING_TABLE, "tcvn3": TCVN3_DECODING_TABLE}.get(canonical)
    if table is None:
        return frozenset()
    return frozenset(b for b in range(0x20) if table[b] != chr(b))


class InvalidBytes(ValueError):
    """Bytes that are not valid in the encoding asked for; caught and turned into DecodeError."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(reason)
        self.offset = offset
        self.reason = reason


def python_codec(canonical: str) -> str | None:
    """The Python codec behind a canonical name (None for our own codecs and generic utf-16/32)."""
    return _CANONICAL[canonical]


def decode_strict(data: bytes, canonical: str, *, windows_punctuation: bool = False) -> str:
    """Decode ``data`` in one fixed encoding, strictly; raise :class:`InvalidBytes` with the offset.

    The result is not yet NFC: the caller normalises once at the end. ``windows_punctuation`` selects
    the TCVN3 reading of 0x80-0x9F as windows-1252 punctuation (see the module docstring).
    """
    if canonical == "viscii":
        return codecs.charmap_decode(data, "strict", VISCII_DECODING_TABLE)[0]
    if canonical == "tcvn3":
        table = _TCVN3_WITH_PUNCTUATION if windows_punctuation else TCVN3_DECODING_TABLE
        return codecs.charmap_decode(data, "strict", table)[0]
    if canonical == "vni":
        try:
            return decode_vni(data)
        except VniUndefinedByte as exc:
            raise InvalidBytes(exc.offset, str(exc)) from None
    codec = _CANONICAL[canonical]
    if codec is None:
        raise ValueError(f"{canonical} is decided by byte-order mark, not decoded directly")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:  # not "exc" again: compiled, a name keeps one type per function
        bad = data[error.start : error.end]
        raise InvalidBytes(error.start, f"byte{'s' if len(bad) > 1 else ''} {bad.hex(' ').upper()} at "
                                        f"offset {error.start} {_reason(error.reason)} in {canonical}") from None


def _reason(python_reason: str) -> str:
    words = {"invalid start byte": "cannot start a character", "unexpected end of data": "end too early",
             "invalid continuation byte": "break a multi-byte character",
             "character maps to <undefined>": "is undefined"}
    return words.get(python_reason, f"is invalid ({python_reason})")


def _tcvn3_with_punctuation() -> str:
    """VN1 table with the windows-1252 punctuation and symbols of 0x80-0x9F in place of the letters."""
    table = list(TCVN3_DECODING_TABLE)
    for byte in range(0x80, 0xA0):
        char = cp1252_char(byte)
        if char and not char.isalpha() and unicodedata.category(char) != "Lm":
            table[byte] = char
    return "".join(table)


_TCVN3_WITH_PUNCTUATION = _tcvn3_with_punctuation()
TCVN3_PUNCTUATION_BYTES = frozenset(
    b for b in range(0x80, 0xA0) if _TCVN3_WITH_PUNCTUATION[b] != TCVN3_DECODING_TABLE[b]
)

# --- encoding -----------------------------------------------------------------------------------

# Combining tone marks as bytes: Windows-1258 and TCVN3 (VN1) both have a byte for each of the five.
_CP1258_TONES = {"\u0300": b"\xcc", "\u0301": b"\xec", "\u0303": b"\xde", "\u0309": b"\xd2",
                 "\u0323": b"\xf2"}
_TCVN3_TONES = {"\u0300": b"\xb0", "\u0309": b"\xb1", "\u0303": b"\xb2", "\u0301": b"\xb3", "\u0323": b"\xb4"}


def _table_encoder(decoding_table: str, skip_c0: bool) -> dict[str, bytes]:
    mapping = {char: bytes([byte]) for byte, char in enumerate(decoding_table)}
    if skip_c0:  # a C0 control whose slot holds a letter cannot be written at all
        for byte in range(0x20):
            if decoding_table[byte] != chr(byte):
                mapping.pop(chr(byte), None)
    return mapping


_VISCII_ENCODER = _table_encoder(VISCII_DECODING_TABLE, skip_c0=True)
_TCVN3_ENCODER = _table_encoder(TCVN3_DECODING_TABLE, skip_c0=True)


def _cp1258_char(char: str) -> bytes | None:
    try:
        return char.encode("cp1258")
    except UnicodeEncodeError:
        return None


def _with_tone_byte(char: str, encode_base: Callable[[str], bytes | None],
                    tones: dict[str, bytes]) -> bytes | None:
    """Write ``char`` as its base letter plus a combining tone byte ("ố" -> "ô" + acute)."""
    decomposed = unicodedata.normalize("NFD", char)
    tone_marks = [ch for ch in decomposed if ch in tones]
    if len(tone_marks) != 1:
        return None
    base = encode_base(unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in tones)))
    return None if base is None else base + tones[tone_marks[0]]


def _char_encoder(canonical: str) -> Callable[[str], bytes | None]:
    if canonical == "windows-1258":
        return lambda ch: _cp1258_char(ch) or _with_tone_byte(ch, _cp1258_char, _CP1258_TONES)
    if canonical == "tcvn3":
        return lambda ch: _TCVN3_ENCODER.get(ch) or _with_tone_byte(ch, _TCVN3_ENCODER.get, _TCVN3_TONES)
    if canonical == "viscii":
        return _VISCII_ENCODER.get
    if canonical == "vni":
        return vni_char_bytes
    codec = _CANONICAL[canonical]
    if codec is None:
        raise UsageError(f"cannot encode to {canonical}: say which byte order, e.g. {canonical}-le")

    def encode_char(ch: str) -> bytes | None:
        try:
            return ch.encode(codec)
        except UnicodeEncodeError:
            return None

    return encode_char


def encode_strict(text: str, canonical: str) -> bytes:
    """Encode NFC ``text`` in ``canonical``; raise UsageError naming the first unwritable character."""
    codec = _CANONICAL[canonical]
    if codec is not None and canonical != "windows-1258":
        try:
            return text.encode(codec)  # the C codec, for everything Python knows in full
        except UnicodeEncodeError as exc:
            _refuse(text, exc.start, canonical)
    encode_char = _char_encoder(canonical)
    out = bytearray()
    for index, char in enumerate(text):
        seq = encode_char(char)
        if seq is None:
            _refuse(text, index, canonical)
        out += seq
    return bytes(out)


def _refuse(text: str, index: int, canonical: str) -> NoReturn:
    char = text[index]
    name = unicodedata.name(char, "unnamed character")
    raise UsageError(f"cannot write {char!r} (U+{ord(char):04X} {name}) at character {index} in {canonical}")
