"""The rules the development set taught the date extractor, one test (or a few) per rule.

Each rule is the reading docs/annotation.md asks for and the annotators follow:
statute headers in capitals, ranges written in words, runs of months, times that
take the day the story is on, years that a word after the date sends forward or
back, years that a document's date or a birth date does not lend, and the
publication date of a page without metadata. The sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.dates import DateMention, estimate_publication_date, find_dates, to_facts
from bantin.extract.dates._mention import EstimatedDate

PUBLISHED = ExtractContext(published=dt.date(2021, 4, 27))


def _found(text: str, context: ExtractContext | None = PUBLISHED) -> list[tuple[str, object]]:
    return [(m.text, m.value) for m in find_dates(text, context)]


def _the(text: str, written: str, context: ExtractContext | None = PUBLISHED) -> DateMention:
    matches = [m for m in find_dates(text, context) if m.text == written]
    assert len(matches) == 1, _found(text, context)
    return matches[0]


# Forms


def test_a_statute_header_in_capitals_is_one_day() -> None:
    text = "LUẬT SỐ 12/2009/QH12 NGÀY 03 THÁNG 12 NĂM 2009 VỀ NUÔI ONG"
    assert _found(text, None) == [("NGÀY 03 THÁNG 12 NĂM 2009", "2009-12-03")]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "Kỳ họp thứ 5 (Từ ngày 16 tháng 5 đến ngày 29 tháng 6 năm 2009) đã bế mạc.",
            "Từ ngày 16 tháng 5 đến ngày 29 tháng 6 năm 2009",
            ("2009-05-16", "2009-06-29"),
        ),
        (
            "Lễ hội diễn ra từ ngày 28 tháng 12 năm 2020 đến ngày 2 tháng 1 năm 2021.",
            "từ ngày 28 tháng 12 năm 2020 đến ngày 2 tháng 1 năm 2021",
            ("2020-12-28", "2021-01-02"),
        ),
        (
            "Hội chợ mở từ 14 đến 16 tháng 7 năm 2020.",
            "từ 14 đến 16 tháng 7 năm 2020",
            ("2020-07-14", "2020-07-16"),
        ),
    ],
)
def test_a_range_of_days_written_in_words(text: str, written: str, value: tuple[str, str]) -> None:
    mention = _the(text, written, None)
    assert (mention.value, mention.granularity) == (value, "day-range")


def test_a_double_hyphen_joins_a_range_of_years() -> None:
    assert _found("Kế hoạch giai đoạn 2021--2026 của xã.") == [("giai đoạn 2021--2026", ("2021", "2026"))]


def test_a_day_with_its_year_after_nam_is_one_mention() -> None:
    assert _found("Ngày 2/9 năm 1945, ông về làng.") == [("Ngày 2/9 năm 1945", "1945-09-02")]


def test_months_listed_with_a_comma_are_each_read() -> None:
    text = "Chợ hoa họp vào tháng 3, tháng 4 vừa qua."
    assert [(t, v) for t, v in _found(text)] == [("tháng 3", "2021-03"), ("tháng 4", "2021-04")]


def test_a_month_before_a_garbled_year_is_no_date() -> None:
    assert _found("Ông giữ chức chủ nhiệm hợp tác xã từ tháng 4/20196.") == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Tài xế Trần Văn Bình (SN 1979, trú tại xã Đông Hòa) bị thương.", "1979", "1979"),
        ("Chợ hoa Tết Nguyên đán 2021 mở sớm.", "2021", "2021"),
        ("Bộ phim ra mắt khán giả (năm 1986) từng gây sốt.", "năm 1986", "1986"),
    ],
)
def test_bare_years_after_sn_tet_and_a_parenthesis(text: str, written: str, value: str) -> None:
    mention = _the(text, written)
    assert (mention.value, mention.granularity) == (value, "year")


def test_a_birth_year_after_sn_lends_its_year_to_nothing() -> None:
    text = "Ông Lê Văn Tám (SN 1960) về quê ngày 3/4."
    mention = _the(text, "ngày 3/4", ExtractContext(dateline=dt.date(2022, 5, 29)))
    assert (mention.value, mention.year_from) == ("2022-04-03", "dateline")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "Doanh thu 4 tháng đầu năm 2017 của hợp tác xã tăng.",
            "4 tháng đầu năm 2017",
            ("2017-01", "2017-04"),
        ),
        ("Kế hoạch 3 tháng cuối năm 2020 đã xong.", "3 tháng cuối năm 2020", ("2020-10", "2020-12")),
        ("Sản lượng 9 tháng đầu năm nay tăng.", "9 tháng đầu năm nay", ("2021-01", "2021-09")),
        ("Nhiệm vụ 3 tháng cuối năm rất nặng.", "3 tháng cuối năm", ("2021-10", "2021-12")),
    ],
)
def test_a_run_of_months_other_than_six_is_a_month_range(
    text: str, written: str, value: tuple[str, str]
) -> None:
    mention = _the(text, written)
    assert (mention.value, mention.granularity) == (value, "month-range")


def test_a_birth_and_its_centenary_are_two_days_not_a_century() -> None:
    text = "Kỷ niệm 100 năm ngày sinh nhà thơ Lê Văn A (5/3/1920 - 5/3/2020), sáng 5/3, xã tổ chức lễ."
    assert _found(text, None)[:2] == [("5/3/1920", "1920-03-05"), ("5/3/2020", "2020-03-05")]


def test_a_period_with_its_opener_stays_a_range_however_long() -> None:
    text = "Ông công tác tại xã từ 1/1/1990 đến 31/12/2020."
    assert _found(text, None) == [("từ 1/1/1990 đến 31/12/2020", ("1990-01-01", "2020-12-31"))]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Sáng nay, 26.4, hội nông dân họp.", "Sáng nay, 26.4", "2021-04-26"),
        ("Tên lửa phóng hôm nay (ngày 27-4) bay xa 500 km.", "hôm nay (ngày 27-4)", "2021-04-27"),
        ("Tàu cập bến lúc 8h30' sáng 8/4/1975.", "8h30' sáng 8/4/1975", "1975-04-08T08:30"),
        ("Đoàn xuất phát 3 giờ sáng thứ Bảy (24/4).", "3 giờ sáng thứ Bảy (24/4)", "2021-04-24T03:00"),
        ("Cổng đăng ký mở từ 10h 5/5/2021 đến hết tháng.", "10h 5/5/2021", "2021-05-05T10:00"),
    ],
)
def test_relative_words_minute_marks_and_weekdays_keep_their_date(
    text: str, written: str, value: str
) -> None:
    assert _the(text, written).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Bộ máy sẽ có sự thay đổi ít tháng tới đây.",
        "Nghề làm muối có ở đây hàng chục năm nay.",
        "Ngôi đình đứng đó cả trăm năm nay.",
    ],
)
def test_counted_months_and_years_are_not_relative_dates(text: str) -> None:
    assert _found(text) == []


# Times


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Đoàn kiểm tra xã từ 9h - 9h15.", "từ 9h - 9h15", ("09:00", "09:15")),
        ("Bưu điện mở 7h30-11h30.", "7h30-11h30", ("07:30", "11:30")),
        ("Chợ mở từ 5 giờ sáng đến 10 giờ tối.", "từ 5 giờ sáng đến 10 giờ tối", ("05:00", "22:00")),
    ],
)
def test_a_range_of_times(text: str, written: str, value: tuple[str, str]) -> None:
    mention = _the(text, written, None)
    assert (mention.value, mention.granularity) == (value, "time-range")


def test_a_range_of_times_on_a_day() -> None:
    mention = _the("Xã tiếp dân từ 8h đến 11h ngày 5/3.", "từ 8h đến 11h ngày 5/3")
    assert (mention.value, mention.granularity) == (
        ("2021-03-05T08:00", "2021-03-05T11:00"),
        "datetime-range",
    )


def test_a_time_takes_the_day_the_story_is_on() -> None:
    text = "Sáng 8/2, đoàn đến kiểm tra hai xã.\n\nTại xã Đông, vào thời điểm kiểm tra lúc 10h, đoàn ghi nhận đủ người."
    mention = _the(text, "10h")
    assert (mention.value, mention.granularity) == ("2021-02-08T10:00", "datetime")
    assert mention.evidence == "on the day of 'Sáng 8/2' (2021-02-08), the last day the text names before it"


def test_a_time_on_the_same_day_keeps_cung_ngay_in_its_span() -> None:
    text = "Lúc 0h ngày 18/4, con đê bị tràn. Đến khoảng 2h cùng ngày, nước rút."
    mention = _the(text, "2h cùng ngày")
    assert mention.value == "2021-04-18T02:00"


def test_a_range_of_times_takes_the_day_the_story_is_on() -> None:
    text = "Sáng 8/2, đoàn kiểm tra xã Tây. Tại xã, từ 9h - 9h15 không có cán bộ trực."
    assert _the(text, "từ 9h - 9h15").value == ("2021-02-08T09:00", "2021-02-08T09:15")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Sáng 8/2, đoàn kiểm tra xã. Xã công khai giờ làm việc sáng 8h30-11h30.", "8h30-11h30"),
        ("Sáng 8/2, đoàn kiểm tra xã. Xã báo cáo trước 16h00 hằng ngày.", "16h00"),
        ("Sáng 8/2, phiên giao dịch mở. Tiền lãi trả sau 11h sáng ngày hôm sau.", "11h sáng"),
        ("Sáng 8/2, đoàn đến xã.\n\nĐoàn họp bàn.\n\nTrận đấu bắt đầu lúc 18h30.", "18h30"),
    ],
)
def test_a_time_that_recurs_or_is_far_from_any_day_keeps_no_day(text: str, written: str) -> None:
    mention = _the(text, written)
    assert mention.granularity in ("time", "time-range")


def test_facts_leave_out_bare_times_and_relative_words_without_a_publication_date() -> None:
    text = "Hôm qua, chợ mở cửa từ 7h30-11h30 và đón khách lúc 8h."
    assert [m.granularity for m in find_dates(text)] == ["relative", "time-range", "time"]
    assert to_facts(find_dates(text)) == []


# Years


def test_a_document_date_lends_its_year_to_nothing() -> None:
    text = (
        "Ngày 6-2, UBND huyện ban hành Kế hoạch số 23/KH-UBND thực hiện Chỉ thị số 15-CT/HU, ngày 16-12-2020."
    )
    mention = _the(text, "Ngày 6-2", ExtractContext(published=dt.date(2021, 2, 7)))
    assert (mention.value, mention.year_from) == ("2021-02-06", "publication-date")


def test_a_birth_date_lends_its_year_to_nothing() -> None:
    text = "Ông Trần Văn B, sinh ngày 2/9/1965, được bầu làm chủ tịch tại kỳ họp ngày 11/6 vừa qua."
    mention = _the(text, "ngày 11/6", ExtractContext(dateline=dt.date(2022, 5, 29)))
    assert mention.value == "2022-06-11"


def test_with_a_publication_date_a_year_far_off_in_the_sentence_lends_nothing() -> None:
    text = (
        "Ông Hải cho biết, ngày 15/1, Sở báo cáo đã xây dựng kế hoạch số 22 về thực hiện kết luận "
        "của Ban Thường vụ tại cuộc họp ngày 26/6/2020 về việc thu hồi các quyết định."
    )
    mention = _the(text, "ngày 15/1")
    assert (mention.value, mention.year_from) == ("2021-01-15", "publication-date")


def test_with_a_publication_date_a_year_next_to_the_date_still_lends() -> None:
    text = "Kỳ họp khai mạc vào thứ ba, ngày 20/7 và bế mạc vào ngày 3/8/2021."
    mention = _the(text, "thứ ba, ngày 20/7")
    assert (mention.value, mention.year_from) == ("2021-07-20", "same-sentence")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Giải đấu diễn ra vào tháng 8 tới.", "tháng 8", "2021-08"),
        ("Phim ra mắt vào ngày 2/7 tới đây, sau năm 1930 đầy biến động.", "ngày 2/7", "2021-07-02"),
        ("Robot đổ bộ sao Hỏa ngày 18/2 vừa qua, phóng từ ngày 30/7/2020.", "ngày 18/2", "2021-02-18"),
        ("Tháng 2 vừa rồi, thông tin về vụ án năm 2019 mới được công bố.", "Tháng 2", "2021-02"),
        ("Người dân xuống đường từ ngày 12/3 tới nay.", "ngày 12/3", "2021-03-12"),
    ],
)
def test_a_word_after_the_date_sends_it_forward_or_back(text: str, written: str, value: str) -> None:
    mention = _the(text, written)
    assert (mention.value, mention.year_from) == (value, "publication-date")


def test_the_word_after_the_last_date_of_a_list_counts_for_all() -> None:
    text = "Kỳ họp diễn ra vào cuối tháng 7 và đầu tháng 8 tới."
    assert _found(text) == [("tháng 7", "2021-07"), ("tháng 8", "2021-08")]


# The publication date of a page without metadata


def _estimate(text: str, dateline: dt.date | None = None) -> tuple[dt.date, str] | None:
    context = ExtractContext(dateline=dateline)
    return estimate_publication_date(text, context, find_dates(text, context))


def test_an_undated_day_comes_after_the_documents_the_text_dates() -> None:
    text = (
        "Ngày 6-2, UBND huyện ban hành Kế hoạch số 23/KH-UBND thực hiện Chỉ thị số 15-CT/HU, ngày 16-12-2016."
    )
    estimate = _estimate(text)
    assert estimate is not None and estimate[0] == dt.date(2017, 2, 6)
    assert "to follow 'ngày 16-12-2016'" in estimate[1]


def test_a_year_of_its_own_sentence_beats_the_date_of_an_older_document() -> None:
    # The resolution's day dates the resolution; the meeting is of the year its sentence names.
    text = (
        "Ngày 5/12, Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả thực hiện nhiệm vụ năm 2024. "
        "Hội nghị cho ý kiến về đề án theo tinh thần Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành "
        "Trung ương."
    )
    estimate = _estimate(text)
    assert estimate is not None and estimate[0] == dt.date(2024, 12, 5)


def test_a_start_said_up_to_now_is_a_day_of_the_past() -> None:
    # "từ ngày 1/7/2025 đến nay": the text is written after that day, not before it as before a plan.
    text = "Chiều 12/9, UBND tỉnh đánh giá kết quả vận hành chính quyền hai cấp từ ngày 1/7/2025 đến nay."
    estimate = _estimate(text)
    assert estimate is not None and estimate[0] == dt.date(2025, 9, 12)
    plan = "Chiều 12/9, UBND tỉnh giao các xã chuẩn bị vận hành chính quyền hai cấp từ ngày 1/7/2025."
    planned = _estimate(plan)
    assert planned is not None and planned[0] == dt.date(2024, 9, 12)


def test_an_undated_day_may_fall_a_little_before_the_latest_written_date() -> None:
    text = "Ngày 5/2/2017, xã tổ chức lễ hội. Trước đó, ngày 20/1, đoàn khảo sát đã về làng."
    estimate = _estimate(text)
    assert estimate is not None and estimate[0] == dt.date(2017, 2, 5)
    mention = _the(text, "ngày 20/1", ExtractContext(published=estimate[0]))
    assert mention.value == "2017-01-20"


def test_a_cited_document_number_sets_the_earliest_year() -> None:
    text = (
        "Từ hôm nay (1/7), lương cơ sở tăng theo Nghị định 47/2017/NĐ-CP. "
        "Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 quy định về hội."
    )
    estimate = _estimate(text)
    assert estimate is not None and estimate[0] == dt.date(2017, 7, 1)


def test_deadlines_and_plans_are_no_anchor_but_place_the_days_when_nothing_else_does() -> None:
    text = "Trận đấu sẽ diễn ra vào ngày 26/8/2017. Ngày thi đấu 26/8 được chọn để tránh ngày 16/9, năm 2015 đã chật kín."
    estimate = _estimate(text)
    assert estimate is not None and estimate[0].year == 2017


def test_a_written_year_alone_places_no_undated_day_of_another_sentence() -> None:
    assert _estimate("Ông Cam sinh năm 1959. Sáng 24/5, ông được đưa đi cấp cứu.") is None


def test_a_birth_date_is_no_anchor() -> None:
    assert _estimate("Ông Tư, sinh ngày 2/9/1965, được bầu ngày 11/6.") is None


def test_relative_words_are_not_dated_by_an_estimated_publication_date() -> None:
    text = "Ngày 6-2, UBND huyện họp. Hôm qua, xã đã báo cáo; sáng nay (6/2), huyện ra quyết định."
    estimate = _estimate(text + " Chỉ thị số 15-CT/HU, ngày 16-12-2016.")
    assert estimate is not None and estimate[0] == dt.date(2017, 2, 6)
    mentions = find_dates(text, ExtractContext(published=estimate[0]))
    assert [(m.text, m.value) for m in mentions] == [
        ("Ngày 6-2", "2017-02-06"),
        ("Hôm qua", None),  # the contract dates relative words only by a publication date the record has
        ("sáng nay (6/2)", "2017-02-06"),  # its own date says which day it is
    ]
    assert [f.text for f in to_facts(mentions)] == ["Ngày 6-2", "sáng nay (6/2)"]
    metadata = find_dates(text, ExtractContext(published=dt.date(2017, 2, 6)))
    assert [m.value for m in metadata if m.text == "Hôm qua"] == ["2017-02-05"]


def test_a_fraction_before_a_year_stays_a_fraction() -> None:
    assert _found("Rừng chiếm 1/3 năm 2020 so với trước.") == [("năm 2020", "2020")]


def test_midnight_is_twelve_at_night() -> None:
    assert _the("Phiên chợ kéo dài tới 12 giờ đêm 5/3.", "12 giờ đêm 5/3").value == "2021-03-05T00:00"


def test_the_day_the_text_calls_today_is_the_publication_date() -> None:
    text = (
        "Kỳ thi diễn ra trong các ngày 22, 23 và sáng 24/6/2017. "
        "Cổng luyện thi mở từ hôm nay, 10/2/2017. Đợt đầu mở từ hôm nay, 10/2 đến 21/2."
    )
    estimate = _estimate(text)
    assert estimate is not None and estimate[0] == dt.date(2017, 2, 10)
    assert "calls today" in estimate[1]


def test_an_estimate_is_marked_as_one() -> None:
    estimate = _estimate("Ngày 5/2/2017, xã tổ chức lễ hội.")
    assert estimate is not None and isinstance(estimate[0], EstimatedDate)
    context = ExtractContext(published=dt.date(2017, 2, 5))
    assert not isinstance(estimate_publication_date("", context, [])[0], EstimatedDate)  # type: ignore[index]
