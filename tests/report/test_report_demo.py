"""The first README command also writes the sample archive's report and prints where."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_the_demo_writes_the_report_as_html_and_pdf(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bantin", "demo", "--out-dir", str(tmp_path), "--no-serve"],
        capture_output=True, timeout=300, check=False, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode().replace("\n", "")
    for name in ("report.html", "report.pdf"):
        path = tmp_path / name
        assert str(path.resolve()) in out
        assert path.stat().st_size > 10_000
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "Báo cáo sơ kết thông tin báo chí" in (tmp_path / "report.html").read_text(encoding="utf-8")
