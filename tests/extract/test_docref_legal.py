"""Real statutes (../shared/data/legal_vlc, read in place): numbers in headers and "Căn cứ" lines.

``pytest -s`` prints, for a few statutes, how many references each yields and
what its "Căn cứ" (legal basis) lines cite.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.docref import DocumentReference, find_document_references
from bantin.text import normalize_text

LEGAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "legal_vlc"
ABSENT = f"../shared/data is absent ({LEGAL} not found): the statutes are read in place"
SHOWN = (
    "luat-bao-hiem-xa-hoi.txt",
    "luat-giao-thong-duong-bo.txt",
    "luat-dau-tu.txt",
    "bo-luat-lao-dong.txt",
)


def _index() -> list[dict[str, str]]:
    if not LEGAL.is_dir():
        pytest.skip(ABSENT)
    lines = (LEGAL / "vlc_index.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _read(entry: dict[str, str]) -> tuple[str, list[DocumentReference]]:
    text = normalize_text((LEGAL / entry["file"]).read_text(encoding="utf-8"))
    context = ExtractContext(published=dt.date.fromisoformat(entry["date"])) if entry.get("date") else None
    return text, find_document_references(text, context)


def _on_legal_basis_lines(text: str, refs: list[DocumentReference]) -> list[DocumentReference]:
    return [r for r in refs if text[text.rfind("\n", 0, r.start) + 1 : r.start].lstrip().startswith("Căn cứ")]


def _id_part(number: str) -> str:
    """The number part of a statute's canonical id, from its printed number.

    '58/2014/QH13' -> '58/2014:QH13'; the pre-2000 hyphen-first orders
    '18-L/CTN' -> ':L:18:CTN', '21-LCT/HĐNN8' -> ':LCT:21:HDNN8'.
    """
    if number.count("/") == 2:
        num, year, issuer = number.split("/")
        return f"{int(num):02d}/{year}:{issuer}"
    head, issuer = number.split("/")
    num, type_code = head.split("-")
    return f":{type_code}:{int(num):02d}:{issuer.replace('Đ', 'D')}"


def test_every_statute_header_number_is_found() -> None:
    entries = [e for e in _index() if e.get("number") and (LEGAL / e["file"]).exists()]
    assert entries
    for entry in entries:
        text, refs = _read(entry)
        head = [r for r in refs if r.start < 600]
        assert any(_id_part(entry["number"]) in r.canonical_id for r in head), entry["file"]


def test_legal_basis_lines_yield_references() -> None:
    with_basis = 0
    for entry in _index():
        path = LEGAL / entry["file"]
        if not path.exists():
            continue
        text, refs = _read(entry)
        if any(
            line.startswith("Căn cứ Hiến pháp") or line.startswith("Căn cứ vào Hiến pháp")
            for line in text.splitlines()
        ):
            with_basis += 1
            assert any(r.doc_type == "HP" for r in _on_legal_basis_lines(text, refs)), entry["file"]
    assert with_basis > 40


def test_the_amended_constitution_line_gives_both_documents() -> None:
    # Checked by hand: "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa
    # đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;" cites exactly these two.
    entry = next((e for e in _index() if e["file"].endswith("luat-giao-thong-duong-bo.txt")), None)
    if entry is None:
        pytest.skip("luat-giao-thong-duong-bo.txt is not in the index")
    text, refs = _read(entry)
    basis = _on_legal_basis_lines(text, refs)
    assert [r.canonical_id for r in basis] == ["state:HP:1992", "state:NQ:51/2001:QH10"]


def test_print_references_per_statute(capsys: pytest.CaptureFixture[str]) -> None:
    lines = []
    for entry in _index():
        if not entry["file"].endswith(SHOWN):
            continue
        text, refs = _read(entry)
        basis = _on_legal_basis_lines(text, refs)
        symbols = sum(r.method == "symbol" for r in refs)
        lines.append(
            f"{entry['file']}: {len(refs)} references ({symbols} symbols); Căn cứ: "
            + "; ".join(f"{r.text[:50]!r} -> {r.canonical_id}" for r in basis[:4])
        )
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert lines
