"""A headline from a URL slug, with its accents restored from the article's own words.

The dantri corpus stores the lead in its ``title`` field; the real headline
survives only in the URL slug, without accents ("co-gi-la-trong-ngay-xuan-phan").
We restore each run of two or more slug words from the longest run of the
article's words that folds to it; a lone word only when it is long and the
article spells it one way (short syllables are ambiguous without context: "la"
is "là", "lá" or "lạ"). Other words stay as the slug spells them, and the method
says how many were restored.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bantin.text import folded_form

_SLUG_ID_RE = re.compile(r"(?:-\d{6,}|-[a-z]?\d{6,}[a-z0-9]*)$")
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_MIN_SLUG_WORDS = 3
_MIN_LONE_WORD = 5


def slug_words(url: str) -> list[str]:
    """The words of the last path segment of ``url``, without its numeric id and extension."""
    path = urlsplit(url).path.rstrip("/")
    segment = path.rsplit("/", 1)[-1]
    segment = re.sub(r"\.(?:html?|htm|epi|aspx?|php|vnp|ldo|chn)$", "", segment)
    segment = _SLUG_ID_RE.sub("", segment)
    words = [w for w in segment.split("-") if w]
    return words if all(w.isalnum() and w.isascii() for w in words) else []


def _is_unambiguous(word: str, tokens: list[str], positions: dict[str, list[int]]) -> bool:
    # A lone word is restored only when it is long and the article spells it one way:
    # "la" may be "là", "lá" or "lạ", but "nghieng" is "nghiêng" wherever it occurs.
    spellings = {tokens[p].lower() for p in positions.get(word, ())}
    return len(word) >= _MIN_LONE_WORD and len(spellings) == 1


def headline_from_slug(url: str, article_text: str) -> tuple[str, str] | None:
    """Return ``(headline, method)`` rebuilt from the URL slug, or ``None`` when it has too few words."""
    words = slug_words(url)
    if len(words) < _MIN_SLUG_WORDS:
        return None
    tokens = _WORD_RE.findall(article_text)
    folded_tokens = [folded_form(t) for t in tokens]
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(folded_tokens):
        positions.setdefault(token, []).append(index)
    restored: list[str] = []
    count = 0
    i = 0
    while i < len(words):
        best_start, best_length = -1, 0
        for start in positions.get(words[i], ()):
            length = 0
            while (
                i + length < len(words)
                and start + length < len(folded_tokens)
                and folded_tokens[start + length] == words[i + length]
            ):
                length += 1
            if length > best_length:
                best_start, best_length = start, length
        if best_length == 1 and not _is_unambiguous(words[i], tokens, positions):
            best_length = 0
        if best_length == 0:
            restored.append(words[i])
            i += 1
            continue
        restored.extend(tokens[best_start : best_start + best_length])
        count += best_length
        i += best_length
    headline = " ".join(restored)
    headline = headline[0].upper() + headline[1:]
    method = f"URL slug; accents of {count} of {len(words)} words restored from the article's own words"
    return headline, method
