"""Date mentions as record facts, and the publication date they point to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bantin.extract.context import ExtractContext
from bantin.extract.dates._estimate import estimate as _estimate
from bantin.extract.dates._mention import DateMention
from bantin.record import Fact


def to_facts(mentions: Iterable[DateMention]) -> list[Fact]:
    """Turn mentions into ``kind="date"`` facts.

    ``value`` is the mention's ISO value; a range is a two-item list ``[start,
    end]`` (``["2020", "2025"]``, as the seed's gold file writes it) rather than an
    ISO interval string, so that a reader needs no parsing to get either end.
    The fact also carries ``granularity``, ``part_of_day``, ``time``, ``weekday``,
    ``weekday_consistent``, ``year_from``, ``is_relative`` and ``evidence``.

    A mention with no value a record can hold is left out: a time of day that no
    day dates ("giờ làm việc sáng 8h30-11h30", granularity "time" or
    "time-range": the record contract writes a time on its day,
    "2021-02-03T08:30") and a relative word without a publication date (value
    ``None``: the contract annotates relative dates only against one).
    """
    facts = []
    for mention in mentions:
        if mention.value is None or mention.granularity in ("time", "time-range"):
            continue
        value = list(mention.value) if isinstance(mention.value, tuple) else mention.value
        facts.append(
            Fact.trusted(
                "date",
                mention.text,
                mention.start,
                mention.end,
                value,
                mention.evidence,
                {
                    "granularity": mention.granularity,
                    "part_of_day": mention.part_of_day,
                    "time": mention.time,
                    "weekday": mention.weekday,
                    "weekday_consistent": mention.weekday_consistent,
                    "year_from": mention.year_from,
                    "is_relative": mention.is_relative,
                },
            )
        )
    return facts


def estimate_publication_date(
    text: str, context: ExtractContext | None, mentions: Iterable[DateMention]
) -> tuple[dt.date, str] | None:
    """Return the best estimate of when the article was published, with the evidence for it.

    The rule, in order:

    1. the publication date of the context (the article's metadata), when known;
    2. else the latest day the text points to, not after the dateline when there
       is one: news is published on the day of the latest event it reports or
       just after, and a page date can be months later. The days are

       - the days and months whose year is written, other than the dateline
         printed on the first line (a first line that is nothing but a date is
         taken for the dateline when the context has none) and those said as a
         deadline or a plan ("đến ngày 31/12/2017", "sẽ ... ngày 3/8/2022");
       - the days written without a year, each given the year that puts it after
         those dates ("Ngày 6-2" after a directive "ngày 16-12-2016" is of 2017),
         and not before the year of any document the text cites ("Nghị định
         47/2017/NĐ-CP": the text is of 2017 or later); with no such date, by
         the deadlines and plans it writes, or a year in their own sentence
         (the details and the measures behind them: :mod:`._estimate`);

    3. else the dateline, as the only date there is (an upper bound: the page
       was printed that day);
    4. else ``None``.

    The estimates of rules 2 and 3 are ``EstimatedDate`` instances (plain dates
    to every reader): :func:`find_dates` dates no relative word by them.

    For the seed article (dateline Sunday 29/05/2022, event "Sáng 16/7", the
    year 2021 written in "6 tháng cuối năm 2021") this gives 2021-07-16.
    """
    context = context or ExtractContext()
    if context.published is not None:
        return context.published, f"the publication date {context.published} from the article's metadata"
    return _estimate(text, context.dateline, list(mentions))
