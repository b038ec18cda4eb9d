"""The number of articles of each entity, kept by the writer, equals what the mentions say.

Entity lists (/people, /organizations, /places) read ``entity_articles`` instead of counting
the mentions of a large archive at request time; these tests hold it to a recount after new
articles, an update that drops and adds entities, a reprocess, and a migration of an archive
written before the table existed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bantin.archive import Archive, views
from tests.archive.conftest import page, raw

A = page("Đà Nẵng khởi công trường học mới", "Sáng 3/9, UBND thành phố Đà Nẵng khởi công trường THCS. Ông Lê Văn Hùng dự.")
B = page("Lạng Sơn sơ kết công tác tuyên giáo", "Sáng 2/9, Ban Tuyên giáo Tỉnh ủy Lạng Sơn tổ chức hội nghị tại Đà Nẵng.")


def recount(conn: sqlite3.Connection) -> dict[int, int]:
    rows = conn.execute("SELECT entity_id, count(DISTINCT article_id) FROM mentions GROUP BY entity_id")
    return dict(rows.fetchall())


def kept(conn: sqlite3.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT entity_id, articles FROM entity_articles WHERE articles > 0").fetchall())


def test_counts_follow_new_articles_updates_and_reprocessing(db: Path) -> None:
    url = "https://baodanang.vn/khoi-cong.htm"
    with Archive.open(db) as archive:
        archive.ingest([raw(A, url=url), raw(B, source="b.txt")])
        assert kept(archive.conn) == recount(archive.conn) and len(recount(archive.conn)) >= 4
        # the update names Hà Nội in its text instead of Đà Nẵng and drops the person
        changed = A.replace("thành phố Đà Nẵng", "thành phố Hà Nội").replace(" Ông Lê Văn Hùng dự.", "")
        assert archive.ingest([raw(changed, url=url)]).counts == {"updated": 1}
        assert kept(archive.conn) == recount(archive.conn)
        archive.conn.execute("UPDATE articles SET extractor_version = 'bantin 0.0.0'")
        archive.conn.execute("UPDATE seen_inputs SET extractor_version = 'bantin 0.0.0'")
        assert archive.reprocess().counts == {"updated": 2}
        assert kept(archive.conn) == recount(archive.conn)
        listed = {item.entity.name: item.articles for item in views.entity_list(archive.conn, "place").items}
        assert listed.get("Đà Nẵng") == 2 and listed.get("Hà Nội") == 1  # A keeps Đà Nẵng in its title
        assert "Lê Văn Hùng" not in {i.entity.name for i in views.entity_list(archive.conn, "person").items}


def test_an_archive_of_schema_1_gets_its_counts_when_opened_for_writing(db: Path) -> None:
    with Archive.open(db) as archive:
        archive.ingest([raw(A, source="a.txt"), raw(B, source="b.txt")])
        expected = recount(archive.conn)
        archive.conn.execute("DROP TABLE entity_articles")
        archive.conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Archive.open(db) as migrated:
        assert kept(migrated.conn) == expected
        assert migrated.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"
