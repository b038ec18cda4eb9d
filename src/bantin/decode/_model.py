"""The result of decoding: :class:`Decoded`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Decoded:
    """Unicode text decoded from bytes, with how it was decoded and how sure we are.

    ``text`` is NFC and otherwise exactly what the bytes say (no whitespace or line-ending changes).
    ``encoding`` is a canonical name ("utf-8", "tcvn3", "windows-1258" ...); a repair or a
    line-by-line decoding shows in it ("utf-8+mojibake-repair", "utf-8+windows-1258").
    ``confidence`` is 0..1: 1.0 for a byte-order mark or an explicit encoding. ``warnings`` are
    sentences for a user: which lines were repaired or decoded differently, and why.
    """

    text: str
    encoding: str
    confidence: float
    warnings: tuple[str, ...] = ()
