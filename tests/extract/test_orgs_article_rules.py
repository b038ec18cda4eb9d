"""Organisations completed from the article: departments, councils alone, bodies inside another,
short names in brackets, company boards, names in capitals, outlets, credits (sentences of our own)."""

from __future__ import annotations

import pytest

from bantin.extract.orgs import find_organizations


def _pairs(text: str, *, province: str | None = None) -> list[tuple[str, str]]:
    found = find_organizations(text, province=province)
    for org in found:
        assert text[org.start : org.end] == org.text
    return [(o.text, o.value) for o in found]


def test_a_bare_department_takes_the_province_name_as_the_press_writes_it() -> None:
    assert _pairs("Sở Y tế đã lấy mẫu xét nghiệm.", province="Hà Nam") == [("Sở Y tế", "Sở Y tế Hà Nam")]


def test_a_department_already_placed_is_not_completed_again() -> None:
    assert _pairs("Sở Tài nguyên môi trường Yên Bái kiểm tra.", province="Hà Nội") == [
        ("Sở Tài nguyên môi trường Yên Bái", "Sở Tài nguyên và Môi trường Yên Bái")
    ]


def test_a_department_named_in_full_in_the_article_gives_its_short_mentions_that_name() -> None:
    text = "Sở Y tế tỉnh Bạc Liêu cho biết. Sở Y tế đề nghị hỗ trợ."
    assert [v for _, v in _pairs(text, province="Hà Nội")] == ["Sở Y tế tỉnh Bạc Liêu"] * 2


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Bộ Giáo dục", "Bộ Giáo dục và Đào tạo"),
        ("Sở Lao động tỉnh Cà Mau", "Sở Lao động - Thương binh và Xã hội tỉnh Cà Mau"),
        ("Sở Văn hóa - Thể thao và Du lịch tỉnh Thanh Hóa", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa"),
        ("Bộ Lao động, Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
        ("Sở TN-MT tỉnh Thanh Hóa", "Sở Tài nguyên và Môi trường tỉnh Thanh Hóa"),
    ],
)
def test_the_field_of_a_ministry_or_department_is_spelled_officially(written: str, value: str) -> None:
    assert _pairs(f"Theo {written} cho biết.") == [(written, value)]


def test_a_foreign_ministry_keeps_its_short_field() -> None:
    assert _pairs("Bộ Giáo dục Singapore cho biết.") == [("Bộ Giáo dục Singapore", "Bộ Giáo dục Singapore")]


def test_a_level_body_named_by_its_province_takes_the_unit_word() -> None:
    assert _pairs("Công an Yên Bái chưa nhận được công văn.") == [("Công an Yên Bái", "Công an tỉnh Yên Bái")]
    assert _pairs("Công an Hà Nội vào cuộc.") == [("Công an Hà Nội", "Công an thành phố Hà Nội")]


def test_a_council_alone_is_the_province_council_when_the_province_is_known() -> None:
    text = "Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố tổ chức lễ."
    values = [v for _, v in _pairs(text, province="Hà Nội")]
    assert "Hội đồng nhân dân thành phố Hà Nội" in values
    assert "Ủy ban nhân dân thành phố Hà Nội" in values
    assert _pairs("UBND đã họp.") == []


def test_every_council_is_no_council_in_particular() -> None:
    assert _pairs("HĐND và UBND các cấp rà soát; UBND các huyện báo cáo.", province="Hà Nội") == []


def test_a_district_body_named_by_its_unit_belongs_to_the_one_district_named() -> None:
    text = "UBND huyện Nga Sơn cho biết. Huyện ủy đã họp. UBND huyện chỉ đạo."
    assert [v for _, v in _pairs(text)] == [
        "Ủy ban nhân dân huyện Nga Sơn",
        "Huyện ủy Nga Sơn",
        "Ủy ban nhân dân huyện Nga Sơn",
    ]


def test_a_district_body_with_no_district_named_is_no_mention() -> None:
    assert _pairs("Công an xã đã lập biên bản.") == []


def test_a_body_inside_another_takes_its_parent_named_in_the_article() -> None:
    text = (
        "Đoàn Chủ tịch UBTƯ MTTQ Việt Nam họp. Đoàn Chủ tịch đã thống nhất. Ban Thường trực trình bày. "
        "Thanh tra Bộ và Đảng ủy Bộ Lao động, Thương binh và Xã hội kiểm tra."
    )
    values = [v for _, v in _pairs(text)]
    assert values.count("Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") == 2
    assert "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in values
    assert "Thanh tra Bộ Lao động - Thương binh và Xã hội" in values


def test_the_front_alone() -> None:
    assert _pairs("MTTQ cho biết.") == [("MTTQ", "Mặt trận Tổ quốc Việt Nam")]
    text = "Ủy ban Mặt trận Tổ quốc tỉnh họp. Mặt trận đã phối hợp. Công tác Mặt trận được đổi mới."
    assert [t for t, _ in _pairs(text)] == ["Ủy ban Mặt trận Tổ quốc tỉnh", "Mặt trận"]


def test_a_short_name_in_brackets_stands_for_the_full_name() -> None:
    text = (
        "Ngân hàng TMCP Việt Nam Thương Tín (VietBank) thông báo. HĐQT VietBank bầu Chủ tịch mới. "
        "Vietbank cho biết."
    )
    found = _pairs(text)
    assert [t for t, _ in found] == ["Ngân hàng TMCP Việt Nam Thương Tín", "VietBank", "Vietbank"]
    assert {v for _, v in found} == {"Ngân hàng Thương mại cổ phần Việt Nam Thương Tín"}


def test_a_complete_name_before_brackets_gives_them_no_meaning() -> None:
    text = "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) công nhận. UNESCO cho biết."
    assert ("UNESCO", "UNESCO") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("QUỐC HỘI\nLuật số 59/2020/QH14", "QUỐC HỘI", "Quốc hội"),
        (
            "QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ Hiến pháp",
            "QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Quốc hội",
        ),
        (
            "QUÂN ĐỘI NHÂN DÂN VIỆT NAM là lực lượng",
            "QUÂN ĐỘI NHÂN DÂN VIỆT NAM",
            "Quân đội nhân dân Việt Nam",
        ),
    ],
)
def test_names_written_in_capitals(text: str, written: str, value: str) -> None:
    assert _pairs(text)[0] == (written, value)


def test_news_outlets_are_organisations_except_where_they_credit_a_story() -> None:
    text = "Trao đổi với PV Pháp luật Plus, ông A cho biết như Dân trí đã phản ánh. (Theo Dân trí)"
    assert _pairs(text) == [("Pháp luật Plus", "Pháp luật Plus"), ("Dân trí", "Dân trí")]


def test_the_agency_of_a_photo_is_a_credit() -> None:
    assert _pairs("Nhà máy gây ô nhiễm. Ảnh: Hương Thu/TTXVN Quyết định xử phạt đã ban hành.") == []


def test_lowercase_heads_before_a_name() -> None:
    text = (
        "Ông A, Chánh văn phòng UBND tỉnh Yên Bái, cho biết thanh tra Bộ Công an đã vào cuộc; "
        "sinh viên trường ĐH Tôn Đức Thắng và phóng viên báo Dân trí có mặt tại huyện ủy Quốc Oai."
    )
    assert [v for _, v in _pairs(text)] == [
        "Văn phòng Ủy ban nhân dân tỉnh Yên Bái",
        "Thanh tra Bộ Công an",
        "Trường Đại học Tôn Đức Thắng",
        "Báo Dân trí",
        "Huyện ủy Quốc Oai",
    ]


def test_a_lowercase_head_that_ends_another_word_opens_nothing() -> None:
    assert _pairs("Người dân tập trung tại trụ sở UBND xã Thanh Mỹ.") == [
        ("UBND xã Thanh Mỹ", "Ủy ban nhân dân xã Thanh Mỹ")
    ]


def test_a_place_named_like_a_state_keeps_a_body_vietnamese() -> None:
    found = find_organizations("UBND xã Thanh Mỹ và Khu công nghiệp Nghĩa Mỹ, Bộ Ngoại giao Nga.")
    assert [o.org_kind for o in found] == ["state", "company", "foreign"]


def test_a_school_named_after_a_person_with_a_state_syllable() -> None:
    assert _pairs("Lãnh đạo ĐH Tôn Đức Thắng cho biết.") == [("ĐH Tôn Đức Thắng", "Đại học Tôn Đức Thắng")]


def test_a_company_board_names_the_company() -> None:
    assert _pairs("HĐQT Công ty đầu tư dầu khí Toàn Cầu đã họp.") == [
        ("Công ty đầu tư dầu khí Toàn Cầu", "Công ty đầu tư dầu khí Toàn Cầu")
    ]


def test_a_sentence_opener_after_a_place_ends_the_name() -> None:
    assert _pairs("Ảnh: UBND TP Đà Nẵng Theo ông A thì") == [
        ("UBND TP Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng")
    ]
    assert _pairs("Bí thư Thành ủy TPHCM Trần Lưu Quang nói.") == [
        ("Thành ủy TPHCM", "Thành ủy thành phố Hồ Chí Minh")
    ]


def test_a_name_word_with_a_verb_syllable_goes_on() -> None:
    assert _pairs("Chi nhánh Văn phòng Đăng ký quyền sử dụng đất huyện Gia Lâm thông báo.") == [
        (
            "Chi nhánh Văn phòng Đăng ký quyền sử dụng đất huyện Gia Lâm",
            "Chi nhánh Văn phòng Đăng ký quyền sử dụng đất huyện Gia Lâm",
        )
    ]


def test_parties_in_the_plural_are_not_the_party() -> None:
    assert _pairs("Quan hệ hai Đảng, hai nước phát triển.") == []
