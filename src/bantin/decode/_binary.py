"""Is this input text at all? Byte-order marks, BOM-less UTF-16/32, binary signatures, control bytes.

Checks that run before any decoding, all of them on a bounded prefix so that they stay cheap.
"""

from __future__ import annotations

import codecs

from ._codecs import c0_letters

# (signature, offset, what it looks like). Checked in order; the first match wins. Signatures that a
# text could start with ("ID3 tags", "BZh...") are lengthened with the bytes that follow them in the
# real format; formats whose header holds NUL bytes early are caught by the NUL check anyway.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"%PDF-", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive"),
    (b"PK\x05\x06", 0, "a ZIP archive"),
    (b"PK\x07\x08", 0, "a ZIP archive"),
    (b"\x1f\x8b", 0, "gzip-compressed data"),
    (b"\xfd7zXZ\x00", 0, "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", 0, "Zstandard-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "a legacy Microsoft Office document (.doc, .xls, .ppt)"),
    (b"\x7fELF", 0, "an ELF executable"),
    (b"MZ\x90\x00", 0, "a Windows executable"),
    (b"\xca\xfe\xba\xbe", 0, "a Java class file or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", 0, "a Mach-O binary"),
    (b"\xce\xfa\xed\xfe", 0, "a Mach-O binary"),
    (b"\x00asm", 0, "a WebAssembly module"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"ID3\x03\x00", 0, "an MP3 audio file"),
    (b"ID3\x04\x00", 0, "an MP3 audio file"),
    (b"OggS\x00", 0, "an Ogg media file"),
    (b"fLaC\x00", 0, "a FLAC audio file"),
    (b"ftyp", 4, "an MP4/QuickTime media file"),
    (b"wOFF\x00", 0, "a WOFF font"),
    (b"wOF2\x00", 0, "a WOFF2 font"),
)

# A ZIP is also the container of office documents and e-books; name them when the prefix shows it.
_ZIP_KINDS = (
    (b"word/", "a Word .docx document (a ZIP archive)"),
    (b"xl/", "an Excel .xlsx workbook (a ZIP archive)"),
    (b"ppt/", "a PowerPoint .pptx presentation (a ZIP archive)"),
    (b"mimetypeapplication/epub+zip", "an EPUB e-book (a ZIP archive)"),
    (b"mimetypeapplication/vnd.oasis.opendocument", "an OpenDocument file (a ZIP archive)"),
    (b"[Content_Types].xml", "a Microsoft Office document (a ZIP archive)"),
)

# C0 bytes that VISCII (0x02 0x05 0x06 0x14 0x19 0x1E) and TCVN3 VN1 (0x01 0x02 0x04-0x06 0x11-0x17) use
# for uppercase letters: a Vietnamese text may contain them, so they must not make it "binary".
LETTER_C0 = c0_letters("viscii") | c0_letters("tcvn3")
# Controls that ordinary text uses: tab, line feed, vertical tab, form feed, carriage return, escape
# (terminal colour codes in captured logs).
_TEXT_C0 = frozenset({0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B})
_HARD_CONTROL = bytes(b for b in [*range(0x20), 0x7F] if b not in LETTER_C0 and b not in _TEXT_C0)
_SOFT_CONTROL = bytes(sorted(LETTER_C0))

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

SNIFF_BYTES = 8192  # how much of the input the binary and UTF-16 checks look at


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) if ``data`` starts with a Unicode byte-order mark."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def binary_signature(data: bytes) -> str | None:
    """What a known binary format ``data`` starts with ("a PNG image"), or None."""
    for magic, offset, what in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            if what == "a ZIP archive":
                head = data[:SNIFF_BYTES]
                return next((kind for marker, kind in _ZIP_KINDS if marker in head), what)
            return what
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "bzip2-compressed data"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[data[8:12]]
    return None


def sniff_utf16_32(data: bytes) -> str | None:
    """Guess BOM-less UTF-16/32 from where the NUL bytes fall ("utf-16-le", ...), or None.

    Text in UTF-16 with many ASCII characters (spaces, digits, Vietnamese base letters) has a zero
    byte in every other position: the high byte of little-endian, the low byte of big-endian. A
    legacy or UTF-8 text has no NUL bytes at all.
    """
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    if len(data) % 4 == 0:
        quarters = [sample[i::4] for i in range(4)]
        zero = [q.count(0) / len(q) for q in quarters]
        if zero[2] > 0.95 and zero[3] > 0.95 and zero[0] < 0.05:
            return "utf-32-le"
        if zero[0] > 0.95 and zero[1] > 0.95 and zero[3] < 0.05:
            return "utf-32-be"
    if len(data) % 2 == 0:
        even, odd = sample[0::2], sample[1::2]
        even_zero, odd_zero = even.count(0) / len(even), odd.count(0) / len(odd)
        if odd_zero > 0.3 and even_zero < 0.02:
            return "utf-16-le"
        if even_zero > 0.3 and odd_zero < 0.02:
            return "utf-16-be"
    return None


def control_byte_problem(data: bytes, *, letters: frozenset[int] = frozenset()) -> str | None:
    """Why ``data`` reads as binary by its control bytes, or None.

    A NUL outside UTF-16/32 is never text. Other controls are tolerated in small numbers (a stray
    form feed, a terminal escape), and the C0 slots that VISCII and TCVN3 use for letters are only
    held against the input when they are implausibly many. ``letters`` are C0 bytes that the
    encoding the caller named uses for letters: those are not counted at all.
    """
    sample = data[:SNIFF_BYTES]
    nul = data.find(b"\x00")
    if nul >= 0:
        return f"it contains NUL bytes (the first at offset {nul}), which text never does"
    hard_set = bytes(b for b in _HARD_CONTROL if b not in letters)
    soft_set = bytes(b for b in _SOFT_CONTROL if b not in letters)
    hard = len(sample) - len(sample.translate(None, hard_set))
    soft = len(sample) - len(sample.translate(None, soft_set))
    if hard > max(3, len(sample) // 100) or (hard + soft) > max(8, len(sample) // 10):
        return (f"{hard + soft} of its first {len(sample)} bytes are control characters, "
                "which text does not have")
    return None
