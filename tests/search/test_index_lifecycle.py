"""Writing the index: idempotent upserts, deletes, crashes before commit, verify, versions, locks."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from bantin.search import IndexLockedError, IndexVersionError, SearchIndex, SearchIndexError
from tests.search.corpus import DOCS, IDS, build, ids


def test_created_on_first_use_with_a_version_file(tmp_path: Path) -> None:
    path = tmp_path / "bantin.db.index"
    with SearchIndex.open(path) as index:
        assert index.count() == 0
    assert json.loads((path / "bantin-search.json").read_text())["schema_version"] >= 1


def test_upsert_is_idempotent(tmp_path: Path) -> None:
    with build(tmp_path / "ix") as index:
        index.upsert(DOCS)
        index.commit()
        index.upsert(DOCS[:3])
        index.commit()
        assert index.count() == len(DOCS)
        assert index.verify(IDS).is_consistent


def test_upsert_replaces_the_article(tmp_path: Path) -> None:
    with build(tmp_path / "ix") as index:
        index.upsert([dataclasses.replace(DOCS[5], title="Giá dầu", text="Giá dầu giảm.")])
        index.commit()
        assert "gia-vang" not in ids(index, "vàng")
        assert "gia-vang" in ids(index, "dầu")


def test_uncommitted_work_is_lost_in_a_crash_and_replay_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    with build(path) as index:
        index.upsert([dataclasses.replace(DOCS[0], text="Bản mới chưa ghi.")])
        index.delete(["bong-da"])
    # The process "dies" here: close() dropped the uncommitted batch, as a crash would.
    with SearchIndex.open(path) as index:
        assert index.count() == len(DOCS)
        assert "khoa-ct05" in ids(index, "triển khai")
        # The drain step replays its queue: the same batch again, then the commit.
        for _ in range(2):
            index.upsert([dataclasses.replace(DOCS[0], text="Bản mới chưa ghi.")])
            index.delete(["bong-da"])
        index.commit()
        assert index.count() == len(DOCS) - 1
        assert ids(index, "bản mới") == {"khoa-ct05"}


def test_delete_unknown_id_is_harmless(tmp_path: Path) -> None:
    with build(tmp_path / "ix") as index:
        index.delete(["no-such-id"])
        index.commit()
        assert index.count() == len(DOCS)


def test_verify_names_missing_and_extra_ids(tmp_path: Path) -> None:
    with build(tmp_path / "ix") as index:
        archive = (IDS - {"bong-da"}) | {"only-in-archive"}
        report = index.verify(sorted(archive))
        assert report.missing == ("only-in-archive",)
        assert report.extra == ("bong-da",)
        assert report.indexed == len(DOCS) and not report.is_consistent


def test_reopen_reads_what_was_committed(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    build(path).close()
    with SearchIndex.open(path) as index:
        assert ids(index, "tinh uy") == {"khoa-ct05", "qnam-ct05"}


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    SearchIndex.open(path).close()
    (path / "bantin-search.json").write_text('{"schema_version": 0}')
    with pytest.raises(IndexVersionError, match="reindex"):
        SearchIndex.open(path)


def test_a_folder_of_other_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(SearchIndexError, match="not a bantin search index"):
        SearchIndex.open(tmp_path)


def test_second_writer_is_refused_while_readers_read(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    with build(path) as writer:
        writer.upsert(DOCS[:1])
        reader = SearchIndex.open(path)
        assert reader.count() == len(DOCS)
        with pytest.raises(IndexLockedError):
            reader.upsert(DOCS[:1])
        writer.commit()


def test_writer_settings_are_checked(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError):
        SearchIndex.open(tmp_path / "ix", writer_threads=2, writer_heap_bytes=20_000_000)
