"""What is not a place, though it looks like one: people, words, directions, rivers, spouses."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.places import find_places

IN_2021 = ExtractContext(published=dt.date(2021, 7, 16))


def _values(text: str, context: ExtractContext = IN_2021) -> list[str]:
    return [p.value for p in find_places(text, context)]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Văn Thái Bình phát biểu tại buổi lễ.",
        "Chị Hà Giang cho biết gia đình đã thoát nghèo.",
        "Em Trần Thị Hải Dương đạt giải nhất.",
        "Ca sĩ Mỹ Tâm góp 100 triệu đồng.",
        "Diễn viên Thúy Nga tham gia chương trình.",
        "Cầu thủ Minh Đức ghi bàn ở phút cuối.",
    ],
)
def test_people_named_after_places_are_not_places(text: str) -> None:
    assert _values(text) == []


def test_ho_chi_minh_alone_is_the_person() -> None:
    assert _values("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.") == []


def test_trung_uong_is_not_a_place() -> None:
    assert _values("Ban Tuyên giáo Trung ương tổ chức hội nghị.") == []


def test_directions_alone_are_not_places() -> None:
    assert _values("Gió mùa Đông Bắc tràn về phía Nam, rồi hướng Tây Bắc.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ý kiến của cử tri được tiếp thu.",
        "Pháp luật quy định rõ trách nhiệm.",
        "Nhật ký của anh được xuất bản.",
        "Áo dài là trang phục truyền thống.",
        "Anh cho biết sẽ quay lại vào năm sau.",
        "Cửa hàng bán mỹ phẩm và Mỹ phẩm nhập khẩu.",
    ],
)
def test_short_country_names_inside_common_words_are_not_places(text: str) -> None:
    assert _values(text) == []


def test_a_language_is_not_a_country() -> None:
    assert _values("Học sinh được học tiếng Anh và tiếng Nhật từ lớp 3.") == []


def test_the_pound_is_not_england() -> None:
    assert _values("Hợp đồng trị giá 90 triệu bảng Anh.") == []


def test_a_river_named_after_a_province_is_not_the_province() -> None:
    assert _values("Cầu bắc qua sông Đồng Nai sắp thông xe.") == []


def test_an_ocean_hides_the_provinces_in_its_name() -> None:
    assert _values("Bão hình thành trên Thái Bình Dương.") == []


def test_ba_xa_is_a_wife_not_a_commune() -> None:
    assert _values("Bà xã Trường Giang xuất hiện rạng rỡ.") == []


def test_a_person_after_a_province_unit_word_is_not_a_province() -> None:
    assert _values("Phó Chủ tịch UBND tỉnh Trương Công Hiển dự họp.") == []


def test_a_one_syllable_country_before_a_vietnamese_name_is_that_name() -> None:
    assert _values("Dừa Mỹ Tho và nước mắm Nga Sơn rất nổi tiếng.") == []


def test_lowercase_names_are_not_matched() -> None:
    assert _values("hòa bình và thịnh vượng cho mọi người") == []


def test_byline_blocks_are_skipped() -> None:
    text = "Đoàn công tác làm việc tại Lạng Sơn.\n\nHÀ GIANG"
    context = ExtractContext(
        published=dt.date(2021, 7, 16), blocks=(("paragraph", 0, 36), ("byline", 38, 46))
    )
    assert _values(text, context) == ["Lạng Sơn"]
