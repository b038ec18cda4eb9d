"""Decode stage: bytes to Unicode, including the legacy Vietnamese encodings.

Vietnamese text on the web and in archives comes in UTF-8, UTF-16, and four legacy encodings that
Python mostly lacks: Windows-1258 (decomposed tone marks), TCVN3 (ABC fonts), VNI (two bytes per
accented letter) and VISCII. It also comes as mojibake: one of those misread as windows-1252 and
saved again as UTF-8. :func:`decode_bytes` detects and undoes all of it, or says precisely why it
cannot; :func:`encode_text` writes the legacy encodings (for tests and for exporting to old tools).

Public API::

    Decoded             the result: text (NFC), encoding, confidence, warnings
    KNOWN_ENCODINGS     names accepted by decode_bytes(encoding=...) and encode_text
    decode_bytes        bytes -> Decoded
    encode_text         str -> bytes in one encoding
    is_vietnamese_like  share of words that are valid Vietnamese syllables (or ASCII words)

Why not viparse? We tried ``viparse`` 0.1.31 against ``../shared/data/legacy_encodings``. Its
detector recognises TCVN3 and VISCII read as latin-1, and its VNI table agrees with ours, but it
works on already-decoded strings, not bytes, so it cannot tell windows-1258 from windows-1252
(``detect_text_encoding`` returned None for the windows-1258 sample, and ``fix`` left it as
"ChýÞ Quôìc"); and ``fix`` collapses runs of spaces and tabs ("Chủ:  <enter/>    Chào" became
"Chủ: <enter/> Chào"), so its output is never the exact twin of the input that the pipeline's
offsets rely on. We therefore do not use it and do not depend on it; its corpus-derived VNI table
served as an independent cross-check of ours (see ``_vni.py``).
"""

from __future__ import annotations

from bantin.errors import UsageError

from ._codecs import KNOWN_ENCODINGS, canonical_encoding, encode_strict
from ._decode import decode_bytes
from ._detect import nfc
from ._model import Decoded
from ._syllable import is_vietnamese_like

__all__ = [
    "KNOWN_ENCODINGS",
    "Decoded",
    "canonical_encoding",
    "decode_bytes",
    "encode_text",
    "is_vietnamese_like",
]


def encode_text(text: str, encoding: str) -> bytes:
    """Encode ``text`` (NFC-normalised first) in ``encoding``, the inverse of ``decode_bytes``.

    Windows-1258 is written the way Windows-1258 writers do: a precomposed letter where the code page
    has one (à, é, ơ, đ), otherwise the base letter and a combining tone mark (ố -> ô + 0xEC). TCVN3
    is written as TCVN 5712:1993 VN1 (glibc's TCVN5712-1), which holds uppercase accented letters
    too. VNI writes each accented letter as a base byte plus a mark byte. Every Vietnamese letter and
    all of ASCII round-trip through ``decode_bytes(..., encoding=...)`` for tcvn3, viscii, vni,
    windows-1258 and utf-8.

    Raises :class:`~bantin.errors.UsageError` for an unknown encoding name, or naming the first
    character the encoding cannot write.
    """
    canonical = canonical_encoding(encoding)
    if canonical is None:
        raise UsageError(f"unknown encoding {encoding!r}; see bantin.decode.KNOWN_ENCODINGS")
    return encode_strict(nfc(text), canonical)
