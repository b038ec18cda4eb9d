"""Display-text normalisation: NFC and one kind of each space and line end.

Crawled pages carry every space Unicode has (no-break spaces in datelines,
zero-width joiners pasted from Word, tabs, CR LF from Windows servers). We fold
them all so that the text of a record has exactly one spelling per layout, but
we never touch letters or punctuation: the display text stays as written.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that take no room and carry no meaning in Vietnamese news text.
# U+00AD (soft hyphen) is invisible unless a line breaks at it, which our records never do.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"

# Every other horizontal space becomes U+0020.
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

# Line ends of every platform, and the Unicode line/paragraph separators.
_LINE_ENDS = "\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c"

_TRANSLATE = {ord(c): None for c in _INVISIBLE} | {ord(c): " " for c in _SPACES}
# Remaining C0/C1 control characters are noise left by converters; drop them.
_TRANSLATE |= {c: None for c in range(0x20) if c not in (0x09, 0x0A)}
_TRANSLATE |= {c: None for c in range(0x7F, 0xA0) if c != 0x85}

_LINE_END_RE = re.compile(_LINE_ENDS)
# str.translate looks up every character; most pages need it for none, so look first.
_ODD_CHAR_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]")
# Both of the above in one look (every line end but "\n" opens with one of these characters):
# most texts hold neither, and a JSONL record normalises each of its paragraphs.
_LINE_END_FIRSTS = {line_end[0] for line_end in _LINE_ENDS.split("|")}
_ODD_CHARS = _LINE_END_FIRSTS | {chr(c) for c in _TRANSLATE}
_ODD_OR_LINE_END_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_ODD_CHARS)) + "]")
# None of those characters is printable (controls, format characters, spaces other than U+0020, line
# and paragraph separators), nor is "\n": a text whose lines are all printable holds none of them, and
# str.isprintable reads a character in a table look-up where the class above costs a test. Checked
# here rather than assumed, in case the lists above grow a printable character.
_PRINTABLE_MEANS_NONE = not any(c.isprintable() for c in _ODD_CHARS)


def _has_odd_or_line_end(text: str) -> bool:
    """Whether ``text`` holds a character that :func:`normalize_text` rewrites or drops (not "\n")."""
    if _PRINTABLE_MEANS_NONE:
        if "\n" not in text:
            if text.isprintable():
                return False
        elif all(map(str.isprintable, text.split("\n"))):
            return False
    return _ODD_OR_LINE_END_RE.search(text) is not None
_SPACE_RUN_RE = re.compile(r" {2,}")
_EDGE_SPACE_RE = re.compile(r" *\n *")
_BLANK_RUN_RE = re.compile(r"\n{3,}")


def normalize_text(text: str, *, is_nfc: bool = False) -> str:
    """Return the display form of ``text``: NFC, spaces and line ends folded.

    Runs of spaces become one space, spaces at the ends of lines go, runs of blank
    lines become one blank line, and the whole text is stripped. Letters,
    punctuation and tone placement are kept as written. ``is_nfc`` says that the
    caller knows ``text`` to be NFC already (``bantin.decode`` gives NFC text): the
    check, a scan of the whole text, is then left out unless a character was
    removed (which can bring a letter and a combining mark together).
    """
    # Each step looks before it rewrites: most pages need few of them, and a search is cheaper than a copy.
    if _has_odd_or_line_end(text):
        if _LINE_END_RE.search(text):
            # Line ends become "\n" one for one or "\r\n" for "\n": no letter meets a new neighbour.
            text = _LINE_END_RE.sub("\n", text)
        if _ODD_CHAR_RE.search(text):
            text = text.translate(_TRANSLATE)
            is_nfc = False
    if not is_nfc and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = _SPACE_RUN_RE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _EDGE_SPACE_RE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_RUN_RE.sub("\n\n", text)
    return text.strip(" \n")


def normalize_line(text: str) -> str:
    """Return ``text`` normalised as one line: every line end becomes a space."""
    return normalize_text(text).replace("\n", " ")
