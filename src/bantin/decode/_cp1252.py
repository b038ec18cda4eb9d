"""windows-1252 one byte at a time, for building tables (never for decoding input)."""

from __future__ import annotations


def cp1252_char(byte: int) -> str | None:
    """The character windows-1252 gives ``byte``, or None for its five undefined bytes (0x81 0x8D ...)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return None
