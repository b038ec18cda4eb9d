"""``bantin report``: the file in the format asked (or named by its suffix); bad input writes nothing."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from bantin.cli import main


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture()
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """``bantin report ARGS`` through the console script's entry point, in this process (no start-up cost)."""
    def invoke(*args: str) -> Result:
        monkeypatch.setattr(sys, "argv", ["bantin", "report", *args])
        capsys.readouterr()
        try:
            main()
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return invoke


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_the_format_comes_from_the_suffix(run, sample_db: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"report{suffix}"
    result = run("--db", str(sample_db), "--from", "2017-01-01", "--to", "2025-12-31", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out.resolve()) in result.stdout
    text = out.read_text(encoding="utf-8")
    assert "Báo cáo sơ kết thông tin báo chí" in text
    assert text.startswith("<!DOCTYPE html>") == (suffix == ".html")


def test_format_language_and_filters(run, sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "lang-son.txt"
    result = run("--db", str(sample_db), "--from", "2017-01-01", "--to", "2025-12-31", "--place", "Lạng Sơn",
                  "--format", "md", "--lang", "en", "--top", "3", "--appendix-limit", "1", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Period review of the news coverage" in text and "Articles naming: Lạng Sơn" in text
    assert "The first 1 of the 2 articles are listed" in text


def test_without_dates_the_period_is_the_last_six_months(run, sample_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(sample_db), "--out", str(tmp_path / "r.md"))
    assert result.returncode == 0, result.stderr
    assert "2025-04-19 … 2025-10-18" in result.stdout


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--from", "2025-02-01", "--to", "2025-01-01"], 1, "swap the dates"),
        (["--format", "docx"], 2, "--format"),
        (["--from", "2025-13-01"], 2, "--from"),
    ],
)
def test_bad_input_is_a_clear_error_and_writes_nothing(
    run, sample_db: Path, tmp_path: Path, args: list[str], status: int, message: str
) -> None:
    out = tmp_path / "report.html"
    result = run("--db", str(sample_db), *args, "--out", str(out))
    assert result.returncode == status
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_suffix_without_format_is_refused(run, sample_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(sample_db), "--out", str(tmp_path / "report.docx"))
    assert result.returncode == 1 and "--format html|pdf|md" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_archive_is_a_clear_error(run, tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "report.html"))
    assert result.returncode == 1 and "no archive here" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_output_folder_is_a_clear_error(run, sample_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(sample_db), "--out", str(tmp_path / "no" / "report.md"))
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert list(tmp_path.iterdir()) == []
