"""Layouts met in the wild, written here as short pages of our own."""

from __future__ import annotations

import pytest

from bantin.layout import layout_from_fields, parse_page

PORTAL = """Thứ Ba, 12/03/2024 08:15

Hội nghị bàn giải pháp giảm nghèo bền vững

(Báo Hà Giang) - Chiều 11/3, UBND huyện Đồng Văn tổ chức hội nghị bàn giải pháp giảm nghèo.

Đồng chí Lò Văn Páo phát biểu tại hội nghị. Ảnh: HOÀNG ANH

Huyện đặt mục tiêu giảm 4% hộ nghèo trong năm 2024.

Quang cảnh hội nghị

Ảnh: TRẦN LINH

Các xã cam kết hoàn thành chỉ tiêu trước tháng 11.

Bài và ảnh: PHẠM THU HÀ

Theo Báo Hà Giang
"""


def test_portal_page_blocks() -> None:
    layout = parse_page(PORTAL)
    assert layout.first("dateline") == "Thứ Ba, 12/03/2024 08:15"
    assert layout.dateline is not None and layout.dateline.time == "08:15"
    assert layout.first("title") == "Hội nghị bàn giải pháp giảm nghèo bền vững"
    assert layout.lead_tag == "(Báo Hà Giang) -"
    assert layout.first("lead", ).startswith("Chiều 11/3")
    assert layout.all("caption") == ["Đồng chí Lò Văn Páo phát biểu tại hội nghị", "Quang cảnh hội nghị"]
    assert layout.all("photo_credit") == ["Ảnh: HOÀNG ANH", "Ảnh: TRẦN LINH"]
    assert layout.first("byline") == "Bài và ảnh: PHẠM THU HÀ"
    assert layout.authors == ("Phạm Thu Hà",)
    assert layout.first("attribution") == "Theo Báo Hà Giang"
    assert len(layout.all("paragraph")) == 2


@pytest.mark.parametrize(
    ("lead_line", "tag", "lead"),
    [
        ("HÀ NỘI - Sáng 5/6, thành phố khai mạc kỳ họp.", "HÀ NỘI -", "Sáng 5/6, thành phố khai mạc kỳ họp."),
        ("(TTXVN) – Chiều 2/9, lễ mít tinh diễn ra.", "(TTXVN) –", "Chiều 2/9, lễ mít tinh diễn ra."),
        ("– Sáng 16/7, hội nghị khai mạc.", "–", "Sáng 16/7, hội nghị khai mạc."),
        ("Sáng 16/7, hội nghị khai mạc.", None, "Sáng 16/7, hội nghị khai mạc."),
        ("COVID-19 vẫn diễn biến phức tạp.", None, "COVID-19 vẫn diễn biến phức tạp."),
    ],
)
def test_lead_tags(lead_line: str, tag: str | None, lead: str) -> None:
    layout = parse_page(f"Tiêu đề bài viết\n\n{lead_line}\n\nThân bài có một câu.")
    assert layout.lead_tag == tag
    assert layout.first("lead") == lead


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("MAI CHI", ("Mai Chi",)),
        ("THU HƯƠNG - ĐỨC ANH", ("Thu Hương", "Đức Anh")),
        ("Nguyễn Văn An - Trần Minh", ("Nguyễn Văn An", "Trần Minh")),
        ("Hoàng Lan (tổng hợp)", ("Hoàng Lan",)),
        ("Nhóm PV", ()),
    ],
)
def test_bylines(byline: str, authors: tuple[str, ...]) -> None:
    layout = parse_page(f"Tiêu đề\n\nĐoạn mở đầu của bài.\n\nĐoạn thân bài.\n\n{byline}")
    assert layout.first("byline") == byline
    assert layout.authors == authors


def test_sentence_opening_with_theo_is_not_an_attribution() -> None:
    layout = parse_page("Tiêu đề\n\nĐoạn mở đầu.\n\nTheo đó, tỉnh sẽ hoàn thành trước tháng 9.")
    assert layout.first("attribution") is None
    assert layout.all("paragraph") == ["Theo đó, tỉnh sẽ hoàn thành trước tháng 9."]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    layout = parse_page("Tiêu đề\nĐoạn mở đầu.\nĐoạn hai.\nĐoạn ba.\nMAI CHI")
    assert layout.first("title") == "Tiêu đề"
    assert layout.all("paragraph") == ["Đoạn hai.", "Đoạn ba."]
    assert layout.first("byline") == "MAI CHI"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "Tiêu đề\n\n"
        "Đoạn mở đầu này dài và được ngắt dòng ở khoảng sáu mươi ký tự như\n"
        "những bản tin cũ gửi qua thư điện tử vẫn thường làm khi xưa.\n\n"
        "Đoạn thứ hai cũng dài và được ngắt dòng ở khoảng sáu mươi ký tự\n"
        "như thế, để kiểm tra rằng các dòng được nối lại thành đoạn văn\n"
        "trọn vẹn mà không mất chữ nào.\n"
    )
    layout = parse_page(wrapped)
    assert layout.first("lead") == (
        "Đoạn mở đầu này dài và được ngắt dòng ở khoảng sáu mươi ký tự như "
        "những bản tin cũ gửi qua thư điện tử vẫn thường làm khi xưa."
    )
    assert len(layout.all("paragraph")) == 1


def test_byline_glued_to_the_last_sentence_of_a_body_field() -> None:
    layout = layout_from_fields(
        title="Tiêu đề", lead="Đoạn mở đầu.", body=["Câu một. Câu cuối cùng của bài. Nam Dũng"], source="jsonl"
    )
    assert layout.all("paragraph") == ["Câu một. Câu cuối cùng của bài."]
    assert layout.first("byline") == "Nam Dũng"
    assert layout.authors == ("Nam Dũng",)


def test_every_block_points_into_the_text() -> None:
    layout = parse_page(PORTAL)
    for block in layout.blocks:
        assert 0 <= block.start < block.end <= len(layout.text)
        assert layout.text[block.start : block.end].strip() == layout.text[block.start : block.end]
