"""Date mentions as record facts, and the publication date they point to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bantin.extract.context import ExtractContext
from bantin.extract.dates._mention import DateMention
from bantin.record import Fact

_EVENT_SOURCES = frozenset({"explicit", "same-sentence", "nearest-explicit-year"})
_EVENT_GRANULARITIES = frozenset({"day", "datetime", "day-range"})


def to_facts(mentions: Iterable[DateMention]) -> list[Fact]:
    """Turn mentions into ``kind="date"`` facts.

    ``value`` is the mention's ISO value; a range is a two-item list ``[start,
    end]`` (``["2020", "2025"]``, as the seed's gold file writes it) rather than an
    ISO interval string, so that a reader needs no parsing to get either end.
    The fact also carries ``granularity``, ``part_of_day``, ``time``, ``weekday``,
    ``weekday_consistent``, ``year_from``, ``is_relative`` and ``evidence``.
    """
    facts = []
    for mention in mentions:
        value = list(mention.value) if isinstance(mention.value, tuple) else mention.value
        facts.append(
            Fact.model_validate(
                {
                    "kind": "date",
                    "text": mention.text,
                    "start": mention.start,
                    "end": mention.end,
                    "value": value,
                    "evidence": mention.evidence,
                    "granularity": mention.granularity,
                    "part_of_day": mention.part_of_day,
                    "time": mention.time,
                    "weekday": mention.weekday,
                    "weekday_consistent": mention.weekday_consistent,
                    "year_from": mention.year_from,
                    "is_relative": mention.is_relative,
                }
            )
        )
    return facts


def _event_day(mention: DateMention) -> dt.date | None:
    """The day a mention dates when its year comes from the text itself (not from the context)."""
    if mention.granularity not in _EVENT_GRANULARITIES or mention.year_from not in _EVENT_SOURCES:
        return None
    value = mention.value[1] if isinstance(mention.value, tuple) else mention.value
    if value is None or value.startswith("--"):
        return None
    return dt.date.fromisoformat(value[:10])


def estimate_publication_date(
    text: str, context: ExtractContext | None, mentions: Iterable[DateMention]
) -> tuple[dt.date, str] | None:
    """Return the best estimate of when the article was published, with the evidence for it.

    The rule, in order:

    1. the publication date of the context (the article's metadata), when known;
    2. else the latest event day the text dates by itself (a day, a time on a day
       or the end of a day range, whose year is written or taken from the text,
       not from the context), not after the dateline when there is one, and
       other than the dateline printed on the first line (a first line that is
       nothing but a date is taken for the dateline when the context has none):
       news is published on the day of the event it reports or just after, and
       a page date can be months later;
    3. else the dateline, as the only date there is (an upper bound: the page
       was printed that day);
    4. else ``None``.

    For the seed article (dateline Sunday 29/05/2022, event "Sáng 16/7" of
    2021 by the same sentence) this gives 2021-07-16.
    """
    context = context or ExtractContext()
    if context.published is not None:
        return context.published, f"the publication date {context.published} from the article's metadata"
    mentions = list(mentions)
    page_date = context.dateline
    first_line = text.split("\n", 1)[0].strip()
    page_mention = next((m for m in mentions if m.start < len(first_line) and m.text == first_line), None)
    if page_date is None and page_mention is not None:
        page_date = _event_day(page_mention)  # a first line that is nothing but a date is a page date
    best: tuple[dt.date, DateMention] | None = None
    for mention in mentions:
        day = _event_day(mention)
        if day is None or (page_date is not None and day > page_date):
            continue
        if mention is page_mention or (day == page_date and mention.end <= len(first_line)):
            continue  # the dateline itself, printed on the first line
        if best is None or day > best[0]:
            best = (day, mention)
    if best is not None:
        day, mention = best
        bound = f", not after the dateline {page_date}" if page_date is not None else ""
        return day, (
            f"the latest event day in the text{bound}: '{mention.text}' = {day} ({mention.evidence}); "
            "news is published on the day of the event or just after"
        )
    if page_date is not None:
        return (
            page_date,
            f"no event day in the text: the dateline {page_date} is the only date, an upper bound",
        )
    return None
