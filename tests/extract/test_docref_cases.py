"""Our own sentences (written for these tests), so the extractor is tested without ../shared."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.docref import DocumentReference, find_document_references
from bantin.text import normalize_text


def _refs(text: str, context: ExtractContext | None = None) -> list[DocumentReference]:
    return find_document_references(normalize_text(text), context)


def _ids(text: str, context: ExtractContext | None = None) -> list[str]:
    return [ref.canonical_id for ref in _refs(text, context)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo Thông tư số 22/2021/TT-BGDĐT của Bộ Giáo dục và Đào tạo, học sinh",
            ["state:TT:22/2021:BGDDT"],
        ),
        (
            "Tỉnh ban hành Kế hoạch 45/KH-UBND ngày 2/3/2022 của UBND tỉnh Quảng Ninh.",
            ["state:KH:45:UBND~QUANG-NINH@2022"],
        ),
        ("cần thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị", ["party:KL:14:TW@XIII"]),
        ("Nghị quyết số 09-NQ/TU ngày 5/8/2021 của Tỉnh ủy Bắc Giang", ["party:NQ:09:TU~BAC-GIANG@2021"]),
        ("Nghị quyết số 12-NQ/TW của Ban Chấp hành Trung ương Đảng khoá XI", ["party:NQ:12:TW@XI"]),
        ("Chỉ thị 08\u2011CT/TW về công tác dân vận", ["party:CT:08:TW"]),
        ("Quyết định 99\uff0fQĐ-TTg về đề án", ["state:QD:99:TTG"]),
        ("Hướng dẫn số 12-HD/TWĐTN của Trung ương Đoàn", ["mass_org:HD:12:TWDTN"]),
        ("Nghị quyết số 39-NQ/TƯ", ["party:NQ:39:TW"]),
        ("Nghị quyết Trung ương 3 khóa XIII", ["party:NQTW:03@XIII"]),
        ("quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng", ["party:NQDH:XII"]),
        ("Luật Đất đai số 31/2024/QH15 có hiệu lực", ["state:LUAT:31/2024:QH15"]),
        ("Bộ luật số 45/2019/QH14", ["state:BOLUAT:45/2019:QH14"]),
        ("Pháp lệnh số 02/2022/UBTVQH15", ["state:PL:02/2022:UBTVQH15"]),
        ("Số: 12/2021/QH15", ["state:QHDOC:12/2021:QH15"]),
        ("theo Hiến pháp 1992", ["state:HP:1992"]),
    ],
)
def test_our_sentences_give_their_ids(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hội đồng nhân dân sẽ quyết định 3 phương án trong kỳ họp tới.",
        "Anh quyết định 1 mình lên đường.",
        "Công ty hoàn thành kế hoạch 5 năm trước thời hạn.",
        "Doanh thu vượt kế hoạch 2023 của tập đoàn.",
        "Bệnh viện vừa lắp máy chụp CT 64 dãy.",
        "Nghị quyết Đại hội XVII Đảng bộ tỉnh đề ra mục tiêu.",
        "Luật này có hiệu lực từ ngày 1/1/2026.",
        "Xem thêm tại https://vanban.example.vn/15/2020/NĐ-CP.html nhé.",
        "Giá thép tăng lên 18.000 đồng/kg, cà phê 40 USD/bao.",
        "Mở rộng Quốc lộ 14/2, tỷ lệ 3/4 dân số.",
        "Trận đấu kết thúc với tỉ số 2-1, phút 90/90.",
        "Khóa XIII của trường khai giảng ngày 5/9/2021.",
    ],
)
def test_sentences_without_a_document_give_nothing(text: str) -> None:
    assert _ids(text) == []


def test_a_date_while_a_congress_sits_gives_both_terms() -> None:
    (ref,) = _refs("Nghị quyết 01-NQ/TW ngày 30/1/2021")
    assert ref.candidates == ("party:NQ:01:TW@XII", "party:NQ:01:TW@XIII")
    assert ref.canonical_id == "party:NQ:01:TW@XII | party:NQ:01:TW@XIII"
    assert ref.term is None


def test_the_article_date_never_sets_a_term_on_a_symbol() -> None:
    context = ExtractContext(published=dt.date(2023, 6, 1))
    assert _ids("thực hiện Chỉ thị 07-CT/TW của Bộ Chính trị", context) == ["party:CT:07:TW"]


def test_a_famous_short_form_resolves_with_the_article_date() -> None:
    context = ExtractContext(published=dt.date(2025, 4, 2))
    assert _ids("Ngành triển khai NQ 57 đến từng đơn vị.", context) == ["party:NQ:57:TW@XIII"]
    assert _ids("Ngành triển khai NQ 57 đến từng đơn vị.") == ["partial:NQ:57"]


def test_a_famous_short_form_resolves_with_a_topic_word() -> None:
    assert _ids("Nghị quyết 57 về khoa học, công nghệ") == ["party:NQ:57:TW@XIII"]


def test_an_ambiguous_short_form_stays_partial_with_candidates() -> None:
    (ref,) = _refs("Bộ máy được sắp xếp theo Nghị quyết 18.")
    assert ref.canonical_id == "partial:NQ:18"
    assert ref.candidates == ("party:NQ:18:TW@XII", "party:NQ:18:TW@XIII")


def test_a_short_mention_points_back_to_the_full_one() -> None:
    text = "Quyết định số 1500/QĐ-TTg ngày 3/4/2023 được ban hành. Theo Quyết định 1500, các bộ"
    first, second = _refs(text)
    assert second.canonical_id == first.canonical_id == "state:QD:1500:TTG@2023"
    assert second.method == "coreference"
    assert second.text == "Quyết định 1500"


def test_a_short_mention_in_a_headline_points_forward_to_the_full_one() -> None:
    text = "Triển khai Chỉ thị 21\nBộ Chính trị ban hành Chỉ thị số 21-CT/TW ngày 3/5/2023."
    first, second = _refs(text)
    assert first.canonical_id == second.canonical_id == "party:CT:21:TW@XIII"


def test_a_short_mention_with_another_year_does_not_point_back() -> None:
    text = "Nghị quyết số 30/NQ-CP ngày 4/3/2021 ... còn Nghị quyết 30 năm 2019 thì khác"
    assert _ids(text) == ["state:NQ:30:CP@2021", "partial:NQ:30"]


def test_a_demonstrative_points_back_to_the_last_document_of_its_type() -> None:
    text = "Nghị định 15/2020/NĐ-CP và Thông tư 01/2021/TT-BTTTT. Nghị định này quy định mức phạt."
    refs = _refs(text)
    assert [r.canonical_id for r in refs] == [
        "state:ND:15/2020:CP",
        "state:TT:01/2021:BTTTT",
        "state:ND:15/2020:CP",
    ]
    assert refs[-1].text == "Nghị định này"


def test_a_demonstrative_never_points_to_a_legal_basis() -> None:
    text = "Căn cứ Nghị định số 30/2020/NĐ-CP;\nNghị định này quy định về công tác văn thư."
    assert [r.text for r in _refs(text)] == ["Nghị định số 30/2020/NĐ-CP"]


def test_the_span_runs_from_the_type_word_through_date_issuer_and_term() -> None:
    text = "Ông nhắc lại Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII về học tập."
    (ref,) = _refs(text)
    assert ref.text == "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII"
    assert text[ref.start : ref.end] == ref.text


def test_the_span_leaves_out_the_article_pointer_and_keeps_it_apart() -> None:
    (ref,) = _refs("theo điểm a khoản 1 Điều 3 Nghị định 100/2019/NĐ-CP")
    assert ref.text == "Nghị định 100/2019/NĐ-CP"
    assert ref.pinpoint == "điểm a khoản 1 Điều 3"


def test_a_tail_stops_where_the_next_mention_begins() -> None:
    text = "Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị"
    first, second = _refs(text)
    assert first.text == "Kết luận số 01-KL/TW" and first.issuer is None
    assert second.text == "Chỉ thị 05-CT/TW của Bộ Chính trị" and second.issuer == "Bộ Chính trị"


def test_each_number_of_a_shared_suffix_list_has_its_own_span() -> None:
    text = "Chỉ thị 11, 26-CT/TU ngày 3/4/2020 của Tỉnh ủy Bà Rịa - Vũng Tàu"
    first, second = _refs(text)
    assert (first.text, second.text) == ("Chỉ thị 11", "26-CT/TU ngày 3/4/2020 của Tỉnh ủy Bà Rịa - Vũng Tàu")
    assert first.canonical_id == "party:CT:11:TU~BA-RIA-VUNG-TAU@2020"
    assert second.canonical_id == "party:CT:26:TU~BA-RIA-VUNG-TAU@2020"


def test_a_closing_issuer_applies_to_every_item_of_a_list() -> None:
    refs = _refs("Nghị quyết số 43-NQ/TW, Nghị quyết số 45-NQ/TW và Nghị quyết số 46-NQ/TW của Bộ Chính trị")
    assert [r.issuer for r in refs] == ["Bộ Chính trị"] * 3


def test_a_reference_carries_its_parts() -> None:
    (ref,) = _refs("Quyết định số 1234/QĐ-UBND ngày 12/5/2023 của Chủ tịch UBND tỉnh Nghệ An")
    assert (ref.kind, ref.method, ref.doc_type, ref.type_code, ref.type_name) == (
        "state",
        "symbol",
        "QD",
        "QĐ",
        "Quyết định",
    )
    assert (ref.number, ref.year, ref.issuer_code, ref.locality) == ("1234", None, "UBND", "Nghệ An")
    assert ref.issuer == "Chủ tịch UBND tỉnh Nghệ An"
    assert ref.date == dt.date(2023, 5, 12)
    assert ref.symbol == "1234/QĐ-UBND"
    assert ref.confidence == "A"
    assert "2023" in ref.evidence


def test_a_repaired_symbol_is_marked_and_lower_in_confidence() -> None:
    (ref,) = _refs("Nghị định 15/2020/ND-CP")
    assert ref.canonical_id == "state:ND:15/2020:CP"
    assert ref.symbol == "15/2020/NĐ-CP"
    assert ref.confidence == "C"


def test_a_party_symbol_in_state_punctuation_is_flagged() -> None:
    (ref,) = _refs("Quyết định số 12/QĐ-TW ngày 3/3/2019")
    assert ref.canonical_id == "party:QD:12:TW@XII!fmt"
    assert ref.flags == ("fmt",)


def test_old_and_new_tone_placement_give_the_same_locality() -> None:
    old = _ids("Chỉ thị số 02-CT/TU ngày 1/2/2022 của Tỉnh uỷ Thanh Hoá")
    new = _ids("Chỉ thị số 02-CT/TU ngày 1/2/2022 của Tỉnh ủy Thanh Hóa")
    assert old == new == ["party:CT:02:TU~THANH-HOA@2022"]


def test_a_constitution_without_year_needs_the_article_date() -> None:
    text = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"
    assert _ids(text) == ["partial:HP"]
    assert _ids(text, ExtractContext(published=dt.date(2019, 11, 20))) == ["state:HP:2013"]
    assert _ids(text, ExtractContext(published=dt.date(2005, 6, 14))) == ["state:HP:1992"]


def test_a_quoted_title_is_kept_apart_from_the_span() -> None:
    (ref,) = _refs('Luật số 44/2019/QH14 "Phòng, chống tác hại của rượu, bia" có hiệu lực')
    assert ref.text == "Luật số 44/2019/QH14"
    assert ref.title_hint == "Phòng, chống tác hại của rượu, bia"
