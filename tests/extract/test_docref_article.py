"""What the article as a whole tells about the documents it cites (our own sentences, fictional content).

Coreference, the issuer's place, the issue year from the sentence, the term of a famous
Party document, the statute's title, short mentions with a year, laws by name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.docref import DocumentReference, find_document_references, to_facts
from bantin.text import normalize_text


def _refs(text: str, published: dt.date | None = None) -> list[DocumentReference]:
    context = ExtractContext(published=published) if published else None
    return find_document_references(normalize_text(text), context)


def _ids(text: str, published: dt.date | None = None) -> list[str]:
    return [ref.canonical_id for ref in _refs(text, published)]


# Coreference (SPEC #51) -----------------------------------------------------------------------


def test_mentions_of_one_document_share_the_most_complete_id() -> None:
    text = (
        "UBND tỉnh Kon Tum vừa ban hành Quyết định số 512/QĐ-UBND ngày 3/8/2022 về lễ hội hoa. "
        "Theo Quyết định số 512/QĐ-UBND, lễ hội kéo dài ba ngày.\n"
        "Ban tổ chức đang phổ biến Quyết định 512/QĐ-UBND (bản đầy đủ) tới các huyện."
    )
    assert _ids(text) == ["state:QD:512:UBND~KON-TUM@2022"] * 3


def test_two_years_of_one_number_leave_the_undated_mention_alone() -> None:
    text = (
        "Chỉ thị số 04/CT-BYT ngày 2/3/2019 và Chỉ thị số 04/CT-BYT ngày 9/9/2020 khác nhau. "
        "Chỉ thị số 04/CT-BYT được nhắc lại."
    )
    assert _ids(text) == ["state:CT:04:BYT@2019", "state:CT:04:BYT@2020", "state:CT:04:BYT"]


# The issuer's place ---------------------------------------------------------------------------


def test_the_place_of_the_body_that_issues_it_in_the_same_sentence() -> None:
    text = "UBND TP Cần Thơ đã ban hành Kế hoạch số 77/KH-UBND về lễ hội đua ghe."
    assert _ids(text) == ["state:KH:77:UBND~CAN-THO"]


def test_the_place_of_the_signing_body_written_after_the_document() -> None:
    text = "Quyết định số 88/QĐ-UBND do Chủ tịch UBND tỉnh Lâm Đồng ký có hiệu lực ngay."
    assert _ids(text) == ["state:QD:88:UBND~LAM-DONG"]


def test_a_person_after_the_place_is_not_part_of_it() -> None:
    text = "Chủ tịch UBND thành phố Hà Nội Trần Văn Bình vừa ký Quyết định số 1901/QĐ-UBND về giá vé."
    assert _ids(text) == ["state:QD:1901:UBND~HA-NOI"]


def test_a_body_of_another_level_gives_no_place() -> None:
    # "của UBND tỉnh" is a province's committee: "UBND xã Tân Lập" in the sentence is not it.
    text = "UBND xã Tân Lập thực hiện Công văn số 45/UBND-VX của UBND tỉnh theo đúng hạn."
    assert _ids(text) == ["state:CV:45:UBND-VX"]


def test_a_province_body_without_its_place_takes_the_article_province() -> None:
    text = (
        "Tỉnh Quảng Trị đẩy mạnh du lịch biển\n"
        "Năm nay tỉnh Quảng Trị đón thêm nhiều đoàn khách. Các khu du lịch ở tỉnh Quảng Trị phải thực hiện "
        "Công văn số 730/UBND-KT ngày 2/4/2022 của UBND tỉnh về an toàn bãi tắm."
    )
    assert _ids(text) == ["state:CV:730:UBND-KT~QUANG-TRI@2022"]


def test_a_symbol_is_no_body_with_a_place() -> None:
    # The "UBND" inside "45/UBND-VX" names no place ("VX" is a drafting unit).
    assert _ids("Thực hiện Công văn 45/UBND-VX ngày 3/3/2022 của UBND tỉnh.") == ["state:CV:45:UBND-VX@2022"]


# The issue year from the sentence -------------------------------------------------------------


def test_a_day_after_the_document_takes_the_year_of_the_article() -> None:
    text = "UBND tỉnh Bắc Kạn vừa có quyết định số 301/QĐ-UBND ngày 12/4 về phòng dịch."
    assert _ids(text, dt.date(2022, 4, 20)) == ["state:QD:301:UBND~BAC-KAN@2022"]
    # a day later in the year than the article's date: last year's
    assert _ids(text, dt.date(2022, 1, 20)) == ["state:QD:301:UBND~BAC-KAN@2021"]


def test_the_date_opening_the_sentence_that_issues_the_document() -> None:
    text = "Ngày 14/2/2019, Bộ Y tế đã ban hành văn bản số 812/BYT-KCB về trực Tết."
    assert _ids(text) == ["state:CV:812:BYT-KCB@2019"]
    text = "Ngày 8/3, Bộ Tài chính có công văn khẩn số 2231/BTC-NSNN gửi các địa phương."
    assert _ids(text, dt.date(2023, 3, 9)) == ["state:CV:2231:BTC-NSNN@2023"]


def test_a_date_in_a_sentence_that_does_not_issue_the_document_is_not_its_date() -> None:
    text = "Ngày 14/2/2019, ông Minh nhắc tới văn bản số 812/BYT-KCB trong buổi họp."
    assert _ids(text) == ["state:CV:812:BYT-KCB"]


# The term of famous Party documents -----------------------------------------------------------


def test_a_short_mention_with_its_body_takes_the_term_of_the_article_date() -> None:
    text = "Đơn vị quán triệt Chỉ thị số 05 của Bộ Chính trị tới từng chi bộ."
    assert _ids(text, dt.date(2018, 9, 1)) == ["party:CT:05:TW@XII"]
    # the same words in a text without a date say no term: the number stays partial
    assert _ids(text) == ["partial:CT:05"]


def test_the_year_of_the_article_s_own_dates_stands_for_its_date() -> None:
    text = "Sơ kết 6 tháng đầu năm 2019, đơn vị quán triệt Chỉ thị số 05 của Bộ Chính trị."
    assert _ids(text)[-1] == "party:CT:05:TW@XII"


def test_the_title_of_a_famous_document_gives_its_term() -> None:
    text = "Học tập theo Chỉ thị 05-CT/TW về làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    (ref,) = _refs(text)
    assert ref.canonical_id == "party:CT:05:TW@XII"
    assert "phong cách hồ chí minh" in ref.evidence


def test_another_body_s_document_of_the_same_number_is_another_term() -> None:
    text = "Thực hiện Chỉ thị 05-CT/TW của Ban Bí thư về công tác giảm nghèo bền vững ở vùng cao."
    assert _ids(text, dt.date(2022, 5, 1)) == ["party:CT:05:TW@XIII"]


def test_an_unknown_number_gets_no_term_from_the_body_alone() -> None:
    assert _ids("Thực hiện Chỉ thị 91-CT/TW của Bộ Chính trị", dt.date(2022, 5, 1)) == ["party:CT:91:TW"]


# The statute's title --------------------------------------------------------------------------


def test_the_title_line_of_a_statute_types_its_number() -> None:
    text = (
        "QUỐC HỘI\n\nSố: 61/2019/QH14\n\nHà Nội, ngày 1 tháng 7 năm 2019\n\nBỘ LUẬT\n\nHÀNG HẢI VIỆT NAM\n\n"
        "Quốc hội ban hành Bộ luật Hàng hải Việt Nam.\n\nĐiều 1. Bộ luật này quy định về hàng hải."
    )
    refs = _refs(text)
    assert [r.canonical_id for r in refs] == ["state:BOLUAT:61/2019:QH14"] * 3
    assert refs[1].text == "Bộ luật Hàng hải Việt Nam"


def test_a_capitalised_headline_does_not_retype_a_law() -> None:
    assert _ids("NGHỊ QUYẾT VỀ PHÁT TRIỂN VÙNG\n\nLuật số 45/2019/QH14 có hiệu lực.") == [
        "state:LUAT:45/2019:QH14"
    ]


def test_without_a_title_line_the_number_keeps_the_generic_type() -> None:
    assert _ids("Số: 61/2019/QH14\n\nHà Nội, ngày 1 tháng 7 năm 2019") == ["state:QHDOC:61/2019:QH14"]


# Short mentions with a year or an old issuer code ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo Nghị định 58/2012 về phí, mức thu tăng.", ["state:ND:58/2012:CP"]),
        ("Nghị định 58/2012 của Thủ tướng Chính phủ quy định", ["state:ND:58/2012:CP"]),
        ("Đất được giao theo Nghị định số 12/CP.", ["state:ND:12:CP"]),
        (
            "thực hiện Quyết định số 2105/2009 của UBND thành phố Hải Phòng, các sở",
            ["state:QD:2105:UBND~HAI-PHONG@2009"],
        ),
        ("Còn theo Thông tư liên tịch số 09/2016, mức chi tăng.", ["partial:TTLT:09"]),
        ("Chủ tịch tỉnh vừa ký Văn bản số 512 về việc nghỉ Tết.", ["partial:CV:512"]),
        ("Bộ hồ sơ có văn bản 120 trang.", []),
        ("tiền thuốc không đúng quy định 786 triệu đồng.", []),
    ],
)
def test_short_mentions_with_a_year_or_issuer(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


def test_a_later_bare_number_points_to_the_short_mention_with_its_year() -> None:
    text = "Nghị định số 73/2022 sửa đổi quy chế. Ban hành kèm theo Nghị định 73 là danh mục mới."
    assert _ids(text) == ["state:ND:73/2022:CP", "state:ND:73/2022:CP"]


def test_a_short_mention_points_back_to_a_joint_circular() -> None:
    text = "Thông tư liên tịch số 09/2016/TTLT-BTC-BNV quy định mức chi. Theo Thông tư liên tịch số 09/2016, mức chi tăng."
    assert _ids(text) == ["state:TTLT:09/2016:BTC+BNV"] * 2


def test_a_later_year_after_a_short_mention_dates_something_else() -> None:
    text = "Nghị quyết số 44/NQ-CP ngày 9/6/2015 cho thí điểm. Hội nghị tổng kết theo Nghị quyết 44 năm 2019 diễn ra."
    first, second = _refs(text)
    assert second.canonical_id == first.canonical_id == "state:NQ:44:CP@2015"
    assert second.text == "Nghị quyết 44"


# Laws by name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("theo quy định của Luật đất đai.", "Luật đất đai", "state:LUAT:dat-dai"),
        (
            "vướng luật Ngân sách Nhà nước (Điều 17)",
            "luật Ngân sách Nhà nước",
            "state:LUAT:ngan-sach-nha-nuoc",
        ),
        (
            "theo Luật Khám bệnh, chữa bệnh đánh giá lại",
            "Luật Khám bệnh, chữa bệnh",
            "state:LUAT:kham-benh-chua-benh",
        ),
        (
            "theo Luật hoạt động giám sát của Quốc hội và HĐND và nghị quyết",
            "Luật hoạt động giám sát của Quốc hội và HĐND",
            "state:LUAT:hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan",
        ),
        ("Khoản 2 Điều 19 Luật GDĐH quy định", "Luật GDĐH", "state:LUAT:giao-duc-dai-hoc"),
        ("hưởng theo Pháp lệnh Công an xã cho đến nay", "Pháp lệnh Công an xã", "state:PL:cong-an-xa"),
        ("theo luật Viên chức năm 2010.", "luật Viên chức năm 2010", "state:LUAT:vien-chuc@2010"),
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học có hiệu lực",
            "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học",
            "state:LUAT:sua-doi-bo-sung-mot-so-dieu-cua-luat-giao-duc-dai-hoc",
        ),
        (
            "Quốc hội thông qua Luật Đầu tư công (sửa đổi).",
            "Luật Đầu tư công (sửa đổi)",
            "state:LUAT:dau-tu-cong-sua-doi",
        ),
    ],
)
def test_a_law_by_its_name(text: str, mention: str, canonical: str) -> None:
    assert [(r.text, r.canonical_id) for r in _refs(text)] == [(mention, canonical)]


@pytest.mark.parametrize(
    "text",
    [
        "Mọi người phải tuân thủ pháp luật Đất đai.",
        "Quốc hội thảo luận dự thảo Luật Đất đai (sửa đổi).",
        "Quốc hội cho ý kiến về dự án Luật Thủ đô.",
        "vi phạm kỷ luật Đảng",
        "luật đất đai còn nhiều bất cập",
        "Luật Việt Nam không cho phép",
    ],
)
def test_not_a_law_by_its_name(text: str) -> None:
    assert _ids(text) == []


def test_a_law_named_before_its_number_in_brackets_takes_the_number() -> None:
    text = (
        "theo Luật sửa đổi, bổ sung một số điều của Luật Thủy sản (Luật số 18) và Nghị định mới. "
        "Luật số 18/2019/QH14 có hiệu lực từ năm sau."
    )
    assert _ids(text) == ["state:LUAT:18/2019:QH14"] * 3


def test_an_amending_law_by_the_name_of_a_numbered_law() -> None:
    text = (
        "Quốc hội thông qua Luật sửa đổi thủy sản số 18/2019/QH14. Luật Thủy sản sửa đổi được kỳ vọng nhiều. "
        "Các cơ quan thực hiện theo Luật sửa đổi số 18."
    )
    assert _ids(text) == ["state:LUAT:18/2019:QH14"] * 3


def test_the_base_law_is_not_its_amending_law() -> None:
    text = "Luật Thủy sản số 18/2019/QH14 sửa đổi một số điều của Luật Thủy sản."
    assert _ids(text) == ["state:LUAT:18/2019:QH14", "state:LUAT:thuy-san"]


# Facts ----------------------------------------------------------------------------------------


def test_a_back_reference_by_demonstrative_is_no_fact() -> None:
    refs = _refs("Nghị định 15/2020/NĐ-CP quy định mức phạt. Nghị định này có hiệu lực từ tháng 4.")
    assert [r.text for r in refs] == ["Nghị định 15/2020/NĐ-CP", "Nghị định này"]
    assert refs[1].is_anaphor
    assert [f.text for f in to_facts(refs)] == ["Nghị định 15/2020/NĐ-CP"]
