"""The archive's read-side views that the pages stand on, checked on their own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bantin.archive import entity_views, views


def _conn(archive_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{archive_path}?mode=ro", uri=True)


def test_a_source_is_silent_when_its_last_article_is_over_a_week_older_than_the_newest(archive_path: Path) -> None:
    conn = _conn(archive_path)
    newest = conn.execute("SELECT max(published) FROM articles").fetchone()[0]
    activity = {s.source: s for s in views.source_activity(conn, newest)}
    newest_source = conn.execute("SELECT source FROM articles WHERE published = ?", (newest,)).fetchone()[0]
    assert not activity[newest_source].is_silent and activity[newest_source].days_silent == 0
    assert all(s.is_silent == (s.days_silent is None or s.days_silent > 7) for s in activity.values())
    ordered = views.source_activity(conn, newest)
    assert [s.is_silent for s in ordered] == sorted((s.is_silent for s in ordered), reverse=True)


def test_facet_counts_count_each_article_once_per_value(archive_path: Path) -> None:
    conn = _conn(archive_path)
    ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
    facets = views.facet_counts(conn, ids, per_facet=1000)
    assert facets.counted == len(ids)
    assert sum(f.count for f in facets.sources) == len(ids)
    dated = conn.execute("SELECT count(*) FROM articles WHERE published IS NOT NULL").fetchone()[0]
    assert sum(f.count for f in facets.months) == dated
    assert all(f.count <= len(ids) for f in facets.people + facets.places + facets.documents)


def test_an_entity_is_found_by_key_by_tone_placement_and_without_accents(archive_path: Path) -> None:
    conn = _conn(archive_path)
    by_key = views.find_entity(conn, "organization", "ban tuyên giáo tỉnh ủy lạng sơn")
    old_tones = views.find_entity(conn, "organization", "Ban Tuyên giáo Tỉnh uỷ Lạng Sơn")
    plain = views.find_entity(conn, "organization", "ban tuyen giao tinh uy lang son")
    assert by_key and old_tones and plain and by_key[1] == old_tones[1] == plain[1]
    assert views.find_entity(conn, "person", "") is None
    assert views.find_entity(conn, "weather", "x") is None


def test_meeting_ids_are_article_and_fact_number() -> None:
    assert entity_views.parse_meeting_id("9096695ad3c0d0c5-5") == ("9096695ad3c0d0c5", 5)
    assert entity_views.parse_meeting_id("no-number-x") is None
    assert entity_views.parse_meeting_id("-3") is None


def test_entity_list_filters_on_names_without_accents(archive_path: Path) -> None:
    conn = _conn(archive_path)
    page = views.entity_list(conn, "place", query="lang son")
    assert page.items and all("lang son" in i.entity.key for i in page.items)
    assert views.entity_list(conn, "place", query="%").total == 0  # LIKE wildcards are text
