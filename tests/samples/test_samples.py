"""The bundled sample articles: stored encodings, layouts as the manifest says, round trips."""

from __future__ import annotations

import pytest

from bantin.decode import decode_bytes, encode_text
from bantin.pipeline import build_article
from bantin.record import RawDocument
from bantin.samples import manifest, sample_paths, samples_dir
from bantin.text import canonical_form

ENTRIES = manifest()
LEGACY = ("tcvn3", "vni", "viscii", "windows-1258")


def _article(entry: dict):
    import datetime as dt

    path = samples_dir() / entry["file"]
    raw = RawDocument(source=str(path), data=path.read_bytes(), read_at=dt.datetime.now(dt.timezone.utc))
    return build_article(raw)


def test_about_forty_samples_all_in_the_manifest() -> None:
    assert len(ENTRIES) >= 40
    assert [samples_dir() / e["file"] for e in ENTRIES] == sample_paths()


def test_samples_cover_every_stored_encoding() -> None:
    stored = {e["store_as"] for e in ENTRIES}
    assert {"utf-8", "tcvn3", "vni", "windows-1258"} <= stored
    assert sum(e["old_tone_placement"] for e in ENTRIES) >= 5


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_sample_is_detected_in_its_stored_encoding(entry: dict) -> None:
    path = samples_dir() / entry["file"]
    decoded = decode_bytes(path.read_bytes(), source=str(path))
    assert decoded.encoding == entry["store_as"]
    assert not decoded.warnings


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_sample_layout_matches_the_manifest(entry: dict) -> None:
    article = _article(entry)
    expected = entry["expected"]
    assert article.title == expected["title"]
    assert article.lead == expected["lead"]
    assert article.lead_tag == expected["lead_tag"]
    assert len(article.paragraphs) == expected["paragraphs"]
    assert [c.text for c in article.captions if c.text] == expected["captions"]
    assert [c.credit for c in article.captions if c.credit] == expected["photo_credits"]
    assert article.byline == expected["byline"]
    assert article.authors == expected["authors"]
    assert article.attribution == (expected["attribution"].strip("()") if expected["attribution"] else None)
    if expected["dateline"] is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert article.dateline.text == expected["dateline"]["text"]
        assert article.dateline.date.isoformat() == expected["dateline"]["date"]
        assert article.dateline.weekday_consistent is True


@pytest.mark.parametrize("encoding", LEGACY)
@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_sample_round_trips_through_each_legacy_encoding(entry: dict, encoding: str) -> None:
    path = samples_dir() / entry["file"]
    text = decode_bytes(path.read_bytes(), source=str(path)).text
    encoded = encode_text(text, encoding)
    assert decode_bytes(encoded, source="round trip", encoding=encoding).text == text
    assert decode_bytes(encoded, source="round trip").text == text  # detected, not told


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["old_tone_placement"]], ids=lambda e: e["file"])
def test_old_tone_placement_samples_meet_new_placement_in_canonical_form(entry: dict) -> None:
    article = _article(entry)
    assert canonical_form(article.text) != article.text
