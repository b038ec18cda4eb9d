"""Ingest into the archive: new, unchanged, updated with history, duplicate, rejected."""

from __future__ import annotations

from pathlib import Path

from bantin.archive import Archive, Selection
from bantin.errors import EmptyInputError
from tests.archive.conftest import page, raw

A = page("Đà Nẵng khởi công trường học mới", "Sáng 3/9, UBND thành phố Đà Nẵng khởi công trường THCS.")
B = page("Lạng Sơn sơ kết công tác tuyên giáo", "Sáng 2/9, Ban Tuyên giáo Tỉnh ủy Lạng Sơn tổ chức hội nghị.")


def test_new_articles_are_stored_with_their_facts(db: Path) -> None:
    with Archive.open(db) as archive:
        tally = archive.ingest([raw(A, source="a.txt"), raw(B, source="b.txt")])
        assert tally.counts == {"new": 2}
        assert archive.count() == 2
        article = next(archive.articles(Selection(places=("Đà Nẵng",))))
        assert article.title == "Đà Nẵng khởi công trường học mới"
        assert any(f.kind == "place" for f in article.facts)


def test_the_same_inputs_twice_add_nothing(db: Path) -> None:
    with Archive.open(db) as archive:
        archive.ingest([raw(A), raw(B)])
        tally = archive.ingest([raw(A), raw(B)])
        assert tally.counts == {"unchanged": 2}
        assert archive.count() == 2


def test_a_changed_page_at_the_same_url_is_an_update_with_history(db: Path) -> None:
    url = "https://baodanang.vn/khoi-cong-truong-hoc.htm"
    with Archive.open(db) as archive:
        archive.ingest([raw(A, url=url)])
        corrected = A.replace("trường THCS", "trường THCS Nguyễn Huệ")
        tally = archive.ingest([raw(corrected, url=url)])
        assert tally.counts == {"updated": 1}
        assert archive.count() == 1
        (article,) = archive.articles()
        assert "Nguyễn Huệ" in article.text
        history = archive.history(article.id)
        assert [h["version"] for h in history] == [1]
        assert history[0]["reason"] == "content changed"


def test_the_same_text_at_another_url_is_a_duplicate_kept_aside(db: Path) -> None:
    with Archive.open(db) as archive:
        archive.ingest([raw(A, url="https://a.vn/1.htm")])
        tally = archive.ingest([raw(A, url="https://b.vn/relay.htm")])
        assert tally.counts == {"duplicate": 1}
        assert archive.count() == 1
        assert archive.stats().duplicates == 1


def test_rejects_are_kept_with_their_reason(db: Path) -> None:
    with Archive.open(db) as archive:
        tally = archive.ingest([EmptyInputError("empty.txt", "the input is empty"), raw(A)])
        assert tally.counts == {"rejected": 1, "new": 1}
        (reject,) = archive.rejects()
        assert reject["source"] == "empty.txt" and reject["reason"] == "the input is empty"
        archive.ingest([EmptyInputError("empty.txt", "the input is empty")])
        assert len(archive.rejects()) == 1  # seen again, still one reject


def test_undecodable_bytes_are_rejected_and_kept(db: Path) -> None:
    garbage = raw("x", source="garbage.txt")
    garbage = garbage.__class__(source="garbage.txt", data=bytes(range(128, 256)) * 8, read_at=garbage.read_at)
    with Archive.open(db) as archive:
        tally = archive.ingest([garbage])
        assert tally.counts == {"rejected": 1}
        (reject,) = archive.rejects()
        assert reject["raw_sha256"] is not None
        assert archive.raw(reject["raw_sha256"])[1] == garbage.data


def test_raw_input_is_kept_compressed_and_given_back(db: Path) -> None:
    with Archive.open(db) as archive:
        archive.ingest([raw(A)])
        (article,) = archive.articles()
        content_type, data = archive.raw(article.provenance.sha256)
        assert data == A.encode("utf-8")


def test_reprocess_rederives_every_record(db: Path) -> None:
    with Archive.open(db) as archive:
        archive.ingest([raw(A), raw(B)])
        archive.conn.execute("UPDATE articles SET extractor_version = 'bantin 0.0.0'")
        archive.conn.execute("UPDATE seen_inputs SET extractor_version = 'bantin 0.0.0'")
        tally = archive.reprocess()
        assert tally.counts == {"updated": 2}
        assert all(h["reason"].startswith("re-derived") for a in archive.articles() for h in archive.history(a.id))


def test_worker_processes_give_the_same_archive(db: Path, tmp_path: Path) -> None:
    pages = [raw(page(f"Tiêu đề số {i}", f"Sáng {i}/9, hội nghị lần thứ {i} khai mạc."), source=f"{i}.txt")
             for i in range(1, 25)]
    with Archive.open(db) as one:
        one.ingest(pages, batch_size=5)
        ids_one = sorted(a.id for a in one.articles())
    with Archive.open(tmp_path / "two.db") as two:
        tally = two.ingest(pages, workers=2, batch_size=5)
        assert tally.counts == {"new": 24}
        assert sorted(a.id for a in two.articles()) == ids_one


def test_schema_is_versioned(db: Path) -> None:
    from bantin.archive import SCHEMA_VERSION

    with Archive.open(db) as archive:
        version = archive.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        assert int(version) == SCHEMA_VERSION
        assert archive.integrity_check() == "ok"
        mode = archive.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
