"""Date mentions as facts, the publication-date estimate, and the package's public names."""

from __future__ import annotations

import datetime as dt
import itertools
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from bantin._compiled import docstring
from bantin.extract import dates
from bantin.extract.context import ExtractContext
from bantin.extract.dates import estimate_publication_date, find_dates, to_facts
from bantin.record import Fact


def test_public_names_are_the_documented_ones() -> None:
    assert set(dates.__all__) == {
        "DateMention",
        "Granularity",
        "PartOfDay",
        "YearSource",
        "estimate_publication_date",
        "find_dates",
        "to_facts",
    }
    for name in ("estimate_publication_date", "find_dates", "to_facts", "DateMention"):
        assert docstring(getattr(dates, name))


def test_a_day_becomes_a_date_fact_with_its_keys() -> None:
    [fact] = to_facts(
        find_dates("Sáng 16/7, đoàn lên đường.", ExtractContext(published=dt.date(2021, 7, 20)))
    )
    assert isinstance(fact, Fact)
    assert (fact.kind, fact.text, fact.start, fact.end, fact.value) == (
        "date",
        "Sáng 16/7",
        0,
        9,
        "2021-07-16",
    )
    extra = fact.model_dump()
    assert extra["granularity"] == "day"
    assert extra["part_of_day"] == "morning"
    assert extra["year_from"] == "publication-date"
    for key in ("time", "weekday", "weekday_consistent", "evidence", "is_relative"):
        assert key in extra


def test_a_range_value_is_a_two_item_list() -> None:
    [fact] = to_facts(find_dates("Đại hội nhiệm kỳ 2020 – 2025."))
    assert fact.value == ["2020", "2025"]
    assert fact.model_dump()["granularity"] == "year-range"


def test_facts_round_trip_through_json() -> None:
    facts = to_facts(find_dates("Thứ Hai, 29/05/2022, từ 14 đến 16/7 và lúc 8h30."))
    for fact in facts:
        assert Fact.model_validate_json(fact.model_dump_json()) == fact


def test_the_publication_date_of_the_metadata_comes_first() -> None:
    text = "Sáng 16/7/2021, hội nghị khai mạc."
    context = ExtractContext(published=dt.date(2021, 7, 17), dateline=dt.date(2022, 5, 29))
    estimate = estimate_publication_date(text, context, find_dates(text, context))
    assert estimate is not None and estimate[0] == dt.date(2021, 7, 17)
    assert "metadata" in estimate[1]


def test_without_metadata_the_latest_event_day_not_after_the_dateline_is_taken() -> None:
    text = (
        "Chủ nhật, 29/05/2022\nSáng 16/7/2021, hội nghị khai mạc. Hội nghị tiếp theo dự kiến ngày 3/8/2022."
    )
    context = ExtractContext(dateline=dt.date(2022, 5, 29))
    estimate = estimate_publication_date(text, context, find_dates(text, context))
    assert estimate is not None and estimate[0] == dt.date(2021, 7, 16)
    assert "'Sáng 16/7/2021'" in estimate[1]


def test_a_day_without_a_year_is_the_last_one_up_to_the_dateline() -> None:
    # The seed's shape: a page printed on 29/05/2022 reports "Sáng 16/7": the 16th of July before it.
    text = "Sáng 16/7, hội nghị khai mạc."
    context = ExtractContext(dateline=dt.date(2022, 5, 29))
    estimate = estimate_publication_date(text, context, find_dates(text, context))
    assert estimate is not None and estimate[0] == dt.date(2021, 7, 16)
    assert "dateline" in estimate[1]


def test_with_no_date_at_all_there_is_no_estimate() -> None:
    assert estimate_publication_date("Hội nghị khai mạc.", None, []) is None


def test_a_first_line_that_is_only_a_date_is_no_event() -> None:
    text = "Chủ nhật, 29/05/2022\nSáng 16/7/2021, hội nghị khai mạc."
    estimate = estimate_publication_date(text, None, find_dates(text))
    assert estimate is not None and estimate[0] == dt.date(2021, 7, 16)


_PIECES = st.sampled_from(
    [
        " ",
        ", ",
        ".",
        "\n",
        "/",
        "-",
        "–",
        "(",
        ")",
        "ngày ",
        "tháng ",
        "năm ",
        "quý ",
        "sáng ",
        "thứ ",
        "Hai ",
        "hôm ",
        "nay ",
        "qua ",
        "từ ",
        "đến ",
        "nhiệm kỳ ",
        "6 tháng đầu ",
        "h",
        "giờ ",
        "số ",
    ]
)
_NUMBERS = st.integers(min_value=0, max_value=2100).map(str)
_WORDS = st.text(alphabet=string.ascii_letters + "ăâđêôơưáàảãạ", min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, _NUMBERS, _WORDS), max_size=30))
def test_spans_always_point_into_the_text_and_never_cross(pieces: list[str]) -> None:
    text = "".join(pieces)
    mentions = find_dates(text, ExtractContext(published=dt.date(2021, 7, 20)))
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    for earlier, later in itertools.pairwise(mentions):
        # Spans never cross; the one nesting is by design: the year closing "6 tháng đầu năm 2021" is
        # a year mention of its own (the seed's gold lists it), inside the half-year.
        closing_year = later.granularity == "year" and earlier.start < later.start and later.end == earlier.end
        assert earlier.end <= later.start or closing_year
