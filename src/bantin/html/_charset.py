"""Decoding an HTML page: the charset it declares first, our detection when that cannot be trusted."""

from __future__ import annotations

from bantin.decode import Decoded, canonical_encoding, decode_bytes
from bantin.errors import DecodeError
from bantin.html._rules import CHARSET_PRESCAN_BYTES, META_CHARSET, WESTERN_CHARSETS, XML_ENCODING

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` or its XML declaration, as written, or None."""
    head = data[:CHARSET_PRESCAN_BYTES]
    found = XML_ENCODING.search(head) or META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def decode_html(
    data: bytes, *, source: str, encoding: str | None = None, charset: str | None = None
) -> Decoded:
    """Decode the bytes of an HTML page.

    The order: an ``encoding`` forced by the caller; a byte-order mark; the ``charset`` the transport
    declared (HTTP ``Content-Type``); the charset the page declares. A declared UTF-8, a Western
    code page (Vietnamese pages of the font era declare Latin-1 over TCVN3 or VNI bytes) and an
    unknown name go to our detection, which prefers valid UTF-8 and repairs mojibake; any other
    declared charset is obeyed strictly, and when the bytes are not valid in it, detection decides.
    Every departure from a declaration is a warning.
    """
    if encoding is not None:
        return decode_bytes(data, source=source, encoding=encoding)
    if data.startswith(_BOMS):
        return decode_bytes(data, source=source)
    how, declared = ("HTTP Content-Type", charset) if charset else ("the page's <meta>", declared_charset(data))
    if declared is None:
        return decode_bytes(data, source=source)
    canonical = canonical_encoding(declared)
    if canonical is None:
        return _detected(data, source, f"{how} declares an unknown charset {declared!r}")
    if canonical.startswith("utf-8") or canonical in WESTERN_CHARSETS:
        decoded = decode_bytes(data, source=source)
        if _agrees(canonical, decoded):
            return decoded
        return _with_warning(decoded, f"{how} declares {declared}, but the bytes read as {decoded.encoding}")
    try:
        return decode_bytes(data, source=source, encoding=canonical)
    except DecodeError as error:
        return _detected(data, source, f"{how} declares {declared}, but {error.reason}")


def _agrees(declared: str, decoded: Decoded) -> bool:
    found = decoded.encoding.split("+")[0]
    if decoded.text.isascii() or (found.startswith("utf-8") and declared.startswith("utf-8")):
        return True
    return found == declared or (found in WESTERN_CHARSETS and declared in WESTERN_CHARSETS)


def _detected(data: bytes, source: str, why: str) -> Decoded:
    decoded = decode_bytes(data, source=source)
    return _with_warning(decoded, f"{why}; detected {decoded.encoding}")


def _with_warning(decoded: Decoded, warning: str) -> Decoded:
    return Decoded(
        text=decoded.text,
        encoding=decoded.encoding,
        confidence=decoded.confidence,
        warnings=(*decoded.warnings, warning),
    )
