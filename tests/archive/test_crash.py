"""Crash safety: an ingest killed with SIGKILL at random moments, twenty times, then run to the end.

The archive must pass SQLite's integrity check, hold every article exactly once,
and have lost nothing: the same content as an archive filled in one clean run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bantin.decode import decode_bytes
from bantin.samples import sample_paths

KILLS = 20
PAGES = 6000  # about 15 s of ingest on this machine: twenty kills land before it ends
MAX_ATTEMPTS = 40


def _write_corpus(folder: Path) -> int:
    """Pages made from the sample articles, each varied so that no two are the same text."""
    texts = [decode_bytes(p.read_bytes(), source=str(p)).text for p in sample_paths()]
    folder.mkdir()
    for index in range(PAGES):
        text = texts[index % len(texts)]
        varied = f"{text}\n\nBản tin số {index} trong loạt bài về {index % 7} địa phương.\n"
        (folder / f"{index:05d}.txt").write_text(varied, encoding="utf-8")
    return PAGES


def _ingest(corpus: Path, db: Path, workers: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bantin", "ingest", str(corpus), "--db", str(db), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


def _content(db: Path) -> tuple[int, set[str], int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        hashes = {row[0] for row in conn.execute("SELECT content_hash FROM articles")}
        facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
        return count, hashes, facts
    finally:
        conn.close()


def _running_runs(db: Path) -> set[int]:
    """Ids of the runs recorded as still running: those a kill cut short."""
    if not db.exists():
        return set()
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM ingest_runs WHERE status = 'running'")}
    except sqlite3.OperationalError:  # killed before the schema was written
        return set()
    finally:
        conn.close()


def test_twenty_random_kills_lose_nothing_and_duplicate_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "pages"
    expected = _write_corpus(corpus)
    seed = int(os.environ.get("BANTIN_CRASH_SEED", "20261126"))
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    kills = 0
    cut_runs: set[int] = set()  # a kill that lands before the run is recorded (a loaded machine) leaves no row
    for attempt in range(MAX_ATTEMPTS):
        if kills == KILLS:
            break
        process = _ingest(corpus, db, workers=1 + attempt % 2)
        time.sleep(rng.uniform(0.5, 2.0))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the ingest and its worker processes, at once
            kills += 1
        process.wait()
        cut_runs |= _running_runs(db)
        count, hashes, _ = _content(db) if db.exists() else (0, set(), 0)
        assert count == len(hashes), f"attempt {attempt}: an article stored twice"
    final = _ingest(corpus, db, workers=2)
    assert final.wait(timeout=300) == 0
    count, hashes, facts = _content(db)

    clean_db = tmp_path / "clean.db"
    assert _ingest(corpus, clean_db, workers=2).wait(timeout=300) == 0
    clean_count, clean_hashes, clean_facts = _content(clean_db)
    print(f"\nseed {seed}: {kills} kills; {count} articles, {facts} facts; clean run {clean_count}, {clean_facts}")
    assert kills == KILLS, "the ingest ended before twenty kills landed: make the corpus larger"
    assert count == clean_count == expected
    assert hashes == clean_hashes
    assert facts == clean_facts
    conn = sqlite3.connect(db)
    kept = dict(conn.execute("SELECT entity_id, articles FROM entity_articles WHERE articles > 0").fetchall())
    counted = dict(conn.execute(
        "SELECT entity_id, count(DISTINCT article_id) FROM mentions GROUP BY entity_id").fetchall())
    conn.close()
    assert kept == counted, "the articles kept per entity drifted from the mentions"
    conn = sqlite3.connect(db)
    runs = dict(conn.execute("SELECT id, status FROM ingest_runs").fetchall())
    conn.close()
    print(f"{len(cut_runs)} of the kills landed after their run was recorded")
    assert runs[max(runs)] == "done"
    assert {run_id for run_id, status in runs.items() if status == "interrupted"} == cut_runs
    assert len(cut_runs) >= kills // 2, "most kills landed before the ingest began: sleep longer before killing"
