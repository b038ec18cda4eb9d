"""find_dates keeps its last readings per text and context: the pipeline reads a page twice."""

from __future__ import annotations

import datetime as dt

from bantin.extract import ExtractContext
from bantin.extract.dates import find_dates
from bantin.extract.dates._mention import EstimatedDate

TEXT = "Hôm qua, UBND tỉnh Lạng Sơn họp."


def _values(context: ExtractContext) -> list[object]:
    return [m.value for m in find_dates(TEXT, context)]


def test_an_estimated_date_is_not_taken_for_the_metadata_date_of_the_same_day() -> None:
    metadata = ExtractContext(published=dt.date(2021, 7, 16))
    estimated = ExtractContext(published=EstimatedDate.of(dt.date(2021, 7, 16)))
    assert metadata == estimated  # equal contexts: the reading must not be shared between them
    assert _values(metadata) == ["2021-07-15"]
    assert _values(estimated) == [None]  # an estimate dates no relative word
    assert _values(metadata) == ["2021-07-15"]


def test_each_call_returns_a_list_of_its_own() -> None:
    context = ExtractContext(published=dt.date(2021, 7, 16))
    first = find_dates(TEXT, context)
    first.clear()
    assert len(find_dates(TEXT, context)) == 1
