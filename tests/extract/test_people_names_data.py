"""The language data of people's names: our own lists, checked against real name data.

``../shared/data/names`` (read in place, tests only) counts the family names of
some 8,700 real people: our list must cover nearly all of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.lang.vi import names, titles
from bantin.text import canonical_form

FAMILY_COUNTS = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "data"
    / "names"
    / ("derived_family_name_counts_from_uit_member.tsv")
)


def test_family_names_cover_real_people() -> None:
    if not FAMILY_COUNTS.exists():
        pytest.skip(f"../shared/data is absent ({FAMILY_COUNTS} not found): the name data is read in place")
    counts: dict[str, int] = {}
    for line in FAMILY_COUNTS.read_text(encoding="utf-8").splitlines()[1:]:
        name, count = line.split("\t")
        counts[canonical_form(name)] = int(count)
    ours = {canonical_form(n) for n in names.FAMILY_NAMES}
    # The file holds mojibake and placeholders ("Student", "Ñoã"): only well-formed Vietnamese names count.
    real = {
        n: c
        for n, c in counts.items()
        if n[:1].isupper() and n.isalpha() and not any(ch in n for ch in "ÑñöõøüĂ")
    }
    covered = sum(c for n, c in real.items() if n in ours)
    deliberately_left_out = {"Văn", "Phó", "Ông", "Sơn", "Quảng", "Ninh", "Yên", "Kiên", "Giang", "Phương"}
    missing = sorted(
        (n for n in real if n not in ours and n not in deliberately_left_out), key=lambda n: -real[n]
    )
    assert covered / sum(real.values()) >= 0.97, missing[:20]


def test_no_family_name_is_a_title_prefix_or_an_honorific() -> None:
    family = set(names.FAMILY_NAMES)
    assert not family & set(titles.TITLE_PREFIXES)
    assert not family & {h[:1].upper() + h[1:] for h in names.HONORIFICS if " " not in h}


def test_lists_are_written_in_the_canonical_tone_placement() -> None:
    for word in names.FAMILY_NAMES + names.NAME_PARTICLES + titles.TITLE_WORDS + titles.RANKS:
        assert canonical_form(word) == word, word
