"""The project's document-reference spec, row by row.

The tables live in ``../shared/docref/`` (outside the repository) and are read in
place at collection time: SPEC.md §9 ("Test strings and expected output"),
test_table.md (the same strings, kept as a separate file), and SPEC.md §8 (the
well-known documents, each turned into a mention "<type word> số <symbol> ngày
<date>"). Without ../shared the rows are skipped with the reason.

``pytest -s`` prints the pass count per table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bantin.extract.docref import find_document_references
from bantin.text import normalize_text

DOCREF_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "docref"
ABSENT = f"../shared/docref is absent ({DOCREF_DIR} not found): the spec tables are read in place"

_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Row:
    table: str
    number: str
    text: str
    expected: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{self.table}#{self.number}"


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELL_SPLIT.split(line.strip())[1:-1]]


def _expected(cell: str) -> tuple[str, ...]:
    """ "`a`; `b`" -> (a, b); "— (no match)" -> (); an escaped "\\|" inside stays a "|"."""
    if cell.startswith("—"):
        return ()
    return tuple(part.strip().strip("`").replace("\\|", "|") for part in cell.split(";"))


def _input_rows(lines: list[str], table: str) -> list[Row]:
    rows = []
    for line in lines:
        cells = _cells(line)
        if len(cells) == 3 and cells[0].isdigit():
            rows.append(Row(table, cells[0], cells[1], _expected(cells[2])))
    return rows


def _section(text: str, heading: str) -> list[str]:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end >= 0 else len(text)].splitlines()


# Type words for the §8 table's mentions, by the slug of the expected id (our own choice of words).
_WORD_FOR_SLUG = {
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "NQ": "Nghị quyết",
    "QD": "Quyết định",
    "QDI": "Quy định",
    "HD": "Hướng dẫn",
    "ND": "Nghị định",
    "LUAT": "Luật",
    "TTLT": "Thông tư liên tịch",
}
_DMY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


def _known_document_rows(text: str) -> list[Row]:
    """SPEC §8: each symbol with its date and the type word of its id, expected to give the id."""
    rows = []
    for line in _section(text, "## 8."):
        cells = _cells(line)
        if len(cells) != 7 or not cells[0].isdigit() or cells[2] in ("–", "-"):
            continue
        ids = [part.strip().strip("`") for part in cells[1].split(" / ")]
        symbols = [part.strip() for part in cells[2].split(";")]
        dates = _DMY.findall(cells[3])
        for index, (doc_id, symbol) in enumerate(zip(ids, symbols, strict=True)):
            word = _WORD_FOR_SLUG.get(doc_id.split(":")[1], "văn bản")
            date = dates[index] if index < len(dates) else (dates[0] if dates else None)
            mention = f"{word} số {symbol}" + (f" ngày {date}" if date else "")
            rows.append(
                Row("SPEC §8", f"{cells[0]}{'abc'[index] if len(ids) > 1 else ''}", mention, (doc_id,))
            )
    return rows


def _load_tables() -> dict[str, list[Row]]:
    if not DOCREF_DIR.is_dir():
        return {}
    spec = (DOCREF_DIR / "SPEC.md").read_text(encoding="utf-8")
    table = (DOCREF_DIR / "test_table.md").read_text(encoding="utf-8")
    return {
        "SPEC §9": _input_rows(_section(spec, "## 9."), "SPEC §9"),
        "test_table.md": _input_rows(table.splitlines(), "test_table.md"),
        "SPEC §8": _known_document_rows(spec),
    }


TABLES = _load_tables()
ROWS = [row for rows in TABLES.values() for row in rows]


def _ids(text: str) -> tuple[str, ...]:
    return tuple(ref.canonical_id for ref in find_document_references(normalize_text(text)))


def test_the_spec_tables_are_found_and_not_empty() -> None:
    if not TABLES:
        pytest.skip(ABSENT)
    assert len(TABLES["SPEC §9"]) >= 87
    assert len(TABLES["test_table.md"]) >= 87
    assert len(TABLES["SPEC §8"]) >= 20


@pytest.mark.parametrize(
    "row",
    [pytest.param(row, id=row.id) for row in ROWS]
    or [pytest.param(None, marks=pytest.mark.skip(reason=ABSENT))],
)
def test_spec_row_gives_the_expected_ids(row: Row) -> None:
    assert _ids(row.text) == row.expected, row.text


def test_spec_score_per_table(capsys: pytest.CaptureFixture[str]) -> None:
    """Print how many rows of each table pass (visible with ``pytest -s``)."""
    if not TABLES:
        pytest.skip(ABSENT)
    lines = []
    for name, rows in TABLES.items():
        passed = sum(_ids(row.text) == row.expected for row in rows)
        lines.append(f"docref {name}: {passed}/{len(rows)} rows pass")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
