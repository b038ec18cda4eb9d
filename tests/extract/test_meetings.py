"""Meetings and task lists, read from our own example pages and the seed."""

from __future__ import annotations

import pytest

from bantin.extract import ExtractContext, extract_facts
from bantin.extract.meetings import find_tasks
from bantin.layout import parse_page

PAGE = """Thứ Năm, 18/07/2024

Lạng Sơn sơ kết công tác dân vận

(Báo Lạng Sơn) - Sáng 17/7, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Hoàng Văn Khải, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Hội nghị được kết nối trực tuyến tới điểm cầu các huyện Cao Lộc và Lộc Bình.

Hội nghị thống nhất tập trung vào các nội dung: đẩy mạnh phong trào thi đua dân vận khéo; nâng cao chất lượng tiếp dân và đối thoại; tăng cường kiểm tra việc thực hiện quy chế dân chủ ở cơ sở.

Nghị quyết đại hội đảng bộ tỉnh được quán triệt đến các chi bộ.

MINH KHUÊ
"""


def _facts(text: str):
    layout = parse_page(text)
    context = ExtractContext(
        dateline=layout.dateline.date if layout.dateline else None,
        blocks=tuple((b.role, b.start, b.end) for b in layout.blocks),
    )
    return layout, extract_facts(layout.text, context)


def test_meeting_kind_subject_and_date() -> None:
    _, facts = _facts(PAGE)
    meetings = [f for f in facts if f.kind == "meeting"]
    assert len(meetings) == 1
    value = meetings[0].value
    assert value["kind"] == "hội nghị sơ kết"
    assert value["subject"].startswith("sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ")
    assert value["date"] == "2024-07-17"
    assert value["part_of_day"] == "morning"


def test_a_document_named_after_a_congress_is_not_a_meeting() -> None:
    _, facts = _facts(PAGE)
    assert not [f for f in facts if f.kind == "meeting" and "đại hội" in f.value["kind"]]


def test_task_list_items_are_linked_to_the_meeting() -> None:
    _, facts = _facts(PAGE)
    tasks = [f for f in facts if f.kind == "task"]
    meeting = next(f for f in facts if f.kind == "meeting")
    assert [t.value for t in tasks] == [
        "đẩy mạnh phong trào thi đua dân vận khéo",
        "nâng cao chất lượng tiếp dân và đối thoại",
        "tăng cường kiểm tra việc thực hiện quy chế dân chủ ở cơ sở",
    ]
    assert all(t.model_extra["meeting"] == [meeting.start, meeting.end] for t in tasks)


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        ("Nhiệm vụ trọng tâm là hoàn thành dứt điểm việc giải phóng mặt bằng.", 1),
        ("Một là, rà soát quy hoạch; Hai là, đẩy nhanh giải ngân vốn đầu tư công; Ba là, cải cách thủ tục hành chính.", 3),
        ("Tỉnh yêu cầu các sở: rà soát toàn bộ hồ sơ tồn đọng; báo cáo kết quả trước ngày 30/9.", 2),
        ("Theo đó, tỉnh có 3 nhiệm vụ. Các nhiệm vụ này được giao cho các sở.", 0),
    ],
)
def test_task_list_shapes(sentence: str, items: int) -> None:
    assert len(find_tasks(sentence, [(0, len(sentence))])) == items


def test_a_task_item_ends_before_stray_punctuation() -> None:
    sentence = "Nhiệm vụ trọng tâm là giám sát và phản biện xã hội, tham gia xây dựng chính quyền vững mạnh./"
    (task,) = find_tasks(sentence, [(0, len(sentence))])
    assert task.text == "giám sát và phản biện xã hội, tham gia xây dựng chính quyền vững mạnh"


def test_seed_meeting_and_tasks(seed_path, seed_gold) -> None:
    layout, facts = _facts(seed_path.read_text(encoding="utf-8"))
    meeting = next(f for f in facts if f.kind == "meeting")
    gold = seed_gold["events"][0]
    assert meeting.value["kind"] == gold["kind"]
    assert meeting.value["date"] == gold["date"]
    assert meeting.value["part_of_day"] == gold["part_of_day"]
    assert [f.value for f in facts if f.kind == "task"] == seed_gold["tasks"]


SESSION_PAGE = """Thứ Tư, 28/04/2021

Chuẩn bị kỳ họp của HĐND tỉnh Quảng Trị

(Báo Quảng Trị) - Chiều 27/4, Thường trực HĐND tỉnh Quảng Trị họp cho ý kiến về việc chuẩn bị kỳ họp thứ hai, HĐND tỉnh khóa VIII.

Kỳ họp này được dự kiến sẽ khai mạc vào thứ hai, ngày 19/7, rồi bế mạc vào ngày 22/7/2021 tại thành phố Đông Hà.

Sáng 29/4, bà Lê Thị Hoa phát biểu tại buổi họp báo. Chiều cùng ngày, sở tổ chức họp báo về kết quả quý I.
"""


def _meetings(page: str) -> list:
    return [f for f in _facts(page)[1] if f.kind == "meeting"]


def test_a_meeting_being_prepared_takes_the_days_it_opens_and_closes_from_the_next_sentence() -> None:
    title, session = [m for m in _meetings(SESSION_PAGE) if m.value["kind"] == "kỳ họp"]
    assert title.value["date"] is None  # "Chuẩn bị kỳ họp ...": the title names no day of it
    assert session.value["subject"] == "thứ hai"
    # Not 27/4, the day of the sitting that prepared it: the next sentence names it again ("kỳ họp này").
    assert session.value["date"] == "2021-07-19/2021-07-22"
    assert "opens 'thứ hai, ngày 19/7', closes 'ngày 22/7/2021'" in session.evidence


def test_a_later_mention_with_a_classifier_is_the_same_meeting_and_spans_end_on_a_word() -> None:
    meetings = _meetings(SESSION_PAGE)
    press = [m for m in meetings if "họp báo" in m.value["kind"]]
    assert len(press) == 1  # "buổi họp báo" and "họp báo" later: one head, one meeting
    for meeting in meetings:
        assert meeting.text == meeting.text.strip(" ,")


def test_a_later_mention_dates_a_meeting_first_named_without_a_day() -> None:
    page = (
        "Tuần sau, HĐND huyện Mộc Châu họp kỳ họp thứ 7\n\n"
        "Chiều 27/11/2023, Văn phòng HĐND huyện tổ chức buổi giới thiệu về kỳ họp thứ 7 với báo chí.\n\n"
        "Theo kế hoạch, kỳ họp thứ 7 khai mạc vào ngày 4/12/2023 và kéo dài đến 6/12/2023.\n"
    )
    (session,) = [m for m in _meetings(page) if m.value["kind"] == "kỳ họp"]
    assert session.start == page.index("kỳ họp thứ 7")  # the title's mention, dated by the third paragraph's
    assert session.value["date"] == "2023-12-04/2023-12-06"
