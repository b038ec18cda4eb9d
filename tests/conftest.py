"""Shared fixtures: where the real corpora live, and a skip when they do not."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SEED = SHARED_DATA / "seed" / "000_fffa89e5df594c8e.txt"
SEED_GOLD = SHARED_DATA / "seed" / "000_fffa89e5df594c8e.gold.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, skipping the test with the reason when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/data is absent ({path} not found): this test reads the real corpora in place")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return shared_path("seed", "000_fffa89e5df594c8e.txt")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    import json

    return json.loads(shared_path("seed", "000_fffa89e5df594c8e.gold.json").read_text(encoding="utf-8"))
