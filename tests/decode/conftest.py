"""Fixtures for the decode tests: the real legacy-encoding corpus in ../shared/data.

Kept local to tests/decode on purpose; a project-wide tests/conftest.py may add its own helpers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

# The repository root is two levels up (tests/decode/conftest.py); the shared data sits beside it.
SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture
def legacy_dir() -> Path:
    """``../shared/data/legacy_encodings``, or skip with the reason when the corpus is not there."""
    path = SHARED_DATA / "legacy_encodings"
    if not path.is_dir():
        pytest.skip(f"../shared/data is absent: {path.resolve()} not found (real legacy-encoding files)")
    return path
