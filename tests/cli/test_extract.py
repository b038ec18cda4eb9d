"""``bantin extract`` run as a real process: formats, input order, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PAGE_A = "Thứ Hai, 04/09/2023\n\nTiêu đề thứ nhất\n\n– Sáng 3/9, tỉnh tổ chức lễ kỷ niệm.\n\nĐoạn thân bài.\n\nMAI AN\n"
PAGE_B = "Tiêu đề thứ hai\n\n(TTXVN) – Chiều 2/9, thành phố tổ chức hội nghị.\n\nThân bài.\n\nTheo TTXVN\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bantin", *args], input=stdin, capture_output=True, timeout=120, check=False
    )


@pytest.fixture()
def pages(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAGE_A, encoding="utf-8")
    b.write_text(PAGE_B, encoding="utf-8")
    return a, b


def test_seed_record_holds_the_gold_layout(seed_path, seed_gold) -> None:
    result = run("extract", str(seed_path))
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert record["title"] == seed_gold["title"]
    assert record["dateline"]["date"] == seed_gold["dateline"]["date"]
    assert record["dateline"]["weekday"] == "Chủ nhật"
    assert record["dateline"]["weekday_consistent"] is True
    assert record["lead"].startswith(seed_gold["lead_starts"])
    assert [c["text"] for c in record["captions"]] == seed_gold["captions"]
    assert record["byline"] == seed_gold["byline"]
    assert record["authors"] == seed_gold["authors"]
    assert isinstance(record["facts"], list)


def test_one_input_gives_one_json_document(pages) -> None:
    result = run("extract", str(pages[0]), "--pretty")
    record = json.loads(result.stdout)
    assert record["title"] == "Tiêu đề thứ nhất"
    assert result.stdout.decode().startswith("{\n")


def test_many_inputs_give_jsonl_in_input_order(pages) -> None:
    result = run("extract", str(pages[1]), str(pages[0]))
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Tiêu đề thứ hai", "Tiêu đề thứ nhất"]


def test_many_inputs_pretty_give_a_json_array(pages) -> None:
    result = run("extract", str(pages[0]), str(pages[1]), "--pretty")
    assert [r["title"] for r in json.loads(result.stdout)] == ["Tiêu đề thứ nhất", "Tiêu đề thứ hai"]


def test_standard_input() -> None:
    result = run("extract", "-", stdin=PAGE_B.encode("utf-8"))
    record = json.loads(result.stdout)
    assert record["provenance"]["source"] == "<stdin>"
    assert record["lead_tag"] == "(TTXVN) –"
    assert record["attribution"] == "Theo TTXVN"


def test_text_format_is_for_people(pages) -> None:
    result = run("extract", str(pages[0]), "--format", "text")
    out = result.stdout.decode()
    assert out.startswith("# Tiêu đề thứ nhất")
    assert "byline: MAI AN -> authors: Mai An" in out


def test_bad_inputs_each_get_one_line_and_the_rest_is_processed(tmp_path: Path, pages) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    big = tmp_path / "big.txt"
    big.write_text("Tiêu đề\n\n" + "Một câu rất dài. " * 400, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run("extract", str(empty), str(pages[0]), str(image), str(big), str(missing), "--max-bytes", "4000")
    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 4
    assert str(empty) in errors[0] and "empty" in errors[0]
    assert str(image) in errors[1] and "PNG" in errors[1]
    assert str(big) in errors[2] and "limit" in errors[2]
    assert str(missing) in errors[3] and "no such file" in errors[3]
    assert json.loads(result.stdout)["title"] == "Tiêu đề thứ nhất"


def test_undecodable_bytes_are_rejected_with_the_reason(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes([0x80 + (i * 37) % 0x7F for i in range(600)]))
    result = run("extract", str(garbage))
    assert result.returncode == 1
    assert str(garbage) in result.stderr.decode()


def test_jsonl_corpus_with_a_bad_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    good = {"url": "https://example.vn/a-b-c-1.htm", "title": "Tiêu đề", "sapo": "Mở đầu.", "body": "Thân bài."}
    corpus.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n[1, 2]\n", encoding="utf-8")
    result = run("extract", str(corpus))
    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    assert f"{corpus}:2" in errors[0] and "not valid JSON" in errors[0]
    assert f"{corpus}:3" in errors[1]
    record = json.loads(result.stdout)
    assert record["provenance"]["position"] == 1
    assert record["lead"] == "Mở đầu."


def test_unknown_encoding_is_a_usage_error(pages) -> None:
    result = run("extract", str(pages[0]), "--encoding", "klingon")
    assert result.returncode == 2
    assert "unknown encoding" in result.stderr.decode()


def test_schema_validates_records(pages) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run("schema").stdout)
    record = json.loads(run("extract", str(pages[0])).stdout)
    jsonschema.validate(record, schema)
    assert schema["properties"]["facts"]["type"] == "array"
