"""Every form of date the genre writes, read with its exact span and value.

The sentences are our own, written for these tests. Undated forms are read in an
article published on Tuesday 20 July 2021, so their year is 2021.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.dates import DateMention, find_dates

PUBLISHED = ExtractContext(published=dt.date(2021, 7, 20))


def _only(sentence: str, expected_text: str, context: ExtractContext | None = PUBLISHED) -> DateMention:
    """The one mention of ``sentence``, checked to sit exactly on ``expected_text``."""
    mentions = find_dates(sentence, context)
    assert [m.text for m in mentions] == [expected_text]
    mention = mentions[0]
    assert (mention.start, mention.end) == (
        sentence.index(expected_text),
        sentence.index(expected_text) + len(expected_text),
    )
    return mention


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("Ngày 16/7, hội nghị khai mạc tại nhà văn hóa xã.", "Ngày 16/7", "2021-07-16"),
        ("Hạn chót nộp hồ sơ là 16/7/2021.", "16/7/2021", "2021-07-16"),
        ("Hạn chót nộp hồ sơ là 16-7-2021.", "16-7-2021", "2021-07-16"),
        ("Hạn chót nộp hồ sơ là 16.7.2021.", "16.7.2021", "2021-07-16"),
        ("Hạn chót nộp hồ sơ là 06/07/2021.", "06/07/2021", "2021-07-06"),
        ("Giải chạy diễn ra ngày 13.6 tại Huế.", "ngày 13.6", "2021-06-13"),
        ("Giải chạy diễn ra ngày 13-6 tại Huế.", "ngày 13-6", "2021-06-13"),
        ("Nghị quyết được thông qua ngày 16 tháng 7 năm 2021.", "ngày 16 tháng 7 năm 2021", "2021-07-16"),
        ("Lễ ra mắt tổ chức ngày 16 tháng 7 tại Đà Lạt.", "ngày 16 tháng 7", "2021-07-16"),
        ("Đoàn về đến bản hôm 14/7 sau hai ngày đi bộ.", "hôm 14/7", "2021-07-14"),
        ("Chợ phiên họp vào mùng 5/7 hằng năm.", "mùng 5/7", "2021-07-05"),
        ("Cầu mới thông xe 2/7, sớm hơn dự kiến.", "2/7", "2021-07-02"),
    ],
)
def test_day_forms(sentence: str, expected_text: str, value: str) -> None:
    mention = _only(sentence, expected_text)
    assert (mention.value, mention.granularity) == (value, "day")


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("Số liệu được tính đến tháng 7/2021.", "tháng 7/2021", "2021-07"),
        ("Dự án khởi công tháng 7 năm 2021.", "tháng 7 năm 2021", "2021-07"),
        ("Dự án khởi công tháng 07-2021.", "tháng 07-2021", "2021-07"),
        ("Mùa mưa bắt đầu vào tháng 7.", "tháng 7", "2021-07"),
        ("Lễ hội hoa nở vào tháng Bảy.", "tháng Bảy", "2021-07"),
        ("Giá lúa giảm từ tháng 9 năm ngoái.", "tháng 9 năm ngoái", "2020-09"),
    ],
)
def test_month_forms(sentence: str, expected_text: str, value: str) -> None:
    mention = _only(sentence, expected_text)
    assert (mention.value, mention.granularity) == (value, "month")


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value", "granularity"),
    [
        ("Kế hoạch năm 2021 của hợp tác xã đã xong.", "năm 2021", "2021", "year"),
        ("Doanh thu quý II/2021 của công ty tăng.", "quý II/2021", "2021-Q2", "quarter"),
        ("Lợi nhuận quý 2 năm 2021 giảm nhẹ.", "quý 2 năm 2021", "2021-Q2", "quarter"),
        ("Đơn hàng quý IV-2020 đã giao đủ.", "quý IV-2020", "2020-Q4", "quarter"),
        ("Nhà máy chạy hết công suất trong quý 2.", "quý 2", "2021-Q2", "quarter"),
        ("Hội nông dân sơ kết 6 tháng đầu năm tại xã.", "6 tháng đầu năm", "2021-H1", "half-year"),
        ("Sản lượng nửa đầu năm nay tăng mạnh.", "nửa đầu năm nay", "2021-H1", "half-year"),
    ],
)
def test_year_quarter_and_half_year_forms(
    sentence: str, expected_text: str, value: str, granularity: str
) -> None:
    mention = _only(sentence, expected_text)
    assert (mention.value, mention.granularity) == (value, granularity)


def test_a_half_year_holds_its_year_as_a_mention_of_its_own() -> None:
    # The seed's gold file lists "năm 2021" of "6 tháng cuối năm 2021" as a date (docs/annotation.md says so too).
    sentence = "Nhiệm vụ 6 tháng cuối năm 2021 rất nặng."
    mentions = find_dates(sentence, PUBLISHED)
    assert [(m.text, m.value, m.granularity) for m in mentions] == [
        ("6 tháng cuối năm 2021", "2021-H2", "half-year"),
        ("năm 2021", "2021", "year"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value", "granularity"),
    [
        (
            "Hội chợ diễn ra từ 14 đến 16/7 tại quảng trường.",
            "từ 14 đến 16/7",
            ("2021-07-14", "2021-07-16"),
            "day-range",
        ),
        (
            "Hội chợ mở cửa từ ngày 14/7 đến ngày 16/7/2021.",
            "từ ngày 14/7 đến ngày 16/7/2021",
            ("2021-07-14", "2021-07-16"),
            "day-range",
        ),
        ("Hội chợ mở cửa 14-16/7 tại Cần Thơ.", "14-16/7", ("2021-07-14", "2021-07-16"), "day-range"),
        ("Kỳ nghỉ 30/4-1/5 năm nay dài bốn ngày.", "30/4-1/5", ("2021-04-30", "2021-05-01"), "day-range"),
        (
            "Đợt rét kéo dài từ 28/12/2020 đến 3/1/2021.",
            "từ 28/12/2020 đến 3/1/2021",
            ("2020-12-28", "2021-01-03"),
            "day-range",
        ),
        (
            "Vụ lúa từ tháng 3 đến tháng 5/2021 được mùa.",
            "từ tháng 3 đến tháng 5/2021",
            ("2021-03", "2021-05"),
            "month-range",
        ),
        ("Quy hoạch 2020 – 2025 của huyện đã duyệt.", "2020 – 2025", ("2020", "2025"), "year-range"),
        ("Quy hoạch 2020-2025 của huyện đã duyệt.", "2020-2025", ("2020", "2025"), "year-range"),
        ("Đề án giai đoạn 2021-2025 được thông qua.", "giai đoạn 2021-2025", ("2021", "2025"), "year-range"),
        (
            "Đại hội chi bộ nhiệm kỳ 2020 – 2025 thành công.",
            "nhiệm kỳ 2020 – 2025",
            ("2020", "2025"),
            "year-range",
        ),
        ("Học phí năm học 2021-2022 giữ nguyên.", "năm học 2021-2022", ("2021", "2022"), "year-range"),
        (
            "Ông làm giám đốc từ năm 2011 đến năm 2018.",
            "từ năm 2011 đến năm 2018",
            ("2011", "2018"),
            "year-range",
        ),
    ],
)
def test_range_forms(sentence: str, expected_text: str, value: tuple[str, str], granularity: str) -> None:
    mention = _only(sentence, expected_text)
    assert (mention.value, mention.granularity) == (value, granularity)


@pytest.mark.parametrize(
    ("sentence", "expected_text", "weekday"),
    [
        ("Chủ nhật, 18/7/2021, trời nắng đẹp.", "Chủ nhật, 18/7/2021", "Chủ nhật"),
        ("Thứ Hai, 19/7/2021, trường khai giảng.", "Thứ Hai, 19/7/2021", "Thứ Hai"),
        ("Trường khai giảng thứ 2 (19/7).", "thứ 2 (19/7)", "thứ 2"),
        ("Lịch trực: T2, 19/7/2021.", "T2, 19/7/2021", "T2"),
        ("Trường khai giảng sáng thứ Hai, ngày 19/7.", "sáng thứ Hai, ngày 19/7", "thứ Hai"),
        ("Trường khai giảng ngày 19/7 (thứ Hai).", "ngày 19/7 (thứ Hai)", "thứ Hai"),
    ],
)
def test_weekday_forms(sentence: str, expected_text: str, weekday: str) -> None:
    mention = _only(sentence, expected_text)
    assert (mention.weekday, mention.weekday_consistent, mention.granularity) == (weekday, True, "day")


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value", "part_of_day"),
    [
        ("Sáng 16/7, đoàn lên đường.", "Sáng 16/7", "2021-07-16", "morning"),
        ("Trưa 5/6, mưa lớn đổ xuống.", "Trưa 5/6", "2021-06-05", "noon"),
        ("Chiều 5/6, đoàn về tới bản.", "Chiều 5/6", "2021-06-05", "afternoon"),
        ("Tối 5/6, đêm nhạc bắt đầu.", "Tối 5/6", "2021-06-05", "evening"),
        ("Đêm 12/3, lũ tràn qua đập.", "Đêm 12/3", "2021-03-12", "night"),
        ("Rạng sáng 12/3, lũ tràn qua đập.", "Rạng sáng 12/3", "2021-03-12", "morning"),
        ("Sáng ngày 25/4/2021 đoàn lên đường.", "Sáng ngày 25/4/2021", "2021-04-25", "morning"),
    ],
)
def test_part_of_day_forms(sentence: str, expected_text: str, value: str, part_of_day: str) -> None:
    mention = _only(sentence, expected_text)
    assert (mention.value, mention.part_of_day) == (value, part_of_day)


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value", "time", "granularity"),
    [
        ("Buổi lễ bắt đầu lúc 8h30.", "8h30", "08:30", "08:30", "time"),
        ("Buổi lễ bắt đầu lúc 8 giờ 30.", "8 giờ 30", "08:30", "08:30", "time"),
        ("Buổi lễ bắt đầu lúc 8h.", "8h", "08:00", "08:00", "time"),
        ("Buổi lễ bắt đầu lúc 08:30 tại hội trường.", "08:30", "08:30", "08:30", "time"),
        ("Buổi lễ bắt đầu lúc 10 giờ sáng.", "10 giờ sáng", "10:00", "10:00", "time"),
        ("Chợ đêm mở đến 5 giờ chiều.", "5 giờ chiều", "17:00", "17:00", "time"),
        ("Pháo hoa bắn lúc 20h15 ngày 3/2.", "20h15 ngày 3/2", "2021-02-03T20:15", "20:15", "datetime"),
        ("Pháo hoa bắn lúc 10h đêm 29/4.", "10h đêm 29/4", "2021-04-29T22:00", "22:00", "datetime"),
        ("Xe khởi hành lúc 6h sáng nay.", "6h sáng nay", "2021-07-20T06:00", "06:00", "datetime"),
    ],
)
def test_time_forms(sentence: str, expected_text: str, value: str, time: str, granularity: str) -> None:
    mention = _only(sentence, expected_text)
    assert (mention.value, mention.time, mention.granularity) == (value, time, granularity)


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value", "granularity", "part_of_day"),
    [
        ("Hôm qua, đoàn đã về tới xã.", "Hôm qua", "2021-07-19", "day", None),
        ("Hôm nay, đoàn sẽ về tới xã.", "Hôm nay", "2021-07-20", "day", None),
        ("Ngày mai, đoàn sẽ về tới xã.", "Ngày mai", "2021-07-21", "day", None),
        ("Đoàn sẽ về xã trong tuần tới.", "tuần tới", "2021-W30", "week", None),
        ("Đoàn đã về xã tuần trước.", "tuần trước", "2021-W28", "week", None),
        ("Giá lúa tăng từ tháng trước.", "tháng trước", "2021-06", "month", None),
        ("Sản lượng cao hơn năm ngoái.", "năm ngoái", "2020", "year", None),
        ("Sản lượng năm nay cao kỷ lục.", "năm nay", "2021", "year", None),
        ("Sáng nay, đoàn về tới xã.", "Sáng nay", "2021-07-20", "day", "morning"),
        ("Chiều qua, đoàn về tới xã.", "Chiều qua", "2021-07-19", "day", "afternoon"),
        ("Chiều nay, đoàn về tới xã.", "Chiều nay", "2021-07-20", "day", "afternoon"),
        ("Sáng nay (20/7), đoàn về tới xã.", "Sáng nay (20/7)", "2021-07-20", "day", "morning"),
        ("Đoàn về tới xã hôm thứ Sáu.", "thứ Sáu", "2021-07-16", "day", None),
        ("Đoàn sẽ về xã thứ Hai tuần tới.", "thứ Hai tuần tới", "2021-07-26", "day", None),
    ],
)
def test_relative_forms_resolved_against_the_publication_date(
    sentence: str, expected_text: str, value: str, granularity: str, part_of_day: str | None
) -> None:
    mention = _only(sentence, expected_text)
    assert (mention.value, mention.granularity, mention.part_of_day) == (value, granularity, part_of_day)
    assert mention.year_from == "publication-date"


@pytest.mark.parametrize(
    ("sentence", "expected_text"),
    [
        ("Hôm qua, đoàn đã về tới xã.", "Hôm qua"),
        ("Đoàn về xã tuần tới.", "tuần tới"),
        ("Chiều nay mưa.", "Chiều nay"),
    ],
)
def test_relative_forms_without_a_publication_date_have_no_value(sentence: str, expected_text: str) -> None:
    mention = _only(sentence, expected_text, context=None)
    assert (mention.value, mention.granularity) == (None, "relative")


def test_a_day_with_no_year_anywhere_keeps_its_day_and_month() -> None:
    mention = _only("Ngày 16/7, hội nghị khai mạc.", "Ngày 16/7", context=None)
    assert (mention.value, mention.year_from) == ("--07-16", None)


def test_every_span_points_into_the_text() -> None:
    text = "Sáng 16/7, từ 14 đến 16/7, quý II/2021, nhiệm kỳ 2020 – 2025, 20h15 ngày 3/2 và hôm qua."
    for mention in find_dates(text, PUBLISHED):
        assert text[mention.start : mention.end] == mention.text
