"""The SVG charts: bars in time order with the gaps kept, escaped labels, links on bars."""

from __future__ import annotations

from bantin.web._chart import Bar, bar_chart, continuous, daily


def test_months_without_articles_are_empty_bars() -> None:
    bars = continuous([("2024-11", 2), ("2025-02", 5)])
    assert [(b.label, b.count) for b in bars] == [("2024-11", 2), ("2024-12", 0), ("2025-01", 0), ("2025-02", 5)]


def test_more_than_ten_years_of_months_become_years() -> None:
    bars = continuous([("2010-01", 1), ("2010-05", 2), ("2024-12", 3)])
    assert bars[0] == Bar("2010", 3) and bars[-1] == Bar("2024", 3) and len(bars) == 15


def test_the_chart_escapes_and_links() -> None:
    svg = str(bar_chart([Bar("<b>", 3, "/search?q=a&from=2024-01-01"), Bar("x", 0, "/x")], title='"<t>"'))
    assert svg.startswith("<svg") and "<b>" not in svg and "&lt;b&gt;" in svg and "&#34;&lt;t&gt;&#34;" in svg
    assert 'href="/search?q=a&amp;from=2024-01-01"' in svg
    assert 'href="/x"' not in svg  # an empty bar leads nowhere
    assert " style=" not in svg


def test_no_bars_no_chart() -> None:
    assert str(bar_chart([], title="t")) == ""


def test_reports_of_a_meeting_by_day_keep_the_days_between() -> None:
    bars = daily(["2025-07-18", "2025-07-16", "2025-07-16", "2025-07-16T08:00"])
    assert [(b.label, b.count) for b in bars] == [("2025-07-16", 3), ("2025-07-17", 0), ("2025-07-18", 1)]
    assert daily([]) == [] and daily(["undated"]) == []


def test_reports_over_more_than_two_months_are_counted_by_month() -> None:
    bars = daily(["2025-01-02", "2025-04-30"])
    assert [(b.label, b.count) for b in bars] == [("2025-01", 1), ("2025-02", 0), ("2025-03", 0), ("2025-04", 1)]
