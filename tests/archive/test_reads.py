"""Reading the archive: selections, stats, register of documents, export."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bantin.archive import Archive, Selection
from tests.archive.conftest import page, raw

PAGES = {
    "dn.txt": page("Đà Nẵng triển khai Nghị định 15/2020/NĐ-CP",
                   "Sáng 3/9, Sở Thông tin và Truyền thông thành phố Đà Nẵng triển khai Nghị định 15/2020/NĐ-CP.",
                   dateline="Thứ Hai, 04/09/2023"),
    "ls.txt": page("Lạng Sơn quán triệt Chỉ thị 05-CT/TW",
                   "Sáng 12/3, Ban Tuyên giáo Tỉnh ủy Lạng Sơn quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị.",
                   dateline="Thứ Ba, 12/03/2024"),
    "hn.txt": page("Hà Nội họp báo về Nghị định 15/2020/NĐ-CP",
                   "Chiều 5/6, UBND thành phố Hà Nội họp báo về Nghị định 15/2020/NĐ-CP.",
                   dateline="Thứ Tư, 05/06/2024"),
}


@pytest.fixture()
def archive(db: Path):
    with Archive.open(db) as archive:
        archive.ingest([raw(text, source=f"folder/{name}") for name, text in PAGES.items()])
        yield archive


def _titles(archive: Archive, selection: Selection) -> set[str]:
    return {a.title for a in archive.articles(selection)}


def test_select_by_document(archive: Archive) -> None:
    selected = _titles(archive, Selection(documents=("state:ND:15/2020:CP",)))
    assert selected == {"Đà Nẵng triển khai Nghị định 15/2020/NĐ-CP", "Hà Nội họp báo về Nghị định 15/2020/NĐ-CP"}


def test_select_by_place_with_or_without_accents(archive: Archive) -> None:
    assert _titles(archive, Selection(places=("da nang",))) == _titles(archive, Selection(places=("Đà Nẵng",)))
    assert len(_titles(archive, Selection(places=("Đà Nẵng",)))) == 1


def test_select_by_dates(archive: Archive) -> None:
    import datetime as dt

    selected = _titles(archive, Selection(date_from=dt.date(2024, 1, 1)))
    assert selected == {"Lạng Sơn quán triệt Chỉ thị 05-CT/TW", "Hà Nội họp báo về Nghị định 15/2020/NĐ-CP"}


def test_stats_by_source_and_month(archive: Archive) -> None:
    stats = archive.stats()
    assert stats.articles == 3
    assert sum(n for _, n in stats.by_month) == 3
    assert {m for m, _ in stats.by_month} == {"2023-09", "2024-03", "2024-06"}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bantin", *args], capture_output=True, text=True, timeout=120)


def test_export_jsonl_and_csv(archive: Archive) -> None:
    lines = _cli("export", "--db", str(archive.path), "--doc", "party:CT:05:TW").stdout.splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Lạng Sơn quán triệt Chỉ thị 05-CT/TW"]
    rows = list(csv.DictReader(io.StringIO(_cli("export", "--db", str(archive.path), "--format", "csv").stdout)))
    assert len(rows) == 3 and "Đà Nẵng" in {p for r in rows for p in r["places"].split("; ")}


def test_export_parquet(archive: Archive, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    result = _cli("export", "--db", str(archive.path), "--format", "parquet", "--out", str(out))
    assert result.returncode == 0, result.stderr
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert "documents" in table.column_names


def test_show_and_stats_commands(archive: Archive) -> None:
    article = next(archive.articles())
    shown = _cli("show", article.id[:8], "--db", str(archive.path))
    assert shown.returncode == 0 and article.title in shown.stdout
    stats = json.loads(_cli("stats", "--db", str(archive.path), "--json").stdout)
    assert stats["articles"] == 3


def test_reading_a_missing_archive_is_a_clear_error(tmp_path: Path) -> None:
    result = _cli("stats", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1
    assert "no archive here" in result.stderr


def test_an_archive_of_an_older_schema_is_named_then_migrated(archive: Archive) -> None:
    path = archive.path
    archive.conn.execute("DROP TABLE entity_articles")
    archive.conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    archive.close()
    refused = _cli("stats", "--db", str(path))
    assert refused.returncode == 1 and f"run 'bantin migrate --db {path}'" in refused.stderr
    migrated = _cli("migrate", "--db", str(path))
    assert migrated.returncode == 0 and "schema version 2" in migrated.stdout
    assert json.loads(_cli("stats", "--db", str(path), "--json").stdout)["articles"] == 3


def test_migrating_a_missing_archive_creates_nothing(tmp_path: Path) -> None:
    result = _cli("migrate", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1 and "no archive here" in result.stderr
    assert not (tmp_path / "none.db").exists()
