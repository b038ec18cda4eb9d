"""``decode_bytes``: the order of decisions from raw bytes to one trustworthy Unicode text.

1. Size limit, emptiness, known binary signatures.
2. An explicit encoding is obeyed strictly.
3. A byte-order mark decides; BOM-less UTF-16/32 is recognised by its NUL bytes.
4. NUL and control bytes make the input binary (the C0 letters of VISCII/TCVN3 excepted).
5. Valid UTF-8 wins, after a cheap check for mojibake that is repaired only when clearly better
   (and a check for short VISCII/TCVN3 texts that are valid UTF-8 by accident).
6. Otherwise the legacy candidates are scored; mostly-UTF-8 input is decoded line by line.
7. Otherwise another language (windows-1252, charset-normalizer); otherwise a DecodeError.

No step ever uses a ``replace`` error handler: bytes that cannot be read are an error with an offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bantin.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    UnknownEncodingError,
    UsageError,
)

from ._binary import binary_signature, bom_encoding, control_byte_problem, sniff_utf16_32
from ._codecs import InvalidBytes, c0_letters, canonical_encoding, decode_strict
from ._detect import Choice, choose_other_language, choose_vietnamese, describe_best, nfc, sample_of
from ._lines import decode_mixed, describe_lines, split_lines, utf8_share
from ._model import Decoded
from ._mojibake import might_be_mojibake, repair_mojibake
from ._syllable import score_text

# Control characters other than tab, line feed, vertical tab, form feed, carriage return and escape.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_C0_BYTES = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_C1_IN_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
LOW_CONFIDENCE = 0.5  # below this, a detected encoding gets a warning that it is a guess
MOSTLY_UTF8 = 0.5  # share of high bytes in valid UTF-8 sequences that makes an input "mostly UTF-8"
ACCIDENTAL_UTF8_MARGIN = 0.3  # how much more Vietnamese a legacy reading must be to beat valid UTF-8
# UTF-8 lead bytes of U+0380-U+07FF (Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, NKo).
_NON_LATIN_LEADS = bytes(range(0xCE, 0xE0))


@dataclass(slots=True)
class _Result:
    text: str
    encoding: str
    confidence: float
    warnings: list[str] = field(default_factory=list)
    maybe_controls: bool = True  # False when a byte-level check already ruled out control characters


def decode_bytes(data: bytes, *, source: str, encoding: str | None = None,
                 max_bytes: int | None = None) -> Decoded:
    """Decode ``data`` to NFC Unicode text, detecting the encoding unless ``encoding`` is given.

    ``source`` names the input (a path, a URL, ``"<stdin>"``) in every error and warning. Raises
    :class:`~bantin.errors.EmptyInputError`, :class:`~bantin.errors.InputTooLargeError` (over
    ``max_bytes``), :class:`~bantin.errors.BinaryInputError`, :class:`~bantin.errors.DecodeError`
    (bytes invalid in the given encoding, or no encoding reads them as text) and
    :class:`~bantin.errors.UnknownEncodingError`. Apart from NFC, the text is exactly what the bytes
    say: no whitespace or line-ending changes. Repairs and line-by-line decoding are reported in
    ``warnings``.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise UsageError(f"decode_bytes needs bytes, got {type(data).__name__} for {source}")
    data = bytes(data)
    if max_bytes is not None:
        if max_bytes < 0:
            raise UsageError(f"max_bytes must be zero or more, got {max_bytes}")
        if len(data) > max_bytes:
            raise InputTooLargeError(source, f"it is {len(data):,} bytes, over the limit of {max_bytes:,}")
    if not data or data.isspace():  # isspace() stops at the first non-space byte; strip() would copy
        raise EmptyInputError(source, "it is empty" if not data else "it holds only whitespace")
    what = binary_signature(data)
    if what is not None:
        raise BinaryInputError(source, f"it looks like {what}, not text")
    if encoding is not None:
        return _finish(_decode_explicit(data, source, encoding), source)
    return _finish(_decode_detected(data, source), source)


def _decode_explicit(data: bytes, source: str, name: str) -> _Result:
    canonical = canonical_encoding(name)
    if canonical is None:
        raise UnknownEncodingError(source, f"unknown encoding {name!r}; bantin knows utf-8, utf-16, "
                                           "windows-1258, tcvn3, vni, viscii, windows-1252 and the others "
                                           "in bantin.decode.KNOWN_ENCODINGS")
    warnings: list[str] = []
    bom = bom_encoding(data)
    if canonical in ("utf-16", "utf-32"):
        if bom is not None and bom[0].startswith(canonical):
            canonical, data = bom[0], data[bom[1]:]
        else:
            sniffed = sniff_utf16_32(data)
            if sniffed is None or not sniffed.startswith(canonical):
                sniffed = canonical + "-le"
                warnings.append(f"no byte-order mark, and the byte order is unclear: read as {sniffed}")
            canonical = sniffed
    elif bom is not None and bom[0] == canonical:
        data = data[bom[1]:]
    elif bom is not None and bom[0] == "utf-8-sig" and canonical == "utf-8":
        canonical, data = "utf-8-sig", data[bom[1]:]
    elif bom is not None:
        warnings.append(f"the input starts with a {bom[0]} byte-order mark, but was decoded as {canonical} "
                        "as asked")
    if not canonical.startswith("utf-16") and not canonical.startswith("utf-32"):
        problem = control_byte_problem(data, letters=c0_letters(canonical))
        if problem is not None:
            raise BinaryInputError(source, f"it looks binary: {problem}")
    try:
        text = decode_strict(data, canonical)
    except InvalidBytes as exc:
        raise DecodeError(source, f"it is not valid {canonical}: {exc.reason}") from None
    return _Result(text, canonical, 1.0, warnings)


def _decode_detected(data: bytes, source: str) -> _Result:
    bom = bom_encoding(data)
    if bom is not None:
        name, length = bom
        try:
            text = decode_strict(data[length:], name.removesuffix("-sig"))
        except InvalidBytes as exc:
            raise DecodeError(source, f"it starts with a {name} byte-order mark but is not valid "
                                      f"{name}: {exc.reason} (counting from after the mark)") from None
        if name == "utf-8-sig":
            return _check_utf8_mojibake(text, data[length:], name, 1.0)
        return _Result(text, name, 1.0)
    sniffed = sniff_utf16_32(data)
    if sniffed is not None:
        try:
            text = decode_strict(data, sniffed)
        except InvalidBytes:
            pass  # NUL bytes that are not UTF-16 after all: judged as binary below
        else:
            # Binary data of small 16-bit numbers has the same NUL pattern; text has few controls.
            if len(_CONTROL.findall(text)) <= len(text) // 100:
                return _Result(text, sniffed, 0.95)
    problem = control_byte_problem(data)
    if problem is not None:
        raise BinaryInputError(source, f"it looks binary: {problem}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:  # not "exc" again: compiled, a name keeps one type per function
        first_bad = error.start
    else:
        accidental = _legacy_that_is_valid_utf8(data, text)
        if accidental is not None:
            return accidental
        result = _check_utf8_mojibake(text, data, "utf-8", 0.99)
        # The text scan for control characters costs as much as decoding; on UTF-8 bytes it is cheap.
        result.maybe_controls = "+" in result.encoding or _has_control_bytes(data)
        return result
    return _decode_legacy(data, source, first_bad)


def _legacy_that_is_valid_utf8(data: bytes, text: str) -> _Result | None:
    """A legacy text that happens to be valid UTF-8, or None (the normal case, decided in one scan).

    VISCII and TCVN3 put letters at 0xC0-0xDF and 0x80-0xBF, so a short text can form valid UTF-8
    sequences by accident: VISCII "Đồng" (D0 B0) is Cyrillic "а", "Phương" (DF BD) is an NKo letter.
    Such input always has UTF-8 lead bytes of non-Latin scripts (0xCE-0xDF: Greek to NKo), which
    Vietnamese UTF-8 does not need; only then are the legacy readings compared with the UTF-8 one.
    """
    if len(data.translate(None, _NON_LATIN_LEADS)) == len(data):
        return None
    choice, _ = choose_vietnamese(data)
    if choice is None or choice.text is None:
        return None
    utf8_share = score_text(text).nonascii_share
    legacy_share = score_text(choice.text).nonascii_share
    if legacy_share < utf8_share + ACCIDENTAL_UTF8_MARGIN:
        return None
    warning = (f"the bytes are valid UTF-8, but as UTF-8 they spell non-Latin letters inside Vietnamese "
               f"words; they read as Vietnamese in {choice.encoding}")
    return _Result(choice.text, choice.encoding, min(choice.confidence, 0.8), [warning])


def _check_utf8_mojibake(text: str, utf8: bytes, encoding: str, certainty: float) -> _Result:
    """The UTF-8 fast path: ASCII and clean text cost one scan; suspicious text is repaired if it helps.

    ``certainty`` is the confidence in UTF-8 itself: 1.0 with a BOM, 0.99 for valid UTF-8 with
    non-ASCII characters (which legacy bytes almost never form by accident); pure ASCII is 1.0.
    """
    if text.isascii():
        return _Result(text, encoding, 1.0)
    if not might_be_mojibake(utf8):
        return _Result(text, encoding, certainty)
    repaired, repairs = repair_mojibake(text)
    if not repairs:
        return _Result(text, encoding, certainty)
    warnings = [f"{describe_lines(r.lines)} held {r.what}: repaired" for r in repairs]
    return _Result(repaired, f"{encoding}+mojibake-repair", min(r.confidence for r in repairs), warnings)


def _decode_legacy(data: bytes, source: str, first_bad: int) -> _Result:
    split = split_lines(data)
    mixed = decode_mixed(split) if split.utf8_lines and split.invalid else None
    sample = sample_of(data)
    choice, found = choose_vietnamese(sample)
    whole = _decode_whole(data, choice, complete=sample is data) if choice is not None else None
    if mixed is not None and (whole is None or _share(mixed.text) >= _share(whole.text)):
        enc = mixed.choice.encoding
        verb = "was" if len(mixed.legacy_lines) == 1 else "were"
        warning = f"{describe_lines(mixed.legacy_lines)} {verb} {enc} inside utf-8 text: decoded line by line"
        extra = [mixed.choice.note] if mixed.choice.note else []
        return _Result(mixed.text, f"utf-8+{enc}", mixed.choice.confidence, [warning, *extra])
    if whole is not None:
        return whole
    if split.utf8_lines or utf8_share(data) >= MOSTLY_UTF8:
        bad = data[first_bad]
        line = data.count(b"\n", 0, first_bad) + 1
        raise DecodeError(source, f"it is mostly UTF-8, but byte 0x{bad:02X} at offset {first_bad} "
                                  f"(line {line}) is not, and what is not UTF-8 does not read as text in any "
                                  "legacy encoding (line by line at best); pass --encoding")
    other = choose_other_language(data)
    if other is not None:
        choice, text = other
        return _Result(text, choice.encoding, choice.confidence, [choice.note] if choice.note else [])
    raise DecodeError(source, f"cannot tell the encoding: {describe_best(found)}, and the bytes do not read "
                              "as text in another language either; pass --encoding")


def _decode_whole(data: bytes, choice: Choice, *, complete: bool) -> _Result | None:
    """Decode all of ``data`` with an encoding chosen on a sample (re-choosing if the rest disagrees).

    ``complete`` says the sample was all of ``data``: the chosen reading's text is then the answer.
    """
    try:
        if complete and choice.text is not None:
            text = choice.text
        else:
            text = decode_strict(data, choice.encoding, windows_punctuation=choice.windows_punctuation)
    except InvalidBytes:
        full_choice, _ = choose_vietnamese(data)  # the sample missed a byte that encoding lacks
        if full_choice is None:
            return None
        choice = full_choice
        try:
            text = decode_strict(data, choice.encoding, windows_punctuation=choice.windows_punctuation)
        except InvalidBytes:  # pragma: no cover - choose_vietnamese only returns encodings that decode
            return None
    warnings = [choice.note] if choice.note else []
    if choice.confidence < LOW_CONFIDENCE:
        warnings.append(f"the encoding {choice.encoding} is a guess (confidence {choice.confidence:.2f}); "
                        "pass --encoding if the text looks wrong")
    return _Result(text, choice.encoding, choice.confidence, warnings)


def _share(text: str) -> float:
    return score_text(text).nonascii_share


def _has_control_bytes(utf8: bytes) -> bool:
    """Does UTF-8 ``utf8`` hold a C0 control (other than the text ones) or an encoded C1 control?"""
    return len(utf8.translate(None, _C0_BYTES)) != len(utf8) or _C1_IN_UTF8.search(utf8) is not None


def _finish(result: _Result, source: str) -> Decoded:
    text = nfc(result.text)
    if not text or text.isspace():
        raise EmptyInputError(source, f"it holds only whitespace (decoded as {result.encoding})")
    first = _CONTROL.search(text) if result.maybe_controls else None
    if first is not None:
        count = len(_CONTROL.findall(text))
        plural = "s" if count > 1 else ""
        result.warnings.append(f"the text holds {count} control character{plural} (the first, "
                               f"U+{ord(first.group()):04X}, at character {first.start()}); kept as they are")
    return Decoded(text, result.encoding, result.confidence, tuple(result.warnings))
