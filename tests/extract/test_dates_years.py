"""Where the year of an undated day comes from, in order, and the weekday check.

Order (see ``bantin.extract.dates._years``): the same sentence, then the
publication date (with its window), then the nearest explicit year in the text,
then the dateline. The sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.dates import DateMention, find_dates


def _the(text: str, written: str, context: ExtractContext | None) -> DateMention:
    matches = [m for m in find_dates(text, context) if m.text == written]
    assert len(matches) == 1, find_dates(text, context)
    return matches[0]


def test_a_year_in_the_same_sentence_comes_first() -> None:
    text = "Sáng 16/7, hội nghị sơ kết 6 tháng cuối năm 2020 được tổ chức."
    context = ExtractContext(published=dt.date(2022, 1, 10), dateline=dt.date(2023, 3, 1))
    mention = _the(text, "Sáng 16/7", context)
    assert (mention.value, mention.year_from) == ("2020-07-16", "same-sentence")
    assert mention.evidence == "year 2020 from '6 tháng cuối năm 2020' in the same sentence"


def test_the_publication_date_comes_before_a_year_of_another_sentence() -> None:
    text = "Năm 2014, cây cầu được khánh thành. Ngày 20/4, cây cầu được sửa lại."
    mention = _the(text, "Ngày 20/4", ExtractContext(published=dt.date(2021, 4, 22)))
    assert (mention.value, mention.year_from) == ("2021-04-20", "publication-date")


def test_without_a_publication_date_the_nearest_explicit_year_before_it_counts() -> None:
    text = "Năm 2019 là năm bản lề. Ngày 3/4, công trình khởi công. Năm 2020 công trình xong."
    mention = _the(text, "Ngày 3/4", ExtractContext(dateline=dt.date(2022, 5, 29)))
    assert (mention.value, mention.year_from) == ("2019-04-03", "nearest-explicit-year")


def test_without_a_year_before_it_the_first_explicit_year_after_it_counts() -> None:
    text = "Khánh thành cầu mới ngày 3/4.\nCây cầu xây trong năm 2019 bằng vốn tỉnh."
    mention = _the(text, "ngày 3/4", ExtractContext(dateline=dt.date(2022, 5, 29)))
    assert (mention.value, mention.year_from) == ("2019-04-03", "nearest-explicit-year")


def test_the_dateline_is_the_last_resort() -> None:
    mention = _the(
        "Ngày 3/4, công trình khởi công.", "Ngày 3/4", ExtractContext(dateline=dt.date(2022, 5, 29))
    )
    assert (mention.value, mention.year_from) == ("2022-04-03", "dateline")


def test_with_nothing_to_go_on_the_year_stays_unknown() -> None:
    mention = _the("Ngày 3/4, công trình khởi công.", "Ngày 3/4", None)
    assert (mention.value, mention.year_from) == ("--04-03", None)
    assert mention.evidence == "no year in the text or the context"


@pytest.mark.parametrize(
    ("published", "written", "value"),
    [
        (dt.date(2021, 3, 1), "ngày 20/12", "2020-12-20"),  # would be 9 months ahead: last December
        (dt.date(2020, 12, 28), "ngày 5/1", "2021-01-05"),  # would be almost a year before: next January
        (dt.date(2021, 3, 1), "ngày 20/4", "2021-04-20"),  # seven weeks ahead: this year
        (dt.date(2021, 7, 20), "6 tháng đầu năm", "2021-H1"),  # the half-year just over
        (dt.date(2021, 2, 10), "quý IV", "2020-Q4"),  # results of the last quarter
        (dt.date(2021, 2, 10), "6 tháng cuối năm", "2021-H2"),  # plans for this year's second half
    ],
)
def test_the_publication_year_moves_to_keep_the_date_near_publication(
    published: dt.date, written: str, value: str
) -> None:
    mention = _the(f"Kế hoạch {written} đã được duyệt.", written, ExtractContext(published=published))
    assert (mention.value, mention.year_from) == (value, "publication-date")


def test_a_birth_year_lends_its_year_to_nothing() -> None:
    text = "Ông A sinh năm 1960. Ngày 3/4, ông nhận huân chương."
    mention = _the(text, "Ngày 3/4", ExtractContext(dateline=dt.date(2022, 5, 29)))
    assert mention.year_from == "dateline"


def test_a_year_range_lends_its_years_to_nothing() -> None:
    text = "Đại hội nhiệm kỳ 2020 – 2025 đã xong. Ngày 3/4, ban chấp hành họp."
    assert _the(text, "Ngày 3/4", None).year_from is None


def test_the_page_date_lends_its_year_to_nothing() -> None:
    text = "Chủ nhật, 29/05/2022\nSáng 3/4, hội nghị khai mạc."
    mention = _the(text, "Sáng 3/4", ExtractContext(dateline=dt.date(2022, 5, 29)))
    assert mention.year_from == "dateline"


def test_a_first_line_that_is_only_a_date_is_a_page_date_even_without_context() -> None:
    text = "Chủ nhật, 29/05/2022\nSáng 3/4, hội nghị khai mạc."
    assert _the(text, "Sáng 3/4", None).year_from is None


def test_relative_words_said_with_a_date_take_the_publication_year() -> None:
    text = "Sáng nay (3/1), kỷ niệm 50 năm thành lập trường, thành lập năm 1971."
    mention = _the(text, "Sáng nay (3/1)", ExtractContext(published=dt.date(2021, 1, 3)))
    assert (mention.value, mention.year_from) == ("2021-01-03", "publication-date")


def test_a_day_range_across_new_year_starts_in_the_year_before() -> None:
    mention = _the("Đợt rét từ 28/12 đến 3/1/2021.", "từ 28/12 đến 3/1/2021", None)
    assert mention.value == ("2020-12-28", "2021-01-03")


def test_29_february_in_a_year_without_it_keeps_no_year() -> None:
    mention = _the(
        "Ngày 29/2, hội nghị khai mạc.", "Ngày 29/2", ExtractContext(published=dt.date(2021, 3, 5))
    )
    assert (mention.value, mention.year_from) == ("--02-29", None)


@pytest.mark.parametrize(
    ("text", "consistent"),
    [
        ("Chủ nhật, 29/05/2022", True),
        ("Thứ Hai, 29/05/2022", False),
        ("Thứ Hai, 30/05/2022", True),
        ("T7, 28/5/2022", True),
        ("Thứ 3 (31/5/2022)", True),
        ("Thứ Tư, 31/5/2022", False),
    ],
)
def test_a_weekday_that_contradicts_its_date_is_flagged(text: str, consistent: bool) -> None:
    [mention] = find_dates(text)
    assert (mention.text, mention.weekday_consistent) == (text, consistent)


def test_a_contradicting_weekday_is_named_in_the_evidence() -> None:
    [mention] = find_dates("Thứ Hai, 29/05/2022")
    assert mention.evidence is not None and "'Thứ Hai' contradicts the date, a Sunday" in mention.evidence


def test_a_date_without_weekday_has_no_weekday_verdict() -> None:
    [mention] = find_dates("Ngày 29/05/2022")
    assert (mention.weekday, mention.weekday_consistent) == (None, None)
