"""Organisations on sentences of our own: one naming pattern or rule per test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.extract.context import ExtractContext
from bantin.extract.orgs import OrgMention, find_organizations


def _orgs(
    text: str, *, province: str | None = None, context: ExtractContext | None = None
) -> list[OrgMention]:
    found = find_organizations(text, context, province=province)
    for org in found:
        assert text[org.start : org.end] == org.text
    return found


def _pairs(text: str, *, province: str | None = None) -> list[tuple[str, str]]:
    return [(o.text, o.value) for o in _orgs(text, province=province)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Y tế tỉnh Bình Định phối hợp kiểm tra.", ("Sở Y tế tỉnh Bình Định", "state", "Bình Định")),
        ("Bộ Kế hoạch và Đầu tư đề xuất cơ chế mới.", ("Bộ Kế hoạch và Đầu tư", "state", None)),
        ("Ban Tổ chức Trung ương hướng dẫn.", ("Ban Tổ chức Trung ương", "party", None)),
        ("Theo Tỉnh ủy Hà Tĩnh, kế hoạch đã xong.", ("Tỉnh ủy Hà Tĩnh", "party", None)),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau vận động.",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau", "mass", "Cà Mau"),
        ),
        ("Công ty cổ phần Thép Hòa Phát công bố lãi.", ("Công ty cổ phần Thép Hòa Phát", "company", None)),
        ("Tập đoàn Điện lực Việt Nam cho biết.", ("Tập đoàn Điện lực Việt Nam", "company", None)),
        (
            "Bệnh viện Đa khoa tỉnh Phú Thọ tiếp nhận ca bệnh.",
            ("Bệnh viện Đa khoa tỉnh Phú Thọ", "hospital", "Phú Thọ"),
        ),
        ("Trường THCS Nguyễn Du khai giảng.", ("Trường THCS Nguyễn Du", "school", None)),
        (
            "Trung tâm Kiểm soát bệnh tật tỉnh Nam Định cảnh báo.",
            ("Trung tâm Kiểm soát bệnh tật tỉnh Nam Định", "hospital", "Nam Định"),
        ),
        ("Bộ Ngoại giao Nhật Bản ra thông cáo.", ("Bộ Ngoại giao Nhật Bản", "foreign", None)),
        ("Quốc hội thông qua luật.", ("Quốc hội", "state", None)),
        ("Hội Nông dân xã Tân Lập tổ chức tập huấn.", ("Hội Nông dân xã Tân Lập", "mass", "Tân Lập")),
    ],
)
def test_naming_patterns(text: str, expected: tuple[str, str, str | None]) -> None:
    found = _orgs(text)
    assert [(o.text, o.org_kind, o.place) for o in found] == [expected]


def test_abbreviations_are_written_out_in_the_value() -> None:
    assert _pairs("UBND TP Hà Nội và HĐND huyện Gia Lâm họp.") == [
        ("UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
        ("HĐND huyện Gia Lâm", "Hội đồng nhân dân huyện Gia Lâm"),
    ]
    assert _pairs("Sở GD&ĐT Hà Nội cho biết.") == [("Sở GD&ĐT Hà Nội", "Sở Giáo dục và Đào tạo Hà Nội")]
    assert _pairs("Ban Tuyên giáo TW chỉ đạo.") == [("Ban Tuyên giáo TW", "Ban Tuyên giáo Trung ương")]


def test_the_head_is_given_expanded() -> None:
    (org,) = _orgs("UBND xã Tân Hòa báo cáo.")
    assert org.head == "Ủy ban nhân dân"


def test_a_bare_unit_word_takes_the_article_province() -> None:
    assert _pairs("Chủ tịch UBND tỉnh yêu cầu Sở Tài chính tỉnh rà soát.", province="tỉnh Lạng Sơn") == [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Sở Tài chính tỉnh", "Sở Tài chính tỉnh Lạng Sơn"),
    ]


def test_a_city_province_completes_thanh_pho_not_tinh() -> None:
    assert _pairs("HĐND thành phố và UBND tỉnh họp.", province="Cần Thơ") == [
        ("HĐND thành phố", "Hội đồng nhân dân thành phố Cần Thơ"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ]


def test_the_province_may_come_from_the_article_itself() -> None:
    values = [v for _, v in _pairs("HĐND tỉnh Nghệ An khai mạc kỳ họp. Chủ tịch UBND tỉnh báo cáo.")]
    assert values == ["Hội đồng nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"]


def test_two_provinces_in_the_article_leave_a_bare_unit_alone() -> None:
    values = [v for _, v in _pairs("UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh ký kết. UBND tỉnh sẽ báo cáo.")]
    assert values[-1] == "Ủy ban nhân dân tỉnh"


def test_a_shorter_mention_takes_the_full_name_the_article_gives() -> None:
    values = [v for _, v in _pairs("Sở Y tế tỉnh Bình Dương ra quân. Phó Giám đốc Sở Y tế cho biết.")]
    assert values == ["Sở Y tế tỉnh Bình Dương", "Sở Y tế tỉnh Bình Dương"]


def test_a_generic_body_alone_is_kept_only_when_the_article_names_it_in_full() -> None:
    found = _pairs("Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Bình họp. Ban Chỉ đạo yêu cầu sơ tán dân.")
    assert [v for _, v in found] == ["Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Bình"] * 2
    assert _pairs("Ban Tổ chức cho biết giải đấu sẽ hoãn.") == []


def test_the_party_alone_and_by_name() -> None:
    assert _pairs("Đảng và Nhà nước luôn quan tâm. Đảng viên phải gương mẫu.") == [
        ("Đảng", "Đảng Cộng sản Việt Nam")
    ]
    assert _pairs("Đảng Dân chủ Mỹ phản đối.") == [("Đảng Dân chủ Mỹ", "Đảng Dân chủ Mỹ")]


@pytest.mark.parametrize(
    "text",
    [
        "Ban tuyên giáo các cấp tham mưu cho cấp ủy.",
        "Các sở, ngành phối hợp chặt chẽ.",
        "Bộ trưởng yêu cầu khẩn trương.",
        "Trường hợp này phải xử lý.",
        "Hội nghị diễn ra trong hai ngày.",
        "Đoàn công tác đến Tây Ban Nha và Hội An.",
        "Sở sẽ tiếp tục hỗ trợ doanh nghiệp.",
        "Tại hội trường Tỉnh ủy diễn ra lễ trao giải.",
        "UBND các cấp phải báo cáo.",
    ],
)
def test_generic_nouns_and_look_alikes_are_not_organisations(text: str) -> None:
    found = _orgs(text)
    assert all(o.text in ("Tỉnh ủy",) for o in found), found


def test_the_name_stops_at_the_verb_of_its_clause() -> None:
    assert [t for t, _ in _pairs("Bộ Xây dựng thẩm định dự án của Công ty TNHH Minh Long vừa nộp.")] == [
        "Bộ Xây dựng",
        "Công ty TNHH Minh Long",
    ]


def test_the_name_goes_on_through_its_lowercase_words() -> None:
    assert [t for t, _ in _pairs("Ban Quản lý dự án đầu tư xây dựng huyện Tam Đảo mời thầu.")] == [
        "Ban Quản lý dự án đầu tư xây dựng huyện Tam Đảo"
    ]
    assert [t for t, _ in _pairs("Phòng Cảnh sát giao thông Công an tỉnh Lào Cai ra quân.")] == [
        "Phòng Cảnh sát giao thông Công an tỉnh Lào Cai"
    ]


def test_a_name_with_commas_from_the_list_of_fields() -> None:
    assert _pairs("Sở Văn hóa, Thể thao và Du lịch tổ chức giải chạy.") == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch")
    ]


def test_the_holder_after_a_title_is_not_part_of_the_organisation() -> None:
    assert [t for t, _ in _pairs("Giám đốc Bệnh viện Chợ Rẫy Nguyễn Tri Thức cho biết.")] == [
        "Bệnh viện Chợ Rẫy"
    ]
    assert [t for t, _ in _pairs("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng dự.")] == ["Thành ủy Hà Nội"]


def test_a_lowercase_head_needs_a_proper_name() -> None:
    assert [t for t, _ in _pairs("Hàng hóa của công ty TNHH An Phát đã về kho.")] == ["công ty TNHH An Phát"]
    assert _pairs("Nhiều công ty đã đăng ký tham gia.") == []


def test_an_authority_issuing_a_decision() -> None:
    assert _pairs("Quyết định 263/QĐ-TTg của Thủ tướng Chính phủ phê duyệt chương trình.") == [
        ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ")
    ]


def test_the_outlet_in_a_lead_tag_is_a_credit() -> None:
    assert _pairs("(Báo Quảng Ninh) - Sáng 5/3, UBND tỉnh Quảng Ninh họp.") == [
        ("UBND tỉnh Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh")
    ]


def test_old_and_new_tone_placement_give_one_value() -> None:
    values = {
        v for _, v in _pairs("Ban Dân vận Tỉnh uỷ và Ban Dân vận Tỉnh ủy phối hợp.", province="Yên Bái")
    }
    assert values == {"Ban Dân vận Tỉnh ủy Yên Bái"}


def test_byline_and_credits_are_skipped_with_the_layout_context() -> None:
    text = "UBND tỉnh Hà Giang họp.\n\nẢnh: Báo Hà Giang"
    context = ExtractContext(blocks=(("paragraph", 0, 23), ("photo_credit", 25, 42)))
    assert [o.text for o in _orgs(text, context=context)] == ["UBND tỉnh Hà Giang"]


@pytest.mark.parametrize("text", ["", "UBND", "Sở", "Bộ Y", "Công ty TNHH", "Ban Chỉ đạo", "UBND tỉnh."])
def test_edge_texts_do_not_fail(text: str) -> None:
    for org in find_organizations(text):
        assert text[org.start : org.end] == org.text


@given(
    st.lists(
        st.sampled_from(
            [
                "UBND",
                "tỉnh",
                "Lạng",
                "Sơn",
                "Sở",
                "Y",
                "tế",
                "và",
                "Ban",
                "Tuyên",
                "giáo",
                "Tỉnh",
                "uỷ",
                "Đảng",
                "Công",
                "ty",
                "TNHH",
                "-",
                ",",
                "TP.HCM",
                "Trường",
                "THPT",
                "Nguyễn",
                "Du",
                "Trung",
                "ương",
                ".",
            ]
        ),
        max_size=30,
    ),
    st.sampled_from([None, "Lạng Sơn", "Cần Thơ"]),
)
@settings(max_examples=300, deadline=None)
def test_shuffled_news_words_give_spans_that_point_at_their_words(
    words: list[str], province: str | None
) -> None:
    text = " ".join(words)
    for org in find_organizations(text, province=province):
        assert 0 <= org.start < org.end <= len(text)
        assert text[org.start : org.end] == org.text
        assert org.value[:1].isupper()
