"""Writing out the abbreviations of organisation names and titles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.extract.orgs import expand_abbreviations


@pytest.mark.parametrize(
    ("written", "expanded"),
    [
        ("UBND tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("HĐND huyện", "Hội đồng nhân dân huyện"),
        ("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
        ("BCH Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh"),
        ("Ban Tuyên giáo TW", "Ban Tuyên giáo Trung ương"),
        ("Ủy viên BTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"),
        ("Trưởng BCĐ phòng, chống dịch", "Trưởng Ban Chỉ đạo phòng, chống dịch"),
        ("UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
        ("UBND TP.HCM", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("UBND TP.Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng"),
        ("Công an TP. Đà Nẵng", "Công an thành phố Đà Nẵng"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Bộ VH-TT&DL", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Trường THPT chuyên Lam Sơn", "Trường Trung học phổ thông chuyên Lam Sơn"),
        ("Công ty CP Sông Đà", "Công ty cổ phần Sông Đà"),
        ("Văn phòng CP", "Văn phòng Chính phủ"),
        ("Công ty TNHH MTV Cấp nước", "Công ty trách nhiệm hữu hạn một thành viên Cấp nước"),
        ("ĐBQH khóa XV", "đại biểu Quốc hội khóa XV"),
    ],
)
def test_abbreviations(written: str, expanded: str) -> None:
    assert expand_abbreviations(written) == expanded


@pytest.mark.parametrize(
    "text", ["Ban Tuyên giáo Trung ương", "TPHCMcho", "UBNDTP", "QH15", "CPI tăng", "Tp"]
)
def test_words_that_only_contain_an_abbreviation_are_left_alone(text: str) -> None:
    assert expand_abbreviations(text) == ("thành phố" if text == "Tp" else text)


@given(st.text(alphabet="abc ĐăUBNDTPHCM.&-", max_size=30))
def test_never_fails_and_is_stable_on_its_output(text: str) -> None:
    once = expand_abbreviations(text)
    assert expand_abbreviations(once) == once
