"""Places over real news (../shared/data/news_dantri and news_baomoi, read in place).

The whole pipeline must run 1,000 articles/s; places may take under 0.2 ms per
article on average. ``pytest -s`` prints the rate and the 30 most frequent
places found, to eyeball.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.places import PlaceMention, find_places
from bantin.text import normalize_text

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
DANTRI = DATA / "news_dantri" / "unc_dantri.jsonl"
BAOMOI = DATA / "news_baomoi" / "baomoi_2017_sample1000.jsonl"
TIMING_PASSES = 3
BAOMOI_YEAR = dt.date(2017, 6, 30)  # the sample has no dates; its README says 2017

pytestmark = pytest.mark.shared_data

Article = tuple[str, ExtractContext]


def _read(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        pytest.skip(f"../shared/data is absent ({path} not found): the news corpora are read in place")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def dantri() -> list[Article]:
    return [
        (
            normalize_text("\n\n".join([str(r.get("title") or ""), *(r.get("sentences") or [])])),  # type: ignore[misc]
            ExtractContext(published=dt.date.fromisoformat(str(r["date"]))),
        )
        for r in _read(DANTRI)
    ]


@pytest.fixture(scope="module")
def baomoi() -> list[Article]:
    return [
        (
            normalize_text("\n\n".join(str(r.get(k) or "") for k in ("title", "sapo", "body"))),
            ExtractContext(published=BAOMOI_YEAR),
        )
        for r in _read(BAOMOI)
    ]


def _find_all(articles: list[Article]) -> list[list[PlaceMention]]:
    """Every article's places (their cost is measured by benchmarks/bench_extractors.py)."""
    return [find_places(text, context) for text, context in articles]


def test_most_frequent_places_are_real_places(
    dantri: list[Article], baomoi: list[Article], capsys: pytest.CaptureFixture[str]
) -> None:
    found = _find_all(dantri + baomoi)
    counts = Counter((p.value, p.kind) for mentions in found for p in mentions)
    with capsys.disabled():
        print(f"\n30 most frequent of {sum(counts.values())} places in dantri + baomoi:")
        for (value, kind), count in counts.most_common(30):
            print(f"  {count:5d}  {value} ({kind})")
    top = {value for (value, _), _ in counts.most_common(10)}
    assert {"Việt Nam", "Mỹ", "Hà Nội", "Trung Quốc"} <= top
    assert not {"Trung ương", "Nam", "Bắc", "Tây", "Đông"} & {value for value, _ in counts}


def test_every_span_is_the_text_it_names(dantri: list[Article]) -> None:
    for (text, _), mentions in zip(dantri, _find_all(dantri), strict=True):
        for place in mentions:
            assert text[place.start : place.end] == place.text
            assert 0 <= place.start < place.end <= len(text)
