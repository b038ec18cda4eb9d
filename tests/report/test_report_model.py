"""The report model over the bundled samples: each section against the records themselves."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from bantin.archive import Archive, Selection
from bantin.report import Report, ReportRequest, ReportRequestError, build_report, default_period
from bantin.report._build import period_ending
from bantin.report._coverage import empty_ranges
from bantin.report._meetings import link_tasks
from bantin.report._model import DayRange
from tests.report._records import expected_places, records


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ReportRequestError, match="swap the dates"):
        ReportRequest(dt.date(2025, 1, 2), dt.date(2025, 1, 1))


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ReportRequestError, match="vi, en"):
        ReportRequest(dt.date(2025, 1, 1), dt.date(2025, 1, 2), lang="fr")


def test_the_previous_period_has_the_same_length_and_ends_the_day_before() -> None:
    request = ReportRequest(dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert request.days == 181
    assert request.previous() == (dt.date(2024, 7, 4), dt.date(2024, 12, 31))


def test_six_months_ending_on_a_day() -> None:
    assert period_ending(dt.date(2025, 10, 18)) == (dt.date(2025, 4, 19), dt.date(2025, 10, 18))
    assert period_ending(dt.date(2025, 8, 31)) == (dt.date(2025, 3, 1), dt.date(2025, 8, 31))


def test_the_default_period_is_six_months_up_to_the_newest_article(sample_db: Path) -> None:
    with Archive.open(sample_db, readonly=True) as archive:
        newest = archive.conn.execute("SELECT max(published) FROM articles").fetchone()[0]
        start, end = default_period(archive)
        assert end.isoformat() == newest
        assert (start, end) == period_ending(end)
        assert default_period(archive, date_to=dt.date(2024, 12, 31)) == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))
        assert default_period(archive, date_from=dt.date(2030, 1, 1)) == (dt.date(2030, 1, 1), dt.date(2030, 1, 1))


def test_runs_of_days_without_articles() -> None:
    days = {dt.date(2025, 1, 2), dt.date(2025, 1, 5)}
    assert empty_ranges(dt.date(2025, 1, 1), dt.date(2025, 1, 7), days) == [
        DayRange(dt.date(2025, 1, 1), dt.date(2025, 1, 1)),
        DayRange(dt.date(2025, 1, 3), dt.date(2025, 1, 4)),
        DayRange(dt.date(2025, 1, 6), dt.date(2025, 1, 7)),
    ]


def test_every_dated_sample_is_counted_and_the_undated_are_said(sample_db: Path, sample_report: Report) -> None:
    conn = sqlite3.connect(sample_db)
    dated, undated = conn.execute("SELECT count(published), count(*) - count(published) FROM articles").fetchone()
    conn.close()
    assert sample_report.totals.articles == dated == sample_report.appendix.total
    assert sample_report.totals.undated_articles == undated > 0
    assert not sample_report.appendix.is_truncated
    assert sum(m.articles for m in sample_report.totals.by_month) == dated
    assert sample_report.coverage.empty_days + sample_report.totals.days_with_articles == sample_report.request.days


def test_tasks_are_grouped_under_the_meeting_the_records_link_them_to(sample_db: Path, sample_report: Report) -> None:
    checked = 0
    for article in records(sample_db, sample_report.request):
        rows = [(seq, f.kind, f.start, f.value) for seq, f in enumerate(article.facts) if f.kind in ("meeting", "task")]
        spans = {seq: [f.start, f.end] for seq, f in enumerate(article.facts) if f.kind == "meeting"}
        linked = link_tasks(rows)
        expected: dict[int, list[str]] = {}
        for f in article.facts:
            if f.kind == "task" and (f.model_extra or {}).get("meeting"):
                owner = next(seq for seq, span in spans.items() if span == f.model_extra["meeting"])
                expected.setdefault(owner, []).append(f.value)
                checked += 1
        assert linked == expected, article.id
    assert checked > 20


def test_the_meetings_shown_carry_their_tasks(sample_report: Report) -> None:
    meetings = sample_report.meetings
    assert meetings.total >= len(meetings.shown) > 10
    assert meetings.tasks == sum(len(m.tasks) for m in meetings.shown) > 20
    dated = [m.date for m in meetings.shown if m.date]
    assert dated == sorted(dated)
    assert any(m.bridge_points for m in meetings.shown)


def test_places_count_in_the_new_province_and_under_the_old_one(sample_db: Path, sample_report: Report) -> None:
    by_new, by_old = expected_places(sample_db, sample_report.request)
    rows = sample_report.places.provinces
    assert {r.name: r.mentions for r in rows} == dict(by_new)
    assert {(r.name, u.name): u.mentions for r in rows for u in r.old_units} == dict(by_old)
    tuyen_quang = next(r for r in rows if r.name == "Tuyên Quang")
    assert "Hà Giang" in {u.name for u in tuyen_quang.old_units}  # merged into Tuyên Quang on 1 July 2025
    assert all(r.mentions == r.new_map_mentions + sum(u.mentions for u in r.old_units) for r in rows)


def test_a_place_filter_keeps_the_articles_naming_it(sample_db: Path, sample_report: Report) -> None:
    request = ReportRequest(sample_report.request.date_from, sample_report.request.date_to, places=("lang son",))
    with Archive.open(sample_db, readonly=True) as archive:
        report = build_report(archive, request)
        expected = archive.search("", Selection(date_from=request.date_from, date_to=request.date_to,
                                                places=("lang son",)), limit=100).total
    assert report.totals.articles == expected > 0
    assert report.places.provinces[0].name == "Lạng Sơn"


def test_a_period_without_articles_gives_an_empty_report(sample_db: Path) -> None:
    with Archive.open(sample_db, readonly=True) as archive:
        report = build_report(archive, ReportRequest(dt.date(2001, 1, 1), dt.date(2001, 3, 31)))
    assert report.totals.articles == 0
    assert report.documents == report.people == report.appendix.rows == []
    assert report.meetings.total == 0
    assert report.coverage.empty_days == 90


def test_the_appendix_is_cut_at_its_limit_and_says_so(sample_db: Path, sample_report: Report) -> None:
    request = ReportRequest(sample_report.request.date_from, sample_report.request.date_to, appendix_limit=5)
    with Archive.open(sample_db, readonly=True) as archive:
        report = build_report(archive, request)
    assert report.appendix.is_truncated and len(report.appendix.rows) == 5
    assert [r.published for r in report.appendix.rows] == sorted(r.published for r in report.appendix.rows)
