"""Photo credits: the quick looks that spare most lines the credit expressions must not miss one."""

from __future__ import annotations

import pytest

from bantin.lang.vi.layout import ILLUSTRATION_MARKERS
from bantin.layout._tail import ILLUSTRATION_STEM, find_credit
from bantin.text import canonical_form


def test_every_illustration_marker_holds_the_stem_canonical_form_leaves_alone() -> None:
    # find_credit looks for the stem in the plain lowercase line, before the canonical form.
    assert canonical_form(ILLUSTRATION_STEM) == ILLUSTRATION_STEM
    assert not set(ILLUSTRATION_STEM) & set("oOuUaAeEyY")
    for marker in ILLUSTRATION_MARKERS:
        assert ILLUSTRATION_STEM in canonical_form(marker.lower())


@pytest.mark.parametrize(
    ("line", "start", "name"),
    [
        ("Quang cảnh hội nghị. Ảnh: HOÀNG ANH", 21, "HOÀNG ANH"),
        ("Ảnh minh hoạ", 0, None),
        ("Người dân đi bầu cử (Ảnh minh họa)", 20, None),
        ("(Ảnh: minh hoạ)", 0, "minh hoạ"),  # the credit expression reads it first
        ("Hình ảnh ảnh hưởng đến mùa màng", None, None),
    ],
)
def test_credits_with_and_without_colon(line: str, start: int | None, name: str | None) -> None:
    credit = find_credit(line)
    if start is None:
        assert credit is None
    else:
        assert credit is not None and (credit.start, credit.name) == (start, name)
