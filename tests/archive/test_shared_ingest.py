"""Ingesting the real corpora of ../shared/data: exact counts, and nothing added the second time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bantin.archive import Archive
from bantin.sources import SourceOptions, iter_sources
from tests.conftest import shared_path

FOLDERS = ("news_dantri", "news_baomoi", "legal_vlc", "legal_html", "legacy_encodings")
EXPECTED_BY_SOURCE = {
    "dantri.com.vn": 2000,  # news_dantri: one article per JSONL line
    "baomoi.com": 600,  # news_baomoi: one article per JSONL line
    "legal_vlc": 80,  # 81 statute files, one of them empty (rejected)
    "thuvienphapluat.vn": 9,  # legal_html: 9 HTML pages, named by their canonical URL
    "uchardet_vi": 1,  # one paragraph in UTF-8, VISCII and Windows-1258: one article, two duplicates
    "tcvn3_pair": 1,  # one text in TCVN3, UTF-8 and UTF-16: one article, two duplicates
}
EXPECTED_REJECTS = 80 + 9 + 1  # the index lines of legal_vlc and legal_html (no article text), the empty statute


def test_real_corpora_give_the_expected_counts_and_a_second_ingest_adds_nothing(tmp_path: Path) -> None:
    inputs = [str(shared_path(folder)) for folder in FOLDERS]
    db = tmp_path / "shared.db"
    with Archive.open(db) as archive:
        first = archive.ingest(iter_sources(inputs, options=SourceOptions()), workers=2)
        print(f"\nfirst ingest: {dict(first.counts)}")
        assert first.counts["new"] == sum(EXPECTED_BY_SOURCE.values())
        assert first.counts["duplicate"] == 4
        assert first.counts["rejected"] == EXPECTED_REJECTS
        by_source = dict(archive.conn.execute("SELECT source, count(*) FROM articles GROUP BY source").fetchall())
        assert by_source == EXPECTED_BY_SOURCE
        second = archive.ingest(iter_sources(inputs, options=SourceOptions()), workers=2)
        print(f"second ingest: {dict(second.counts)}")
        assert second.counts["new"] == second.counts["updated"] == second.counts["duplicate"] == 0
        assert second.counts["unchanged"] == sum(EXPECTED_BY_SOURCE.values()) + 4
        assert archive.count() == sum(EXPECTED_BY_SOURCE.values())
        assert len(archive.rejects()) == EXPECTED_REJECTS
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
