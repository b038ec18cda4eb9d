"""Vietnamese text forms: the display text, its canonical form and its folded form.

- :func:`normalize_text` gives the display text of a record: NFC, spaces and line
  ends folded, otherwise as written.
- :func:`canonical_form` gives the form every comparison uses: one tone placement
  for oa/oe/uy ("Tỉnh uỷ" and "Tỉnh ủy" are the same word).
- :func:`folded_form` gives the form accent-less queries match: lowercase, no
  diacritics, "đ" as "d".

:func:`sentence_spans` cuts a display text into sentences (for "in the same
sentence" rules).

For an NFC display text, all three have the same length, so a span found in one
is the same span in the others.
"""

from bantin.text._fold import folded_form
from bantin.text._sentences import sentence_around, sentence_spans
from bantin.text._tones import canonical_form, canonical_lower, canonical_text
from bantin.text._whitespace import normalize_line, normalize_text

__all__ = [
    "canonical_form",
    "canonical_lower",
    "canonical_text",
    "folded_form",
    "normalize_line",
    "normalize_text",
    "sentence_around",
    "sentence_spans",
]
