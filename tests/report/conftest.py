"""Archives for the report tests: the bundled samples (always), the real corpora (when ../shared is there).

Both are built once per test session; the report only reads them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.archive import Archive
from bantin.report import Report, ReportRequest, archive_period, build_report
from bantin.samples import sample_paths
from bantin.sources import SourceOptions, iter_inputs, iter_sources
from tests.conftest import shared_path

REAL_FOLDERS = ("news_dantri", "news_baomoi", "legal_vlc", "legal_html", "legacy_encodings")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of the bundled sample articles."""
    db = tmp_path_factory.mktemp("samples") / "samples.db"
    with Archive.open(db) as archive:
        archive.ingest(iter_inputs([str(p) for p in sample_paths()]))
    return db


@pytest.fixture(scope="session")
def sample_report(sample_db: Path) -> Report:
    """The report of the samples over their whole date range, in Vietnamese."""
    with Archive.open(sample_db, readonly=True) as archive:
        period = archive_period(archive)
        assert period is not None
        return build_report(archive, ReportRequest(*period))


@pytest.fixture(scope="session")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of the real corpora of ../shared/data (skipped with the reason when absent)."""
    inputs = [str(shared_path(folder)) for folder in REAL_FOLDERS]
    db = tmp_path_factory.mktemp("real") / "real.db"
    with Archive.open(db) as archive:
        archive.ingest(iter_sources(inputs, options=SourceOptions()), workers=2)
    return db
