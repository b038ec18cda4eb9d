"""Laws cited by name and year, without a number."""

from __future__ import annotations

import pytest

from bantin.extract.docref import find_document_references


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("Căn cứ Luật Đất đai năm 2013;", "Luật Đất đai năm 2013", "state:LUAT:dat-dai@2013"),
        ("theo Bộ luật Hình sự 2015 hiện hành", "Bộ luật Hình sự 2015", "state:BOLUAT:hinh-su@2015"),
        (
            "Luật Cán bộ, công chức năm 2008 quy định",
            "Luật Cán bộ, công chức năm 2008",
            "state:LUAT:can-bo-cong-chuc@2008",
        ),
    ],
)
def test_law_by_name_and_year(text: str, mention: str, canonical: str) -> None:
    refs = find_document_references(text)
    assert [(r.text, r.canonical_id) for r in refs] == [(mention, canonical)]


@pytest.mark.parametrize(
    "text",
    [
        "Luật sư Nguyễn Văn Hải năm 2019 cho biết",
        "theo quy định của pháp luật năm 2020",
        "Luật mới có hiệu lực",
    ],
)
def test_not_a_named_law(text: str) -> None:
    assert find_document_references(text) == []
